"""Who published a document, who signed it, when, and what kind of text it is.

Everything here reads plain lines of one document; `segment` decides where documents begin and end.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from .organisations import OrganisationMatcher
from .records import PersonMention
from .text import SWEDISH_DATE_RE, SWEDISH_MONTHS, ends_sentence, parse_date, to_date, word_count

_NAME = r"[A-ZÅÄÖÉ][a-zåäöéüø]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
PERSON_NAME_RE = re.compile(rf"^{_NAME}(?: (?:af |von |de )?{_NAME}){{1,3}}$")
NAME_ROLE_RE = re.compile(rf"^(?P<name>{_NAME}(?: (?:af |von |de )?{_NAME}){{1,3}}),\s*(?P<role>[^.!?]+)$")

# "Hälsningar Anna", "Varma hälsningar", "Med vänlig hälsning": a signature follows.
GREETING_RE = re.compile(
    r"^(?:(?:med\s+)?(?:varma|vänliga|bästa|många|kärleksfulla|goda|vänlig|varm)\s+)?"
    r"(?:hälsningar|hälsning)[,!.]?(?:\s+(?P<rest>.+))?$",
    re.IGNORECASE,
)
PUBLISHED_RE = re.compile(
    r"^(?P<label>Publicerad|Publicerat|Datum|Uppdaterad|Senast uppdaterad)\s*:?\s*(?P<value>.*)$", re.I
)

# Employers named in a signature ("verksamhetschef i Lunds kommun") rather than the publisher.
_WORKPLACE_KINDS = {"kommun", "region", "larosate"}
_TRAILING_PREPOSITION_RE = re.compile(r"[\s,]+(?:i|för|på|vid|inom|hos|till|och|samt)$")
# "Igår, den 18 januari 2024, samlades …": the text dates itself relative to the day it was written.
_RELATIVE_DATE_RE = re.compile(
    r"\b(?P<when>[Ii] ?dag|[Ii] ?går|[Ii] förrgår),?\s+(?:den\s+)?(?P<date>\d{1,2}\s+(?:"
    + "|".join(SWEDISH_MONTHS)
    + r")\s+\d{4})",
)
_DAYS_BEFORE = {"idag": 0, "i dag": 0, "igår": 1, "i går": 1, "i förrgår": 2}
_POSSESSIVE_ROLE_RE = re.compile(rf"^\s+(?:[a-zåäö-]+\s+){{1,3}}{_NAME}\s+[A-ZÅÄÖ]")


def split_role(text: str, matcher: OrganisationMatcher) -> tuple[str, str | None]:
    """("ordförande", "FSS Skåne") from "ordförande FSS region Skåne": the role and who it is held at."""
    text = text.strip(" ,")
    matches = matcher.find(text)
    if not matches:
        return text, None
    first = matches[0]
    role = _TRAILING_PREPOSITION_RE.sub("", text[: first.start].strip(" ,")).strip(" ,")
    return role or text[first.end :].strip(" ,"), first.name


def person_from(name: str, role_text: str, matcher: OrganisationMatcher) -> PersonMention:
    role, organisation = split_role(role_text, matcher)
    return PersonMention(name=name.strip(), role=role, organisation=organisation)


def published_line(line: str) -> tuple[bool, date | None]:
    """Whether `line` is a "Publicerad: …" line, and the publication date it gives."""
    m = PUBLISHED_RE.match(line)
    if m:
        # "Publicerad 18 november 2024 | Uppdaterad 19 november 2024": the first date is the publication.
        value = re.split(
            r"\s+[|·•]\s+|\s+(?=(?:Uppdaterad|Senast uppdaterad)\b)", m.group("value"), maxsplit=1
        )[0]
    if not m or not m.group("value") or word_count(value) > 6:
        return False, None
    value = parse_date(value)
    if value is None:
        return False, None
    return True, (value if not m.group("label").lower().endswith("uppdaterad") else None)


def relative_writing_date(paragraph: str) -> tuple[date | None, str]:
    """The writing date a text gives about itself ("Igår, den 18 januari 2024"), with the phrase."""
    m = _RELATIVE_DATE_RE.search(paragraph)
    if not m:
        return None, ""
    written = SWEDISH_DATE_RE.search(m.group("date"))
    day, month, year = written.groups()
    found = to_date(year, SWEDISH_MONTHS[month.lower()], day)
    if found is None:
        return None, ""
    return found + timedelta(days=_DAYS_BEFORE[m.group("when").lower()]), m.group(0)


def parse_blog_signature(lines: list[str], matcher: OrganisationMatcher) -> tuple[PersonMention | None, int]:
    """The author signing off at `lines[i]` ("Hälsningar Anna Burston, ordförande FSS region Skåne").

    Returns the person and the index of the greeting line, or (None, -1). The name is on the greeting
    line or the next one; following lines without a full stop continue the role, and a biography
    ("Anna Burston är regionansvarig för FSS Skåne …") completes a first name given alone.
    """
    for i, line in enumerate(lines):
        m = GREETING_RE.match(line)
        if not m:
            continue
        rest = m.group("rest") or ""
        following = lines[i + 1 :]
        if not rest and following:
            rest, following = following[0], following[1:]
        name, _, role_text = rest.partition(",")
        name = name.strip()
        if not (PERSON_NAME_RE.match(name) or re.fullmatch(_NAME, name)):
            continue
        person = person_from(name, role_text, matcher)
        if not role_text and following and not ends_sentence(following[0]) and word_count(following[0]) <= 30:
            person = person_from(name, following[0], matcher)
        if " " not in name:
            for bio in following[:3]:
                bio_match = re.match(
                    rf"^(?P<name>{re.escape(name)}(?: {_NAME}){{1,2}}) är (?P<role>.+?)\.?$", bio
                )
                if bio_match:
                    person = person_from(bio_match.group("name"), bio_match.group("role"), matcher)
                    break
        return person, i
    return None, -1


def closing_signature(lines: list[str], matcher: OrganisationMatcher) -> PersonMention | None:
    """A post signed without a greeting: its last line alone is "Lars Holm, generalsekreterare Org", or a
    byline set at the end ("Av Sara Lindblom, barnrättsexpert på Bris")."""
    if not lines:
        return None
    last = _BYLINE_WORD_RE.sub("", lines[-1])
    named = NAME_ROLE_RE.match(last)
    if not named or ends_sentence(last) or word_count(last) > 12:
        return None
    return signature_person(named.group("name"), named.group("role"), matcher)


_BYLINE_WORD_RE = re.compile(r"^(?:Av|Text)\s*:?\s+(?=[A-ZÅÄÖ])")


def closing_signature_block(
    lines: list[str], matcher: OrganisationMatcher
) -> tuple[PersonMention | None, int]:
    """A text signed at its end by a name and, on the line under it, a title and organisation
    ("Jonas Ekberg" / "Policyansvarig, Stockholms Stadsmission"), or by a closing byline with a
    title ("Av Sara Lindblom, barnrättsexpert på Bris"). Only a signature that names an organisation
    counts: a bare name under an article may be anything. Returns the person and where the signature
    starts, or (None, -1)."""
    if not lines:
        return None, -1
    last = lines[-1]
    if _BYLINE_WORD_RE.match(last):
        person = closing_signature(lines, matcher)
        return (person, len(lines) - 1) if person and person.organisation else (None, -1)
    if len(lines) < 2 or ends_sentence(last) or word_count(last) > 10:
        return None, -1
    name = _PARTY_SUFFIX_RE.sub("", lines[-2])
    if not PERSON_NAME_RE.match(name) or organisation_line(lines[-2], matcher)[0]:
        return None, -1
    person = signature_person(lines[-2], _as_role(last), matcher)
    if person.organisation is None:
        return None, -1
    return person, len(lines) - 2


def signature_organisations(lines: list[str], matcher: OrganisationMatcher) -> list[str]:
    """Organisations a signature block names as the writer's platform, leaving out employers (kommun, region, lärosäte)."""
    found = [m for line in lines for m in matcher.find(line)]
    names = [m.name for m in found if m.kind not in _WORKPLACE_KINDS]
    return list(dict.fromkeys(names))


# "För Vision", "För Akademikerförbundet SSR:": signing on behalf of an organisation.
_ON_BEHALF_RE = re.compile(r"^(?:För|På uppdrag av|Å)\s+(?P<org>.+?)\s*:?$")


def _on_behalf_of(line: str, matcher: OrganisationMatcher) -> str | None:
    m = _ON_BEHALF_RE.match(line)
    return (matcher.resolve(m.group("org")) or organisation_line(m.group("org"), matcher)[0]) if m else None


def _anchors_signature(line: str, matcher: OrganisationMatcher) -> bool:
    """A line that can open a signature block: a greeting, an organisation or a person."""
    return bool(
        GREETING_RE.match(line)
        or matcher.resolve(line)
        or _on_behalf_of(line, matcher)
        or _is_signatory_name(line)
    )


_PARTY_SUFFIX_RE = re.compile(r"\s*\((?P<party>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,2})\)$")
# "generalsekreterare, Rädda Barnen", "generalsekreterare Sveriges Stadsmissioner": a title in lower case,
# then a capitalised name running to the end, as signatures give the organisation.
_TITLE_THEN_NAME_RE = re.compile(
    r"^(?P<role>[a-zåäö][\w-]*(?: [a-zåäö][\w-]*){0,4})(?:,\s*|\s+)"
    r"(?P<org>[A-ZÅÄÖ][\w-]+(?: (?:och |för |i )?[A-ZÅÄÖ][\w-]+){0,4})$"
)


def signature_person(name: str, role_text: str, matcher: OrganisationMatcher) -> PersonMention:
    """A signatory from "Name" and "title[,] organisation": an organisation the gazetteer does not know
    is taken from its place at the end of the signature line, where signatures put it."""
    party = _PARTY_SUFFIX_RE.search(name)
    person = person_from(_PARTY_SUFFIX_RE.sub("", name), role_text, matcher)
    person.party = party.group("party") if party else ""
    if person.organisation is None:
        by_form = matcher.find_by_form(role_text)
        m = _TITLE_THEN_NAME_RE.match(role_text.strip(" ,"))
        if by_form and role_text.rstrip(" ,.").endswith(by_form[-1].surface):
            person.role = _TRAILING_PREPOSITION_RE.sub("", role_text[: by_form[-1].start].strip(" ,"))
            person.organisation = by_form[-1].name
        elif m:
            person.role, person.organisation = m.group("role"), m.group("org")
    return person


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
    if by_form and by_form[0].start == 0 and by_form[0].end == len(line):
        return by_form[0].name, ""
    if PERSON_NAME_RE.match(line):
        return None, ""
    unit, comma, last = line.rpartition(",")
    if comma and not NAME_ROLE_RE.match(line):
        org, _ = organisation_line(last, matcher)
        if org:
            return org, unit.strip()
    return None, ""


def _is_signatory_name(line: str) -> bool:
    bare = _PARTY_SUFFIX_RE.sub("", line)
    if _ON_BEHALF_RE.match(bare):
        return False  # "För Region Jämtland Härjedalen" signs for an organisation, it names no one
    return bool(NAME_ROLE_RE.match(bare) or PERSON_NAME_RE.match(bare))


def _as_role(line: str) -> str:
    """A title set on its own line, capitalised ("Förbundsordförande"): written in lower case as a role."""
    first = line.split()[0]
    return line[0].lower() + line[1:] if first[1:].islower() else line


def _signatories_below_names(lines: list[str], matcher: OrganisationMatcher) -> list[PersonMention]:
    """Signatures laid out name, title, organisation one per line ("Anna Berg" / "Utredare" / "Vision");
    an organisation line above the first name is the sender, for whoever names none."""
    people: list[PersonMention] = []
    sender: str | None = None
    for line in lines:
        org, unit = organisation_line(line, matcher)
        if _is_signatory_name(line) and not org:
            named = NAME_ROLE_RE.match(_PARTY_SUFFIX_RE.sub("", line))
            party = _PARTY_SUFFIX_RE.search(line)
            name = named.group("name") if named else line
            if party and named is None:
                name = f"{_PARTY_SUFFIX_RE.sub('', line)} ({party.group('party')})"
            people.append(signature_person(name, named.group("role") if named else "", matcher))
        elif org:
            if people and people[-1].organisation is None:
                people[-1].organisation = org
                if unit:
                    people[-1].role = ", ".join(part for part in (people[-1].role, unit) if part)
            elif not people:
                sender = org
        elif people and not ends_sentence(line) and word_count(line) <= 8 and not GREETING_RE.match(line):
            people[-1].role = ", ".join(part for part in (people[-1].role, _as_role(line)) if part)
    for person in people:
        person.organisation = person.organisation or sender
    return people


def letter_signatories(lines: list[str], matcher: OrganisationMatcher) -> tuple[list[PersonMention], int]:
    """The people signing a letter at its end, each under the organisation line above their name, or
    with their title and organisation on the lines below it when the block ends in an organisation.

    Returns the signatories and the index where the signature block starts (len(lines) if none).
    """
    start = len(lines)
    while start > 0:
        line = lines[start - 1]
        if not (_anchors_signature(line, matcher) or (not ends_sentence(line) and word_count(line) <= 8)):
            break
        start -= 1
    # Short lines above the first organisation or name are the letter's own text (a heading), not signature.
    while start < len(lines) and not _anchors_signature(lines[start], matcher):
        start += 1
    block = lines[start:]
    if (
        len(block) >= 2
        and organisation_line(block[-1], matcher)[0]
        and not _is_signatory_name(block[-1])
        and any(_is_signatory_name(line) for line in block)
    ):
        people = _signatories_below_names(block, matcher)
        if people:
            return people, start
    people: list[PersonMention] = []
    organisation: str | None = None
    on_behalf: str | None = None  # "För Vision" covers every name under it
    units: list[str] = []
    previous_was_name = False
    for line in lines[start:]:
        party = _PARTY_SUFFIX_RE.search(line)
        line = _PARTY_SUFFIX_RE.sub("", line)  # "Anna-Karin Bergström (C)": the party is no part of the name
        named = NAME_ROLE_RE.match(line)
        if behalf := _on_behalf_of(line, matcher):
            on_behalf = organisation = behalf
        elif resolved := matcher.resolve(line):
            organisation = resolved
        elif (
            people
            and not people[-1].role
            and line[:1].islower()
            and not ends_sentence(line)
            and word_count(line) <= 8
        ):
            # The title on the line under the name: "Veronica Magnusson" / "förbundsordförande".
            role_only, role_org = split_role(line, matcher)
            people[-1].role = role_only
            people[-1].organisation = people[-1].organisation or role_org
        elif (
            people
            and not people[-1].role
            and previous_was_name
            and not ends_sentence(line)
            and word_count(line) <= 6
            and not _is_signatory_name(line)
            and not GREETING_RE.match(line)
        ):
            # A title set capitalised under the name: "Ida Wennerström" / "Generalsekreterare".
            people[-1].role = _as_role(line)
        elif named or PERSON_NAME_RE.match(line):
            signed = signature_person(
                named.group("name") if named else line, named.group("role") if named else "", matcher
            )
            role_only, role_org = signed.role, signed.organisation
            people.append(
                PersonMention(
                    name=named.group("name") if named else line,
                    role=", ".join(part for part in (role_only, *units) if part),
                    organisation=organisation or role_org,
                    party=party.group("party") if party else "",
                )
            )
            organisation, units = on_behalf, []
            previous_was_name = True
            continue
        elif not GREETING_RE.match(line):
            units.append(line)
        previous_was_name = False
    return (people, start) if people else ([], len(lines))


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
