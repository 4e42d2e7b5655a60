"""A person a reportage names by first name alone as the subject of a paragraph: "Peter ryggar tillbaka inför
frågorna." / "– Jag vet inte, säger han." (issue 10, round 19: the former test18's reportage from a shelter).

Reportage about clients, residents and volunteers names them by first name only and lets "säger han" point back
to whoever the paragraph before was about. `find_people` finds a lone first name only once the document has
named it in full or as a speaker, so such a paragraph named no one and the pronoun went to the last speaker.
Here a paragraph opening on a known first name (first_names.py) followed by a verb in the present counts as
naming that person, when the document names them more than once (a number word or a noun that is also a name
somewhere, "Tre kommuner", "Sol och vind", is seldom repeated as a paragraph's subject).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from reform_kb.pipeline.first_names import is_first_name
from reform_kb.pipeline.names import FIRST_NAME_HOMOGRAPHS, LOWER, NOT_NAMES, UPPER

# The first name and a word with the endings of a verb in the present ("ryggar", "fortsätter", "gör", "minns").
_SUBJECT_RE = re.compile(rf"^(?P<name>[{UPPER}][{LOWER}]+)\s+(?P<verb>[{LOWER}]{{1,}}(?:ar|er|ör|ns|ts))\b")
# Numbers that name lists also hold as first names.
_NUMBER_WORDS = frozenset(["Tre", "Fem", "Sex", "Sju", "Åtta", "Nio", "Tio", "Elva", "Tolv"])


@lru_cache(maxsize=8)
def capitalised_word_counts(document: str) -> Counter[str]:
    """How often each capitalised word occurs in `document`: counted once per document (a string caches its
    hash, so the cache's look-up per paragraph costs nothing), which keeps parsing linear in the text's length."""
    return Counter(re.findall(rf"(?<!\w)[{UPPER}][{LOWER}]+(?!\w)", document))


def first_name_subject(paragraph: str, document: str) -> str | None:
    """The first name opening `paragraph` as its subject, when `document` names it at least twice."""
    m = _SUBJECT_RE.match(paragraph)
    if not m:
        return None
    name = m.group("name")
    if name in NOT_NAMES or name in FIRST_NAME_HOMOGRAPHS or name in _NUMBER_WORDS or not is_first_name(name):
        return None
    return name if capitalised_word_counts(document)[name] >= 2 else None
