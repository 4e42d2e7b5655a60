""""Lägg till källa": an editor uploads files, the background task imports them as drafts, the
review page shows what was found, the editor fixes a speaker and publishes (issue 15)."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from reform_kb.importer import sources_added
from reform_kb.kb.models import Document, Person, Quote, SourceFile, SourceImport
from reform_kb.search.api import search

pytestmark = pytest.mark.django_db

ARTICLE = """Socialsekreterare larmar om ny lag

Publicerad: 2025-03-04

Den nya socialtjänstlagen kräver mer förebyggande arbete, men resurserna saknas i många kommuner.

– Förebyggande arbete kostar pengar innan det sparar pengar, hörs det på förbundets möte.

– Vi behöver fler socialsekreterare för att lagen ska fungera i praktiken, säger Karin Ek, ordförande i Vision.
"""

ADD = reverse("admin:kb_sourceimport_add")


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """Each test's originals in a folder of its own (ids repeat across tests' rolled-back rows)."""
    settings.MEDIA_ROOT = tmp_path / "media"


def upload(client, *files, addresses=""):
    return client.post(ADD, {"files": list(files), "addresses": addresses})


def article(name="larm.txt", text=ARTICLE):
    return SimpleUploadedFile(name, text.encode(), content_type="text/plain")


def test_an_editor_sees_the_add_source_form(editor_client):
    response = editor_client.get(ADD)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Lägg till källa" in content
    assert 'type="file"' in content and "multiple" in content


def test_uploading_stores_the_original_and_queues_a_background_task(editor_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(editor_client, article())
    source_import = SourceImport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:kb_sourceimport_change", args=[source_import.pk])
    source = source_import.sources.get()
    assert source.name == f"kallor/{source_import.pk}/larm.txt"
    assert source.original.read().decode() == ARTICLE
    task = DBTaskResult.objects.get()
    assert task.task_path.endswith("import_added_sources")
    assert str(task.id) == SourceImport.objects.get().task_id
    # Before a worker runs it, the page says it is waiting and refreshes itself.
    page = editor_client.get(response["Location"]).content.decode()
    assert "Väntar på att starta" in page and 'http-equiv="refresh"' in page


@pytest.mark.parametrize(
    ("files", "addresses", "message"),
    [
        ([], "", "Välj minst en fil eller skriv minst en webbadress."),
        ([SimpleUploadedFile("bild.png", b"\x89PNG")], "", "den filtypen kan inte importeras"),
        ([SimpleUploadedFile("tom.txt", b"")], "", "tom"),
        ([], "ftp://exempel.se/fil", "http:// eller https://"),
    ],
)
def test_bad_uploads_and_addresses_are_refused_with_a_swedish_message(editor_client, files, addresses, message):
    response = upload(editor_client, *files, addresses=addresses)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not SourceImport.objects.exists()


def imported(editor_client, django_capture_on_commit_callbacks, *files, addresses=""):
    with django_capture_on_commit_callbacks(execute=True):
        upload(editor_client, *files, addresses=addresses)
    source_import = SourceImport.objects.get()
    return sources_added.run(source_import.pk)


def test_the_task_imports_drafts_that_the_public_does_not_see(editor_client, client, django_capture_on_commit_callbacks):
    source_import = imported(editor_client, django_capture_on_commit_callbacks, article())
    assert source_import.status == SourceImport.Status.DONE
    assert (source_import.done, source_import.total) == (1, 1)
    document = Document.objects.get(title="Socialsekreterare larmar om ny lag")
    assert not document.public
    assert document.quotes.exists() and not document.quotes.filter(public=True).exists()
    assert client.get(document.get_absolute_url()).status_code == 404
    assert "Socialsekreterare larmar" not in client.get(reverse("kb:document_list")).content.decode()
    assert not client.get(reverse("kb:quote_list")).context["page_obj"].object_list
    assert search("socialsekreterare").total == 0
    # The editor sees the draft, marked as such.
    page = editor_client.get(document.get_absolute_url()).content.decode()
    assert "Syns inte för allmänheten" in page


def test_a_failed_address_is_logged_and_the_files_still_import(editor_client, django_capture_on_commit_callbacks):
    source_import = imported(
        editor_client, django_capture_on_commit_callbacks, article(), addresses="http://127.0.0.1/sida"
    )
    assert source_import.status == SourceImport.Status.DONE
    assert (source_import.done, source_import.total) == (2, 2)
    assert "http://127.0.0.1/sida: Adressen 127.0.0.1 leder till 127.0.0.1" in source_import.log
    assert "larm.txt: 1 dokument och 2 citat hittades." in source_import.log


def test_the_review_shows_flags_and_the_editor_fixes_a_speaker_and_publishes(
    editor_client, client, django_capture_on_commit_callbacks
):
    source_import = imported(editor_client, django_capture_on_commit_callbacks, article())
    url = reverse("admin:kb_sourceimport_change", args=[source_import.pk])
    page = editor_client.get(url).content.decode()
    assert "Klar att granska" in page
    assert "1 dokument, 2 citat" in page
    assert "Karin Ek" in page
    flagged = Quote.objects.get(text__startswith="Förebyggande arbete kostar")
    assert flagged.needs_review and flagged.review_note in page
    document = flagged.document
    withdrawn = document.quotes.exclude(pk=flagged.pk).get()

    response = editor_client.post(
        url,
        {
            f"title-{document.pk}": document.title,
            f"speaker-{flagged.pk}": "Anna Lind",
            **{f"speaker-{q.pk}": q.speaker.name for q in document.quotes.exclude(pk=flagged.pk)},
            f"withdraw-{withdrawn.pk}": "on",
            "publicera": "1",
        },
    )
    assert response.status_code == 302
    flagged.refresh_from_db()
    assert flagged.speaker.name == "Anna Lind"
    assert not flagged.needs_review and flagged.edited_by_editor and flagged.public
    document.refresh_from_db()
    assert document.public
    assert SourceImport.objects.get().status == SourceImport.Status.PUBLISHED
    public_page = client.get(document.get_absolute_url()).content.decode()
    assert "Anna Lind" in public_page
    assert f'href="{withdrawn.get_absolute_url()}"' not in public_page  # the withdrawn quote stays hidden
    found = {hit.url for hit in search("socialsekreterare").hits}
    assert {document.get_absolute_url(), flagged.get_absolute_url()} <= found
    assert withdrawn.get_absolute_url() not in found
    assert client.get(withdrawn.get_absolute_url()).status_code == 404


def test_an_empty_title_is_refused_and_nothing_of_the_form_is_saved(editor_client, django_capture_on_commit_callbacks):
    source_import = imported(editor_client, django_capture_on_commit_callbacks, article())
    document = Document.objects.get()
    quote = document.quotes.first()
    url = reverse("admin:kb_sourceimport_change", args=[source_import.pk])
    response = editor_client.post(url, {f"title-{document.pk}": "  ", f"speaker-{quote.pk}": "Ny Person"}, follow=True)
    assert "behöver en titel" in response.content.decode()
    assert not Person.objects.filter(name="Ny Person").exists()
    assert not Document.objects.get().public


def test_the_editors_source_details_survive_a_later_command_line_import(tmp_path, editor_client):
    from django.core.management import call_command

    (tmp_path / "artikel.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "artikel.txt.toml").write_text('publisher = "Vision"\n', encoding="utf-8")
    call_command("import_seeds", str(tmp_path), verbosity=0)
    source = SourceFile.objects.get(name="artikel.txt")
    assert source.publisher == "Vision"
    assert Document.objects.get().public  # the command line publishes directly
    change = reverse("admin:kb_sourcefile_change", args=[source.pk])
    response = editor_client.post(change, {"publisher": "Fackförbundet Vision", "title": "", "kind": "", "url": ""})
    assert response.status_code == 302
    (tmp_path / "artikel.txt.toml").write_text('publisher = "Vision"\nkind = "artikel"\n', encoding="utf-8")
    call_command("import_seeds", str(tmp_path), verbosity=0)
    source.refresh_from_db()
    assert (source.publisher, source.kind, source.metadata_by_editor) == ("Fackförbundet Vision", "", True)


def test_the_admin_index_leads_editors_to_add_a_source(editor_client):
    page = editor_client.get(reverse("admin:index")).content.decode()
    assert f'href="{ADD}"' in page and "Lägg till källa" in page


def test_the_original_is_downloaded_by_editors_as_an_attachment_never_shown(
    editor_client, client, django_capture_on_commit_callbacks
):
    page = SimpleUploadedFile("sida.html", b"<html><body><script>alert(1)</script><p>x</p></body></html>")
    with django_capture_on_commit_callbacks(execute=True):
        upload(editor_client, page)
    source = SourceFile.objects.get()
    url = reverse("admin:kb_sourcefile_original", args=[source.pk])
    response = editor_client.get(url)
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Type"] == "application/octet-stream"
    assert client.get(url).status_code == 302  # to the login page


def test_an_unforeseen_failure_ends_the_import_with_a_message(editor_client, django_capture_on_commit_callbacks, monkeypatch):
    with django_capture_on_commit_callbacks(execute=True):
        upload(editor_client, article())
    source_import = SourceImport.objects.get()

    def broken(pk):
        raise RuntimeError("fel i importen")

    monkeypatch.setattr(sources_added, "run", broken)
    with pytest.raises(RuntimeError):
        sources_added.import_added_sources.call(source_import.pk)
    source_import.refresh_from_db()
    assert source_import.status == SourceImport.Status.FAILED
    page = editor_client.get(reverse("admin:kb_sourceimport_change", args=[source_import.pk])).content.decode()
    assert "Misslyckades" in page and "oväntat fel (RuntimeError)" in page
    assert 'http-equiv="refresh"' not in page
