from pathlib import Path

import pytest

from reform_kb.pipeline.records import SourceError
from reform_kb.pipeline.sources import SUPPORTED_SUFFIXES, iter_source_files, read_source


def test_reads_utf8_and_keeps_swedish_characters(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffÅtgärder – ”första linjen”\r\nRad två".encode())
    assert read_source(path) == "Åtgärder – ”första linjen”\nRad två"


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "tom"), (b"  \n\n ", "tom"), (b"abc\x00def", "binär"), ("smörgås".encode("latin-1"), "UTF-8")],
)
def test_rejects_what_is_not_text_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "x.txt"
    path.write_bytes(content)
    with pytest.raises(SourceError, match=reason):
        read_source(path)


def test_folders_yield_supported_files_in_name_order(tmp_path):
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / ".dold.txt").write_text("x")
    (tmp_path / "bild.png").write_bytes(b"x")
    named = tmp_path / "bild.png"
    assert [p.name for p in iter_source_files([tmp_path])] == ["a.txt", "b.txt"]
    assert list(iter_source_files([named])) == [named]


FILES = Path(__file__).parent / "files"


def test_pdf_and_html_are_supported_alongside_text():
    assert {".txt", ".pdf", ".html", ".htm"} <= SUPPORTED_SUFFIXES


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("remissvar.pdf", "2024-03-12\nAkademikerförbundet SSR\n"),
        ("artikel.html", "Socialsekreterare larmar om arbetsmiljön\n\nPublicerad: 2024-02-14\n\n"),
    ],
)
def test_pdf_and_html_are_read_by_their_suffix_in_any_case(tmp_path, name, start):
    path = tmp_path / name.upper()
    path.write_bytes((FILES / name).read_bytes())
    text = read_source(path)
    assert text.startswith(start)
    assert "\r" not in text


@pytest.mark.parametrize("name", ["tom.pdf", "tom.html", "tom.htm"])
def test_an_empty_pdf_or_html_file_is_empty_not_broken(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b" \n")
    with pytest.raises(SourceError, match="tom"):
        read_source(path)


def test_folders_yield_pdf_and_html_files_too(tmp_path):
    for name in ("b.pdf", "a.html", "c.htm", "d.txt", "e.docx"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in iter_source_files([tmp_path])] == ["a.html", "b.pdf", "c.htm", "d.txt"]
