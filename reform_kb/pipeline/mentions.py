"""The people a document names (issue 10, item 7): its authors, its speakers and everyone its text
presents, each once under their full name with the role and organisation the text gives them.

Photographers are never among them: a photo credit ("Foto: Per Ek", "Bild: …") credits a picture, not a
person the document is about, so credits are cut from a paragraph before names are looked for.
"""

from __future__ import annotations

import re

from .organisations import OrganisationMatcher
from .people import PeopleIndex, find_people
from .records import ParsedDocument, PersonMention

# A photo credit and the rest of its line: "Foto: Per Ek", "Bild: Anna Berg/TT", "Fotograf: …".
_CREDIT_RE = re.compile(r"\b(?:Foto|Bild|Fotograf|Illustration|Grafik)\s*:.*$", re.M)
# A byline left in the body ("Text: Anna Berg") names an author, who is listed already.
_BYLINE_RE = re.compile(r"^(?:Text|Av|Skribent|Reporter)\s*:?\s+", re.M)


def mentioned_people(doc: ParsedDocument, matcher: OrganisationMatcher) -> list[PersonMention]:
    """Authors, speakers, then the people the title and body name, in that order, without repeats."""
    index = PeopleIndex()
    for person in doc.authors:
        index.add(person)
    for quote in doc.quotes:
        for person in [quote.speaker, *quote.co_speakers] if quote.speaker else quote.co_speakers:
            index.add(person)
    text = _CREDIT_RE.sub("", f"{doc.title}\n\n{doc.body}")
    for paragraph in text.split("\n"):
        if not paragraph.strip() or _BYLINE_RE.match(paragraph):
            continue
        for span in find_people(paragraph, matcher, index):
            index.add(span.person)
    return [PersonMention(p.name, p.role, p.organisation, p.party) for p in index.people.values()]
