"""The import command as an operator sees it: summaries, idempotency, bad files, editors' work kept."""

import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from reform_kb.kb.models import Document, Organisation, Person, Quote

pytestmark = pytest.mark.django_db

SEEDS = Path(settings.BASE_DIR) / "seeds"

ARTICLE = """Socialtjänsten behöver mer resurser

Anna Andersson, förbundsordförande i Vision. Foto: Per Persson

Många kommuner har stora underskott, visar en ny enkät.

– Det förebyggande arbetet är det första som prioriteras bort när pengarna tar slut, säger Anna Andersson, förbundsordförande i Vision.

– Vi kräver generella statsbidrag till socialtjänsten, säger hon.
"""


def run_import(*paths, **options):
    out, err = StringIO(), StringIO()
    call_command("import_seeds", *[str(p) for p in paths], stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "artikel.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_import_creates_document_quotes_and_speaker(article):
    out, _ = run_import(article)
    doc = Document.objects.get()
    assert doc.title == "Socialtjänsten behöver mer resurser"
    assert doc.source_file == "artikel.txt"
    quotes = list(doc.quotes.order_by("start"))
    assert len(quotes) == 2
    assert all(q.speaker.name == "Anna Andersson" for q in quotes)
    assert quotes[0].organisation == Organisation.objects.get(name="Vision")
    assert all(doc.body[q.start : q.end] == q.text for q in quotes)
    assert "dokument" in out and "Klart." in out


def test_second_run_changes_nothing_and_says_so(article):
    run_import(article)
    counts = (
        Document.objects.count(),
        Quote.objects.count(),
        Person.objects.count(),
        Organisation.objects.count(),
    )
    out, _ = run_import(article)
    assert counts == (
        Document.objects.count(),
        Quote.objects.count(),
        Person.objects.count(),
        Organisation.objects.count(),
    )
    assert "inget har ändrats" in out


def test_dry_run_writes_nothing_but_reports_what_would_change(article):
    out, _ = run_import(article, dry_run=True)
    assert Document.objects.count() == 0
    assert "Provkörning" in out
    assert "dokument" in out


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "tom"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binär"),
        ("Rubrik\n\nSocialtjänsten är här.".encode("latin-1"), "UTF-8"),
    ],
)
def test_unreadable_file_is_reported_and_the_others_still_import(tmp_path, article, content, reason):
    bad = tmp_path / "trasig.txt"
    bad.write_bytes(content)
    err = StringIO()
    with pytest.raises(CommandError, match="trasig.txt"):
        call_command("import_seeds", str(bad), str(article), stdout=StringIO(), stderr=err)
    assert reason in err.getvalue()
    assert Document.objects.filter(source_file="artikel.txt").exists()
    assert not Document.objects.filter(source_file="trasig.txt").exists()


def test_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="Finns inte"):
        run_import(tmp_path / "finns-inte")


def test_reimport_keeps_an_editors_changes_and_added_quotes(article):
    run_import(article)
    quote = Quote.objects.order_by("start").first()
    quote.annotation = "Viktigt citat."
    quote.speaker_role = "ordförande (rättad)"
    quote.edited_by_editor = True
    quote.save()
    doc = quote.document
    added = Quote.objects.create(
        document=doc,
        text="Många kommuner",
        start=doc.body.index("Många kommuner"),
        end=doc.body.index("Många kommuner") + len("Många kommuner"),
        origin=Quote.Origin.EDITOR,
    )
    run_import(article)
    quote.refresh_from_db()
    assert quote.annotation == "Viktigt citat."
    assert quote.speaker_role == "ordförande (rättad)"
    assert Quote.objects.filter(pk=added.pk).exists()


def test_changed_source_updates_the_document_instead_of_duplicating(tmp_path, article):
    run_import(article)
    article.write_text(ARTICLE.replace("visar en ny enkät", "visar en färsk enkät"), encoding="utf-8")
    out, _ = run_import(article)
    assert Document.objects.count() == 1
    assert "färsk enkät" in Document.objects.get().body
    assert Quote.objects.count() == 2


def test_all_seeds_import_without_failure(tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    out, err = run_import(folder)
    assert err == ""
    assert "Filer: 5 importerade (0 oförändrade, hoppades över), 0 misslyckade." in out
    assert 25 <= Document.objects.count() <= 32
    assert Quote.objects.exclude(speaker=None).count() >= 45
    assert Organisation.objects.filter(name="Akademikerförbundet SSR").get().quotes.count() >= 10


def test_export_writes_the_documented_schema(article):
    run_import(article)
    out = StringIO()
    call_command("export_kb", stdout=out)
    data = json.loads(out.getvalue())
    assert set(data) == {"documents", "quotes", "organisations", "people", "themes"}
    doc = data["documents"][0]
    assert set(doc) == {
        "id",
        "title",
        "kind",
        "published",
        "source_file",
        "authors",
        "organisations",
        "mentioned_organisations",
        "mentioned_people",
        "themes",
        "tags",
        "url",
        "text",
    }
    assert doc["source_file"] == "artikel.txt"
    assert doc["mentioned_people"] == ["Anna Andersson"]  # the photographer (Per Persson) is not one
    assert "Vision" in doc["mentioned_organisations"]
    quote = data["quotes"][0]
    assert set(quote) == {
        "id",
        "document_id",
        "text",
        "kind",
        "speaker",
        "speaker_role",
        "organisation",
        "start",
        "end",
        "in_title",
        "themes",
        "tags",
        "annotation",
        "origin",
        "url",
    }
    assert quote["speaker"] == "Anna Andersson"
    assert doc["text"][quote["start"] : quote["end"]] == quote["text"]
    person = next(p for p in data["people"] if p["name"] == "Anna Andersson")
    assert {"title": "förbundsordförande", "organisation": "Vision"} in person["roles"]
    assert any(
        o["name"] == "Sveriges Kommuner och Regioner" and "SKL" in o["aliases"] for o in data["organisations"]
    )
    assert len(data["themes"]) >= 19


def test_an_organisation_new_to_the_importer_is_created_for_review_and_linked(tmp_path):
    path = tmp_path / "ny.txt"
    path.write_text(ARTICLE.replace("Många kommuner", "Skövde kommun och många kommuner"), encoding="utf-8")
    run_import(path)
    org = Organisation.objects.get(name="Skövde kommun")
    assert org.needs_review and org.kind == Organisation.Kind.KOMMUN
    assert org.mentioned_in.count() == 1
    out, _ = run_import(path)
    assert "inget har ändrats" in out


def test_imported_documents_are_tagged_and_listed_on_the_tag_page(tmp_path, client):
    path = tmp_path / "lvu.txt"
    path.write_text(
        "Etikettarkiv: Barn och unga\n\n" + ARTICLE.replace("visar en ny enkät", "visar en enkät om LVU")
    )
    run_import(path)
    doc = Document.objects.get()
    assert set(doc.tags.names()) == {"Barn och unga", "LVU"}
    tag = doc.tags.get(name="LVU")
    assert doc.get_absolute_url() in client.get(f"/taggar/{tag.slug}/").content.decode()


def test_many_files_are_parsed_in_worker_processes_with_the_same_result(tmp_path):
    folder = tmp_path / "manga"
    folder.mkdir()
    for n in range(24):
        (folder / f"a{n:02d}.txt").write_text(ARTICLE.replace("mer resurser", f"mer resurser del {n}"))
    (folder / "trasig.txt").write_bytes(b"\x00\x01binary")
    err = StringIO()
    with pytest.raises(CommandError, match="trasig.txt"):
        call_command("import_seeds", str(folder), workers=2, stdout=StringIO(), stderr=err)
    assert "binär" in err.getvalue()
    assert Document.objects.count() == 24
    assert Quote.objects.filter(speaker__name="Anna Andersson").count() == 48
