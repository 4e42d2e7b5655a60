"""An imported page's own metadata fills its document's publisher, title and date where the text gives none,
and an editor's details of the source stand over the file's at the next import."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command

from reform_kb.importer.service import import_paths
from reform_kb.kb.models import Document, Organisation, SourceFile

pytestmark = pytest.mark.django_db

PAGE = """<!doctype html><html lang="sv"><head><meta charset="utf-8">
<title>Biståndet ökar i Ekby | Ekbybladet</title>
<meta property="og:site_name" content="Ekbybladet">
<meta property="article:published_time" content="2025-04-02T07:00:00+02:00">
</head><body><article>
<p>Antalet hushåll som söker ekonomiskt bistånd har ökat under våren, visar kommunens siffror.
Fler unga vuxna söker stöd än tidigare år.</p>
<p>Socialnämnden ska behandla frågan i juni.</p>
</article></body></html>"""


def run_import(*paths, workers=1, force=False):
    args = [str(p) for p in paths] + [f"--workers={workers}"] + (["--force"] if force else [])
    call_command("import_seeds", *args, stdout=StringIO(), stderr=StringIO())


def test_a_page_without_headline_or_publisher_in_its_text_takes_them_from_its_head(tmp_path):
    (tmp_path / "bistand.html").write_text(PAGE, encoding="utf-8")
    run_import(tmp_path / "bistand.html")
    doc = Document.objects.get()
    assert doc.title == "Biståndet ökar i Ekby"
    assert doc.published == date(2025, 4, 2)
    assert list(doc.organisations.values_list("name", flat=True)) == ["Ekbybladet"]
    # A publisher the knowledge base did not know is created for an editor to review.
    assert Organisation.objects.get(name="Ekbybladet").needs_review


def test_the_parser_processes_get_each_files_metadata_too(tmp_path):
    for n in range(3):
        (tmp_path / f"sida{n}.html").write_text(PAGE.replace("Ekbybladet", f"Blad {n}"), encoding="utf-8")
    run_import(tmp_path, workers=2)
    assert sorted(Document.objects.values_list("organisations__name", flat=True)) == ["Blad 0", "Blad 1", "Blad 2"]


def test_the_editors_publisher_of_a_source_stands_over_the_pages_at_the_next_import(tmp_path):
    (tmp_path / "bistand.html").write_text(PAGE, encoding="utf-8")
    run_import(tmp_path / "bistand.html")
    SourceFile.objects.update(publisher="Ekby kommun", metadata_by_editor=True)
    run_import(tmp_path / "bistand.html", force=True)
    assert list(Document.objects.get().organisations.values_list("name", flat=True)) == ["Ekby kommun"]


def test_a_sidecar_added_later_gives_an_unchanged_files_documents_their_publisher(tmp_path):
    text = "Biståndet ökar i Ekby\n\nAntalet hushåll som söker ekonomiskt bistånd har ökat under våren.\n"
    (tmp_path / "notis.txt").write_text(text, encoding="utf-8")
    import_paths([tmp_path])
    assert not Document.objects.get().organisations.exists()
    (tmp_path / "notis.txt.toml").write_text('publisher = "Ekbybladet"\n', encoding="utf-8")
    report = import_paths([tmp_path])
    assert [f.skipped for f in report.files] == [False]  # parsed again for what the sidecar says
    assert list(Document.objects.get().organisations.values_list("name", flat=True)) == ["Ekbybladet"]
    import_paths([tmp_path])  # parsed again: the new organisation changed the gazetteer (the parse key)
    report = import_paths([tmp_path])
    assert [f.skipped for f in report.files] == [True]  # nothing new since: skipped as unchanged
