"""Organisations in Swedish text: a gazetteer matcher, with the forms Swedish writes names in.

Organisations come from a gazetteer (full names, short names, aliases) plus the Swedish genitive
forms texts use ("SKR:s", "Visions", "Socialstyrelsens"). Names not in the gazetteer are recognised
by form only ("Huddinge kommun", "Region Skåne", "Lärarförbundet") so that the importer can create
them flagged for review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .names import LOWER, NOT_NAMES, UPPER
from .records import OrganisationInfo, ParseContext


@dataclass(frozen=True)
class OrgMatch:
    name: str  # canonical name (for unknown organisations: the name as normalised from the text)
    start: int
    end: int
    surface: str
    known: bool = True  # False: recognised by form only, not in the gazetteer
    kind: str = ""


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


# A capitalised word of a place name: "Skåne", "Jämtland", "Stockholms-Arlanda".
_PLACE_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}]?[{LOWER}]+)*"

# Sweden's counties, as their agencies' branches are named after them.
_COUNTIES = (
    "Stockholm|Uppsala|Södermanland|Östergötland|Jönköping|Kronoberg|Kalmar|Gotland|Blekinge|Skåne|Halland|"
    "Västra Götaland|Värmland|Örebro|Västmanland|Dalarna|Gävleborg|Västernorrland|Jämtland|Västerbotten|Norrbotten"
)
# The Riksdag's committees ("Socialutskottet"); a municipality's "arbetsutskott" is none of them.
_RIKSDAG_COMMITTEES = (
    "Social|Finans|Justitie|Arbetsmarknads|Civil|Utbildnings|Konstitutions|Skatte|Trafik|Försvars|Kultur|"
    "Miljö- och jordbruks|Närings|Utrikes|Socialförsäkrings"
)
# Investigations of one case, which social services write every day: no state inquiry.
_CASEWORK = "Barnavårds|Barn|Bistånds|Ärende|Förhands|Polis|Brotts|Social|Vårdnads|Familje"

# A municipality's own administration and its place: "socialtjänsten i Lund" is Lunds kommun's, as
# "kommunen i Ronneby" is Ronneby. Services run per district ("hemtjänsten i Salabacke") may name a part
# of a town, so they are left to a person's workplace (roles.organisation_of_place), where it is one guess.
_LOCAL_SERVICE_FORM = re.compile(
    r"(?<!\w)(?:[Ss]ocialtjänsten|[Ss]ocialförvaltningen|[Ää]ldreförvaltningen|[Kk]ommunen)"
    rf"\s+i\s+(?P<place>{_PLACE_WORD})(?!\w| kommun| stad| län)"
)
_NOT_MUNICIPALITIES = frozenset(
    [
        "Sverige",
        "Norden",
        "Europa",
        "Danmark",
        "Norge",
        "Finland",
        "Stockholms",
        "Skåne",
        "Norrland",
        "Svealand",
        "Götaland",
    ]
    + _COUNTIES.split("|")[2:]  # the counties, but "Stockholm" and "Uppsala" are municipalities too
)


def municipality_name(place: str) -> str:
    """ "Kalix kommun", "Uppsala kommun", "Ronnebys kommun": the usual Swedish form, a genitive s after a
    consonant, none after a vowel, s, x or z."""
    genitive = "" if place[-1].lower() in "aeiouyåäösxz" else "s"
    return f"{place}{genitive} kommun"


# (pattern, kind); group "name" is the organisation as written, before normalisation.
_FORM_RULES: list[tuple[re.Pattern[str], str]] = [
    # A county's own branch of an agency or federation, before the
    # forms of its first word: "Polismyndigheten Västernorrland", "Landstinget Kalmar".
    (
        re.compile(
            rf"(?<!\w)(?P<name>(?:[{UPPER}][{LOWER}]+myndigheten|Landstinget|Kommunförbundet) (?P<place>{_COUNTIES}))"
            rf"(?!\w)"
        ),
        "myndighet",
    ),
    (
        re.compile(rf"(?<!\w)(?P<name>(?P<place>{_PLACE_WORD}(?: {_PLACE_WORD})?) kommun)(?P<gen>s)?(?!\w)"),
        "kommun",
    ),
    (
        re.compile(rf"(?<!\w)(?P<name>(?P<place>{_PLACE_WORD}(?: {_PLACE_WORD})?) [Ss]tad)(?P<gen>s)?(?!\w)"),
        "kommun",
    ),
    # "Region Jämtland Härjedalen": a region may be named after two provinces.
    (
        re.compile(rf"(?<!\w)(?P<name>Region (?P<place>{_PLACE_WORD}(?: län| {_PLACE_WORD})?))(?!\w)"),
        "region",
    ),
    (re.compile(rf"(?<!\w)(?P<name>(?P<place>{_PLACE_WORD})regionen)(?P<gen>s)?(?!\w)"), "region"),
    (
        re.compile(
            # "Autism- och Aspergerförbundet": a compound sharing its last part with the word before it;
            # "Handikappförbunden": a federation of several.
            # "Centralförbundet för Socialt Arbete", "… för alkohol- och narkotikaupplysning": the purpose
            # is part of the name. "Fackförbundet" alone is any union, no name.
            rf"(?<!\w)(?!(?:Fack|Riks|Kommun|Central)förbundet(?! för| [{UPPER}]))"
            rf"(?P<name>(?:[{UPPER}][{LOWER}]+- och )?[{UPPER}][{LOWER}]+förbunde[tn]"
            rf"(?: [{UPPER}]{{2,}}(?![{LOWER}])| för [{UPPER}][{LOWER}]+ [{UPPER}][{LOWER}]+"
            rf"| för [{LOWER}]+- och [{LOWER}]+)?)(?P<gen>:?s)?(?!\w)"
        ),
        "fackforbund",
    ),
    (re.compile(rf"(?<!\w)(?P<name>[{UPPER}][{LOWER}]+departementet)(?P<gen>s)?(?!\w)"), "departement"),
    (re.compile(rf"(?<!\w)(?P<name>(?P<place>{_PLACE_WORD}) universitet)(?P<gen>s)?(?!\w)"), "larosate"),
    (re.compile(rf"(?<!\w)(?P<name>(?P<place>{_PLACE_WORD}) högskola)(?P<gen>s)?(?!\w)"), "larosate"),
    (
        re.compile(rf"(?<!\w)(?P<name>(?:Högskolan|Universitetet) i (?P<place>{_PLACE_WORD}))(?!\w)"),
        "larosate",
    ),
    (
        re.compile(
            rf"(?<!\w)(?P<name>(?:Inspektionen|Myndigheten) för (?:[{LOWER}-]+a )?[{LOWER}-]+"
            rf"(?: och [{LOWER}-]+)?)(?!\w)"
        ),
        "myndighet",
    ),
    (re.compile(rf"(?<!\w)(?P<name>Länsstyrelsen i (?P<place>{_PLACE_WORD}(?: län)?))(?!\w)"), "myndighet"),
    # "Länsstyrelsen Västernorrland", as the county boards name themselves.
    (re.compile(rf"(?<!\w)(?P<name>Länsstyrelsen (?P<place>{_PLACE_WORD}))(?!\w)"), "myndighet"),
    # Issue 10, item 6: the other forms Swedish names organisations in. "Hyresgästföreningen",
    # "Socialchefsföreningen": associations; "Migrationsverket", "Skolinspektionen", "Tillväxtstyrelsen":
    # agencies, but never a municipality's or a region's own board ("Kommunstyrelsen").
    (re.compile(rf"(?<!\w)(?P<name>[{UPPER}][{LOWER}]+föreningen)(?P<gen>s)?(?!\w)"), "intresseorganisation"),
    (re.compile(rf"(?<!\w)(?P<name>[{UPPER}][{LOWER}]+verket)(?P<gen>s)?(?!\w)"), "myndighet"),
    # Round 2 (issue 10): agencies named "…myndigheten" ("Åklagarmyndigheten"), ombudsmen
    # ("Justitieombudsmannen"), the courts, the Riksdag's committees, and state inquiries and commissions
    # ("Missbruksutredningen", "LSS-utredningen", "Coronakommissionen"); a casework "barnavårdsutredning" is
    # no organisation.
    (re.compile(rf"(?<!\w)(?P<name>[{UPPER}][{LOWER}]+myndigheten)(?P<gen>s)?(?!\w)"), "myndighet"),
    (re.compile(rf"(?<!\w)(?P<name>[{UPPER}][{LOWER}]+ombudsmannen)(?P<gen>s)?(?!\w)"), "myndighet"),
    (
        re.compile(
            rf"(?<!\w)(?P<name>Högsta (?:förvaltnings)?domstolen|[{UPPER}][{LOWER}]+domstolen|"
            rf"(?:Förvaltningsrätten|Kammarrätten|Tingsrätten|Hovrätten)(?: i (?P<place>{_PLACE_WORD}))?)"
            rf"(?P<gen>s)?(?!\w)"
        ),
        "myndighet",
    ),
    (re.compile(rf"(?<!\w)(?P<name>(?:{_RIKSDAG_COMMITTEES})utskottet)(?P<gen>s)?(?!\w)"), "annan"),
    (
        re.compile(
            rf"(?<!\w)(?!(?:{_CASEWORK})utredningen)"
            rf"(?P<name>(?:[{UPPER}][{LOWER}]{{3,}}|[{UPPER}]{{2,}}-)(?:utredningen|kommissionen))(?P<gen>s)?(?!\w)"
        ),
        "annan",
    ),
    (re.compile(rf"(?<!\w)(?P<name>[{UPPER}][{LOWER}]+inspektionen)(?P<gen>s)?(?!\w)"), "myndighet"),
    (
        re.compile(
            rf"(?<!\w)(?!Kommun|Region|Lands|Förbunds|Bolags|Förenings|Skol(?:styrelsen))"
            rf"(?P<name>[{UPPER}][{LOWER}]+styrelsen)(?P<gen>s)?(?!\w)"
        ),
        "myndighet",
    ),
]


_CACHE_SIZE = 4096


# Fixed words each form rule needs, in rule order: a substring test is far cheaper than the rule's regex.
_FORM_HINTS: list[tuple[str, ...]] = [
    ("myndigheten ", "Landstinget ", "Kommunförbundet "),
    (" kommun",),
    (" Stad", " stad"),
    ("Region ",),
    ("regionen",),
    ("förbunde",),
    ("departementet",),
    (" universitet",),
    (" högskola",),
    ("Högskolan", "Universitetet"),
    ("Inspektionen", "Myndigheten"),
    ("Länsstyrelsen",),
    ("Länsstyrelsen",),
    ("föreningen",),
    ("verket",),
    ("myndigheten",),
    ("ombudsmannen",),
    ("domstolen", "rätten"),
    ("utskottet",),
    ("utredningen", "kommissionen"),
    ("inspektionen",),
    ("styrelsen",),
]


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
    return re.compile(r"(?<![\w:-])(?:" + "|".join(alternatives) + r")(?![\w])") if alternatives else None


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
        """`surface` and its genitives as ways of writing `name`; an earlier organisation keeps a shared one."""
        for form in (surface, *genitive_forms(surface)):
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
            m = re.fullmatch(rf"(.+?) [Rr]egion ({_PLACE_WORD})", variant) or re.fullmatch(
                rf"(.+?) ({_PLACE_WORD}?)region(?:en)?(?:s)?", variant
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
        for m in self.find(text):
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        found: list[OrgMatch] = []
        for (pattern, kind), hint in zip(_FORM_RULES, _FORM_HINTS, strict=True):
            if not any(word in text for word in hint):
                continue  # the rule's fixed word is absent: skip a regex that would try every position
            for m in pattern.finditer(text):
                start, end = m.span()
                if taken.find(1, start, end) != -1:
                    continue
                place = m.groupdict().get("place")
                raw_name = m.group("name")
                if place and place.split()[0] in NOT_NAMES:
                    if " " not in place or not raw_name.startswith(place):
                        continue
                    # "Sammanfattning Huddinge kommun": a heading glued to the name, not its first word.
                    cut = len(place.split()[0]) + 1
                    raw_name, start = raw_name[cut:], start + cut
                name = _normalise_form_name(raw_name, kind)
                if name.split()[0] in NOT_NAMES or self.resolve(name):
                    continue
                found.append(OrgMatch(name, start, end, text[start:end], False, kind))
                taken[start:end] = b"\x01" * (end - start)
        found += self._local_services(text, taken)
        return sorted(found, key=lambda o: o.start)

    def _local_services(self, text: str, taken: bytearray) -> list[OrgMatch]:
        """The municipality of "hemtjänsten i Kalix" (see `_LOCAL_SERVICE_FORM`), as the gazetteer names it
        ("Malmö stad") when it knows it."""
        found = []
        if " i " not in text:
            return found
        for m in _LOCAL_SERVICE_FORM.finditer(text):
            place = m.group("place")
            if place in NOT_NAMES or place in _NOT_MUNICIPALITIES or taken.find(1, m.start(), m.end()) != -1:
                continue
            known = next(
                (
                    n
                    for c in (f"{place} kommun", f"{place}s kommun", f"{place} stad", f"{place}s stad")
                    if (n := self.resolve(c))
                ),
                None,
            )
            name = known or municipality_name(place)
            found.append(OrgMatch(name, m.start(), m.end(), m.group(0), known is not None, "kommun"))
        return found

    def find_unknown(self, text: str) -> list[OrganisationInfo]:
        """Organisations to create (flagged for review) from `text`, each once, in order of appearance."""
        seen: dict[str, OrganisationInfo] = {}
        for m in self.find_by_form(text):
            if not m.known:  # a local service may point to a municipality the gazetteer knows
                seen.setdefault(m.name, OrganisationInfo(name=m.name, kind=m.kind))
        return list(seen.values())

    def find_government(self, text: str) -> list[OrgMatch]:
        """Lower-case "regeringen"/"regeringens" as the Swedish government, when the gazetteer knows it.

        Swedish writes the government in lower case mid-sentence; another country's government is
        named as such ("den danska regeringen", "regeringen i Norge") and is left out.
        """
        name = self.resolve("Regeringen")
        if name is None:
            return []
        found = []
        for m in _GOVERNMENT_RE.finditer(text):
            if _FOREIGN_GOVERNMENT_RE.search(text[max(0, m.start() - 20) : m.start()]) or re.match(
                rf"\s+i\s+[{UPPER}]", text[m.end() : m.end() + 6]
            ):
                continue
            found.append(OrgMatch(name, m.start(), m.end(), m.group(0), True, self.organisations[name].kind))
        return found

    def find_all(self, text: str) -> list[OrgMatch]:
        """Gazetteer and form-recognised organisations together, in order."""
        return sorted([*self.find(text), *self.find_by_form(text)], key=lambda o: o.start)


def matcher_for(context: ParseContext) -> OrganisationMatcher:
    """The context's matcher, built once while its gazetteer is unchanged: building one compiles a regex
    of every name and alias, which cost more than parsing a short article (issue #4)."""
    key = tuple(context.organisations)
    cached = context.derived.get("matcher")
    if cached is None or cached[0] != key:
        cached = context.derived["matcher"] = (key, OrganisationMatcher(context.organisations))
    return cached[1]


_GOVERNMENT_RE = re.compile(r"(?<![\w-])regeringens?(?![\w-])")
_FOREIGN_GOVERNMENT_RE = re.compile(r"\b(?!svenska\b)[a-zåäö]+ska\s+$")


def _normalise_form_name(name: str, kind: str) -> str:
    # "Region Skånes" → "Region Skåne"; Swedish place names seldom end in a single s.
    if kind == "region" and name.startswith("Region ") and name.endswith("s") and not name.endswith("ss"):
        name = name[:-1]
    return name
