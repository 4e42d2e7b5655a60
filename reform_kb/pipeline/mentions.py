"""The people and organisations a document names (issue 10, items 6 and 7).

People: its authors, its speakers and everyone its text presents, each once under their full name with
the role and organisation the text gives them.

Photographers are never among them: a photo credit ("Foto: Per Ek", "Bild: …") credits a picture, not a
person the document is about, so credits are cut from a paragraph before names are looked for.
"""

from __future__ import annotations

import re

from .first_names import is_first_name
from .municipalities import BARE_MUNICIPALITY_FORM, MUNICIPAL_SENTENCE_RE, MUNICIPALITIES
from .org_tagger import extra_organisations
from .organisations import OrganisationMatcher
from .people import find_people
from .people_index import PeopleIndex
from .records import OrganisationInfo, ParsedDocument, PersonMention
from .roles import implied_organisation
from .segment.lines import is_byline

# A photo credit and the rest of its line: "Foto: Per Ek", "Bild: Anna Berg/TT", "Fotograf: …", and as
# captions also write them: "foto: …", "Foto av Ulf: Per Ek", "Foto Per Ek" (no colon, a name after it).
_CREDIT_RE = re.compile(
    r"\b(?:[Ff]oto(?:graf)?|[Bb]ild|[Ii]llustration|[Gg]rafik)(?:\s+av\s+[^:\n]{1,30}?)?"
    r"(?:\s*:|(?=\s+[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ][a-zåäö]+)).*$",
    re.M,
)
# Whether `mentioned_organisations` adds the names the learned tagger finds and the rules do not
# (org_tagger). Off until stop 22 (trained on 174 development texts it found one more gold name and three wrong
# ones); on in stop 22 (trained on all 436, cross-validated by publisher it raised dev's mentioned organisations
# from 0.821 to 0.827); off again from stop 23 by a criterion set before the fresh test13 was scored: pooled over
# the four unseen parts it had to raise mentioned organisations by 0.005 F1, and it raised them by 0.004 (169
# right and 65 wrong against 160 and 49), while making parsing about four times slower (corpus/README.md,
# "Organisation names").
USE_ORG_TAGGER = False


def mentioned_people(doc: ParsedDocument, matcher: OrganisationMatcher) -> list[PersonMention]:
    """Authors, speakers, then the people the title and body name, in that order, without repeats."""
    index = PeopleIndex()
    for person in doc.authors:
        index.add(person)
    for quote in doc.quotes:
        for person in [quote.speaker, *quote.co_speakers] if quote.speaker else quote.co_speakers:
            index.add(person)
    text = f"{doc.title}\n\n{doc.body}"
    photographers = _photographers(text, matcher)
    for paragraph in _CREDIT_RE.sub("", text).split("\n"):
        # A byline left in the body ("Text: Anna Berg") names an author, who is listed already; "Av rapporten
        # framgår …" is a sentence (segment.lines.is_byline wants a name after the byline word).
        if not paragraph.strip() or is_byline(paragraph):
            continue
        for span in find_people(paragraph, matcher, index):
            person = _from_first_name(span.person)
            if person and person.name not in photographers:  # "Publicerad av Per Ek … Foto: Per Ek"
                index.add(person)
    return [PersonMention(p.name, p.role, p.organisation, p.party) for p in index.people.values()]


def _from_first_name(person: PersonMention) -> PersonMention | None:
    """A name the text only names (no quote, no byline) is a person's when it opens with a first name
    (first_names.py) or the text gives it a role: "Kontakta Wivi Ek" is Wivi Ek, "Lawen Redar, riksdagsledamot"
    stays, "Unik Resurs" and "Helsingborgs Dagblad" are no one."""
    tokens = person.name.split()
    for at, token in enumerate(tokens):
        if is_first_name(token) and (at == 0 or len(tokens) - at >= 2):
            if at:
                return PersonMention(" ".join(tokens[at:]), person.role, person.organisation, person.party)
            return person
    return person if person.role else None


def _photographers(text: str, matcher: OrganisationMatcher) -> set[str]:
    """The names photo credits give: a photographer is never a person the document mentions."""
    return {
        span.person.name
        for credit in _CREDIT_RE.finditer(text)
        for span in find_people(credit.group(0), matcher)
    }


def mentioned_organisations(doc: ParsedDocument, matcher: OrganisationMatcher) -> list[str]:
    """Every organisation the title and body name, in order: the gazetteer's, the government written in
    lower case, and those recognised by form only ("Skövde kommun", "socialtjänsten i Kalix"), which
    are added to `doc.new_organisations` to be created flagged for review.

    Listing the unknown ones now keeps the next import, when they are in the gazetteer, from seeing a
    change. `add_people_organisations` adds the organisations of the people, once they are known."""
    text = f"{doc.title}\n\n{doc.body}"
    mentioned: dict[str, None] = {}  # a dict: its order, unlike a set's, is stable
    for match in sorted([*matcher.find_all(text), *matcher.find_lower_case_authorities(text)], key=lambda m: m.start):
        mentioned.setdefault(match.name, None)
        if not match.known:
            doc.add_new_organisation(OrganisationInfo(name=match.name, kind=match.kind))
    for name, known in municipalities_as_places(text, matcher):
        mentioned.setdefault(name, None)
        if not known:
            doc.add_new_organisation(OrganisationInfo(name=name, kind="kommun"))
    if USE_ORG_TAGGER:
        # The tagger's names are guesses: created, like the form-recognised ones, flagged for review.
        speakers = [q.speaker for q in doc.quotes if q.speaker]
        people = frozenset(p.name for p in [*doc.authors, *speakers])
        for name, _probability, known in extra_organisations(doc.title, doc.body, matcher, people):
            mentioned.setdefault(name, None)
            if not known:
                doc.add_new_organisation(OrganisationInfo(name=name, kind="annan"))
    return list(mentioned)


_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+|\n+")


def municipalities_as_places(text: str, matcher: OrganisationMatcher) -> list[tuple[str, bool]]:
    """(name, known) of each municipality a sentence about municipal services names as a place only:
    "I Lerum höjs kommunens ersättning", "Kumla ligger högst av kommunerna". A place in a sentence about
    anything else ("Hon bor i Lerum") is where someone is, not the municipality."""
    found = []
    for sentence in _SENTENCE_END_RE.split(text):
        if not MUNICIPAL_SENTENCE_RE.search(sentence):
            continue
        for m in BARE_MUNICIPALITY_FORM.finditer(sentence.strip()):
            if m.group("place") in MUNICIPALITIES:
                found.append(matcher.municipality(m.group("place")))
    return found


def add_people_organisations(doc: ParsedDocument) -> None:
    """The organisations the document's people work for are mentioned too: "Eva Ek, socialsekreterare i
    Kalix" names Kalix kommun, though the text never writes "Kalix kommun". A minister's Regeringen and a
    member's Riksdagen are not: the title implies them, the text does not name them."""
    for person in [*(q.speaker for q in doc.quotes if q.speaker), *doc.mentioned_people]:
        org = person.organisation
        if org and org not in doc.mentioned_organisations and org != implied_organisation(person.role):
            doc.mentioned_organisations.append(org)
