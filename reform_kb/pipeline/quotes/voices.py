"""Quotes an organisation speaks: a press release, a guidance document or a union's statement quoted with
no person named ("”…”, skriver Förbundet X i ett pressmeddelande", "enligt Socialstyrelsen ”…”",
"Kommunal kritiserar politikerna för att ha ”…”", "Fackförbundet är kritiskt: ”…”").

A quote only gets an organisation here when it has no speaker: a person's organisation stays on the
person (`PersonMention.organisation`), and an organisation never stands in for an empty-named person.
The quote itself is found by the readers as before; this only says who stands behind it.
"""

from __future__ import annotations

import re

from reform_kb.pipeline.organisations import OrganisationMatcher, OrgMatch
from reform_kb.pipeline.records import ParsedQuote

from .attribution import VERB_ALT

# What may stand between a closing mark and the rest of its sentence: "”, skriver …", "”. Så skriver …" is
# another sentence and not read.
_CLOSING = '”"»«'
_AFTER_RE = re.compile(rf"^[{_CLOSING}]?\s*,\s*(?P<rest>[^.!?\n]*)")
# "…”, skriver Socialstyrelsen", "…”, betonar också Vision": the verb, an adverb or two, then the sayer.
_VERB_THEN_RE = re.compile(rf"^(?:{VERB_ALT})\s+(?:(?:också|även|dock|bland annat)\s+)?")
# "…, säger en talesperson för Förbundet X": someone unnamed at an organisation, which speaks through them.
_UNNAMED_AT_RE = re.compile(r"(?:en|ett)\s+(?:[a-zåäö-]+\s+){1,3}(?:för|på|vid|hos|inom|i)\s+(?=[A-ZÅÄÖ])")
# "enligt Arbetsmiljöverket", "enligt kontakt med socialförvaltningen i Stockholms stad": the source a
# few words after "enligt".
_ENLIGT_RE = re.compile(r"\benligt\s+(?P<rest>(?:\S+\s+){0,6}\S+)")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?]\s+|\n)(?=[^.!?\n]*$)")
# Words that may open a sentence before its subject: "Nu kräver Vision …" is not the subject pattern, but
# "I dag skriver Vision:" has the verb first too; both are read by the verb rule below.
_LOOKBACK = 300

# A sentence that names its organisation by a generic noun ("Fackförbundet är kritiskt:"), meaning the
# one named last; each noun with the gazetteer kinds it may stand for.
_GENERIC_NOUNS = {
    "fackförbundet": ("fackforbund",),
    "facket": ("fackforbund",),
    "förbundet": ("fackforbund", "intresseorganisation"),
    "föreningen": ("intresseorganisation",),
    "organisationen": ("intresseorganisation", "fackforbund"),
    "myndigheten": ("myndighet",),
    "verket": ("myndighet",),
    "kommunen": ("kommun",),
    "regionen": ("region",),
    "departementet": ("departement",),
}
_GENERIC_RE = re.compile(rf"^(?P<noun>{'|'.join(n.capitalize() for n in _GENERIC_NOUNS)})\b")


def credit_organisations(quotes: list[ParsedQuote], body: str, matcher: OrganisationMatcher) -> None:
    """Give each body quote without a speaker the organisation its sentence presents as its source."""
    for quote in quotes:
        if quote.speaker is not None or quote.organisation or quote.in_title:
            continue
        quote.organisation = speaking_organisation(body, quote.start, quote.end, matcher)


def speaking_organisation(body: str, start: int, end: int, matcher: OrganisationMatcher) -> str | None:
    """The organisation presented as the source of the quotation at body[start:end], or None."""
    before = _sentence_before(body, start)
    return (
        _after_verb(body[end : end + _LOOKBACK], matcher, body[:start])
        or _enligt(before, matcher)
        or _assignment(before, matcher)
        or _subject(before, matcher)
        or _verb_before(before, matcher)
        or _generic(before, body[: start - len(before)], matcher)
    )


def _sentence_before(body: str, start: int) -> str:
    """The sentence the quotation stands in, up to its opening mark (a few hundred characters at most)."""
    window = body[max(0, start - _LOOKBACK) : start]
    m = _SENTENCE_START_RE.search(window)
    # No match: the window ends on a sentence's end glued to the mark ('… slut.”'), so nothing of the
    # sentence stands before the quotation.
    return window[m.end() :] if m else ""


def _first_at(text: str, matcher: OrganisationMatcher) -> OrgMatch | None:
    """The organisation `text` opens with."""
    found = matcher.find_all(text)
    return found[0] if found and found[0].start == 0 else None


def _after_verb(after: str, matcher: OrganisationMatcher, earlier: str = "") -> str | None:
    """ "”…”, skriver Förbundet X i ett pressmeddelande": the organisation right after the verb of saying
    (or the one a generic noun there points back to: "skriver förbundet på sin webbplats");
    "”…”, var budskapet i en debattartikel från Vision": the first one the sentence's rest names."""
    m = _AFTER_RE.match(after)
    if m is None:
        return None
    rest = m.group("rest")
    verb = _VERB_THEN_RE.match(rest)
    if verb:
        sayer = rest[verb.end() :]
        sayer = sayer[m.end() :] if (m := _UNNAMED_AT_RE.match(sayer)) else sayer
        found = _first_at(sayer, matcher)
        return found.name if found else _generic(sayer[:1].upper() + sayer[1:], earlier, matcher)
    if re.match(r"(?:var|är|blir|lyder)\s+(?:budskapet|beskedet|uppmaningen|kravet|slutsatsen)\b", rest):
        found = matcher.find_all(rest)
        return found[0].name if found else None
    return None


def _enligt(before: str, matcher: OrganisationMatcher) -> str | None:
    """ "… enligt Arbetsmiljöverket ändå inte ”…”": the source named after "enligt"."""
    for m in _ENLIGT_RE.finditer(before):
        found = matcher.find_all(m.group("rest"))
        if found:
            return found[0].name
    return None


# "fick i uppdrag av regeringen att ”…”", "uppdraget från Socialstyrelsen är att ”…”": the words of an
# assignment are its giver's.
_ASSIGNMENT_RE = re.compile(r"\buppdrag(?:et)?\s+(?:från|av)\s+(?P<rest>(?:\S+\s+){0,4}\S+)")


def _assignment(before: str, matcher: OrganisationMatcher) -> str | None:
    """ "… fick i uppdrag från regeringen att ”…”": who gave the assignment the quotation words."""
    for m in _ASSIGNMENT_RE.finditer(before):
        rest = m.group("rest")
        found = _first_at(rest[:1].upper() + rest[1:], matcher)  # "regeringen" in running text
        if found:
            return found.name
    return None


def _subject(before: str, matcher: OrganisationMatcher) -> str | None:
    """ "Kommunal kritiserar politikerna för att ha ”…”": an organisation opening the sentence is its
    subject, the one whose words the quotation gives."""
    found = _first_at(before, matcher)
    return found.name if found else None


def _verb_before(before: str, matcher: OrganisationMatcher) -> str | None:
    """ "I ett pressmeddelande skriver Vision: ”…”": the organisation right after a verb of saying."""
    for m in re.finditer(rf"\b(?:{VERB_ALT})\s+", before):
        found = _first_at(before[m.end() :], matcher)
        if found:
            return found.name
    return None


def _generic(before: str, earlier: str, matcher: OrganisationMatcher) -> str | None:
    """ "Fackförbundet är kritiskt: ”…”": the last organisation of the noun's kind named before."""
    m = _GENERIC_RE.match(before)
    if m is None:
        return None
    kinds = _GENERIC_NOUNS[m.group("noun").lower()]
    found = [o for o in matcher.find_all(earlier[-2000:]) if o.kind in kinds]
    return found[-1].name if found else None


def introducing_organisation(intro: str, earlier: str, matcher: OrganisationMatcher) -> str | None:
    """The organisation a paragraph ending in a colon gives the word to ("Socialstyrelsen skriver:",
    "I sin vägledning skriver Förbundet X:", "Förbundet är kritiskt:"), from its last sentence."""
    before = _sentence_before(intro, len(intro))
    return _subject(before, matcher) or _verb_before(before, matcher) or _generic(before, earlier, matcher)


# "”…” (Socialstyrelsen, 2019)", "”…” (Tallby kommuns måltidspolicy)": a quotation's source in parentheses
# after it, as reports and consultation responses cite a text.
_CITED_SOURCE_RE = re.compile(r"^[.,]?\s*\((?P<source>[^()]{3,120})\)\s*\.?$")


def cited_organisation(trailing: str, matcher: OrganisationMatcher) -> str | None:
    """The organisation a parenthesis after a quotation cites as its source, when it opens with one."""
    m = _CITED_SOURCE_RE.match(trailing)
    if m is None:
        return None
    found = _first_at(m.group("source"), matcher)
    return found.name if found else None
