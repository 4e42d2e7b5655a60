"""A second set of invented paragraphs for the parser tests of whole pages, and the one-document parses that
go with them (no database). The date-format, genre-cue, author, publisher and title tests were written around
these paragraphs rather than invented.py's, and keep them so that each test reads as it was written. Every word
here is invented (names, places and words of our own)."""

from reform_kb.pipeline.organisations import reference_organisations
from reform_kb.pipeline.parse import parse_file
from reform_kb.pipeline.quotes import extract_quotes
from reform_kb.pipeline.records import ParseContext

CONTEXT = ParseContext(organisations=reference_organisations())

BODY = (
    "Kommunen har under året sett ett växande behov av stöd till familjer med barn som har "
    "funktionsnedsättningar, och nämnden vill nu pröva nya arbetssätt i hela socialtjänsten."
)

MORE = (
    "Förvaltningen räknar med att de nya rutinerna ska vara på plats före sommaren, och personalen på "
    "boendena har redan fått en första utbildning i hur arbetet ska gå till i vardagen."
)

PROSE = (
    "Hemtjänsten i länet har fått nya rutiner under hösten, och personalen har fått gå kurser i "
    "dokumentation. Förändringen har mötts av både beröm och kritik från brukarna."
)


def parse_page(text):
    """Every document the pipeline finds in an invented page."""
    return parse_file("sida.txt", text, CONTEXT)


def speaker_after(attribution):
    """(role, organisation) of the speaker of one dash quote attributed "säger Eva Lund, <attribution>"."""
    text = f"Förbundet kräver åtgärder\n\n– Vi har väntat alldeles för länge på beslutet, säger Eva Lund, {attribution}.\n"
    (quote,) = parse_page(text)[0].quotes
    return quote.speaker.role, quote.speaker.organisation


def only(text):
    docs = parse_page(text)
    assert len(docs) == 1, [d.title for d in docs]
    return docs[0]


def _document(text, context):
    documents = parse_file("invented.txt", text, context)
    assert len(documents) == 1
    return documents[0]


def speakers_of(body, matcher, publishers=None):
    """The speaker of each quote `extract_quotes` finds in `body`, in order."""
    return [q.speaker for q in extract_quotes(body, matcher, publishers)]
