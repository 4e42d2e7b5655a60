"""Items a list dates and teases without a headline (round 26, from the former test25's d2560 and d2562, a
union's press room and an information site's news page): under the page's own text, a date alone on its line
over one paragraph of teaser, again and again, to the page's end.

Each pair is an item whose headline the template left out or the stored copy lost: a document without a
title, dated by its line. Two lines between dates are another shape (a date over a headline and its teaser,
listings.py; a teaser over its date, dated_below_listings.py), so here exactly one line stands between two
dates, and it must read as running text (teaser_listings' measure, as labelled_news_lists counts it), never
as a headline. What stands above the run (an article, a press room's introduction) is the page as any other.
"""

from __future__ import annotations

from ..text import is_date_line, parse_date
from .bodies import Draft
from .kinds import listing_kind
from .labelled_news_lists import is_running_text
from .lines import Line

MIN_ITEMS = 3
MAX_FOOT_LINES = 2


def _is_pair(lines: list[Line], i: int) -> bool:
    """Whether lines[i] is a date over one line of running text that the next date or the page's end follows."""
    after = i + 2
    return (
        after <= len(lines)
        and is_date_line(lines[i].text)
        and not is_date_line(lines[i + 1].text)
        and is_running_text(lines, i + 1)
        and (after == len(lines) or is_date_line(lines[after].text))
    )


def dated_teaser_run(lines: list[Line]) -> tuple[int, int] | None:
    """(first date, end) of a run of at least MIN_ITEMS dated teasers that ends the page, up to
    MAX_FOOT_LINES lines of the page's foot ("Fält märkta med * är obligatoriska") perhaps under it; None when
    the page has none."""
    for end in range(len(lines), max(len(lines) - MAX_FOOT_LINES, 0) - 1, -1):
        window = lines[:end]  # one copy per foot tried, so that a long run stays linear
        start = end - 2
        while start >= 0 and _is_pair(window, start):
            start -= 2
        if (end - start - 2) // 2 >= MIN_ITEMS:
            return start + 2, end
    return None


def split_dated_teasers(
    lines: list[Line], run: tuple[int, int], above: str, blog_section: bool
) -> list[Draft]:
    """Each dated teaser of the run as a document without a title; the foot goes with the last one, so that
    nothing of the page is lost. `above` is the text over the run, whose words say whether the items are press
    releases."""
    start, end = run
    kind = listing_kind(above, blog_section)
    drafts = [
        Draft("", [lines[i + 1]], published=parse_date(lines[i].text), kind=kind)
        for i in range(start, end, 2)
    ]
    drafts[-1].lines.extend(lines[end:])
    return drafts
