"""History and undo in the admin (issue 15): who changed what, when, and restoring an earlier version."""

import pytest
from django.urls import reverse

from reform_kb.kb.models import Quote
from reform_kb.search import api as search
from tests.admin.test_quote_admin import quote_form
from tests.builders import make_document, make_quote

pytestmark = pytest.mark.django_db

BODY = "Förbundet svarar.\n\n– Beslutsrätten behövs i individärenden, säger Eva Ek.\n\n– Biståndet ska vara lättillgängligt, säger hon."


def edit_quote(client, quote, **changes):
    data = quote_form(quote.document, quote.text, kind=quote.kind)
    data.update(changes)
    return client.post(reverse("admin:kb_quote_change", args=[quote.pk]), data)


def test_an_editors_change_is_kept_with_who_and_when(
    editor_client, editor, django_capture_on_commit_callbacks
):
    quote = make_quote(make_document(body=BODY), "Beslutsrätten behövs i individärenden")
    with django_capture_on_commit_callbacks(execute=True):
        response = edit_quote(editor_client, quote, review_note="Kontrollerad mot källan")
    assert response.status_code == 302
    latest = quote.history.latest()
    assert latest.history_user == editor
    assert latest.review_note == "Kontrollerad mot källan"
    page = editor_client.get(reverse("admin:kb_quote_history", args=[quote.pk])).content.decode()
    assert "Ändringshistorik" in page and "redaktor" in page
    assert "Change history" not in page


def test_restoring_an_earlier_version_brings_back_its_text_and_the_index_follows(
    editor_client, django_capture_on_commit_callbacks
):
    document = make_document(body=BODY)
    with django_capture_on_commit_callbacks(execute=True):
        quote = make_quote(document, "Beslutsrätten behövs i individärenden")
    first = quote.history.earliest()
    with django_capture_on_commit_callbacks(execute=True):
        edit_quote(editor_client, quote, text="Biståndet ska vara lättillgängligt")
    quote.refresh_from_db()
    assert quote.text == "Biståndet ska vara lättillgängligt"

    url = reverse("admin:kb_quote_simple_history", args=[quote.pk, first.history_id])
    form_page = editor_client.get(url)
    assert form_page.status_code == 200 and "Återställ" in form_page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url, quote_form(document, first.text, kind=first.kind))
    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.text == "Beslutsrätten behövs i individärenden"
    assert quote.history.count() == 3
    # The restore went through the change feed: the search index has the restored words again.
    assert [hit.obj.pk for hit in search.search("individärenden", scope="quotes").hits] == [quote.pk]
    assert search.search("lättillgängligt", scope="quotes").hits == []


def test_an_editor_deletes_a_quote_they_added_but_not_an_imported_one(editor_client, editor):
    document = make_document(body=BODY)
    own = make_quote(
        document, "Beslutsrätten behövs i individärenden", origin=Quote.Origin.EDITOR, created_by=editor
    )
    imported = make_quote(document, "Biståndet ska vara lättillgängligt", origin=Quote.Origin.IMPORT)

    assert editor_client.get(reverse("admin:kb_quote_delete", args=[imported.pk])).status_code == 403
    response = editor_client.post(reverse("admin:kb_quote_delete", args=[own.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert list(Quote.objects.values_list("pk", flat=True)) == [imported.pk]
    # The deletion is in the history too, with who made it.
    assert Quote.history.filter(id=own.pk, history_type="-").get().history_user == editor


def test_editors_have_no_bulk_delete_and_cannot_delete_documents(editor_client):
    document = make_document(body=BODY)
    changelist = editor_client.get(reverse("admin:kb_quote_changelist")).content.decode()
    assert 'value="delete_selected"' not in changelist
    assert editor_client.get(reverse("admin:kb_document_delete", args=[document.pk])).status_code == 403
