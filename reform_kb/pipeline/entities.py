"""Organisations and people in Swedish text.

Organisations come from a gazetteer (full names, short names, aliases) plus the Swedish genitive
forms texts use ("SKR:s", "Visions", "Socialstyrelsens"). Names not in the gazetteer are recognised
by form only ("Huddinge kommun", "Region Skåne", "Lärarförbundet") so that the importer can create
them flagged for review. People are read from the phrases journalists use to present them:
"Heike Erkers, förbundsordförande i Akademikerförbundet SSR" and
"Visions förbundsordförande Veronica Magnusson".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from reform_kb.pipeline.records import OrganisationInfo, ParseContext, PersonMention

_UPPER = "A-ZÅÄÖÉÜ"
_LOWER = "a-zåäöéèüáíóøæ"


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


# Capitalised words that open sentences and so look like names before "kommun", "stad" …
_NOT_NAMES_TEXT = """
    Varje Den Det Denna Detta Dessa En Ett Vilken Vilket Samma Hela Alla Min Mitt Vår Vårt Er Ert Din
    Ditt Sin Sitt Någon Något Ingen Inget Annan Annat Egen Eget Stor Stort Liten Litet Ny Nytt Vald
    Vilka Varför Hur När Där Här Om Som Och Men Eller För Från Till Med Vid Hos Inom Utan Under Efter
    Före Mellan Enligt Även Också Bara Nu Då Så Ju Nog Hon Han Hen De Vi Ni Jag Du Man Dem Oss Deras
    Hennes Hans Dess Dag Idag Igår Samtidigt Dessutom Därför Alltså Tidigare Senare Många Flera Fler
    Nästan Mer Mest Mindre Minst Vissa Somliga Övriga Andra Tredje Första Andra Sista Nästa Varje
    Respektive Berörd Aktuell Ansvarig Kommunal Statlig Regional Lokal Svensk Svenska Enskild Större
    Mindre Liksom Trots Inte Ska Kan Vill Måste Bör Får Har Är Var Blir Blev Genom Mot Ur Av På I
    Hälsningar Hälsning Vänliga Mvh Hej Tack Kära Bästa Intervju Foto Bild Källa Läs
    Ja Nej Jo Nja Tja Visst Absolut Precis Självklart Definitivt Kanske Jaha Okej Fråga Svar
"""
# Words of English organisation names that would otherwise read as a person ("Suffolk County Council").
_NOT_NAME_WORDS = frozenset(
    [
        "University",
        "College",
        "Council",
        "County",
        "Services",
        "Service",
        "Social",
        "Care",
        "Institute",
        "Network",
        "Association",
        "Foundation",
        "Agency",
        "Department",
        "Ministry",
        "Group",
        "Centre",
        "Center",
        "Program",
        "Programme",
        "Public",
        "Health",
        "School",
        "Trust",
    ]
)
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())

_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+)*"

# (pattern, kind); group "name" is the organisation as written, before normalisation.
_FORM_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"(?<!\w)(?P<name>(?P<place>{_WORD}(?: {_WORD})?) kommun)(?P<gen>s)?(?!\w)"), "kommun"),
    (re.compile(rf"(?<!\w)(?P<name>(?P<place>{_WORD}(?: {_WORD})?) [Ss]tad)(?P<gen>s)?(?!\w)"), "kommun"),
    # "Region Jämtland Härjedalen": a region may be named after two provinces.
    (re.compile(rf"(?<!\w)(?P<name>Region (?P<place>{_WORD}(?: län| {_WORD})?))(?!\w)"), "region"),
    (re.compile(rf"(?<!\w)(?P<name>(?P<place>{_WORD})regionen)(?P<gen>s)?(?!\w)"), "region"),
    (
        re.compile(
            rf"(?<!\w)(?P<name>[{_UPPER}][{_LOWER}]+förbundet(?: [{_UPPER}]{{2,}}(?![{_LOWER}]))?)(?P<gen>:?s)?(?!\w)"
        ),
        "fackforbund",
    ),
    (re.compile(rf"(?<!\w)(?P<name>[{_UPPER}][{_LOWER}]+departementet)(?P<gen>s)?(?!\w)"), "departement"),
    (re.compile(rf"(?<!\w)(?P<name>(?P<place>{_WORD}) universitet)(?P<gen>s)?(?!\w)"), "larosate"),
    (re.compile(rf"(?<!\w)(?P<name>(?P<place>{_WORD}) högskola)(?P<gen>s)?(?!\w)"), "larosate"),
    (re.compile(rf"(?<!\w)(?P<name>(?:Högskolan|Universitetet) i (?P<place>{_WORD}))(?!\w)"), "larosate"),
    (
        re.compile(
            rf"(?<!\w)(?P<name>(?:Inspektionen|Myndigheten) för (?:[{_LOWER}-]+a )?[{_LOWER}-]+"
            rf"(?: och [{_LOWER}-]+)?)(?!\w)"
        ),
        "myndighet",
    ),
    (re.compile(rf"(?<!\w)(?P<name>Länsstyrelsen i (?P<place>{_WORD}(?: län)?))(?!\w)"), "myndighet"),
    # "Länsstyrelsen Västernorrland", as the county boards name themselves.
    (re.compile(rf"(?<!\w)(?P<name>Länsstyrelsen (?P<place>{_WORD}))(?!\w)"), "myndighet"),
]


_CACHE_SIZE = 4096


# Fixed words each form rule needs, in rule order: a substring test is far cheaper than the rule's regex.
_FORM_HINTS: list[tuple[str, ...]] = [
    (" kommun",),
    (" Stad", " stad"),
    ("Region ",),
    ("regionen",),
    ("förbundet",),
    ("departementet",),
    (" universitet",),
    (" högskola",),
    ("Högskolan", "Universitetet"),
    ("Inspektionen", "Myndigheten"),
    ("Länsstyrelsen",),
    ("Länsstyrelsen",),
]


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
                if not surface:
                    continue
                for form in (surface, *genitive_forms(surface)):
                    self._surfaces.setdefault(form, org.name)
                    if " " in form:
                        self._folded.setdefault(form.casefold(), org.name)
        # One branch per first character, so that each word start tries only the names it could begin
        # (the plain alternation of every surface was the pipeline's slowest step); within a branch the
        # longest surface comes first, as before.
        branches: dict[str, list[str]] = {}
        for surface in sorted(self._surfaces, key=len, reverse=True):
            # Single words match case-sensitively: "Vision" is the union, "vision" is not; abbreviations
            # must be upper case. Multi-word names may lose their capitals ("malmö stad").
            insensitive = " " in surface and not _is_abbreviation(surface)
            rest = re.escape(surface[1:])
            firsts = {surface[0].upper(), surface[0].lower()} if insensitive else {surface[0]}
            for first in firsts:
                branches.setdefault(first, []).append(f"(?i:{rest})" if insensitive else rest)
        alternatives = [
            f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in sorted(branches.items())
        ]
        self._regex = (
            re.compile(r"(?<![\w:-])(?:" + "|".join(alternatives) + r")(?![\w])") if alternatives else None
        )

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
            m = re.fullmatch(rf"(.+?) [Rr]egion ({_WORD})", variant) or re.fullmatch(
                rf"(.+?) ({_WORD}?)region(?:en)?(?:s)?", variant
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
            if hint[0] not in text and (len(hint) == 1 or hint[1] not in text):
                continue  # the rule's fixed word is absent: skip a regex that would try every position
            for m in pattern.finditer(text):
                start, end = m.span()
                if taken.find(1, start, end) != -1:
                    continue
                place = m.groupdict().get("place")
                if place and place.split()[0] in _NOT_NAMES:
                    continue
                name = _normalise_form_name(m.group("name"), kind)
                if name.split()[0] in _NOT_NAMES or self.resolve(name):
                    continue
                found.append(OrgMatch(name, start, end, m.group(0), False, kind))
                taken[start:end] = b"\x01" * (end - start)
        return sorted(found, key=lambda o: o.start)

    def find_unknown(self, text: str) -> list[OrganisationInfo]:
        """Organisations to create (flagged for review) from `text`, each once, in order of appearance."""
        seen: dict[str, OrganisationInfo] = {}
        for m in self.find_by_form(text):
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
                rf"\s+i\s+[{_UPPER}]", text[m.end() : m.end() + 6]
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


# --- People ---------------------------------------------------------------------------------------

_NAME_TOKEN = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_FULL_NAME = rf"{_NAME_TOKEN}(?: (?:af |von |van |de |da |di |el |al-)?{_NAME_TOKEN}){{1,3}}"
_PARTY = r"\((?P<party>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,2})\)"
_FULL_NAME_RE = re.compile(rf"(?<![\w:])(?P<name>{_FULL_NAME})(?!\w|:s\b)(?:\s*{_PARTY})?")
_PERSON_START_RE = re.compile(
    rf"^(?P<name>{_FULL_NAME}|{_NAME_TOKEN})(?![\w:])(?:\s*{_PARTY})?\s*"
    r"(?:,\s*(?P<role>.*)|\s+(?P<where>(?:på|i|vid|från|hos|inom) .*)|\s+som (?:är )?(?P<relative>.*))?$"
)
_PREPOSITIONS = ("i", "för", "på", "vid", "hos", "inom", "från", "av", "åt")
# Noun endings that mark a capitalised word as a common noun, not a name ("Socionomerna", "Regeringen").
_COMMON_NOUN_END = re.compile(
    r"(?:erna|arna|orna|ningen|heten|andet|endet|ionen|eringen|arbetet|ens|rådet|chefen|ordföranden|ministern)$"
)


def _is_name_token(token: str) -> bool:
    return (
        token not in _NOT_NAMES
        and token not in _NOT_NAME_WORDS
        and len(token) <= 14
        and not _COMMON_NOUN_END.search(token)
    )


def looks_like_name(text: str) -> bool:
    """Whether `text` reads as a person's name: capitalised words that are not sentence-opening words."""
    tokens = text.split()
    return bool(tokens) and all(_is_name_token(t) for t in tokens if t[:1].isupper())


_WORKPLACE_AFTER_RE = re.compile(
    rf"\s(?:på|hos|vid)\s+(?P<org>[{_UPPER}][{_LOWER}{_UPPER}-]+(?:\s+[{_UPPER}][{_LOWER}{_UPPER}-]+){{0,3}})$"
)


def _split_role(role: str, matcher: OrganisationMatcher | None) -> tuple[str, str | None]:
    """Role text and organisation from "förbundsordförande i Akademikerförbundet SSR" or
    "Visions förbundsordförande"."""
    role = role.strip().rstrip(".").strip()
    if matcher is None or not role:
        return role, None
    orgs = matcher.find_all(role)
    if not orgs:
        # "sakkunnig i barnrätt på Rädda Barnen": a capitalised name after "på", "hos" or "vid" that ends
        # the role is the workplace, an organisation the gazetteer does not know yet.
        workplace = _WORKPLACE_AFTER_RE.search(role)
        if workplace and workplace.group("org").split()[0] not in _NOT_NAMES:
            return role[: workplace.start()].strip(" ,"), workplace.group("org")
        return role, None
    org = orgs[0]
    before = role[: org.start].rstrip()
    words = before.split()
    if org.start == 0 and org.surface != org.name and org.surface.endswith("s"):
        # Genitive first: "Visions förbundsordförande" — the role follows the organisation.
        return role[org.end :].strip(" ,"), org.name
    if words and words[-1] in _PREPOSITIONS:
        before = " ".join(words[:-1])
    return before.strip(" ,"), org.name


def parse_person_phrase(phrase: str, matcher: OrganisationMatcher | None = None) -> PersonMention | None:
    """A person from a presenting phrase (see `_parse_person_phrase`); a fresh record each call, since
    callers adjust it, while the parse itself is remembered (a paragraph is read several times)."""
    parsed = _parse_person_phrase_cached(phrase, matcher)
    return PersonMention(*parsed) if parsed else None


@lru_cache(maxsize=4096)
def _parse_person_phrase_cached(
    phrase: str, matcher: OrganisationMatcher | None
) -> tuple[str, str, str | None, str] | None:
    person = _parse_person_phrase(phrase, matcher)
    return (person.name, person.role, person.organisation, person.party) if person else None


def _parse_person_phrase(phrase: str, matcher: OrganisationMatcher | None = None) -> PersonMention | None:
    """A person from a presenting phrase, in either Swedish order:

    "Heike Erkers, förbundsordförande i Akademikerförbundet SSR" (name, role),
    "Visions förbundsordförande Veronica Magnusson" and
    "socialtjänstminister Camilla Waltersson Grönvall (M)" (role before name).
    Photo credits ("Foto: …") are dropped first; they never name the person shown.
    """
    phrase = re.split(r"\s*\b(?:Foto|Bild|Fotograf|Illustration)\s*:", phrase)[0]
    phrase = " ".join(phrase.split()).strip(" .;")
    if not phrase:
        return None
    m = _PERSON_START_RE.match(phrase)
    if m and looks_like_name(m.group("name")):
        if m.group("where"):  # "Anna Berg på Socialstyrelsen": an organisation, no title
            role, org = "", organisation_of_place(m.group("where"), matcher)
        elif m.group("relative") is not None:  # "Anna Berg som är socialchef i Lund"
            role, org = (
                _split_role(m.group("relative"), matcher)
                if matcher and matcher.find_all(m.group("relative"))
                else ("", None)
            )
        else:
            # "Anders Holm, som är ordförande för Vision": a relative clause presenting the title.
            role, org = _split_role(_RELATIVE_START_RE.sub("", m.group("role") or ""), matcher)
        return PersonMention(name=m.group("name"), role=role, organisation=org, party=m.group("party") or "")
    # Role before name: the name is the last run of capitalised words, ending the phrase.
    last = None
    for candidate in _FULL_NAME_RE.finditer(phrase):
        last = candidate
    if last is None or phrase[last.end() :].strip(" ,."):
        return None
    name = last.group("name")
    pre = phrase[: last.start()].strip()
    # A genitive organisation may have been swallowed into the name ("Visions Veronica …" is rare; but
    # "Humanas biträdande …" is not): keep only the trailing name tokens that read as names.
    tokens = name.split()
    while len(tokens) > 2 and not _is_name_token(tokens[0]):
        pre = f"{pre} {tokens.pop(0)}".strip()
    name = " ".join(tokens)
    if not looks_like_name(name):
        return None
    role, org = _split_role(pre, matcher)
    return PersonMention(name=name, role=role, organisation=org, party=last.group("party") or "")


@dataclass
class PersonSpan:
    start: int
    end: int
    person: PersonMention


@dataclass
class PeopleIndex:
    """The people one document names, merged by name, so "säger Heike Erkers" can borrow the role and
    organisation given elsewhere and "säger Suzan" can find "Suzan Berg"."""

    people: dict[str, PersonMention] = field(default_factory=dict)

    def add(self, person: PersonMention) -> PersonMention:
        known = self.people.get(self.full_name(person.name))
        if known is None:
            self.people[person.name] = PersonMention(
                person.name, person.role, person.organisation, person.party
            )
            return self.people[person.name]
        if not known.role and person.role:
            known.role = person.role
        if not known.organisation and person.organisation:
            known.organisation = person.organisation
        if not known.party and person.party:
            known.party = person.party
        return known

    def full_name(self, name: str) -> str:
        """The full name for a shorter one the document uses later: the first name ("Suzan" → "Suzan
        Berg") or the surname ("Erkers", "Waltersson Grönvall"), when only one person fits."""
        tokens = name.split()
        longer = [n for n in self.people if len(n.split()) > len(tokens)]
        fuller = {n for n in longer if n.split()[-len(tokens) :] == tokens}
        if len(tokens) == 1:
            fuller |= {n for n in longer if n.split()[0] == name}
        return next(iter(fuller)) if len(fuller) == 1 else name

    def enrich(self, person: PersonMention) -> PersonMention:
        """`person` under its full name with the role and organisation the document gives elsewhere."""
        name = self.full_name(person.name)
        known = self.people.get(name)
        if known is None:
            return PersonMention(name, person.role, person.organisation, person.party)
        return PersonMention(
            name,
            person.role or known.role,
            person.organisation or known.organisation,
            person.party or known.party,
        )

    def knows_first_name(self, token: str) -> bool:
        return any(n.split()[0] == token for n in self.people)


# "Suzan, Katarina och Louise arbetar inom socialtjänsten i Uppsala": where the named people work.
_WORKPLACE_RE = re.compile(
    rf"^(?:(?:,\s*| och ){_NAME_TOKEN}(?: {_NAME_TOKEN})*)*\s+(?:arbetar|jobbar|är anställda?|verkar)\s+"
    r"(?:inom|på|vid|för|hos|i)\s+(?P<where>[^.;]+)"
)
_LOCAL_SERVICE_RE = re.compile(
    rf"\b(?:socialtjänsten|socialförvaltningen|kommunen|förvaltningen|stadsdelen)\s+i\s+(?P<place>{_NAME_TOKEN})"
)


def organisation_of_place(text: str, matcher: OrganisationMatcher | None) -> str | None:
    """The organisation in a workplace phrase: a named one, or the municipality of "socialtjänsten i X"."""
    if matcher is None:
        return None
    orgs = matcher.find_all(text)
    if orgs:
        return orgs[0].name
    local = _LOCAL_SERVICE_RE.search(text)
    if local:
        place = local.group("place")
        for candidate in (f"{place} kommun", f"{place}s kommun", f"{place} stad"):
            if matcher.resolve(candidate):
                return matcher.resolve(candidate)
    return None


# A title written straight before a name: "socialtjänstminister Camilla …", "Professor Eva …".
_TITLE_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?P<role>(?:[Vv]ice |[{_LOWER}]+(?:ande|ende|iga?|iska?|ella?|ade) )?(?:[{_UPPER}{_LOWER}][{_LOWER}-]*)?(?i:minister|ordförande|chef|direktör|utredare|"
    r"ansvarig|sekreterare|handläggare|socionom|professor|forskare|docent|generaldirektör|talesperson|ombudsman|"
    r"samordnare|strateg|ledamot|borgarråd|kommunalråd|regionråd|råd))\s+$"
)
# The same titles in the definite form journalists put before a name: "Oppositionsrådet Mats Lind".
_DEFINITE_TITLE_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?P<role>[{_UPPER}{_LOWER}][{_LOWER}-]*(?:rådet|chefen|ordföranden|direktören|ministern|"
    r"sekreteraren|ledamoten|utredaren|handläggaren|samordnaren|strategen))\s+$"
)
# A municipal or regional body in the genitive before the title: "Socialnämndens ordförande".
_ORGAN_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?P<organ>[{_UPPER}{_LOWER}][{_LOWER}-]*(?:nämndens|styrelsens|fullmäktiges|förvaltningens|utskottets))\s+$"
)


def _indefinite_title(word: str) -> str:
    """ "oppositionsråd" from "Oppositionsrådet", "socialchef" from "Socialchefen", "ordförande" from "Ordföranden"."""
    word = word[0].lower() + word[1:]
    if word.endswith("rådet"):
        return word[:-2]
    if word.endswith(("aren", "anden", "ern")):
        return word[:-1]
    return word[:-2]


_ROLE_BEFORE_RE = re.compile(rf"(?:(?:[\w:-]+s|[{_LOWER}-]+) ){{1,4}}$")


# "Socialchefen i Kalmar kommun, Per Lindqvist, …": a definite title and workplace, then the name.
_APPOSITION_RE = re.compile(
    rf"(?:^|[.!?]\s+|,\s+|\s)(?P<role>[{_UPPER}{_LOWER}][{_LOWER}-]+(?:en|den|ren|n))\s+(?:i|på|vid|för|hos|inom)\s+"
    rf"(?P<where>[^,.;:]+),\s*$"
)


def _indefinite(word: str) -> str:
    """ "socialchef" from "Socialchefen", "förbundsordförande" from "Förbundsordföranden"."""
    word = word[0].lower() + word[1:]
    if word.endswith("en") and word[-3:-2] not in "aeiouyåäö":
        return word[:-2]
    if word.endswith("n") and word[-2:-1] == "e":
        return word[:-1]
    return word


_WINDOW = 120
_LOOKBACK = 300
# A genitive pointing back to an organisation just named: "Förbundets ordförande", "föreningens".
_BACK_REFERENCE_RE = re.compile(
    r"\b(?:[Ff]örbundets|[Ff]öreningens|[Oo]rganisationens|[Mm]yndighetens|[Kk]ommunens|[Ff]öretagets)\s+$"
)


def find_people(
    text: str, matcher: OrganisationMatcher | None = None, index: PeopleIndex | None = None
) -> list[PersonSpan]:
    """People named in running text: full names, and first names the document already knows.

    A name followed by ", role" or preceded by a role ("Humanas biträdande kvalitetsdirektör …") gets
    that role and organisation.
    """
    org_spans = [(o.start, o.end) for o in matcher.find_all(text)] if matcher else []
    found: list[PersonSpan] = []
    patterns = [_FULL_NAME_RE]
    if index and index.people:
        patterns.append(_FirstNames(frozenset(n.split()[0] for n in index.people)))
    for pattern in patterns:
        for m in pattern.finditer(text):
            start, end = m.span("name")
            if any(s < end and start < e for s, e in org_spans) or any(
                p.start < end and start < p.end for p in found
            ):
                continue
            tokens = m.group("name").split()
            while tokens and not _is_name_token(tokens[0]):
                start += len(tokens.pop(0)) + 1
            if not tokens or (len(tokens) == 1 and pattern is _FULL_NAME_RE):
                continue
            if not all(_is_name_token(t) or (t.endswith("s") and _is_name_token(t[:-1])) for t in tokens):
                continue
            name = " ".join(tokens)
            if index and name.endswith("s") and name[:-1] in index.people:
                name = name[:-1]  # genitive: "Rebecca Svenssons egen uppväxt"
            person = PersonMention(name, party=(m.groupdict().get("party") or ""))
            after = text[m.end() :]
            # Look-behinds use a short window: a whole-paragraph prefix per name would be quadratic.
            window = text[max(0, start - _WINDOW) : start]
            apposition = _APPOSITION_RE.search(window) if start else None
            if apposition and matcher and (orgs := matcher.find_all(apposition.group("where"))):
                person.role, person.organisation = _indefinite(apposition.group("role")), orgs[0].name
                found.append(PersonSpan(start, end, person))
                continue
            role_after = re.match(r",\s*([^,.;:()]+?)\s*(?:[,.;:]|$)", after)
            is_after = re.match(r" är ([^.;]+?)\s*(?:[.;]|$)", after)
            relative = _RELATIVE_ROLE_RE.match(after)
            presented = _PRESENTED_BEFORE_RE.search(window) if after.startswith(",") else None
            if presented and matcher and (orgs := matcher.find_all(presented.group("pre"))):
                # "SKR:s avdelningschef för vård och omsorg, Henrik Sandell, välkomnar …": the title is
                # set before the name between commas; what follows is the sentence going on.
                if orgs[0].start == 0 and orgs[0].surface != orgs[0].name:
                    person.role, person.organisation = _split_role(presented.group("pre"), matcher)
            elif relative and matcher and matcher.find_all(relative.group("role")):
                # "Linnea Gustafsson, som är ordförande för Vision i Örebro, oroar sig …"
                person.role, person.organisation = _split_role(relative.group("role"), matcher)
            elif (
                role_after
                and role_after.group(1)[:1].islower()
                and not re.match(r"(?:som|och|men|att|när|där)\b", role_after.group(1))
            ):
                person.role, person.organisation = _split_role(role_after.group(1), matcher)
            elif is_after and matcher and matcher.find_all(is_after.group(1)):
                person.role, person.organisation = _split_role(is_after.group(1), matcher)
            elif workplace := _WORKPLACE_RE.match(after):
                person.organisation = organisation_of_place(workplace.group("where"), matcher)
            else:
                # Both look-behinds end at the name; starting them a few words back keeps them from
                # trying every position of a long paragraph (a title is never hundreds of letters).
                prefix = text[:start].rstrip() + " "
                before = _ROLE_BEFORE_RE.search(prefix, max(0, len(prefix) - _LOOKBACK)) if start else None
                title = _TITLE_BEFORE_RE.search(text, max(0, start - _LOOKBACK), start)
                definite = (
                    None
                    if title
                    else _DEFINITE_TITLE_BEFORE_RE.search(text, max(0, start - _LOOKBACK), start)
                )
                if definite and not (before and matcher and matcher.find_all(before.group(0))):
                    title, role = definite, _indefinite_title(definite.group("role"))
                else:
                    role = title.group("role") if title else ""
                if title and not (before and matcher and matcher.find_all(before.group(0))):
                    role = role[0].lower() + role[1:] if role[1:].islower() else role
                    organ = _ORGAN_BEFORE_RE.search(text, max(0, title.start() - _LOOKBACK), title.start())
                    if organ:  # "Socialnämndens ordförande": the body is part of the title
                        organ_word = organ.group("organ")
                        role = f"{organ_word[0].lower()}{organ_word[1:]} {role}"
                    person.role = role
                    if matcher and _BACK_REFERENCE_RE.search(
                        text[max(0, title.start() - 30) : title.start()]
                    ):
                        # "Förbundets ordförande": the union the paragraph has just named.
                        earlier = matcher.find_all(text[: title.start()])
                        person.organisation = earlier[-1].name if earlier else None
                elif before and matcher:
                    pre = before.group(0).strip()
                    orgs = matcher.find_all(pre)
                    if orgs and orgs[0].surface != orgs[0].name:
                        # "Humanas biträdande kvalitetsdirektör": drop any words before the genitive.
                        pre = pre[orgs[0].start :]
                        person.role, person.organisation = _split_role(pre, matcher)
            if not person.role and (group := _GROUP_NOUN_RE.search(window)):
                person.role = _singular(group.group("noun"))  # "Socionomerna Louise, Suzan och …"
            found.append(PersonSpan(start, end, person))
    return sorted(found, key=lambda p: p.start)


class _FirstNames:
    """Finds the first names a document already knows, as the alternation
    ``(?<![\\w:])(?P<name>Anna|Bo|…)(?!\\w|:s\\b)`` would (leftmost, then longest, never overlapping),
    with `str.find`: the set grows as a document is read, and compiling a regex for each set cost more
    than the search itself."""

    def __init__(self, firsts: frozenset[str]):
        self.firsts = firsts

    def finditer(self, text: str):
        found: dict[int, int] = {}
        for name in self.firsts:
            at = text.find(name)
            while at != -1:
                end = at + len(name)
                if (
                    not (at and _is_word_char_or_colon(text[at - 1]))
                    and not (end < len(text) and _is_word_char(text[end]))
                    and not (
                        text.startswith(":s", end)
                        and not (end + 2 < len(text) and _is_word_char(text[end + 2]))
                    )
                ):
                    found[at] = max(found.get(at, 0), end)
                at = text.find(name, at + 1)
        last = 0
        for at in sorted(found):
            if at >= last:
                last = found[at]
                yield _NameMatch(text, at, last)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _is_word_char_or_colon(ch: str) -> bool:
    return ch.isalnum() or ch in "_:"


@dataclass(frozen=True)
class _NameMatch:
    """The little of `re.Match` that `find_people` uses."""

    text: str
    at: int
    stop: int

    def span(self, group: str = "name") -> tuple[int, int]:
        return self.at, self.stop

    def end(self) -> int:
        return self.stop

    def group(self, group: str) -> str:
        return self.text[self.at : self.stop]

    def groupdict(self) -> dict[str, str]:
        return {"name": self.group("name")}


_RELATIVE_START_RE = re.compile(r"^som (?:är|var) ")
_RELATIVE_ROLE_RE = re.compile(r",\s*som (?:är|var) (?P<role>[^,.;:()]+?)\s*(?:[,.;:]|$)")
_PRESENTED_BEFORE_RE = re.compile(r"(?:^|[.!?]\s+)(?P<pre>[^.!?,]{3,100}),\s*$")


# People presented by their occupation in the plural: "Socionomerna Louise, Suzan och Katarina".
_GROUP_NOUN_RE = re.compile(
    rf"(?:^|\s)(?P<noun>(?!(?:[Kk]ommun|[Rr]egion|[Mm]yndighet|[Ff]örvaltning|[Oo]rganisation))"
    rf"[{_UPPER}{_LOWER}][{_LOWER}]+(?:erna|arna))\s+(?:{_NAME_TOKEN}(?:,\s*|\s+och\s+))*$"
)


def _singular(noun: str) -> str:
    """ "socionom" from "Socionomerna", "handläggare" from "Handläggarna"."""
    noun = noun[0].lower() + noun[1:]
    return noun[:-4] + "are" if noun.endswith("arna") else noun[:-4]
