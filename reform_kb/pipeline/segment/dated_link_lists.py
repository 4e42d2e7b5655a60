"""Lists of dated links (round 27, from the former test26): each item a headline with its date run into its end
and a line or two under it saying where and by whom it appeared:

    Se över ägarstyrningen i kommunala bolag 2023-04-12
    Debattartikel i Altinget skriven av …

as an organisation's page of its debate articles or reports elsewhere prints them (the publishing system's
"Länk till annan webbplats" note after each date is furniture, taken out in lines.page_lines). Any text above
the first item is the page's own and is split as usual; a last headline the stored copy cut before its date
is an item too.
"""

from __future__ import annotations

import re

from ..text import parse_date
from .bodies import Draft
from .kinds import announced_kind, listing_kind
from .lines import Line
from .teaser_listings import item_headline

_DATED_LINK_RE = re.compile(r"^(?P<title>\S.{2,160}?)\s+(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d)$")
MIN_ITEMS = 3
# The lines an item has under its headline: where it appeared, its signers.
MAX_LINES_UNDER = 2


# A sentence giving a date ends on a word that leads to it ("beslutade … den 2024-02-01", "senast …"); a
# headline never does.
_LEADS_TO_DATE_RE = re.compile(r"\b(?:den|dagen|datum|senast|från|till|före|efter|med|per|och|på|i|om)$", re.IGNORECASE)


def _items(lines: list[Line]) -> list[int]:
    return [
        i
        for i, line in enumerate(lines)
        if line.blank_before
        and (m := _DATED_LINK_RE.match(line.text))
        and item_headline(m.group("title"))
        and not _LEADS_TO_DATE_RE.search(m.group("title"))
    ]


def dated_link_run(lines: list[Line]) -> list[int] | None:
    """The item lines of a run of three or more dated links, each at most two lines under the one before, or
    None. A date run into the end of an article's paragraph has a sentence before it, never a headline."""
    items = _items(lines)
    if len(items) < MIN_ITEMS:
        return None
    gaps = [b - a for a, b in zip(items, items[1:], strict=False)]
    if any(gap > MAX_LINES_UNDER + 1 for gap in gaps):
        return None
    # Most items have their line under them (where the text appeared); dated lines one after the other are a
    # record's rows or an article's dated steps.
    described = sum(gap > 1 for gap in gaps) + (items[-1] + 1 < len(lines))
    return items if described * 2 > len(items) else None


def _cut_last_item(lines: list[Line], last: int) -> int | None:
    """The page's last line, a headline standing alone within reach of the last dated item: the next item,
    its date cut off by the end of the stored copy."""
    end = len(lines) - 1
    if last < end <= last + MAX_LINES_UNDER + 1 and lines[end].blank_before and item_headline(lines[end].text):
        return end
    return None


def split_dated_links(lines: list[Line], items: list[int], blog_section: bool) -> list[Draft]:
    """Each item as a document of its own, dated by its headline, of the kind its lines state ("Debattartikel
    i Altinget") or else of the listing's."""
    cut = _cut_last_item(lines, items[-1])
    starts = [*items, cut] if cut is not None else items
    ends = [*starts[1:], len(lines)]
    kind = listing_kind(" ".join(line.text for line in lines[: items[0]]), blog_section)
    drafts = []
    for start, end in zip(starts, ends, strict=True):
        m = _DATED_LINK_RE.match(lines[start].text)
        title = m.group("title") if m else lines[start].text
        body = lines[start + 1 : end]
        announced = announced_kind(None, title, [line.text for line in body])
        published = parse_date(m.group("date")) if m else None
        drafts.append(Draft(title, body, published=published, kind=announced or kind))
    return drafts
