"""A menu whose items a page sets apart with runs of spaces alone ("Webbkarta      Press      Logga in      RSS").

Lines are normalised to single spaces before the furniture is read, which would make such a menu one short,
title-like line: a page's headline to the segmenter (round 46, the former test45's d4535). Read before that, the
row is written with the "·" a link row has, so furniture.is_link_row takes it out as it does "Hem · Om oss · Kontakt".
"""

from __future__ import annotations

import re

from ..text import word_count

_RUN_RE = re.compile(r"[ \t\u00a0]{4,}")
MENU_ITEM_MAX_WORDS = 3  # "Logga in", "Om oss", "Lediga jobb": a menu item is a word or three
MIN_ITEMS = 3


def as_link_row(line: str) -> str:
    """The line with its items joined by " · " when it is a spaced menu row, else the line unchanged. Digits
    keep a line as it is: a table's figures are set apart by spaces too."""
    if "    " not in line.strip() or any(c.isdigit() for c in line):
        return line
    items = _RUN_RE.split(line.strip())
    if len(items) >= MIN_ITEMS and all(
        1 <= word_count(item) <= MENU_ITEM_MAX_WORDS and item[-1] not in ".!?:;," for item in items
    ):
        return " · ".join(items)
    return line
