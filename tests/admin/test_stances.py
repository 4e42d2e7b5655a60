"""Stances (issue 13): editors set a quote's stance per theme in the quote's admin, with a reason."""

import pytest
from django.urls import reverse

from reform_kb.kb.forms import STANCE_REASON_MISSING, STANCE_THEME_MISSING
from reform_kb.kb.models import Quote, QuoteStance, Stance
from tests.builders import make_document, make_quote, make_theme

pytestmark = pytest.mark.django_db

BODY = "Förbundet välkomnar att socialtjänsten ska arbeta förebyggande."


def change_form(
    quote, themes, stances, annotation="Förbundet säger uttryckligen att det välkomnar förslaget."
):
    """The quote's change form as a browser posts it, with `stances` [(theme, stance)] as new inline rows."""
    data = {
        "document": quote.document.pk,
        "text": quote.text,
        "kind": quote.kind,
        "speaker": "",
        "speaker_role": "",
        "organisation": "",
        "themes": [theme.pk for theme in themes],
        "tags": "",
        "annotation": annotation,
        "review_note": "",
        "stances-TOTAL_FORMS": str(len(stances)),
        "stances-INITIAL_FORMS": "0",
        "stances-MIN_NUM_FORMS": "0",
        "stances-MAX_NUM_FORMS": "1000",
    }
    for i, (theme, stance) in enumerate(stances):
        data[f"stances-{i}-theme"] = theme.pk
        data[f"stances-{i}-stance"] = stance
        data[f"stances-{i}-quote"] = quote.pk
    return data


@pytest.fixture
def quote(db):
    return make_quote(make_document(body=BODY), text=BODY)


def post(editor_client, quote, data):
    return editor_client.post(reverse("admin:kb_quote_change", args=[quote.pk]), data)


def test_editor_sets_a_stance_on_one_of_the_quotes_themes(editor_client, quote):
    theme = make_theme("Förebyggande")
    response = post(editor_client, quote, change_form(quote, [theme], [(theme, Stance.STODER)]))
    assert response.status_code == 302
    assert list(QuoteStance.objects.values_list("quote", "theme", "stance")) == [
        (quote.pk, theme.pk, "stoder")
    ]


def test_the_quote_page_shows_the_stance_and_where_its_reason_is(client, editor_client, quote):
    theme = make_theme("Förebyggande")
    post(editor_client, quote, change_form(quote, [theme], [(theme, Stance.KRITISK)]))
    html = client.get(quote.get_absolute_url()).content.decode()
    assert "<dt>Hållning</dt>" in html
    assert (
        f'<a href="{theme.get_absolute_url()}">Förebyggande</a>: <span class="hallningsord hallning-kritisk">kritisk</span>'
        in html
    )
    assert "Redaktionens bedömning; skälet står i kommentaren nedan." in html
    assert "Förbundet säger uttryckligen" in html


def test_a_stance_without_a_reason_in_the_annotation_is_refused(editor_client, quote):
    theme = make_theme("Förebyggande")
    response = post(
        editor_client, quote, change_form(quote, [theme], [(theme, Stance.STODER)], annotation=" ")
    )
    assert response.status_code == 200
    assert STANCE_REASON_MISSING in response.content.decode()
    assert not QuoteStance.objects.exists()


def test_a_stance_on_a_theme_the_quote_lacks_is_refused(editor_client, quote):
    kept, other = make_theme("Förebyggande"), make_theme("Beslutsrätt")
    response = post(editor_client, quote, change_form(quote, [kept], [(other, Stance.STODER)]))
    assert response.status_code == 200
    assert STANCE_THEME_MISSING.format(theme="”Beslutsrätt”") in response.content.decode()
    assert not QuoteStance.objects.exists()


def test_one_stance_per_quote_and_theme(editor_client, quote):
    theme = make_theme("Förebyggande")
    data = change_form(quote, [theme], [(theme, Stance.STODER), (theme, Stance.KRITISK)])
    response = post(editor_client, quote, data)
    assert response.status_code == 200
    assert not QuoteStance.objects.exists()


def test_setting_a_stance_on_an_imported_quote_protects_it_from_reimport(editor_client, quote):
    theme = make_theme("Förebyggande")
    quote.themes.set([theme])
    Quote.objects.filter(pk=quote.pk).update(origin=Quote.Origin.IMPORT, import_ref="fil.txt#0#1")
    # The same quote fields as stored: only the inline changes.
    response = post(
        editor_client, quote, change_form(quote, [theme], [(theme, Stance.BLANDAD)], annotation="")
    )
    assert response.status_code == 200  # no reason yet: refused, nothing marked
    quote.refresh_from_db()
    assert quote.edited_by_editor is False
    Quote.objects.filter(pk=quote.pk).update(annotation="Både stöd och invändningar.")
    quote.refresh_from_db()
    response = post(
        editor_client,
        quote,
        change_form(quote, [theme], [(theme, Stance.BLANDAD)], annotation=quote.annotation),
    )
    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.edited_by_editor is True


def test_the_admin_history_records_the_stance_change(editor_client, quote):
    from django.contrib.admin.models import LogEntry

    theme = make_theme("Förebyggande")
    post(editor_client, quote, change_form(quote, [theme], [(theme, Stance.NEUTRAL)]))
    entry = LogEntry.objects.get(object_id=str(quote.pk))
    assert "hållning" in entry.get_change_message()


def test_editors_may_edit_the_timeline(editor_client):
    assert editor_client.get(reverse("admin:kb_milestone_changelist")).status_code == 200
    assert editor_client.get(reverse("admin:kb_milestone_add")).status_code == 200


def test_a_stance_has_its_own_history_with_who_changed_it_and_can_be_restored(editor, editor_client, quote):
    theme = make_theme("Förebyggande")
    post(editor_client, quote, change_form(quote, [theme], [(theme, Stance.STODER)]))
    stance = QuoteStance.objects.get()
    stance.stance = Stance.KRITISK
    stance.save()
    assert [h.stance for h in stance.history.order_by("history_date")] == ["stoder", "kritisk"]
    assert stance.history.earliest().history_user == editor  # set in the quote's form by the editor
    page = editor_client.get(reverse("admin:kb_quotestance_history", args=[stance.pk]))
    assert page.status_code == 200 and "stöder" in page.content.decode()
    # Restoring the first version puts the stance back (django-simple-history's revert form).
    first = stance.history.earliest()
    revert = reverse("admin:kb_quotestance_simple_history", args=[stance.pk, first.history_id])
    assert (
        editor_client.post(revert, {"quote": quote.pk, "theme": theme.pk, "stance": "stoder"}).status_code
        == 302
    )
    assert QuoteStance.objects.get().stance == Stance.STODER


def test_a_milestone_keeps_its_history(editor, editor_client):
    from datetime import date

    from reform_kb.kb.models import Milestone

    milestone = Milestone.objects.create(slug="dir", title="Direktivet", date=date(2017, 4, 1))
    milestone.title = "Direktiv 2017:39"
    milestone.save()
    assert [h.title for h in milestone.history.order_by("history_date")] == ["Direktivet", "Direktiv 2017:39"]
    page = editor_client.get(reverse("admin:kb_milestone_history", args=[milestone.pk]))
    assert page.status_code == 200 and "Direktiv 2017:39" in page.content.decode()
