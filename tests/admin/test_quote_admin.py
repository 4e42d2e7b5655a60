"""Adding and editing quotes through the admin, as an editor would."""

import pytest
from django.urls import reverse

from reform_kb.kb.forms import QUOTE_NOT_FOUND
from reform_kb.kb.models import Quote
from tests.builders import NO_STANCES, make_document, make_organisation, make_person, make_quote, make_theme

pytestmark = pytest.mark.django_db

BODY = (
    "Akademikerförbundet SSR välkomnar förslaget.\n\n"
    "– Vi har länge efterfrågat en socialtjänst som arbetar ”förebyggande”\n"
    "och kunskapsbaserat, säger Heike Erkers.\n\n"
    "Förbundet vill se en nationell strategi."
)
ADD_URL = reverse("admin:kb_quote_add")


def quote_form(document, text, **overrides):
    data = {
        "document": document.pk,
        "text": text,
        "kind": Quote.Kind.DIRECT,
        "speaker": "",
        "speaker_role": "",
        "organisation": "",
        "tags": "",
        "annotation": "",
        "review_note": "",
        **NO_STANCES,
    }
    data.update(overrides)
    return data


def test_editor_can_open_the_quote_add_page(editor_client):
    response = editor_client.get(ADD_URL)
    assert response.status_code == 200
    assert b'name="text"' in response.content


def test_editor_adds_a_quote_with_annotation_tags_and_themes(editor_client, editor):
    document = make_document(body=BODY)
    speaker = make_person("Heike Erkers")
    org = make_organisation("Testförbundet för socionomer")
    theme = make_theme("Testtema för citat")
    text = "Vi har länge efterfrågat en socialtjänst som arbetar ”förebyggande”\noch kunskapsbaserat"
    response = editor_client.post(
        ADD_URL,
        quote_form(
            document,
            text,
            speaker=speaker.pk,
            organisation=org.pk,
            themes=[theme.pk],
            tags="kunskapsbaserat, förebyggande arbete",
            annotation="Jämför med *SOU 2020:47*.",
        ),
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    quote = Quote.objects.get()
    assert BODY[quote.start : quote.end] == text == quote.text
    assert quote.speaker == speaker and quote.organisation == org
    assert list(quote.themes.all()) == [theme]
    assert sorted(quote.tags.names()) == ["förebyggande arbete", "kunskapsbaserat"]
    assert quote.annotation == "Jämför med *SOU 2020:47*."
    assert quote.origin == Quote.Origin.EDITOR
    assert quote.created_by == editor and quote.updated_by == editor


def test_offsets_are_found_when_whitespace_and_quote_marks_differ(editor_client):
    document = make_document(body=BODY)
    typed = '"- Vi har  länge efterfrågat en socialtjänst som arbetar "förebyggande" och kunskapsbaserat'
    response = editor_client.post(ADD_URL, quote_form(document, typed))
    assert response.status_code == 302
    quote = Quote.objects.get()
    expected = "Vi har länge efterfrågat en socialtjänst som arbetar ”förebyggande”\noch kunskapsbaserat"
    assert quote.text == expected
    assert (quote.start, quote.end) == (BODY.index("Vi har"), BODY.index(", säger"))


def test_quote_not_in_the_document_gets_a_form_error(editor_client):
    document = make_document(body=BODY)
    response = editor_client.post(ADD_URL, quote_form(document, "Socialtjänsten ska läggas ned."))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["text"] == [QUOTE_NOT_FOUND]
    assert "Citatet finns inte i dokumentets text." in response.content.decode()
    assert not Quote.objects.exists()


def test_changing_the_document_reanchors_the_quote(editor_client):
    quote = make_quote(make_document(body="Ett annat dokument.\n\nFörbundet vill se en nationell strategi."))
    other = make_document(body=BODY)
    url = reverse("admin:kb_quote_change", args=[quote.pk])
    response = editor_client.post(url, quote_form(other, "Förbundet vill se en nationell strategi."))
    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.document == other
    assert (quote.start, quote.end) == (BODY.index("Förbundet vill"), len(BODY))


def test_editing_an_imported_quote_protects_it_from_reimport(editor_client, editor):
    quote = make_quote(make_document(body=BODY), text="Förbundet vill se en nationell strategi.")
    Quote.objects.filter(pk=quote.pk).update(origin=Quote.Origin.IMPORT, import_ref="fil.txt#0#1")
    url = reverse("admin:kb_quote_change", args=[quote.pk])
    response = editor_client.post(url, quote_form(quote.document, quote.text, annotation="Se även s. 12."))
    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.edited_by_editor is True
    assert quote.origin == Quote.Origin.IMPORT
    assert quote.updated_by == editor


def test_saving_an_imported_quote_unchanged_leaves_it_to_the_importer(editor_client):
    quote = make_quote(make_document(body=BODY), text="Förbundet vill se en nationell strategi.")
    Quote.objects.filter(pk=quote.pk).update(origin=Quote.Origin.IMPORT, import_ref="fil.txt#0#1")
    url = reverse("admin:kb_quote_change", args=[quote.pk])
    response = editor_client.post(url, quote_form(quote.document, quote.text))
    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.edited_by_editor is False


def test_annotation_preview_is_sanitised_markdown(editor_client):
    quote = make_quote(
        make_document(body=BODY),
        text="Förbundet vill se en nationell strategi.",
        annotation="*Viktigt* <script>alert('x')</script> [länk](javascript:alert(1))",
    )
    response = editor_client.get(reverse("admin:kb_quote_change", args=[quote.pk]))
    html = response.content.decode()
    assert "<em>Viktigt</em>" in html
    assert "<script>alert(" not in html
    assert "javascript:alert" not in html.replace("[länk](javascript:alert(1))", "")


def test_change_page_shows_the_quote_in_its_context(editor_client):
    quote = make_quote(make_document(body=BODY), text="Förbundet vill se en nationell strategi.")
    response = editor_client.get(reverse("admin:kb_quote_change", args=[quote.pk]))
    assert "<mark>Förbundet vill se en nationell strategi.</mark>" in response.content.decode()


def test_mark_reviewed_action_clears_the_flag(editor_client, editor):
    flagged = [make_quote(needs_review=True), make_quote(needs_review=True)]
    untouched = make_quote(needs_review=True)
    response = editor_client.post(
        reverse("admin:kb_quote_changelist"),
        {"action": "mark_reviewed", "_selected_action": [q.pk for q in flagged]},
    )
    assert response.status_code == 302
    assert not Quote.objects.filter(pk__in=[q.pk for q in flagged], needs_review=True).exists()
    assert {q.updated_by for q in Quote.objects.filter(pk__in=[q.pk for q in flagged])} == {editor}
    # A re-import must not flag a reviewed quote again: it treats it as the editor's.
    assert all(q.edited_by_editor for q in Quote.objects.filter(pk__in=[q.pk for q in flagged]))
    untouched.refresh_from_db()
    assert untouched.needs_review is True
