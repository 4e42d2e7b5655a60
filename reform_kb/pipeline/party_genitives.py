"""A party in the genitive before a title: "Vänsterpartiets äldrepolitiska talesperson Eva Ek", "SD:s
gruppledare Bo Lind". The party is the person's party, not part of the role (issue 10, item 5; round 18), and
the title without its owner reads in the indefinite form the annotations give ("äldrepolitisk talesperson")."""

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
    words = person.role[m.end() :].split()
    person.role = " ".join([_DEFINITE_ADJECTIVE_RE.sub("", w) for w in words[:-1]] + words[-1:])
    person.party = person.party or _LETTER_BY_GENITIVE[m.group(1).casefold()]
    return person
