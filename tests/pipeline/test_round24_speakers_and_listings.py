"""Speakers and listing pages of round 24 (issue 10: the shapes of the former test23's misses).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from reform_kb.pipeline.parse import parse_file

from .invented_pages import CONTEXT


def _documents(text):
    return parse_file("sida.txt", text, CONTEXT)


PLAIN_PARAGRAPH_QUOTE = (
    "Efter fullmäktige\n\n"
    "Vi hade hoppats på en ny simhall, men förslaget föll i kväll, säger Sara Lindholm (S) kommunalråd.\n\n"
    "Debatten handlade mest om skolans lokaler och om hyrorna för föreningarna.\n\n"
    "– Vi ger inte upp frågan om simhallen och kommer tillbaka med den i våren, säger Sara.\n\n"
    "– Föreningarna ska inte betala för det, avslutar Sara Lindholm.\n"
)


def test_a_quote_set_as_a_plain_paragraph_presents_its_speaker_for_her_later_quotes():
    [document] = _documents(PLAIN_PARAGRAPH_QUOTE)
    speakers = [(q.speaker.name, q.speaker.role, q.speaker.party) for q in document.quotes]
    assert speakers == [("Sara Lindholm", "kommunalråd", "S")] * 3
