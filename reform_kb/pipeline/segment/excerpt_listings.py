"""Listings of excerpts without dates or markers (round 27, from the former test26): each item a headline
standing alone over one paragraph that the site cut with an ellipsis, as a blog theme's archive page prints
its posts ("EMU bör bli en valfråga" / "Det svenska folket röstade … bättre än..."). An article's crossheads
stand over whole paragraphs, which no ellipsis ends.
"""

from __future__ import annotations

from .bodies import Draft
from .kinds import listing_kind
from .labelled_news_lists import is_running_text
from .lines import Line
from .listings import EXCERPT_END_RE
from .teaser_listings import item_headline

MIN_ITEMS = 3
# The lines a listing's page may have above its first item: the archive's heading, a filter.
MAX_LINES_ABOVE = 3


def _excerpt_items(lines: list[Line]) -> list[int]:
    """The headlines standing alone straight over one excerpt each (the page's last excerpt may be cut by
    the end of the stored copy rather than by the site)."""
    return [
        i
        for i in range(len(lines) - 1)
        if lines[i].standalone
        and item_headline(lines[i].text)
        and is_running_text(lines, i + 1)
        and (EXCERPT_END_RE.search(lines[i + 1].text) or i + 2 == len(lines))
        and (i + 2 == len(lines) or lines[i + 1].blank_after)
    ]


def is_excerpt_listing(lines: list[Line]) -> bool:
    """Three or more excerpts under their headlines, the first near the page's head, each item straight
    after the one before: nothing but headlines and their excerpts from the first item on."""
    items = _excerpt_items(lines)
    return (
        len(items) >= MIN_ITEMS
        and items[0] <= MAX_LINES_ABOVE
        and all(b - a == 2 for a, b in zip(items, items[1:], strict=False))
        and items[-1] + 2 >= len(lines) - 1
    )


def split_excerpt_listing(lines: list[Line], blog_section: bool) -> list[Draft]:
    """Each headline and its excerpt as a document; a line under the last excerpt goes with it."""
    items = _excerpt_items(lines)
    kind = listing_kind(" ".join(line.text for line in lines[: items[0]]), blog_section)
    ends = [*items[1:], len(lines)]
    return [Draft(lines[i].text, lines[i + 1 : end], kind=kind) for i, end in zip(items, ends, strict=True)]
