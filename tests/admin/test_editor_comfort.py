"""Editors' comfort (issue 15): edit links on public pages, annotation preview, ranked autocomplete, Swedish."""

import json

import pytest
from django.urls import reverse

from reform_kb.kb.models import Organisation, OrganisationAlias
from tests.builders import make_document, make_organisation, make_quote

pytestmark = pytest.mark.django_db

EDIT_LINK = "Redigera citatet i redaktionen"


def test_a_logged_in_editor_sees_an_edit_link_on_a_quote_page(editor_client):
    quote = make_quote()
    response = editor_client.get(quote.get_absolute_url())
    page = response.content.decode()
    assert EDIT_LINK in page
    assert reverse("admin:kb_quote_change", args=[quote.pk]) in page
    assert "private" in response["Cache-Control"]


def test_the_edit_link_never_reaches_a_cached_page_for_readers(editor_client, client, page_cache):
    quote = make_quote()
    editor_client.get(quote.get_absolute_url())  # the editor first: must not fill the cache
    assert EDIT_LINK not in client.get(quote.get_absolute_url()).content.decode()
    assert EDIT_LINK in editor_client.get(quote.get_absolute_url()).content.decode()


def test_document_and_organisation_pages_link_to_their_own_edit_forms(editor_client):
    organisation = make_organisation("Förbundet för prov")
    document = make_document("Ett remissvar")
    assert (
        reverse("admin:kb_document_change", args=[document.pk])
        in editor_client.get(document.get_absolute_url()).content.decode()
    )
    assert (
        reverse("admin:kb_organisation_change", args=[organisation.pk])
        in editor_client.get(organisation.get_absolute_url()).content.decode()
    )


def test_annotation_preview_shows_the_unsaved_markdown_as_readers_will_see_it(editor_client):
    url = reverse("admin:kb_quote_annotation_preview")
    response = editor_client.post(url, {"annotation": "Se **prop. 2024/25:89**. <script>alert(1)</script>"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "<strong>prop. 2024/25:89</strong>" in page
    assert "<script>alert(1)" not in page
    assert editor_client.get(url).status_code == 405


def test_the_quote_form_offers_the_preview_button(editor_client):
    page = editor_client.get(reverse("admin:kb_quote_add")).content.decode()
    assert f'formaction="{reverse("admin:kb_quote_annotation_preview")}"' in page


def test_readers_cannot_use_the_preview(client):
    response = client.post(reverse("admin:kb_quote_annotation_preview"), {"annotation": "x"})
    assert response.status_code == 302  # to the login page


def autocomplete(client, term):
    response = client.get(
        reverse("admin:autocomplete"),
        {"term": term, "app_label": "kb", "model_name": "quote", "field_name": "organisation"},
    )
    return [row["text"] for row in json.loads(response.content)["results"]]


def test_autocomplete_puts_an_exact_short_name_first(editor_client):
    # The reference organisations (migration kb/0002) hold SKR, Diskrimineringsombudsmannen and
    # Maskrosbarn: "SKR" is inside the last two names, which sort before "Sveriges…".
    skr = Organisation.objects.get(short_name="SKR")
    names = autocomplete(editor_client, "SKR")
    assert names[0] == str(skr)
    assert {"Diskrimineringsombudsmannen", "Maskrosbarn"} <= {n.split(" (")[0] for n in names[1:]}


def test_autocomplete_finds_an_organisation_by_its_former_name_first(editor_client):
    skr = Organisation.objects.get(short_name="SKR")
    assert OrganisationAlias.objects.filter(organisation=skr, alias="SKL").exists()
    make_organisation("SKL-gruppen för test")
    assert autocomplete(editor_client, "skl")[0] == str(skr)


def test_autocomplete_puts_names_starting_with_the_term_before_other_matches(editor_client):
    make_organisation("Provförbundet Öst")
    make_organisation("Förbundet för prov")
    names = autocomplete(editor_client, "prov")
    assert names.index("Provförbundet Öst") < names.index("Förbundet för prov")


def test_the_quote_form_is_in_swedish(editor_client):
    page = editor_client.get(reverse("admin:kb_quote_add")).content.decode()
    assert "A comma-separated list of tags." not in page
    assert "Taggar åtskilda med kommatecken." in page


def test_the_success_message_has_no_doubled_quotation_marks(editor_client):
    document = make_document(body="Förbundet svarar.\n\n– Beslutsrätten behövs, säger Eva Ek.")
    response = editor_client.post(
        reverse("admin:kb_quote_add"),
        {
            "document": document.pk,
            "text": "Beslutsrätten behövs",
            "kind": "direct",
            "speaker": "",
            "speaker_role": "",
            "organisation": "",
            "tags": "",
            "annotation": "",
            "review_note": "",
        },
        follow=True,
    )
    messages = [str(m) for m in response.context["messages"]]
    assert messages and all("“”" not in m and "””" not in m for m in messages)
