"""Listing pages that date each item under its teaser (round 24, from the former test23's d2346: a party
district's news archive saved without blank lines, each item its headline, a teaser cut with "…" and then its
date, "augusti 20, 2025", as the template prints it).

listings.py reads the other order, a date over each item's headline; there the page opens on a date. Here the
first item's headline and teaser stand above the first date, under nothing but the archive's labels
("Nyhetsarkiv", "Sökträffar: 438"), and every date is followed by the next item's headline. The last item may
lack its date: the stored copy cut it off.
"""

from __future__ import annotations

import re

from ..text import ISO_DATE_RE, MONTH_FIRST_DATE_RE, SWEDISH_DATE_RE, parse_date, word_count
from .bodies import Draft
from .kinds import listing_kind
from .lines import Line
from .teaser_listings import MAX_LABEL_WORDS, MIN_EXCERPT_WORDS, item_headline

_DATE_ONLY_RE = re.compile(
    rf"(?:{ISO_DATE_RE.pattern}|{SWEDISH_DATE_RE.pattern}|{MONTH_FIRST_DATE_RE.pattern})", re.IGNORECASE
)
MIN_ITEMS = 3
# A teaser is a line or two, and an item may have a subtitle above it ("Replik på …"): three lines at most.
MAX_TEASER_LINES = 3


def _is_date(line: Line) -> bool:
    return bool(_DATE_ONLY_RE.fullmatch(line.text))


def _is_label(line: Line) -> bool:
    """The archive's labels above the first item, a word or a few ("Nyhetsarkiv", "Sökträffar: 438")."""
    return word_count(line.text) <= MAX_LABEL_WORDS and line.text[-1] not in ".!?" and not _is_date(line)


def _item_starts(lines: list[Line]) -> tuple[list[int], list[int]]:
    """(each dated item's headline line, its date line); ([], []) when the page is not such a listing."""
    dates = [i for i, line in enumerate(lines) if _is_date(line)]
    if len(dates) < MIN_ITEMS:
        return [], []
    first = next((i for i, line in enumerate(lines) if not _is_label(line)), len(lines))
    starts = [first, *(d + 1 for d in dates[:-1])]
    for start, date in zip(starts, dates, strict=True):
        teaser = lines[start + 1 : date]
        if not (
            1 <= len(teaser) <= MAX_TEASER_LINES
            and item_headline(lines[start].text)
            and not any(_is_date(line) for line in teaser)
            and any(word_count(line.text) >= MIN_EXCERPT_WORDS for line in teaser)
        ):
            return [], []
    return starts, dates


def is_dated_below_listing(lines: list[Line]) -> bool:
    return bool(_item_starts(lines)[0])


def split_dated_below_listing(lines: list[Line], blog_section: bool = False) -> list[Draft]:
    """Each item with the date under it; an undated last item (headline over text) as it is."""
    starts, dates = _item_starts(lines)
    kind = listing_kind(" ".join(line.text for line in lines[: starts[0]]), blog_section)
    drafts = [
        Draft(lines[start].text, lines[start + 1 : date], published=parse_date(lines[date].text), kind=kind)
        for start, date in zip(starts, dates, strict=True)
    ]
    rest = lines[dates[-1] + 1 :]
    if len(rest) >= 2 and item_headline(rest[0].text):
        drafts.append(Draft(rest[0].text, rest[1:], kind=kind))
    return drafts
