"""Headline quotes and organisations speaking on the pages (issue 10, item 4): a quote in_title is marked in
the headline and never in the body, and a quote with an organisation but no speaker shows the organisation
on its page, the document's list, the admin and the export."""

import json
from io import StringIO
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.urls import reverse

from reform_kb.kb.models import Quote
from reform_kb.kb.views.highlight import marked_title, structured_text
from tests.builders import make_document, make_organisation

pytestmark = pytest.mark.django_db

TITLE = "Mona Lind: ”Vi kräver en plan”"
# The body repeats the headline's words: the headline quote must still not be marked there.
BODY = "Vi kräver en plan, sa Mona Lind på mötet.\n\nAndra stycket."


def headline_quote(document, **kwargs):
    text = "Vi kräver en plan"
    start = TITLE.index(text)
    return Quote.objects.create(
        document=document,
        text=text,
        start=start,
        end=start + len(text),
        kind="pullquote",
        in_title=True,
        **kwargs,
    )


def test_marked_title_marks_only_headline_quotes_and_escapes_the_rest():
    title = "A & B: ”Vi kräver en plan”"
    start = title.index("Vi")
    quotes = [
        SimpleNamespace(
            pk=4, text="Vi kräver en plan", start=start, end=start + 17, kind="pullquote", in_title=True
        ),
        SimpleNamespace(pk=5, text="A & B", start=0, end=5, kind="direct", in_title=False),
    ]
    assert marked_title(title, quotes) == (
        'A &amp; B: ”<mark class="citat citat--pullquote" id="citat-4" data-citat="4">Vi kräver en plan</mark>”'
    )


def test_a_headline_quote_is_neither_marked_in_the_body_nor_unplaced():
    quote = SimpleNamespace(pk=9, text="Vi kräver en plan", start=11, end=28, kind="pullquote", in_title=True)
    blocks = [{"kind": "paragraph", "start": 0, "end": BODY.index("\n\n")}]
    rendered, unplaced = structured_text(BODY, blocks, [quote], lambda q: f"/citat/{q.pk}/")
    assert unplaced == []
    assert "<mark" not in rendered[0]["html"]


def test_the_document_page_marks_the_headline_quote_in_the_heading(client):
    document = make_document(TITLE, body=BODY)
    quote = headline_quote(document)
    html = client.get(document.get_absolute_url()).content.decode()
    heading = html[html.index('<h1 id="titel"') : html.index("</h1>")]
    assert f'id="citat-{quote.pk}"' in heading
    assert html.count(f'id="citat-{quote.pk}"') == 1
    assert "kunde inte hittas i texten" not in html


def test_the_quote_page_of_a_headline_quote_opens(client):
    quote = headline_quote(make_document(TITLE, body=BODY))
    response = client.get(quote.get_absolute_url())
    assert response.status_code == 200
    assert "Vi kräver en plan" in response.content.decode()


def test_an_organisations_quote_without_speaker_shows_the_organisation(client):
    org = make_organisation("Omsorgsverket")
    document = make_document(
        "Vägledning om boende", body="”Ett tryggt hem är grunden”, skriver Omsorgsverket."
    )
    start = document.body.index("Ett")
    quote = Quote.objects.create(
        document=document, text="Ett tryggt hem är grunden", start=start, end=start + 25, organisation=org
    )
    page = client.get(quote.get_absolute_url()).content.decode()
    assert "Citat från Omsorgsverket" in page
    assert org.get_absolute_url() in page
    listed = client.get(document.get_absolute_url()).content.decode()
    assert org.get_absolute_url() in listed[listed.index('id="citat-i-texten"') :]


def test_the_admin_shows_a_headline_quote_in_the_title(editor_client):
    quote = headline_quote(make_document(TITLE, body=BODY))
    page = editor_client.get(reverse("admin:kb_quote_change", args=[quote.pk])).content.decode()
    assert "Mona Lind: ”<mark>Vi kräver en plan</mark>”" in page


def test_the_admin_keeps_a_headline_quote_in_the_title_when_saved(editor_client):
    from tests.builders import NO_STANCES

    document = make_document(TITLE, body=BODY)
    quote = headline_quote(document)
    response = editor_client.post(
        reverse("admin:kb_quote_change", args=[quote.pk]),
        {"document": document.pk, "text": quote.text, "kind": "pullquote", **NO_STANCES},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    quote.refresh_from_db()
    assert quote.in_title and document.title[quote.start : quote.end] == quote.text


def test_the_export_says_which_quotes_are_in_the_title():
    quote = headline_quote(make_document(TITLE, body=BODY))
    out = StringIO()
    call_command("export_kb", stdout=out)
    exported = {q["id"]: q for q in json.loads(out.getvalue())["quotes"]}
    assert exported[quote.pk]["in_title"] is True


def test_a_headline_quote_is_found_by_its_words_after_an_editor_changed_the_title():
    quote = SimpleNamespace(pk=6, text="Vi kräver en plan", start=11, end=28, kind="pullquote", in_title=True)
    html = marked_title("Ny rubrik – Mona Lind: ”Vi kräver en plan”", [quote])
    assert 'id="citat-6" data-citat="6">Vi kräver en plan</mark>' in html
    assert "<mark" not in marked_title("En helt ny rubrik", [quote])
