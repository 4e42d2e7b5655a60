"""Names, roles, dates and publishers read from the lines of one document.

Everything here reads plain lines of one document; `segment` decides where documents begin and end,
`signatures` who signs them.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from .organisations import OrganisationMatcher
from .records import PersonMention
from .swedish import MONTH_NAMES
from .text import SWEDISH_DATE_RE, month_number, parse_date, parse_short_date, to_date, word_count

# One capitalised name: "Anna", "Berg-Ek", "Éva".
NAME_WORD = r"[A-ZÅÄÖÉ][a-zåäöéüø]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
# A middle initial belongs to the name, as in names.FULL_NAME: "Charlotte L Bechmann", "Anna K. Berg" (round 15).
PERSON_NAME_RE = re.compile(rf"^{NAME_WORD}(?: [A-ZÅÄÖ]\.?(?= ))?(?: (?:af |von |de )?{NAME_WORD}){{1,3}}$")
NAME_ROLE_RE = re.compile(
    rf"^(?P<name>{NAME_WORD}(?: (?:af |von |de )?{NAME_WORD}){{1,3}}),\s*(?P<role>[^.!?]+)$"
)

# "Hälsningar Anna", "Varma hälsningar", "Med vänlig hälsning": a signature follows.
# A blogger's parting wish works the same: "God måndag!", "Trevlig helg!", "Ha en fin vecka!" / "Anna Berg".
GREETING_RE = re.compile(
    r"^(?:(?:(?:med\s+)?(?:varma|vänliga|bästa|många|kärleksfulla|goda|vänlig|varm)\s+)?"
    r"(?:hälsningar|hälsning)|(?:ha en )?(?:god|trevlig|glad|skön|fin|bra) (?:måndag|tisdag|onsdag|torsdag"
    r"|fredag|lördag|söndag|helg|vecka|kväll|sommar|jul|påsk|midsommar))[,!.]?(?:\s+(?P<rest>.+))?$",
    re.IGNORECASE,
)
# A greeting alone on a line ("Hej", "Hej!", "Välkommen"): a banner's or a letter's opening, never a headline.
GREETING_WORD_RE = re.compile(r"^(?:Hej|Hejsan|Hallå|Välkommen|Hej och välkommen)[!.]?$", re.IGNORECASE)
# The labels of a page's publication and update dates; round 14: a Swedish page's English labels too.
_DATE_LABELS = "Publicerad|Publicerat|Uppdaterad|Senast uppdaterad|Published|Updated|Last updated"
# Round 22: a municipal page's footer labels ("Publicering: 2015-11-26 | Ändrat: 2020-04-07"), labels only
# before a colon or a figure, since "Ändrad lagstiftning …" opens sentences.
_FOOTER_LABELS = "Publiceringsdatum|Publicering|Senast ändrad|Senast ändrat|Ändrad|Ändrat"
_UPDATE_LABELS = ("uppdaterad", "updated", "ändrad", "ändrat")
PUBLISHED_RE = re.compile(
    rf"^(?P<label>{_DATE_LABELS}|Datum|(?:{_FOOTER_LABELS})(?=\s*:|\s+\d)"
    # Round 8: "Artikeln publicerades 17 april 2024", "Sidan publicerades …".
    r"|(?:Artikeln|Sidan|Texten|Inlägget|Nyheten) publicerades"
    # Round 22: an opinion piece first printed elsewhere, "Debattartikel publicerad i Mitt i 29 januari 2022":
    # the outlet before the date, the line ending on the year.
    r"|(?:(?:Debattartikel|Debattinlägg|Artikel|Artikeln|Insändare|Krönika|Krönikan|Replik|Ledare|Texten)\s+)?"
    r"(?:först\s+)?publicera(?:d|t|des)\s+(?:i|på)\s+(?=[^.!?]{1,50}\b(?:19|20)\d\d\.?$))"
    r"\s*:?\s*(?P<value>.*)$",
    re.I,
)

# Round 13: the page's source before the label, set apart by a bullet or bar: "Mörbylånga kommun • Publicerad
# 8 augusti 2020".
_SOURCE_BEFORE_LABEL_RE = re.compile(
    rf"^(?!(?:{_DATE_LABELS}|Senast)\b)[^•·|\d]{{2,60}}\s[•·|]\s+(?=(?:{_DATE_LABELS})\b)",
    re.I,
)
# The second label on a "Publicerad … | Uppdaterad …" line, whichever comes first.
_LATER_LABEL_RE = re.compile(rf"[\s,|·•]+({_DATE_LABELS}|{_FOOTER_LABELS})\b\s*:?", re.I)

# A preposition left between a role and the organisation named after it: "ordförande i" (Vision).
TRAILING_PREPOSITION_RE = re.compile(r"[\s,]+(?:i|för|på|vid|inom|hos|till|och|samt)$")
# "Igår, den 18 januari 2024, samlades …": the text dates itself relative to the day it was written.
_RELATIVE_DATE_RE = re.compile(
    r"\b(?P<when>[Ii] ?dag|[Ii] ?går|[Ii] förrgår),?\s+(?:den\s+)?(?P<date>\d{1,2}\s+(?:"
    + "|".join(MONTH_NAMES)
    + r")\s+\d{4})",
)
_DAYS_BEFORE = {"idag": 0, "i dag": 0, "igår": 1, "i går": 1, "i förrgår": 2}
_POSSESSIVE_ROLE_RE = re.compile(rf"^\s+(?:[a-zåäö-]+\s+){{1,3}}{NAME_WORD}\s+[A-ZÅÄÖ]")


def split_role(text: str, matcher: OrganisationMatcher) -> tuple[str, str | None]:
    """("ordförande", "FSS Skåne") from "ordförande FSS region Skåne": the role and who it is held at."""
    text = text.strip(" ,")
    matches = matcher.find(text)
    if not matches:
        return text, None
    first = matches[0]
    role = TRAILING_PREPOSITION_RE.sub("", text[: first.start].strip(" ,")).strip(" ,")
    return role or text[first.end :].strip(" ,"), first.name


def person_from(name: str, role_text: str, matcher: OrganisationMatcher) -> PersonMention:
    role, organisation = split_role(role_text, matcher)
    return PersonMention(name=name.strip(), role=role, organisation=organisation)


def published_line(line: str) -> tuple[bool, date | None]:
    """Whether `line` is a "Publicerad: …" line, and the publication date it gives.

    A line may give both dates in either order ("Publicerad 18 nov 2024 | Uppdaterad 19 nov 2024",
    "Uppdaterad 19 nov 2024, publicerad 18 nov 2024"): the first publication is the document's date."""
    m = PUBLISHED_RE.match(_SOURCE_BEFORE_LABEL_RE.sub("", line, count=1))
    if not m or not m.group("value"):
        return False, None
    parts = [(m.group("label"), m.group("value"))]
    rest = _LATER_LABEL_RE.split(m.group("value"))
    if len(rest) > 1:
        parts = [(m.group("label"), rest[0]), *zip(rest[1::2], rest[2::2], strict=True)]
    found = False
    for label, value in parts:
        value = re.split(r"\s+[|·•]\s+", value.strip(" ,|·•:"), maxsplit=1)[0]  # "… | Av Anna Berg"
        if word_count(value) > 6 or (when := parse_date(value) or parse_short_date(value)) is None:
            return found, None
        found = True
        if not label.lower().endswith(_UPDATE_LABELS):
            return True, when
    return found, None


def relative_writing_date(paragraph: str) -> tuple[date | None, str]:
    """The writing date a text gives about itself ("Igår, den 18 januari 2024"), with the phrase."""
    m = _RELATIVE_DATE_RE.search(paragraph)
    if not m:
        return None, ""
    written = SWEDISH_DATE_RE.search(m.group("date"))
    day, month, year = written.groups()
    found = to_date(year, month_number(month), day)
    if found is None:
        return None, ""
    return found + timedelta(days=_DAYS_BEFORE[m.group("when").lower()]), m.group(0)


_INQUIRY_RE = re.compile(r"(?:utredningen|kommissionen)$")


def organisation_line(line: str, matcher: OrganisationMatcher) -> tuple[str | None, str]:
    """(organisation, unit) when a whole line names an organisation: "Vision", "Umeå kommun",
    "Individ- och familjenämnden, Umeå kommun"; (None, "") otherwise."""
    line = line.strip(" ,.")
    if not line:
        return None, ""
    # Known or formed names first: "Föreningen Sveriges Socialchefer" and "Region Jämtland Härjedalen"
    # are capitalised words like a person's name.
    if resolved := matcher.resolve(line):
        return resolved, ""
    by_form = matcher.find_by_form(line)
    # "LSS-utredningen" alone on a line is a headline about the inquiry, not its letterhead (an inquiry
    # heads its letters "Utredningen om …").
    if by_form and by_form[0].start == 0 and by_form[0].end == len(line) and not _INQUIRY_RE.search(line):
        return by_form[0].name, ""
    if PERSON_NAME_RE.match(line):
        return None, ""
    unit, comma, last = line.rpartition(",")
    if comma and not NAME_ROLE_RE.match(line):
        org, _ = organisation_line(last, matcher)
        if org:
            return org, unit.strip()
    return None, ""


def possessive_publisher(paragraph: str, matcher: OrganisationMatcher) -> str | None:
    """The organisation a page introduces as its own: "Humanas biträdande kvalitetsdirektör Damir Bandic".

    Only narrative presents the page's own people; a quote's attribution ("– …, säger Visions
    ordförande …") presents whoever the page interviews.
    """
    if re.match(r"^\s*[–—-]", paragraph):
        return None
    for m in matcher.find(paragraph):
        if m.surface.endswith("s") and m.surface != m.name and _POSSESSIVE_ROLE_RE.match(paragraph[m.end :]):
            return m.name
    return None


# A consultation response speaks of its sender by name: "Barnombudsmannen vill inledningsvis …",
# "Nämnden tillstyrker …", "… som Huddinge kommuns yttrande över …".
_SENDER_VERB_RE = re.compile(
    r"^\s+(?:tillstyrker|avstyrker|välkomnar|instämmer|yttrar sig|lämnar (?:härmed )?(?:sitt|följande) yttrande|delar utredningens|ställer sig|har inga (?:invändningar|synpunkter)"
    r"|har följande synpunkter|lämnar följande|vill (?:inledningsvis|särskilt|därför|också)|anser att|"
    r"ser positivt|ser med oro|är positiv|är kritisk)"
)
_SENDER_GENITIVE_RE = re.compile(r"^\s+(?:yttrande|remissvar|synpunkter)\b")


def consultation_sender(texts: list[str], matcher: OrganisationMatcher) -> str | None:
    """The organisation a consultation response is from, as its own opening names it (see above)."""
    for text in texts[:8]:
        for m in matcher.find_all(text):
            if m.kind == "departement":
                continue  # the ministry the response is sent to
            after = text[m.end : m.end + 60]
            genitive = m.surface.endswith("s") and m.surface != m.name
            if (_SENDER_GENITIVE_RE if genitive else _SENDER_VERB_RE).match(after):
                return m.name
    return None


# The organisation speaking of itself: "vi", "vårt", "oss" in its own narrative (outside quotations).
_WE_RE = re.compile(r"\b(?:[Vv]i|[Vv]år|[Vv]årt|[Vv]åra|[Oo]ss)\b")
_QUOTATION_RE = re.compile(r"[”“\"»«][^”“\"»«]*[”“\"»«]")
# A source cited in parentheses with its year, "(Myndigheten, 2023a)": a reference, not the writer.
_CITATION_RE = re.compile(r"\([^()]{0,80}\b(?:19|20)\d\d[a-z]?\)")
_DASH_LINE_RE = re.compile(r"^\s*[–—-]")
OWN_VOICE_MIN = 2
_FORMAL_PLACE_RE = re.compile(r"\b(?:[Kk]ommun\w*|[Ss]tad\w*|Region)\b")


def own_voice_publisher(title: str, texts: list[str], matcher: OrganisationMatcher) -> str | None:
    """The organisation that publishes a text written in its own voice: its narrative says "vi" and
    "vårt" (not inside a quotation or a dash paragraph, where someone else speaks), and its title or
    opening names one organisation first ("I dag skickar Förbundet X in … I vårt svar …"). Journalism
    does not speak as "vi"; an organisation's news, press release or response does. Of the organisations
    its narrative names, the one it names most."""
    narrative = [
        _CITATION_RE.sub("", _QUOTATION_RE.sub("", t)) for t in texts[:6] if not _DASH_LINE_RE.match(t)
    ]
    if sum(len(_WE_RE.findall(t)) for t in narrative) < OWN_VOICE_MIN:
        return None
    # Named as itself, not only as the owner of something the text discusses ("Myndighetens mätning visar",
    # "Kassans beslut"): a text about an agency's doings says "vi" of its writers, not of the agency.
    named = [
        m.name
        for m in matcher.find_all(" \n".join([title, *narrative]))
        if _may_publish(m) and not (m.surface.endswith("s") and m.surface != m.name)
    ]
    return most_common(named)


# "Vi på Vision hjälper …", "Vi från Förbundet X vill …": the writers speaking for their organisation.
_WE_AT_RE = re.compile(r"\b[Vv]i (?P<prep>på|från|inom) (?=[A-ZÅÄÖ])")
_SINGLE_NAME_RE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{3,}(?=[\s,.!?]|$)")


def we_at_publisher(texts: list[str], matcher: OrganisationMatcher) -> str | None:
    """The organisation a text's own narrative speaks for with "vi på/från/inom X": X, known or, after
    "vi på", a single capitalised word that is no known municipality's place, as written (a firm: "Vi på
    Juristbyrån"); after any of them a party ("Vi från Miljöpartiet")."""
    for text in texts:
        if _DASH_LINE_RE.match(text):
            continue
        narrative = _QUOTATION_RE.sub("", text)
        for m in _WE_AT_RE.finditer(narrative):
            rest = narrative[m.end() : m.end() + 80]
            named = [o for o in matcher.find_all(rest) if o.start == 0]
            if named:
                return named[0].name if _may_publish(named[0]) else None
            single = _SINGLE_NAME_RE.match(rest)
            # "vi från Umeå" is where the writers come from; "vi på" a workplace, rarely a place.
            word = single.group(0) if single else ""
            if (m.group("prep") == "på" and word and not matcher.municipality(word)[1]) or word.endswith(
                "partiet"
            ):
                return word
    return None


def _may_publish(match) -> bool:
    """A known organisation named as itself: not the ministry a text is sent to, and not a bare place
    ("i Uppsala") standing for its municipality."""
    if not match.known or match.kind == "departement":
        return False
    return match.kind not in ("kommun", "region") or bool(_FORMAL_PLACE_RE.search(match.surface))


# A portrait at the top of a post or a debate article: "Anna Berg. Foto: Per Ek." names its writer.
# A politician's portrait names the party too: "Anna Berg (S). Bild: Per Ek".
_PORTRAIT_RE = re.compile(
    rf"^(?P<name>{NAME_WORD}(?: {NAME_WORD}){{1,2}})(?:\s+\([A-ZÅÄÖ][A-Za-zåäö]{{0,3}}\))?\.?"
    r"(?:\s+(?:Foto|Bild|Fotograf)\s*:.*)?$"
)


def portrait_author(texts: list[str]) -> PersonMention | None:
    """The writer a portrait caption among the first lines names, the caption naming nobody else."""
    for text in texts[:3]:
        m = _PORTRAIT_RE.match(text.strip())
        if m and PERSON_NAME_RE.match(m.group("name")):
            return PersonMention(name=m.group("name"))
    return None


# A debate text's ingress presenting its writer: "…, tycker Anna Berg i insändaren.", "…, skriver Per Ek i
# en replik.", "…, menar debattören Eva Holm."
_INGRESS_WRITER_RE = re.compile(
    rf"\b(?:skriver|tycker|menar|anser)\s+(?:(?:debattören|skribenten|insändarskribenten)\s+)?"
    rf"(?P<name>{NAME_WORD}(?: {NAME_WORD}){{1,2}})(?:\s+\([A-ZÅÄÖ][A-Za-zåäö]{{0,3}}\))?"
    r"(?:\s+i\s+(?:en |ett |sin |sitt )?(?:insändare|insändaren|debattartikel|debattartikeln|replik|repliken"
    r"|debattinlägg|debattinlägget|inlägg|inlägget)\b|\s*\.$)"
)


def ingress_writer(texts: list[str]) -> PersonMention | None:
    """The writer a debate text's ingress names in the third person, as papers present a reader's letter."""
    for text in texts[:3]:
        m = _INGRESS_WRITER_RE.search(text)
        if m and PERSON_NAME_RE.match(m.group("name")):
            return PersonMention(name=m.group("name"))
    return None


def most_common(names: list[str]) -> str | None:
    counts = Counter(names)
    return counts.most_common(1)[0][0] if counts else None


def complete_first_names(people: list[PersonMention], known: list[PersonMention]) -> None:
    """Give "Anna" the full name "Anna Burston" when one person with that first name signs elsewhere."""
    for person in people:
        if " " in person.name:
            continue
        full = {p.name for p in known if p.name.split()[0] == person.name and " " in p.name}
        if len(full) == 1:
            match = next(p for p in known if p.name in full)
            person.name = match.name
            person.role = person.role or match.role
            person.organisation = person.organisation or match.organisation
