import pytest

from reform_kb.pipeline.sources import SourceError, iter_source_files, read_source


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
