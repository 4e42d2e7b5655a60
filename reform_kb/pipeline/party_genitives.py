"""A party in a person's title: in the genitive before it ("Vänsterpartiets äldrepolitiska talesperson Eva Ek",
"SD:s gruppledare Bo Lind", and after the name: "Eva Ek, KD:s talesperson"), or marked or named after it
("kommunalråd (S)", "talesperson för Vänsterpartiet"). The party is the person's party, not part of the role
(issue 10, item 5; round 18), and the title without its owner reads in the indefinite form the annotations give
("äldrepolitisk talesperson")."""

from __future__ import annotations

import re

from .names import PARTY_BY_LETTER
from .records import PersonMention

_LETTER_BY_GENITIVE = {f"{name}s".casefold(): letter for letter, name in PARTY_BY_LETTER.items()}
_LETTER_BY_GENITIVE.update({f"{letter}:s".casefold(): letter for letter in PARTY_BY_LETTER})
_GENITIVE_RE = re.compile(rf"^({'|'.join(map(re.escape, _LETTER_BY_GENITIVE))})\s+(?=\S)", re.IGNORECASE)
# The definite ending of an adjective before the title, which the owner's genitive called for: "politiska",
# "sociala", "ekonomiska" (an -a that follows -sk, -al, -ell or -iv).
_DEFINITE_ADJECTIVE_RE = re.compile(r"(?<=sk|al|ll|iv)a$")


def with_party_genitive(person: PersonMention) -> PersonMention:
    """The person with a party genitive opening the role taken as the party (when none was marked)."""
    m = _GENITIVE_RE.match(person.role)
    if m is None:
        return person
    person.role = _indefinite_adjectives(person.role[m.end() :])
    person.party = person.party or _LETTER_BY_GENITIVE[m.group(1).casefold()]
    return person


def _indefinite_adjectives(title: str) -> str:
    """ "socialpolitiska talesperson" → "socialpolitisk talesperson": without its owner's genitive, a title's
    adjectives drop the definite ending the genitive called for."""
    words = title.split()
    return " ".join([_DEFINITE_ADJECTIVE_RE.sub("", w) for w in words[:-1]] + words[-1:])


_LETTER_BY_PARTY = {name: letter for letter, name in PARTY_BY_LETTER.items()}


def party_from_organisation(person: PersonMention) -> PersonMention:
    """Round 30: "Liberalernas funktionspolitiska talesperson Bo Ek", read as an organisation's genitive before a
    title, is Bo Ek (L): a party is a person's party, never her organisation (the annotation guide), and its
    title reads in the indefinite form ("funktionspolitisk talesperson")."""
    letter = _LETTER_BY_PARTY.get(person.organisation or "")
    if letter is None:
        return person
    person.role = _indefinite_adjectives(person.role or "")
    person.organisation, person.party = None, person.party or letter
    return person


# A party marker after a lower-case title rather than the name: "Eva Berg, kommunalråd (S), …". Only the
# parliamentary parties' letters: "ordförande för Förbundet X (FX)" gives an acronym, no party.
_TITLE_PARTY_RE = re.compile(
    r"^(?P<title>[a-zåäö][a-zåäö -]{1,59}?)\s*\((?P<party>S|M|C|V|L|KD|MP|SD|FP|s|m|c|v|l|kd|mp|sd|fp)\)"
    r"(?P<rest>.*)$"
)


# Round 12: a title held for a party named in full ("talesperson för Vänsterpartiet", "ledamot i Moderaterna"):
# the party is the person's party, not an organisation (the annotation guide), and not part of the title.
_TITLE_FOR_PARTY_RE = re.compile(
    rf"^(?P<title>[a-zåäö][a-zåäö -]{{1,59}}?) (?:för|i) (?P<name>{'|'.join(PARTY_BY_LETTER.values())})"
    r"(?: de gröna)?$"
)
# Round 42: a party's letter alone after a comma closing the title ("Eva Berg, socialnämndens ordförande, C."),
# a local paper's short form of the marker. Upper case only: a lone lower-case letter is no party.
_TITLE_COMMA_PARTY_RE = re.compile(r"^(?P<title>[a-zåäö].{1,59}?),\s+(?P<party>S|M|C|V|L|KD|MP|SD)[.]?$")


def party_after_title(role_text: str, party: str | None) -> tuple[str, str | None]:
    """The title without its party marker, and the party (the annotation guide: a marker such as "(C)"
    is the person's party). A second task joined by "och" after the marker ("kommunalråd (S) och ansvarig
    för …") is no part of the title; a workplace is ("kommunalråd (S) i Mora")."""
    named = _TITLE_FOR_PARTY_RE.match(role_text.strip(" ."))
    if named:
        return named.group("title"), party or _LETTER_BY_PARTY[named.group("name")]
    lettered = _TITLE_COMMA_PARTY_RE.match(role_text.strip())
    if lettered:
        return lettered.group("title"), party or lettered.group("party")
    marked = _TITLE_PARTY_RE.match(role_text)
    if not marked:
        return role_text, party
    rest = marked.group("rest")
    title = marked.group("title") + ("" if rest.startswith(" och ") else rest)
    return title, party or marked.group("party")


# A party in the genitive before a name is the speaker's party, not part of the name: "Liberalernas Jan
# Björklund" is Jan Björklund (L).
PARTY_GENITIVES = {f"{name}s": letter for letter, name in PARTY_BY_LETTER.items() if letter != "FP"}
# The parliamentary parties by name, which the gazetteer does not hold as organisations: a party named
# where a speaker stands is the party speaking (its press release), never a person.
PARTY_NAMES = frozenset(name for letter, name in PARTY_BY_LETTER.items() if letter != "FP")
# "regionråd i opposition för Liberalerna": a party the role names at its end is the person's party, not part
# of the title (round 14).
_ROLE_PARTY_RE = re.compile(rf"\s+(?:för|i)\s+(?P<party>{'|'.join(PARTY_NAMES)})$")


def party_out_of_role(person: PersonMention) -> PersonMention:
    """The speaker with any party her role or organisation names taken out as her party."""
    person = party_from_organisation(person)
    if m := _ROLE_PARTY_RE.search(person.role or ""):
        person.role = person.role[: m.start()]
        person.party = person.party or _LETTER_BY_PARTY[m.group("party")]
    elif (person.role or "").upper() in PARTY_BY_LETTER:
        # "Helena Lind, C, reagerade": a paper's party letter without brackets, read as the title after a comma.
        person.role, person.party = "", person.party or person.role.upper()
    return person


PARTY_GENITIVE_RE = re.compile(rf"^(?P<party>{'|'.join(PARTY_GENITIVES)})\s+(?=[A-ZÅÄÖ])")
