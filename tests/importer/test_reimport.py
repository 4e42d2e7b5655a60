"""Re-imports: unchanged files skipped, changed ones updated, and editors' work kept through both."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command

from reform_kb.kb.models import Document, Organisation, OrganisationAlias, Quote, Role, SourceFile
from tests.importer.articles import ARTICLE

pytestmark = pytest.mark.django_db



def run_import(*paths, **options):
    out = StringIO()
    call_command("import_seeds", *[str(p) for p in paths], stdout=out, stderr=StringIO(), **options)
    return out.getvalue()


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "artikel.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def editor_quote(doc, text):
    start = doc.body.index(text)
    return Quote.objects.create(document=doc, text=text, start=start, end=start + len(text))


def test_unchanged_file_is_skipped_and_its_rows_counted_unchanged(article):
    run_import(article)
    out = run_import(article)
    assert "1 oförändrade, hoppades över" in out
    assert "inget har ändrats" in out
    source = SourceFile.objects.get(name="artikel.txt")
    assert (
        source.status == SourceFile.Status.IMPORTED
        and source.document_count == 1
        and len(source.checksum) == 64
    )


def test_force_reparses_an_unchanged_file(article):
    run_import(article)
    out = run_import(article, force=True)
    assert "0 oförändrade, hoppades över" in out
    assert "inget har ändrats" in out


def test_an_editors_new_alias_makes_the_next_import_reparse(article):
    run_import(article)
    OrganisationAlias.objects.create(
        organisation=Organisation.objects.get(name="Vision"), alias="Visionförbundet"
    )
    assert "0 oförändrade, hoppades över" in run_import(article)


def test_editor_quote_is_reanchored_when_the_text_before_it_changes(article):
    run_import(article)
    doc = Document.objects.get()
    quote = editor_quote(doc, "Många kommuner har stora underskott")
    article.write_text(ARTICLE.replace("Foto: Per Persson", "Foto: Per Persson och Eva Ek"), encoding="utf-8")
    run_import(article)
    quote.refresh_from_db()
    doc.refresh_from_db()
    assert "Eva Ek" in doc.body
    assert doc.body[quote.start : quote.end] == "Många kommuner har stora underskott"


def test_editor_quote_whose_words_are_gone_is_flagged_not_deleted(article):
    run_import(article)
    quote = editor_quote(Document.objects.get(), "Många kommuner har stora underskott")
    article.write_text(
        ARTICLE.replace("Många kommuner har stora underskott", "Flera regioner går back"), encoding="utf-8"
    )
    run_import(article)
    quote.refresh_from_db()
    assert quote.needs_review
    assert "finns inte längre" in quote.review_note


def test_document_an_editor_corrected_keeps_the_correction(article):
    run_import(article)
    doc = Document.objects.get()
    doc.title = "Resurserna räcker inte (rättad rubrik)"
    doc.published = date(2024, 3, 6)
    doc.edited_by_editor = True
    doc.save()
    article.write_text(ARTICLE.replace("visar en ny enkät", "visar en färsk enkät"), encoding="utf-8")
    run_import(article)
    doc.refresh_from_db()
    assert doc.title == "Resurserna räcker inte (rättad rubrik)"
    assert doc.published == date(2024, 3, 6)
    assert "färsk enkät" in doc.body


def test_document_gone_from_its_file_is_removed_unless_editors_worked_on_it(tmp_path, article):
    run_import(article)
    kept = Document.objects.get()
    editor_quote(kept, "Många kommuner har stora underskott")
    other = tmp_path / "annan.txt"
    other.write_text(
        ARTICLE.replace("Socialtjänsten behöver mer resurser", "Kommunerna går back"), encoding="utf-8"
    )
    run_import(other)
    other.write_text(
        ARTICLE.replace("Socialtjänsten behöver mer resurser", "Helt ny rubrik om budget"), encoding="utf-8"
    )
    article.write_text(
        ARTICLE.replace("Socialtjänsten behöver mer resurser", "Ny rubrik på artikeln"), encoding="utf-8"
    )
    run_import(article, other)
    titles = set(Document.objects.values_list("title", flat=True))
    assert titles == {
        "Socialtjänsten behöver mer resurser",
        "Ny rubrik på artikeln",
        "Helt ny rubrik om budget",
    }
    kept.refresh_from_db()
    assert kept.needs_review and "Finns inte längre i källfilen" in kept.review_note


def test_dry_run_lists_what_would_be_created_and_flagged(tmp_path):
    path = tmp_path / "okand.txt"
    path.write_text(ARTICLE.replace("Många kommuner", "Skövde kommun och många kommuner"), encoding="utf-8")
    out = run_import(path, dry_run=True)
    assert "Skulle göras:" in out
    assert "+ ny" in out and "Socialtjänsten behöver mer resurser" in out
    assert "! att granska" in out and "Skövde kommun" in out
    assert not Document.objects.exists() and not SourceFile.objects.exists()


def test_roles_record_when_the_sources_show_them(tmp_path, article):
    run_import(article)
    later = tmp_path / "senare.txt"
    later.write_text(
        ARTICLE.replace("2024-03-05", "2025-01-10").replace("Socialtjänsten behöver", "Kommunerna behöver"),
        encoding="utf-8",
    )
    run_import(later)
    role = Role.objects.get(person__name="Anna Andersson", title="förbundsordförande")
    assert (role.first_seen, role.last_seen) == (date(2024, 3, 5), date(2025, 1, 10))


def test_people_merged_by_an_editor_stay_merged_through_reimports(tmp_path, article):
    from reform_kb.kb.models import Person
    from reform_kb.kb.people_merge import merge_people

    other = tmp_path / "annan.txt"
    other.write_text(
        ARTICLE.replace("Anna Andersson", "Anna Andersson-Berg").replace(
            "Socialtjänsten behöver", "Vision kräver"
        ),
        encoding="utf-8",
    )
    run_import(article, other)
    keep = Person.objects.get(name="Anna Andersson-Berg")
    merge_people(keep, [Person.objects.get(name="Anna Andersson")])
    run_import(article, other, force=True)
    assert not Person.objects.filter(name="Anna Andersson").exists()
    assert Quote.objects.filter(speaker=keep).count() == 4
