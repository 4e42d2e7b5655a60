"""Where a source comes from: a page's and a PDF's own metadata, and sidecar files (no database)."""

from __future__ import annotations

import datetime
import io

import pytest
from pypdf import PdfWriter

from reform_kb.pipeline.provenance import Provenance, from_file, from_sidecars
from reform_kb.pipeline.records import SourceError

PAGE = """<!doctype html><html lang="sv"><head>
<title>Remissvar om nya socialtjänstlagen | Vision</title>
<link rel="canonical" href="https://vision.se/remissvar/ny-sol">
<meta property="og:site_name" content="Vision">
<meta property="og:title" content="Remissvar om nya socialtjänstlagen">
<meta property="article:published_time" content="2024-03-05T09:00:00+01:00">
</head><body><p>Text</p></body></html>"""


def test_a_web_page_tells_its_canonical_address_publisher_title_and_date():
    found = from_file("svar.html", PAGE.encode())
    assert found == Provenance(
        url="https://vision.se/remissvar/ny-sol",
        publisher="Vision",
        title="Remissvar om nya socialtjänstlagen",
        published=datetime.date(2024, 3, 5),
    )


def test_a_page_without_meta_tags_gives_its_title_and_no_invented_address():
    found = from_file("sida.htm", b"<html><head><title>Bara en rubrik</title></head><body>x</body></html>")
    assert found == Provenance(title="Bara en rubrik")


def test_a_canonical_address_that_is_not_a_web_address_is_ignored():
    page = b'<html><head><link rel="canonical" href="javascript:alert(1)"></head><body>x</body></html>'
    assert from_file("sida.html", page).url == ""


def test_a_pdf_tells_its_title_author_and_creation_date():
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_metadata(
        {"/Title": "Yttrande över prop. 2024/25:89", "/Author": "Akademikerförbundet SSR", "/CreationDate": "D:20250110120000+01'00'"}
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    found = from_file("yttrande.pdf", buffer.getvalue())
    assert found.title == "Yttrande över prop. 2024/25:89"
    assert found.publisher == "Akademikerförbundet SSR"
    assert found.published == datetime.date(2025, 1, 10)


def test_plain_text_and_unreadable_files_tell_nothing():
    assert from_file("artikel.txt", b"Rubrik\n\nText") == Provenance()
    assert from_file("trasig.pdf", b"%PDF-1.4 inte en pdf") == Provenance()


def test_a_files_own_sidecar_wins_over_its_folders(tmp_path):
    (tmp_path / "artikel.txt").write_text("Text", encoding="utf-8")
    (tmp_path / "källa.toml").write_text('publisher = "SKR"\nkind = "blogg"\n', encoding="utf-8")
    (tmp_path / "artikel.txt.toml").write_text(
        'url = "https://skr.se/blogg/1"\nkind = "blogginlägg"\npublished = 2020-02-26\n', encoding="utf-8"
    )
    assert from_sidecars(tmp_path / "artikel.txt") == Provenance(
        url="https://skr.se/blogg/1", publisher="SKR", kind="blogginlägg", published=datetime.date(2020, 2, 26)
    )
    (tmp_path / "annan.txt").write_text("Text", encoding="utf-8")
    assert from_sidecars(tmp_path / "annan.txt") == Provenance(publisher="SKR", kind="blogg")


def test_no_sidecar_means_nothing_known(tmp_path):
    assert from_sidecars(tmp_path / "artikel.txt") == Provenance()


@pytest.mark.parametrize(
    ("toml", "words"),
    [
        ('utgivare = "SKR"\n', "okända nycklar: utgivare"),
        ('published = "2020-02-26"\n', "published ska vara ett datum"),
        ("publisher = 3\n", "publisher ska vara en text"),
        ('url = "ftp://skr.se/fil"\n', "http:// eller https://"),
        ('publisher = "SKR\n', "kan inte läsas"),
    ],
)
def test_a_wrong_sidecar_fails_the_file_with_a_message(tmp_path, toml, words):
    (tmp_path / "artikel.txt.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        from_sidecars(tmp_path / "artikel.txt")
    assert words in str(caught.value)
    assert "artikel.txt.toml" in str(caught.value)
