"""Where a speaker works when the text leaves it implicit: the publishing organisation's own staff, and the
municipality or region a text is about (issue 10, item 5). Used by quotes/speakers.py."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reform_kb.pipeline.mentions import municipalities_as_places
from reform_kb.pipeline.municipalities import MUNICIPALITIES
from reform_kb.pipeline.organisations import OrganisationMatcher
from reform_kb.pipeline.people import find_people

HOME_KINDS = ("kommun", "region")


def publishing_home(matcher: OrganisationMatcher, publishers: list[str]) -> str | None:
    """The document's publisher when it is an organisation the matcher knows or recognises by its form (a
    municipality, an agency, a union, an association), not a newspaper or a person: whose staff its own
    pages quote."""
    for name in publishers:
        if name in matcher.organisations:
            return name
        found = matcher.find_all(name)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(name):
            return name
    return None


def home_organisation(
    body: str,
    matcher: OrganisationMatcher,
    publishers: list[str],
    kinds: tuple[str, ...] = HOME_KINDS,
    headline: str = "",
) -> str | None:
    """The municipality or region (of `kinds`) the text is about: a publishing one, else the one the body
    names.

    A body naming two or more (a comparison, a neighbour) gives none, unless the `headline` names one of them
    alone: the first named is otherwise a guess, and a wrong organisation misleads where a missing one only
    asks an editor to fill it in."""
    for name in publishers:
        info = matcher.organisations.get(name)
        named_so = "kommun" in kinds and name.endswith((" kommun", " stad"))
        if (info.kind if info else "") in kinds or named_so:
            return name
    homes = list(dict.fromkeys(m.name for m in matcher.find_all(body) if m.kind in kinds))
    if not homes and "kommun" in kinds:
        # A municipality the text names only as a place ("I Borgvik har nämnden …") is its home too.
        homes = list(dict.fromkeys(name for name, _known in municipalities_as_places(body, matcher)))
    if not homes and "kommun" in kinds:
        # Round 6: a municipal officer's or politician's home is the one municipality the text names at all,
        # as a place or in the genitive ("Malmös hemlösa", "Då Skellefteå har fler platser").
        homes = _municipalities_named(body, matcher)
    if len(homes) > 1 and headline:
        homes = _named_in_headline(homes, headline, matcher, kinds)
    return homes[0] if len(homes) == 1 else None


def _named_in_headline(homes: list[str], headline: str, matcher: OrganisationMatcher, kinds: tuple[str, ...]) -> list[str]:
    """Those of `homes` the headline names: the one the text is about (round 15: "Mellerud sparar miljoner på
    samverkan" over a body naming Mellerud and its partner Bengtsfors)."""
    named = {m.name for m in matcher.find_all(headline) if m.kind in kinds}
    named = named or (set(_municipalities_named(headline, matcher)) if "kommun" in kinds else set())
    return [home for home in homes if home in named]


# A capitalised word standing alone, perhaps in the genitive; one inside a person's name ("Anna Lund") is
# left out by the names the text holds.
_LONE_PLACE_RE = re.compile(r"(?<![\w-])(?P<word>[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)(?![\w-])")


def _municipalities_named(body: str, matcher: OrganisationMatcher) -> list[str]:
    """The distinct municipalities `body` names by their places' names ("Malmö", "Malmös", "Borås")."""
    names = [(p.start, p.end) for p in find_people(body, matcher)]
    found, in_names = [], []
    for m in _LONE_PLACE_RE.finditer(body):
        word = m.group("word")
        place = word if word in MUNICIPALITIES else word[:-1] if word.endswith("s") else ""
        if place in MUNICIPALITIES:
            inside = any(s <= m.start() < e for s, e in names)
            (in_names if inside else found).append(matcher.municipality(place)[0])
    found = list(dict.fromkeys(found))
    # A place inside what reads as a name may be a surname ("Anna Lund") or a sentence's first words taken
    # for one ("Både Malmö och Lund"): it is no home, but makes any other one uncertain.
    return found if set(in_names) <= set(found) else []


# An investigator's title: "utredare", "särskild utredare", "LSS-utredare".
_INVESTIGATOR_RE = re.compile(r"(?:särskild |[A-ZÅÄÖ]{2,}-)?utredare")


def inquiry_home(role: str, named: Iterable[str]) -> str | None:
    """The state inquiry an investigator works for: the one inquiry the document names ("LSS-utredningen"),
    before any agency it names too (round 41, the former test39's d3901: the inquiry's investigator, quoted in a
    federation's article, is not the federation's staff). None for any other role, or when the text names no
    inquiry or several."""
    if not _INVESTIGATOR_RE.fullmatch(role):
        return None
    inquiries = {name for name in named if name.endswith(("utredningen", "kommissionen"))}
    return inquiries.pop() if len(inquiries) == 1 else None
