"""The writer and quotes beyond the body (issue 10, item 4): an organisation speaking with no person is
stored in Quote.organisation without an empty-named person, and a headline quote is stored in_title,
anchored in the title and never as a body quote."""

from datetime import date

import pytest

from reform_kb.importer.entities import EntityResolver
from reform_kb.importer.report import ImportReport
from reform_kb.importer.writer import DocumentWriter
from reform_kb.kb.models import Document, Person, Quote
from reform_kb.kb.quote_anchoring import locate_quote
from reform_kb.pipeline.records import ParsedDocument, ParsedQuote, PersonMention

pytestmark = pytest.mark.django_db

TITLE = "Mona Lind: ”Vi kräver en plan”"
BODY = (
    "Förbundet samlades i helgen.\n\n"
    "– Vi kräver en plan för hemtjänsten nu, säger Mona Lind.\n\n"
    "”Ett tryggt hem är grunden”, skriver Omsorgsverket i en vägledning."
)
REF = "artikel.txt#mona-lind"


def body_quote(text, **kwargs):
    start = BODY.index(text)
    return ParsedQuote(text=text, start=start, end=start + len(text), kind="direct", **kwargs)


def title_quote(**kwargs):
    text = "Vi kräver en plan"
    start = TITLE.index(text)
    return ParsedQuote(
        text=text, start=start, end=start + len(text), kind="pullquote", in_title=True, **kwargs
    )


def parsed_document(quotes):
    return ParsedDocument(
        title=TITLE,
        body=BODY,
        source_file="artikel.txt",
        position=0,
        kind="artikel",
        published=date(2024, 5, 2),
        quotes=quotes,
    )


def write(parsed):
    report = ImportReport()
    with report.file_counts():
        return DocumentWriter(report, EntityResolver(report)).write(parsed, REF, "artikel.txt")


def test_an_organisation_speaking_is_stored_as_the_quotes_organisation_with_no_speaker():
    doc = write(parsed_document([body_quote("Ett tryggt hem är grunden", organisation="Omsorgsverket")]))
    quote = doc.quotes.select_related("organisation").get()
    assert quote.speaker is None
    assert quote.organisation.name == "Omsorgsverket"
    assert not Person.objects.filter(name="").exists()


def test_a_speakers_organisation_wins_over_a_stray_quote_organisation():
    speaker = PersonMention("Mona Lind", "ordförande", "Lärarnas Riksgrupp")
    doc = write(parsed_document([body_quote("Vi kräver en plan för hemtjänsten nu", speaker=speaker)]))
    quote = doc.quotes.select_related("speaker", "organisation").get()
    assert (quote.speaker.name, quote.organisation.name) == ("Mona Lind", "Lärarnas Riksgrupp")


def test_a_headline_quote_is_stored_in_title_with_offsets_into_the_title():
    speaker = PersonMention("Mona Lind", "ordförande")
    doc = write(
        parsed_document(
            [
                title_quote(speaker=speaker),
                body_quote("Vi kräver en plan för hemtjänsten nu", speaker=speaker),
            ]
        )
    )
    headline = doc.quotes.get(in_title=True)
    assert doc.title[headline.start : headline.end] == headline.text
    assert headline.anchor_text() == doc.title
    body = doc.quotes.get(in_title=False)
    assert doc.body[body.start : body.end] == body.text
    assert body.anchor_text() == doc.body


def test_writing_a_headline_quote_again_changes_nothing():
    parsed = parsed_document([title_quote(speaker=PersonMention("Mona Lind"))])
    write(parsed)
    report = ImportReport()
    with report.file_counts():
        DocumentWriter(report, EntityResolver(report)).write(parsed, REF, "artikel.txt")
    assert report.counts["quotes"] == {"unchanged": 1}


def test_an_editors_headline_quote_is_reanchored_in_the_title_when_the_body_changes():
    doc = write(parsed_document([title_quote(speaker=PersonMention("Mona Lind"))]))
    quote = doc.quotes.get()
    Quote.objects.filter(pk=quote.pk).update(edited_by_editor=True)
    # The body now repeats the words earlier than the title holds them: the quote must stay in the title.
    changed = parsed_document([])
    changed.body = "Vi kräver en plan, sa någon i somras.\n\n" + BODY
    write(changed)
    quote.refresh_from_db()
    assert quote.in_title
    assert (quote.start, quote.end) == locate_quote(TITLE, "Vi kräver en plan")
    assert Document.objects.get(pk=doc.pk).title[quote.start : quote.end] == quote.text
