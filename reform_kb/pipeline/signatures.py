"""Who signs a text: a blog post's greeting and name, a name and title closing an article, the
signatories under a letter or a debate article, and the organisations they sign for.

Everything here reads plain lines of one document; `segment` decides where documents begin and end.
"""

from __future__ import annotations

import re

from .metadata import (
    GREETING_RE,
    NAME_ROLE_RE,
    NAME_WORD,
    PERSON_NAME_RE,
    PUBLISHED_RE,
    TRAILING_PREPOSITION_RE,
    organisation_line,
    person_from,
    split_role,
)
from .organisations import OrganisationMatcher
from .records import PersonMention
from .text import ends_sentence, word_count

# How Swedish role nouns end ("förbundsordförande", "socialpolitisk chef", "utredare"): a closed list.
ROLE_NOUN_ENDINGS = (
    "ordförande",
    "chef",
    "direktör",
    "sekreterare",
    "utredare",
    "ansvarig",
    "ledamot",
    "handläggare",
    "samordnare",
    "expert",
    "rådgivare",
    "talesperson",
    "ombudsman",
    "jurist",
    "forskare",
    "professor",
    "docent",
    "socionom",
    "minister",
    "ombud",
    "strateg",
    "ekonom",
    "redaktör",
    "analytiker",
)
# The heading of a box presenting a debate text's writers under its head.
WRITERS_RE = re.compile(
    r"^Om (?:debattören|debattörerna|skribenten|skribenterna|författaren|författarna)$", re.I
)
# Employers named in a signature ("verksamhetschef i Lunds kommun") rather than the publisher.
_WORKPLACE_KINDS = {"kommun", "region", "larosate"}
_BYLINE_WORD_RE = re.compile(r"^(?:Av|Text)\s*:?\s+(?=[A-ZÅÄÖ])")
# "För Vision", "För Akademikerförbundet SSR:": signing on behalf of an organisation.
_ON_BEHALF_RE = re.compile(r"^(?:För|På uppdrag av|Å)\s+(?P<org>.+?)\s*:?$")
PARTY_SUFFIX_RE = re.compile(r"\s*\((?P<party>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,2})\)$")
# "generalsekreterare, Rädda Barnen", "generalsekreterare Sveriges Stadsmissioner": a title in lower case,
# then a capitalised name running to the end, as signatures give the organisation.
_TITLE_THENNAME_WORD_RE = re.compile(
    r"^(?P<role>[a-zåäö][\w-]*(?: [a-zåäö][\w-]*){0,4})(?:,\s*|\s+)"
    r"(?P<org>[A-ZÅÄÖ][\w-]+(?: (?:och |för |i )?[A-ZÅÄÖ][\w-]+){0,4})$"
)


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
        if not (PERSON_NAME_RE.match(name) or re.fullmatch(NAME_WORD, name)):
            continue
        person = person_from(name, role_text, matcher)
        if not role_text and following and not ends_sentence(following[0]) and word_count(following[0]) <= 30:
            person = person_from(name, following[0], matcher)
        if " " not in name:
            person = _full_name_from_biography(person, following[:3], matcher)
        return person, i
    return None, -1


def _full_name_from_biography(
    person: PersonMention, lines: list[str], matcher: OrganisationMatcher
) -> PersonMention:
    """ "Anna" signing a post whose next lines say "Anna Burston är regionansvarig för FSS Skåne.":
    the full name and the role the biography gives."""
    for bio in lines:
        bio_match = re.match(
            rf"^(?P<name>{re.escape(person.name)}(?: {NAME_WORD}){{1,2}}) är (?P<role>.+?)\.?$", bio
        )
        if bio_match:
            return person_from(bio_match.group("name"), bio_match.group("role"), matcher)
    return person


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


# A politician signing a letter to the editor with the party's name, no comma needed: "Anna Berg Vänsterpartiet",
# "Per Holm, Liberalerna Borgvik". The eight parties of the Riksdag and Folkpartiet, a closed list.
PARTY_SIGNATURE_RE = re.compile(
    rf"^(?P<name>{NAME_WORD}(?: {NAME_WORD}){{1,2}}),? (?P<party>Socialdemokraterna|Moderaterna|Vänsterpartiet"
    rf"|Centerpartiet|Liberalerna|Folkpartiet|Kristdemokraterna|Miljöpartiet|Sverigedemokraterna)(?: {NAME_WORD})?$"
)


def party_signature(lines: list[str]) -> tuple[str, str] | None:
    """The name and party closing an opinion piece: its last line is a name and a party's name, nothing else."""
    m = PARTY_SIGNATURE_RE.match(lines[-1].strip()) if lines else None
    return (m.group("name"), m.group("party")) if m else None


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
    name = PARTY_SUFFIX_RE.sub("", lines[-2])
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


def signature_person(name: str, role_text: str, matcher: OrganisationMatcher) -> PersonMention:
    """A signatory from "Name" and "title[,] organisation": an organisation the gazetteer does not know
    is taken from its place at the end of the signature line, where signatures put it."""
    party = PARTY_SUFFIX_RE.search(name)
    person = person_from(PARTY_SUFFIX_RE.sub("", name), role_text, matcher)
    person.party = party.group("party") if party else ""
    if person.organisation is None:
        by_form = matcher.find_by_form(role_text)
        m = _TITLE_THENNAME_WORD_RE.match(role_text.strip(" ,"))
        if by_form and role_text.rstrip(" ,.").endswith(by_form[-1].surface):
            person.role = TRAILING_PREPOSITION_RE.sub("", role_text[: by_form[-1].start].strip(" ,"))
            person.organisation = by_form[-1].name
        elif m:
            person.role, person.organisation = m.group("role"), m.group("org")
    return person


# --- signatories under a letter ----------------------------------------------------------------------


def letter_signatories(lines: list[str], matcher: OrganisationMatcher) -> tuple[list[PersonMention], int]:
    """The people signing a letter at its end, each under the organisation line above their name, or
    with their title and organisation on the lines below it when the block ends in an organisation.

    Returns the signatories and the index where the signature block starts (len(lines) if none).
    """
    start = _signature_start(lines, matcher)
    block = lines[start:]
    if _organisations_below_names(block, matcher):
        people = _signatories_below_names(block, matcher)
        if people:
            return people, start
    reader = _SignatureReader(matcher)
    for line in block:
        reader.read(line)
    return (reader.people, start) if reader.people else ([], len(lines))


def _signature_start(lines: list[str], matcher: OrganisationMatcher) -> int:
    """Where a letter's signature block starts: the short lines at its end, from the first organisation,
    person or greeting among them. Short lines above that are the letter's own text (a heading)."""
    start = len(lines)
    while start > 0:
        line = lines[start - 1]
        if not (_anchors_signature(line, matcher) or (not ends_sentence(line) and word_count(line) <= 8)):
            break
        start -= 1
    while start < len(lines) and not _anchors_signature(lines[start], matcher):
        start += 1
    return start


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


def _is_signatory_name(line: str) -> bool:
    bare = PARTY_SUFFIX_RE.sub("", line)
    if _ON_BEHALF_RE.match(bare) or PUBLISHED_RE.match(bare):
        return False  # "För Region Jämtland Härjedalen" signs for an organisation; "Publicerad Uppdaterad" is labels
    return bool(NAME_ROLE_RE.match(bare) or PERSON_NAME_RE.match(bare))


def _as_role(line: str) -> str:
    """A title set on its own line, capitalised ("Förbundsordförande"): written in lower case as a role."""
    first = line.split()[0]
    return line[0].lower() + line[1:] if first[1:].islower() else line


def _joined(*parts: str) -> str:
    """Role texts joined with commas, the empty ones left out."""
    return ", ".join(part for part in parts if part)


def _organisations_below_names(block: list[str], matcher: OrganisationMatcher) -> bool:
    """A block laid out name first, organisation last: "Anna Berg" / "Utredare" / "Vision"."""
    return (
        len(block) >= 2
        and bool(organisation_line(block[-1], matcher)[0])
        and not _is_signatory_name(block[-1])
        and any(_is_signatory_name(line) for line in block)
    )


def _signatories_below_names(lines: list[str], matcher: OrganisationMatcher) -> list[PersonMention]:
    """Signatures laid out name, title, organisation one per line ("Anna Berg" / "Utredare" / "Vision");
    an organisation line above the first name is the sender, for whoever names none."""
    people: list[PersonMention] = []
    sender: str | None = None
    for line in lines:
        org, unit = organisation_line(line, matcher)
        if _is_signatory_name(line) and not org:
            people.append(_named_signatory(line, matcher))
        elif org:
            if people and people[-1].organisation is None:
                people[-1].organisation = org
                if unit:
                    people[-1].role = _joined(people[-1].role, unit)
            elif not people:
                sender = org
        elif people and not ends_sentence(line) and word_count(line) <= 8 and not GREETING_RE.match(line):
            people[-1].role = _joined(people[-1].role, _as_role(line))
    for person in people:
        person.organisation = person.organisation or sender
    return people


def _named_signatory(line: str, matcher: OrganisationMatcher) -> PersonMention:
    """The signatory a name line gives: "Anna Berg", "Anna Berg, utredare", "Anna-Karin Bergström (C)"."""
    named = NAME_ROLE_RE.match(PARTY_SUFFIX_RE.sub("", line))
    party = PARTY_SUFFIX_RE.search(line)
    name = named.group("name") if named else line
    if party and named is None:
        name = f"{PARTY_SUFFIX_RE.sub('', line)} ({party.group('party')})"
    return signature_person(name, named.group("role") if named else "", matcher)


class _SignatureReader:
    """Signatories one line at a time, each under the organisation line above their name.

    An organisation line sets who the next name signs for ("För Vision" every name under it); a line
    in lower case under a name is that person's title; other lines between names are units of the
    organisation ("Individ- och familjeomsorgen"), which go into the next person's role.
    """

    def __init__(self, matcher: OrganisationMatcher):
        self.matcher = matcher
        self.people: list[PersonMention] = []
        self.organisation: str | None = None
        self.on_behalf: str | None = None  # "För Vision" covers every name under it
        self.units: list[str] = []
        self.previous_was_name = False

    def read(self, line: str) -> None:
        party = PARTY_SUFFIX_RE.search(line)
        line = PARTY_SUFFIX_RE.sub("", line)  # "Anna-Karin Bergström (C)": the party is no part of the name
        under_name, self.previous_was_name = self.previous_was_name, False
        if behalf := _on_behalf_of(line, self.matcher):
            self.on_behalf = self.organisation = behalf
        elif resolved := self.matcher.resolve(line):
            self.organisation = resolved
        elif self._is_role_below(line):
            # The title on the line under the name: "Veronica Magnusson" / "förbundsordförande".
            role_only, role_org = split_role(line, self.matcher)
            self.people[-1].role = role_only
            self.people[-1].organisation = self.people[-1].organisation or role_org
        elif under_name and self._is_title_below(line):
            # A title set capitalised under the name: "Ida Wennerström" / "Generalsekreterare".
            self.people[-1].role = _as_role(line)
        elif NAME_ROLE_RE.match(line) or PERSON_NAME_RE.match(line):
            self._add(line, party.group("party") if party else "")
            self.previous_was_name = True
        elif not GREETING_RE.match(line):
            self.units.append(line)

    def _awaits_role(self) -> bool:
        return bool(self.people) and not self.people[-1].role

    def _is_role_below(self, line: str) -> bool:
        return (
            self._awaits_role() and line[:1].islower() and not ends_sentence(line) and word_count(line) <= 8
        )

    def _is_title_below(self, line: str) -> bool:
        return (
            self._awaits_role()
            and not ends_sentence(line)
            and word_count(line) <= 6
            and not _is_signatory_name(line)
            and not GREETING_RE.match(line)
        )

    def _add(self, line: str, party: str) -> None:
        named = NAME_ROLE_RE.match(line)
        name = named.group("name") if named else line
        signed = signature_person(name, named.group("role") if named else "", self.matcher)
        self.people.append(
            PersonMention(
                name=name,
                role=_joined(signed.role, *self.units),
                organisation=self.organisation or signed.organisation,
                party=party,
            )
        )
        self.organisation, self.units = self.on_behalf, []


def writers_box(texts: list[str], matcher: OrganisationMatcher) -> list[PersonMention]:
    """The writers a debate page presents in a box under its head ("Om debattörerna" / "Anna Berg" /
    "Förbundsordförande, Vision" / …), read from the head's lines `texts`."""
    heading = next((n for n, text in enumerate(texts) if WRITERS_RE.match(text)), None)
    if heading is None:
        return []
    block = []
    for text in texts[heading + 1 :]:
        if ends_sentence(text) or word_count(text) > 8:
            break
        block.append(text)
    people = []
    while block and PERSON_NAME_RE.match(block[0]) and not _is_role_line(block[0]):
        role = block[1] if len(block) > 1 and _is_role_line(block[1]) else ""
        people.append(person_from(block[0], role, matcher))
        block = block[2:] if role else block[1:]
    return people


def _is_role_line(text: str) -> bool:
    """A line giving a role ("Socialpolitisk chef, Förbundet X", "Förbundsordförande Vision"): not a bare
    name, or opening on a role noun, which a capital at the head of a line makes look like one."""
    return not PERSON_NAME_RE.match(text) or text.split()[0].lower().endswith(ROLE_NOUN_ENDINGS)
