"""PDF and HTML sources through the import command, as an editor adds them."""

import shutil
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from reform_kb.kb.models import Document

pytestmark = pytest.mark.django_db

FILES = Path(__file__).resolve().parents[1] / "pipeline" / "files"


def run_import(*paths):
    out, err = StringIO(), StringIO()
    call_command("import_seeds", *[str(p) for p in paths], stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_pdf_remissvar_imports_as_one_letter_with_signatories_and_senders():
    run_import(FILES / "remissvar.pdf")
    doc = Document.objects.get()
    assert doc.title == "Yttrande över promemorian Förebyggande arbete i socialtjänsten"
    assert doc.kind == "remissvar"
    assert doc.published == date(2024, 3, 12)
    assert doc.source_file == "remissvar.pdf"
    assert sorted(doc.authors.values_list("name", flat=True)) == ["Heike Erkers", "Monica Persson"]
    assert sorted(doc.organisations.values_list("name", flat=True)) == [
        "Akademikerförbundet SSR",
        "Föreningen Sveriges Socialchefer",
    ]
    assert "socialtjänsten och inte bara" in doc.body
    assert "Sida" not in doc.body and "Box 12800" not in doc.body
    assert not doc.quotes.exists()  # a letter's bullet list is not speech


def test_html_article_imports_with_its_quotes_speaker_date_and_url():
    run_import(FILES / "artikel.html")
    doc = Document.objects.get()
    assert doc.title == "Socialsekreterare larmar om arbetsmiljön"
    assert doc.kind == "artikel"
    assert doc.published == date(2024, 2, 14)
    assert doc.source_url == "https://socionomen.example.se/nyheter/socialsekreterare-larmar"
    quotes = list(doc.quotes.order_by("start"))
    assert [q.text[:30] for q in quotes] == [
        "Det är helt oacceptabelt att v",
        "Vi ser också att hoten gör det",
    ]
    assert {q.speaker.name for q in quotes} == {"Heike Erkers"}
    assert {q.organisation.name for q in quotes} == {"Akademikerförbundet SSR"}
    assert all(doc.body[q.start : q.end] == q.text for q in quotes)
    assert "kakor" not in doc.body


def test_windows_1252_blog_post_imports_with_its_author():
    run_import(FILES / "blogg-latin1.html")
    doc = Document.objects.get()
    assert doc.title == "Vår syn på den nya socialtjänstlagen"
    assert doc.kind == "blogginlagg"
    assert list(doc.authors.values_list("name", flat=True)) == ["Anna Burston"]


def test_a_folder_of_pdf_html_and_text_imports_every_file(tmp_path):
    for name in ("remissvar.pdf", "artikel.html", "blogg-latin1.html"):
        shutil.copy(FILES / name, tmp_path / name)
    (tmp_path / "notis.txt").write_text(
        "Ny lag i sommar\n\nPublicerad: 2025-06-01\n\nDen nya socialtjänstlagen börjar gälla den 1 juli.\n",
        encoding="utf-8",
    )
    out, err = run_import(tmp_path)
    assert err == ""
    assert sorted(Document.objects.values_list("source_file", flat=True)) == [
        "artikel.html",
        "blogg-latin1.html",
        "notis.txt",
        "remissvar.pdf",
    ]


def test_scanned_pdf_is_reported_not_imported_empty(tmp_path):
    scanned = tmp_path / "inskannad.pdf"
    shutil.copy(FILES / "inskannad.pdf", scanned)
    err = StringIO()
    with pytest.raises(CommandError, match="inskannad.pdf"):
        call_command("import_seeds", str(scanned), stdout=StringIO(), stderr=err)
    assert "saknar textlager (inskannad?)" in err.getvalue()
    assert not Document.objects.exists()
