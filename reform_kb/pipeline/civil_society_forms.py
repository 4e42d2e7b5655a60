"""More forms Swedish names organisations in: adult education and congregations, and names that open with a
coordinated compound.

Round 43 (the former test42's d4205, d4269, d4271): civil society in the social sector is much folkbildning and
church work, and its names have forms of their own: a folk high school after its place or founder ("Klarälvdalens
folkhögskola", "Biskops-Arnös folkhögskola"), a study association after its name ("Sensus studieförbund"), a
free church's congregation in one word ("Listerkyrkan", "Equmeniakyrkan"). Kept apart from organisation_forms.py,
which organisations.py applies first; these come after it, so a longer form found there wins.

Swedish also shares the last part of two compounds between them with a hyphen and "och" ("Freds- och
Skiljedomsföreningen", "Brottsoffer- och Kvinnojouren"): the forms read the name from its second word on, and
`with_coordinated_openers` puts its first word back.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .names import LOWER, NOT_NAMES, UPPER

# "Klarälvdalens folkhögskola", "Biskops-Arnös folkhögskola", "Väddö folkhögskola"; "Sensus studieförbund".
_NAMED_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"

CIVIL_SOCIETY_FORMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"(?<![\w-])(?P<name>{_NAMED_WORD} folkhögskola)(?P<gen>s)?(?!\w)"), "larosate"),
    (re.compile(rf"(?<![\w-])(?P<name>{_NAMED_WORD} studieförbund)(?P<gen>s)?(?!\w)"), "intresseorganisation"),
    # A congregation named by its church in one word; "Domkyrkan" is a building more often than anyone's name.
    # Counted on the 389 texts of the corpus present: 4 such words, each an organisation of the gold.
    (re.compile(rf"(?<![\w-])(?!Domkyrkan)(?P<name>[{UPPER}][{LOWER}]+kyrkan)(?P<gen>s)?(?!\w)"), "annan"),
]
# Fixed words each rule needs, in rule order (a substring test is far cheaper than the regex).
CIVIL_SOCIETY_HINTS: list[tuple[str, ...]] = [(" folkhögskola",), (" studieförbund",), ("kyrkan",)]

# The compound's first word with its hyphen and "och" (or "&") right before the name found; before it, a
# national or ethnic adjective or "Sveriges" that opens the name too ("Somaliska Freds- och …", "Sveriges
# Kvinno- och Tjejjourers Riksförbund"). A lower-case word before the hyphen is running text, not a name.
_COORDINATED_OPENING_RE = re.compile(
    rf"(?<![\w-])(?:(?P<opener>Sveriges|[{UPPER}][{LOWER}]+(?:ska|iska)) )?[{UPPER}][{LOWER}]+- (?:och|&) \Z"
)
_LOOK_BACK = 60  # characters: the opener, the first word and "- och " fit in far fewer


def coordinated_opening(text: str, start: int) -> int | None:
    """Where a name found at `start` really opens, when a coordinated compound's first word stands before it."""
    before = text[max(0, start - _LOOK_BACK) : start]
    m = _COORDINATED_OPENING_RE.search(before)
    if not m or (m.group("opener") or "") in NOT_NAMES:
        return None
    return start - len(before) + m.start()


def with_coordinated_openers(text: str, found: list, resolve) -> list:
    """`found` (OrgMatch) with each name that a coordinated compound opens given its full name
    ("Skiljedomsföreningen" → "Somaliska Freds- och Skiljedomsföreningen"), the gazetteer's when it knows it."""
    if "- " not in text:
        return found
    out = []
    for match in found:
        opening = coordinated_opening(text, match.start) if match.surface[:1].isupper() else None
        if opening is None:
            out.append(match)
            continue
        name = text[opening : match.start] + match.name
        known = resolve(name)
        surface = text[opening : match.end]
        out.append(replace(match, name=known or name, start=opening, surface=surface, known=bool(known)))
    return out
