"""What the Redaktör group may and may not do in the admin."""

import pytest
from django.urls import reverse

from reform_kb.kb.models import Document
from tests.builders import make_document, make_quote

pytestmark = pytest.mark.django_db


def test_editor_cannot_delete_documents(editor_client):
    document = make_document()
    url = reverse("admin:kb_document_delete", args=[document.pk])
    assert editor_client.get(url).status_code == 403
    assert editor_client.post(url, {"post": "yes"}).status_code == 403
    assert Document.objects.filter(pk=document.pk).exists()


def test_editor_can_correct_a_documents_metadata_but_not_its_imported_text(editor_client):
    document = make_document(title="Remissvar från Vision", import_ref="fil.txt#remissvar", published=None)
    url = reverse("admin:kb_document_change", args=[document.pk])
    response = editor_client.get(url)
    assert response.status_code == 200
    assert b'name="title"' in response.content
    assert b'name="body"' not in response.content
    data = {
        "title": "Remissvar från Vision (rättad)",
        "slug": document.slug,
        "kind": document.kind,
        "published": "2021-03-01",
        "tags": "",
        "review_note": "",
        "public": "on",  # issue 15: the visibility checkbox, checked as the form shows it
        "quotes-TOTAL_FORMS": "0",
        "quotes-INITIAL_FORMS": "0",
    }
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    document.refresh_from_db()
    assert document.title == "Remissvar från Vision (rättad)"
    assert str(document.published) == "2021-03-01"
    assert document.edited_by_editor


def test_editor_cannot_add_documents(editor_client):
    assert editor_client.get(reverse("admin:kb_document_add")).status_code == 403


@pytest.mark.parametrize("url_name", ["admin:auth_user_changelist", "admin:auth_group_changelist"])
def test_editor_cannot_manage_users_or_groups(editor_client, url_name):
    assert editor_client.get(reverse(url_name)).status_code == 403


def test_editor_cannot_open_a_user(editor_client, editor):
    assert editor_client.get(reverse("admin:auth_user_change", args=[editor.pk])).status_code == 403


def test_admin_index_lists_only_what_the_editor_may_see(editor_client):
    html = editor_client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:kb_quote_changelist") in html
    assert reverse("admin:auth_user_changelist") not in html


def test_editor_can_look_up_documents_for_a_quote(editor_client):
    make_document(title="Remissvar om socialtjänstlagen")
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "kb", "model_name": "quote", "field_name": "document", "term": "socialtjänst"},
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Remissvar om socialtjänstlagen"]


def test_document_page_lists_its_quotes_with_links(editor_client):
    quote = make_quote()
    response = editor_client.get(reverse("admin:kb_document_change", args=[quote.document.pk]))
    assert reverse("admin:kb_quote_change", args=[quote.pk]) in response.content.decode()


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    response = client.get(reverse("admin:kb_quote_changelist"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
