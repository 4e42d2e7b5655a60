"""Politicians signing an opinion text at its end, the way Swedish papers and party sites print it.

A politician signs a debate article, a reply or an interpellation with the name and the party, by its
letter or by its name, often with the local branch and a title on the line under it:

    Anna Berg, S                      Per Holm (v)            Eva Lind, Liberalerna Borgvik kommun
    ordförande i omsorgsnämnden                               Ledamot i kulturnämnden

`streams.stream_metadata` asks for this block only when no other signature was found. The party is the
one piece of the line that makes it a signature and not a heading: a name alone may be anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import signatures
from ..metadata import GREETING_RE, NAME_WORD, PERSON_NAME_RE, split_role
from ..names import PARTY_BY_LETTER
from ..organisations import OrganisationMatcher
from ..records import DocumentKind, PersonMention
from ..text import ends_sentence, word_count
from .bodies import Draft

_LETTERS = "|".join(PARTY_BY_LETTER)
_PARTY_NAMES = "|".join(PARTY_BY_LETTER.values())
# "Anna Berg, S", "Anna Berg (s)", "Anna Berg, Liberalerna Borgvik kommun": a name, then its party only.
_NAME_PARTY_RE = re.compile(
    rf"^(?P<name>{NAME_WORD}(?: {NAME_WORD}){{1,2}})"
    rf"(?:,\s*(?P<letter>{_LETTERS})|\s*\((?P<paren>(?i:{_LETTERS}))\)"
    rf"|,?\s+(?P<party>{_PARTY_NAMES})(?P<branch>(?: [A-ZÅÄÖ][\wåäö-]+){{0,2}}(?: kommun| stad| region)?))"
    # Round 22: the title on the same line, after the party's letter: "Anna Berg (S), oppositionsråd".
    r"(?:(?<=\))\s*,\s*(?P<title>[a-zåäö][\w\s,-]{1,60}?))?\s*$"
)
MAX_BLOCK = 6  # names and titles: three signers at most, as opinion pages print them
MAX_ROLE_WORDS = 8


@dataclass
class PartySigned:
    """The signers of a text and where their block starts; `parties` in the order they sign."""

    people: list[PersonMention] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    start: int = -1


def name_party(line: str) -> tuple[str, str] | None:
    """The name and the party's full name of a signature line "Anna Berg, S", or None."""
    signer = _signer(line)
    return signer[:2] if signer else None


def _signer(line: str) -> tuple[str, str, str] | None:
    """Name, party's full name and the title given after the party on the same line ("Anna Berg (S),
    oppositionsråd"; "" when none) of a signature line, or None."""
    m = _NAME_PARTY_RE.match(line.strip())
    if not m or not PERSON_NAME_RE.match(m.group("name")):
        return None
    letter = (m.group("letter") or m.group("paren") or "").upper()
    return m.group("name"), PARTY_BY_LETTER.get(letter) or m.group("party"), m.group("title") or ""


def party_signed(lines: list[str], matcher: OrganisationMatcher) -> PartySigned | None:
    """The politicians signing `lines` at their end: name-and-party lines, each with at most two title
    lines under it (short, no full stop). The block must end the text, open on a signer and follow a
    paragraph."""
    start = len(lines)
    while start > 0 and len(lines) - start < MAX_BLOCK and _may_sign(lines[start - 1]):
        start -= 1
    while start < len(lines) and not name_party(lines[start]):
        start += 1
    # The signers follow the last paragraph: a title or a heading above the name ("Ordförande för
    # nämnden" / "Anna Berg (M)") is a contact box presenting a politician, not a signature, and a
    # line ending in a colon introduces a list of them.
    above = lines[start - 1].rstrip() if 0 < start < len(lines) else ""
    if not ends_sentence(above) or above.endswith(":"):  # "Ledamöter:" lists members, nobody signs
        return None
    signed = PartySigned(start=start)
    titles = 0
    for line in lines[start:]:
        named = _signer(line)
        if named:
            role, organisation = split_role(named[2], matcher)
            signed.people.append(PersonMention(name=named[0], role=role, organisation=organisation))
            signed.parties.append(named[1])
            titles = 0
            continue
        titles += 1
        if titles > 2:
            return None
        person = signed.people[-1]
        role, organisation = split_role(_lower_title(line), matcher)
        person.role = ", ".join(part for part in (person.role, role) if part)
        person.organisation = person.organisation or organisation
    return signed


# Round 22: signers after a slash on the text's last line, each with a party or list marker in brackets, the
# names run together as a page glues them: "/ Eva Lund (L), Per Holm (V)Anna Berg (KD)Nils Ek (-)".
_SLASH_SIGNED_RE = re.compile(r"^/\s*[A-ZÅÄÖÉ]")
_SIGNER_IN_ROW_RE = re.compile(
    rf"(?P<name>{NAME_WORD}(?: {NAME_WORD}){{1,3}})\s*\((?P<letter>[A-ZÅÄÖa-zåäö]{{1,4}}|-)\)"
)

_ROW_GLUE_RE = re.compile(r"[\s/,;]+|\boch\b")


def slash_signed(lines: list[str]) -> PartySigned | None:
    """The politicians signing a text on its last line after a slash, or None."""
    last = lines[-1].strip() if lines else ""
    if not _SLASH_SIGNED_RE.match(last):
        return None
    signers = list(_SIGNER_IN_ROW_RE.finditer(last))
    if not signers or _ROW_GLUE_RE.sub("", _SIGNER_IN_ROW_RE.sub("", last)):
        return None  # anything else on the line is no signature row
    signed = PartySigned(start=len(lines) - 1)
    for m in signers:
        letter = m.group("letter").upper()
        known = letter in PARTY_BY_LETTER  # "(-)" or a local list's letters name no national party
        signed.people.append(PersonMention(name=m.group("name"), party=letter if known else ""))
        signed.parties.append(PARTY_BY_LETTER[letter] if known else "")
    return signed


def _may_sign(line: str) -> bool:
    """A line of a signature block: a signer, or a short title that ends no sentence."""
    return bool(name_party(line)) or (not ends_sentence(line) and word_count(line) <= MAX_ROLE_WORDS)


def _lower_title(line: str) -> str:
    """ "Ledamot i kulturnämnden" as a role is written "ledamot i kulturnämnden"."""
    line = line.strip()
    first = line.split()[0] if line else ""
    return line[0].lower() + line[1:] if first[1:].islower() else line


def credit_politicians(
    draft: Draft, texts: list[str], announced: DocumentKind | None, matcher: OrganisationMatcher
) -> None:
    """Politicians signing with name and party ("Anna Berg, S" / "ordförande i X"): an opinion piece by
    them, published for their party when they are of one party."""
    signed = None if draft.authors else party_signed(texts, matcher) or slash_signed(texts)
    if signed:
        draft.authors += signed.people
        parties = set(signed.parties) - {""}  # signers of several parties speak for none of them alone
        draft.organisations = draft.organisations or (list(parties) if len(parties) == 1 else [])
        draft.lines = draft.lines[: signed.start]
        draft.kind = announced or DocumentKind.DEBATTARTIKEL


def signs_text(texts: list[str], i: int) -> bool:
    """Whether line `i` of a page signs a text rather than heads one: a name and party closing the page
    ("Anna Berg Vänsterpartiet", "Per Holm, S" among its last lines), or a name under a greeting or
    parting wish ("Trevlig helg!" / "Maja Ekström")."""
    if i == 0:
        return False
    return (
        (i == len(texts) - 1 and bool(signatures.party_signature([texts[i]])))
        or (i >= len(texts) - MAX_BLOCK and bool(name_party(texts[i])))
        or (bool(GREETING_RE.match(texts[i - 1])) and bool(PERSON_NAME_RE.match(texts[i])))
    )
