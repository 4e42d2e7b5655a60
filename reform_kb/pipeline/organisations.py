"""Organisations in Swedish text: a gazetteer matcher, with the forms Swedish writes names in.

Organisations come from a gazetteer (full names, short names, aliases) plus the Swedish genitive
forms texts use ("SKR:s", "Visions", "Socialstyrelsens"). Names not in the gazetteer are recognised
by form only ("Huddinge kommun", "Region Skåne", "Lärarförbundet") so that the importer can create
them flagged for review.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from .civil_society_forms import CIVIL_SOCIETY_FORMS, CIVIL_SOCIETY_HINTS, with_coordinated_openers
from .municipalities import MUNICIPALITIES, listed_place
from .names import NOT_NAMES
from .organisation_forms import (
    ACRONYM_BRANCH_AFTER_RE,
    BRANCH_HINTS,
    BRANCH_RULES,
    CITIES,
    COUNTIES,
    FORM_HINTS,
    FORM_RULES,
    KIND_BEFORE_NAME_FORM,
    LOCAL_SERVICE_FORM,
    MUNICIPAL_BODY_FORM,
    MUNICIPALITY_LIST_FORM,
    NAMED_ASSOCIATION_FORM,
    NATIONAL_OPENERS,
    NOT_MUNICIPALITIES,
    NOT_NAME_STARTS,
    PLACE_WORD,
    municipality_name,
    place_of_genitive,
)
from .organisation_kinds import federation_kind
from .organisation_names import (
    AGENCY_WORD_RE,
    FOREIGN_GOVERNMENT_RE,
    LOWER_CASE_AUTHORITIES,
    NOT_PLACE_GENITIVES,
    normalise_form_name,
)
from .records import OrganisationInfo, ParseContext


@dataclass(frozen=True)
class OrgMatch:
    name: str  # canonical name (for unknown organisations: the name as normalised from the text)
    start: int
    end: int
    surface: str
    known: bool = True  # False: recognised by form only, not in the gazetteer
    kind: str = ""


_COUNTY_NAMES = frozenset(COUNTIES.split("|"))
_FORMS = list(zip(FORM_RULES + CIVIL_SOCIETY_FORMS, FORM_HINTS + CIVIL_SOCIETY_HINTS, strict=True))


def _is_abbreviation(word: str) -> bool:
    return len(word) >= 2 and word.upper() == word and any(c.isalpha() for c in word)


def genitive_forms(surface: str) -> list[str]:
    """The ways Swedish writes "of <surface>": "SKR:s", "Visions"; names ending in s, x, z take none."""
    last = surface[-1]
    if last.isupper() or last.isdigit():
        return [surface + ":s", surface + "s"]
    if last.lower() in "sxz":
        return []
    return [surface + "s"]


def reference_organisations() -> list[OrganisationInfo]:
    """The seeded gazetteer in `reference.organisations` as records."""
    from reform_kb.pipeline.reference.organisations import ORGANISATIONS

    return [
        OrganisationInfo(
            name=o["name"],
            short_name=o.get("short_name", ""),
            kind=o.get("kind", "annan"),
            aliases=tuple(o.get("aliases", ())),
            parent=o.get("parent"),
        )
        for o in ORGANISATIONS
    ]


_CACHE_SIZE = 4096


def _surfaces_regex(surfaces: dict[str, str]) -> re.Pattern[str] | None:
    """One regex finding every surface, or None for an empty gazetteer.

    One branch per first character, so that each word start tries only the names it could begin
    (the plain alternation of every surface was the pipeline's slowest step); within a branch the
    longest surface comes first, so that the leftmost match is also the longest.
    """
    branches: dict[str, list[str]] = {}
    for surface in sorted(surfaces, key=len, reverse=True):
        # Single words match case-sensitively: "Vision" is the union, "vision" is not; abbreviations
        # must be upper case. Multi-word names may lose their capitals ("malmö stad").
        insensitive = " " in surface and not _is_abbreviation(surface)
        rest = re.escape(surface[1:])
        firsts = {surface[0].upper(), surface[0].lower()} if insensitive else {surface[0]}
        for first in firsts:
            branches.setdefault(first, []).append(f"(?i:{rest})" if insensitive else rest)
    alternatives = [f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in sorted(branches.items())]
    # Nor as the first part of a compound: "EU-migranter", "LSS-utredningen" name no organisation.
    return re.compile(r"(?<![\w:-])(?:" + "|".join(alternatives) + r")(?![\w]|-\w)") if alternatives else None


class OrganisationMatcher:
    """Finds and resolves organisation names in text, gazetteer first, then by form."""

    def __init__(self, organisations: list[OrganisationInfo]):
        self.organisations = {o.name: o for o in organisations}
        self._surfaces: dict[str, str] = {}  # surface -> canonical
        self._folded: dict[str, str] = {}  # casefolded multi-word surface -> canonical
        self._found: dict[str, list[OrgMatch]] = {}
        self._found_by_form: dict[str, list[OrgMatch]] = {}
        for org in organisations:
            for surface in (org.name, org.short_name, *org.aliases):
                if surface:
                    self._add_surface(surface, org.name)
        self._regex = _surfaces_regex(self._surfaces)

    def _add_surface(self, surface: str, name: str) -> None:
        """`surface` and its genitives as ways of writing `name`; an earlier organisation keeps a shared one.

        A national agency named by one definite noun is also written in lower case mid-sentence
        ("arbetsförmedlingen", "boverkets rapport"); other single words keep their capital ("Vision")."""
        forms = [surface]
        if len(surface) <= 4 and surface[0].isupper() and not surface.isupper():
            forms.append(surface.upper())  # a short name in capitals: "BRÅ" for "Brå"
        if AGENCY_WORD_RE.fullmatch(surface):
            forms.append(surface[0].lower() + surface[1:])
        for form in (f for base in forms for f in (base, *genitive_forms(base))):
            self._surfaces.setdefault(form, name)
            if " " in form:
                self._folded.setdefault(form.casefold(), name)

    def find(self, text: str) -> list[OrgMatch]:
        """Gazetteer organisations in `text`, leftmost and longest first, never overlapping."""
        # The same paragraph and phrase are looked up many times per document (speakers, roles,
        # mentions): remember recent answers, since the alternation regex is the pipeline's slowest step.
        cached = self._found.get(text)
        if cached is None:
            if len(self._found) > _CACHE_SIZE:
                self._found.clear()
            cached = self._found[text] = self._find(text)
        return list(cached)

    def _find(self, text: str) -> list[OrgMatch]:
        if self._regex is None:
            return []
        matches = []
        for m in self._regex.finditer(text):
            surface = m.group(0)
            name = self._surfaces.get(surface) or self._folded.get(surface.casefold())
            if name:
                matches.append(
                    OrgMatch(name, m.start(), m.end(), surface, True, self.organisations[name].kind)
                )
        return matches

    def resolve(self, surface: str) -> str | None:
        """The canonical name for a way of writing an organisation, or None if it is not in the gazetteer."""
        surface = " ".join(surface.split()).strip(" .,;")
        if not surface:
            return None
        for candidate in self._variants(surface):
            name = self._surfaces.get(candidate) or self._folded.get(candidate.casefold())
            if name:
                return name
        return None

    def _variants(self, surface: str) -> list[str]:
        variants = [surface]
        for ending in (":s", "s"):
            if surface.endswith(ending) and len(surface) > len(ending) + 1:
                variants.append(surface[: -len(ending)])
        # Local branches: "FSS region Skåne", "FSS Skåneregion(en)" → "FSS Skåne".
        for variant in list(variants):
            m = re.fullmatch(rf"(.+?) [Rr]egion ({PLACE_WORD})", variant) or re.fullmatch(
                rf"(.+?) ({PLACE_WORD}?)region(?:en)?(?:s)?", variant
            )
            if m:
                variants.append(f"{m.group(1)} {m.group(2)}")
        return variants

    def find_by_form(self, text: str) -> list[OrgMatch]:
        """Organisations recognised by their form ("X kommun", "Region X", "…förbundet") that are not
        in the gazetteer and do not overlap a gazetteer match."""
        cached = self._found_by_form.get(text)
        if cached is None:
            if len(self._found_by_form) > _CACHE_SIZE:
                self._found_by_form.clear()
            cached = self._found_by_form[text] = self._find_by_form(text)
        return list(cached)

    def _find_by_form(self, text: str) -> list[OrgMatch]:
        # Characters already taken by a gazetteer or earlier match: an overlap test is one C-level find.
        taken = bytearray(len(text))
        found = self._branches(text)
        for m in [*self.find(text), *found]:
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        for (pattern, kind), hint in _FORMS:
            if not any(word in text for word in hint):
                continue  # the rule's fixed word is absent: skip a regex that would try every position
            for m in pattern.finditer(text):
                start, end = m.span()
                if taken.find(1, start, end) != -1:
                    continue
                place = m.groupdict().get("place")
                raw_name = m.group("name")
                if place and place.split()[0] in NOT_NAME_STARTS:
                    if " " not in place or not raw_name.startswith(place):
                        continue
                    # "Sammanfattning Huddinge kommun": a heading glued to the name, not its first word.
                    cut = len(place.split()[0]) + 1
                    raw_name, start = raw_name[cut:], start + cut
                name = normalise_form_name(raw_name, kind)
                guessed = federation_kind(name) if kind == "fackforbund" else kind
                national = name.startswith(NATIONAL_OPENERS) and not place
                if name.split()[0] in NOT_NAME_STARTS and not national:
                    continue  # "Sveriges Dövas Riksförbund" is a name; "Sveriges kommun" is none
                # A known organisation written in a form the gazetteer lacks ("socialdepartementet" in
                # lower case, "Högsta Förvaltningsdomstolen") is that organisation.
                known = self.resolve(name)
                found.append(OrgMatch(known or name, start, end, text[start:end], bool(known), guessed))
                taken[start:end] = b"\x01" * (end - start)
        found += self._local_services(text, taken)
        found += self._municipal_bodies(text, taken)
        found += self._municipality_lists(text, taken)
        return sorted(with_coordinated_openers(text, found, self.resolve), key=lambda o: o.start)

    def _branches(self, text: str) -> list[OrgMatch]:
        """Branches of an organisation (`BRANCH_RULES`), which may hold a gazetteer name, and associations
        named by their kind (`NAMED_ASSOCIATION_FORM`)."""
        found = [m for m in map(self._named_association, NAMED_ASSOCIATION_FORM.finditer(text)) if m]
        found += [m for m in map(self._kind_before_name, KIND_BEFORE_NAME_FORM.finditer(text)) if m]
        found += self._acronym_branches(text)
        for (pattern, kind), hint in zip(BRANCH_RULES, BRANCH_HINTS, strict=True):
            if any(word in text for word in hint):
                for m in pattern.finditer(text):
                    name = normalise_form_name(m.group("name"), kind)
                    known = self.resolve(name)
                    found.append(OrgMatch(known or name, m.start(), m.end(), m.group(0), bool(known), kind))
        return found

    def _named_association(self, m: re.Match) -> OrgMatch | None:
        """ "Förbundet Unga Röster" (or the gazetteer's name for it); "Förbundet Unga Rösters chef" is its genitive."""
        name, end = m.group("name"), m.end("name")
        words = name.split()
        if words[1] in NOT_NAMES and words[1] not in ("Sveriges", "Sverige"):
            return None  # "Föreningen Och …" is none; "Riksförbundet Unga Mot Droger" is a name
        if m.group("next") and name.endswith("s") and not name.endswith("ss"):
            name = name[:-1]
        # "Förbundet Vision" is Vision: the kind word is no part of a name the gazetteer knows.
        known = self.resolve(name) or self.resolve(name.split(" ", 1)[1])
        return OrgMatch(known or name, m.start(), end, m.group("name"), bool(known), "intresseorganisation")

    def _kind_before_name(self, m: re.Match) -> OrgMatch | None:
        """ "föreningen Solrosen": the name after a lower-case kind word (or the gazetteer's name for it)."""
        name = m.group("name")
        if name.split()[0] in NOT_NAMES:
            return None  # "föreningen Och …", "stiftelsen Sveriges …" open no name here
        if m.group("next") and name.endswith("s") and not name.endswith("ss"):
            name = name[:-1]  # "föreningen Solrosens ordförande"
        known = self.resolve(name)
        return OrgMatch(
            known or name,
            m.start("name"),
            m.end("name"),
            m.group("name"),
            bool(known),
            "intresseorganisation",
        )

    def _acronym_branches(self, text: str) -> list[OrgMatch]:
        """ "FUB Ekby", "RBU Skåne": a known organisation's acronym then a municipality or county is its local
        branch, an organisation of its own (the national one is not named by it)."""
        found = []
        for m in self.find(text):
            after = ACRONYM_BRANCH_AFTER_RE.match(text, m.end) if _is_abbreviation(m.surface) else None
            place = after.group("place") if after else ""
            if place in MUNICIPALITIES or place in _COUNTY_NAMES:
                name = f"{m.surface} {place}"
                found.append(OrgMatch(name, m.start, after.end(), name, False, m.kind))
        return found

    def municipality(self, place: str) -> tuple[str, bool]:
        """(name, known) of the municipality of `place`: the gazetteer's name when it knows it ("Lunds
        kommun", "Malmö stad"), else the usual Swedish form (`municipality_name`)."""
        for candidate in (f"{place} kommun", f"{place}s kommun", f"{place} stad", f"{place}s stad"):
            if known := self.resolve(candidate):
                return known, True
        return municipality_name(place), False

    def _municipal_bodies(self, text: str, taken: bytearray) -> list[OrgMatch]:
        """The municipality of "Skellefteås kommunfullmäktige", "Kalmars socialtjänst" (a place in the genitive)."""
        found = []
        for m in MUNICIPAL_BODY_FORM.finditer(text):
            word = m.group("place")
            place = place_of_genitive(word)
            if (
                not word.endswith("s")
                or word in NOT_PLACE_GENITIVES
                or word in NOT_NAMES
                or (place in NOT_MUNICIPALITIES and place not in CITIES)
                or taken.find(1, m.start(), m.end()) != -1
            ):
                continue
            name, known = self.municipality(place)
            if known or place in MUNICIPALITIES:  # not "Framtidens" (a noun), "Rinkebys" (a district's)
                found.append(OrgMatch(name, m.start(), m.end(), m.group(0), known, "kommun"))
        return found

    def _municipality_lists(self, text: str, taken: bytearray) -> list[OrgMatch]:
        """Each municipality of "Botkyrka, Huddinge och Tyresö kommuner"."""
        found = []
        if " kommuner" not in text:
            return found
        for m in MUNICIPALITY_LIST_FORM.finditer(text):
            places = re.split(r",\s*|\s+(?:och|samt|eller)\s+", m.group("places"))
            if any(p in NOT_NAMES or p in NOT_MUNICIPALITIES for p in places):
                continue
            for place in places:
                at, place = m.start() + m.group(0).find(place), listed_place(place)  # "Svenljungas och …" (r. 17)
                name, known = self.municipality(place)
                found.append(OrgMatch(name, at, at + len(place), place, known, "kommun"))
        return found

    def _local_services(self, text: str, taken: bytearray) -> list[OrgMatch]:
        """The municipality of "hemtjänsten i Kalix" (see `LOCAL_SERVICE_FORM`), as the gazetteer names it
        ("Malmö stad") when it knows it."""
        found = []
        if " i " not in text:
            return found
        for m in LOCAL_SERVICE_FORM.finditer(text):
            place = m.group("place")
            if place in NOT_NAMES or place in NOT_MUNICIPALITIES or taken.find(1, m.start(), m.end()) != -1:
                continue
            name, known = self.municipality(place)
            if known or place in MUNICIPALITIES:  # "socialtjänsten i Rinkeby": a district's
                found.append(OrgMatch(name, m.start(), m.end(), m.group(0), known, "kommun"))
        return found

    def find_unknown(self, text: str) -> list[OrganisationInfo]:
        """Organisations to create (flagged for review) from `text`, each once, in order of appearance."""
        seen: dict[str, OrganisationInfo] = {}
        for m in self.find_by_form(text):
            if not m.known:  # a local service may point to a municipality the gazetteer knows
                seen.setdefault(m.name, OrganisationInfo(name=m.name, kind=m.kind))
        return list(seen.values())

    def find_lower_case_authorities(self, text: str) -> list[OrgMatch]:
        """Lower-case "regeringen"/"regeringens" as the Swedish government, "polisen" as Polisen, when the
        gazetteer knows them (`LOWER_CASE_AUTHORITIES`).

        Swedish writes them in lower case mid-sentence; another country's is named as such ("den danska
        regeringen", "finska polisen") and is left out.
        """
        found = []
        for pattern, known in LOWER_CASE_AUTHORITIES:
            if (name := self.resolve(known)) is None:
                continue
            for m in pattern.finditer(text):
                if not FOREIGN_GOVERNMENT_RE.search(text[max(0, m.start() - 20) : m.start()]):
                    found.append(OrgMatch(name, m.start(), m.end(), m.group(0), True, self.organisations[name].kind))
        return sorted(found, key=lambda o: o.start)

    def find_all(self, text: str) -> list[OrgMatch]:
        """Gazetteer and form-recognised organisations together, in order."""
        by_form = sorted(self.find_by_form(text), key=lambda o: o.start)
        # A gazetteer name inside a branch's name ("Polismyndigheten Västernorrland") is not named itself:
        # the furthest end of the forms starting at or before it says so (testing every pair was quadratic).
        starts, furthest = [f.start for f in by_form], list(accumulate((f.end for f in by_form), max))
        known = [
            m
            for m in self.find(text)
            if not ((i := bisect_right(starts, m.start)) and furthest[i - 1] >= m.end)
        ]
        return sorted([*known, *by_form], key=lambda o: o.start)


def matcher_for(context: ParseContext) -> OrganisationMatcher:
    """The context's matcher, built once while its gazetteer is unchanged: building one compiles a regex
    of every name and alias, which cost more than parsing a short article (issue #4)."""
    key = tuple(context.organisations)
    cached = context.derived.get("matcher")
    if cached is None or cached[0] != key:
        cached = context.derived["matcher"] = (key, OrganisationMatcher(context.organisations))
    return cached[1]
