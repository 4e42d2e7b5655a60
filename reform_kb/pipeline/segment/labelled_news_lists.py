"""A news or press archive under its own label (round 25, from the former test24's municipal, regional and
association archives): "Nyhetsarkiv – kommun och politik", "Pressarkiv", "Nyheter och pressmeddelanden" at the
page's head, then its items, each a headline over its text (a one-line teaser or whole paragraphs), perhaps with
its date between the two or (round 26, a municipality's year archive, "Nyhetsarkiv 2018") under its text.

The label says the page is a list, so a headline over text starts an item here, where on an article's page it
would be a crosshead. The lines above the first item (the label, the site's logo, a sentence on what the
archive holds) are the list's own, no document. The shapes the other listing modules know are taken first.
"""

from __future__ import annotations

import dataclasses
import re

from ..text import is_date_line, parse_date, word_count
from .bodies import Draft
from .kinds import listing_kind
from .lines import SENTENCE_INSIDE_RE, Line
from .teaser_listings import MAX_ITEM_HEADLINE_WORDS, MIN_EXCERPT_WORDS, item_headline

# The archive's label, alone or with its section ("Nyhetsarkiv – kommun och politik"). A bare "Nyheter" or
# "Pressmeddelanden" is also the section label over a single article or press release, so it is not one.
LIST_LABEL_RE = re.compile(
    r"^(?:Nyhetsarkiv|Pressarkiv|Arkiv för nyheter|Alla nyheter|Nyheter (?:och|&) press(?:meddelanden?)?)"
    # Round 26: or the year it holds ("Nyhetsarkiv 2018").
    r"(?:\s+(?:19|20)\d\d)?(?:\s*[–|-]\s*.{1,40})?$",
    re.IGNORECASE,
)
# The label stands among the page's first lines, above the logo's alt text or a count of hits.
MAX_LABEL_LINE = 2
MIN_ITEMS = 2
# A list's "read more" arrow saved as a dash after the teaser: "… öppettider. -".
_READ_MORE_MARK_RE = re.compile(r"\s+[-–›»→]$")


def _text(line: Line) -> str:
    return _READ_MORE_MARK_RE.sub("", line.text)


def _label_line(lines: list[Line]) -> int | None:
    return next((i for i, line in enumerate(lines[: MAX_LABEL_LINE + 1]) if LIST_LABEL_RE.match(line.text)), None)


def is_running_text(lines: list[Line], i: int) -> bool:
    """An excerpt's words (teaser_listings' measure) ending a sentence, or too many for a headline, or the
    page's last line, which the stored copy may have cut; round 26: or a sentence ended inside it, the line
    going on after it ("… till RH2000. Läs mer på www.…"), which no headline does."""
    text = _text(lines[i])
    ends = text[-1] in ".!?…" or word_count(text) > MAX_ITEM_HEADLINE_WORDS or i == len(lines) - 1
    return (ends or SENTENCE_INSIDE_RE.search(text) is not None) and word_count(text) >= MIN_EXCERPT_WORDS


def _item_starts(lines: list[Line], first: int) -> list[int]:
    """The headlines over text (or over a date and then text), from the line under the label on."""
    starts = []
    for i in range(first, len(lines) - 1):
        text = _text(lines[i])
        if not text or not item_headline(text) or is_date_line(text) or is_running_text(lines, i):
            continue
        below = i + 2 if is_date_line(lines[i + 1].text) and i + 2 < len(lines) else i + 1
        if is_running_text(lines, below):
            starts.append(i)
    return starts


def is_labelled_news_list(lines: list[Line]) -> bool:
    label = _label_line(lines)
    return label is not None and len(_item_starts(lines, label + 1)) >= MIN_ITEMS


def split_labelled_news_list(lines: list[Line], blog_section: bool = False) -> list[Draft]:
    """Each item: its headline, its date when one stands under it, and its text up to the next headline."""
    label = _label_line(lines)
    starts = _item_starts(lines, label + 1)
    kind = listing_kind(" ".join(line.text for line in lines[: starts[0]]), blog_section)
    drafts = []
    for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        body = [dataclasses.replace(line, text=_text(line)) for line in lines[start + 1 : end]]
        published = parse_date(body[0].text) if body and is_date_line(body[0].text) else None
        if published:
            body = body[1:]
        elif dated := [n for n, line in enumerate(body) if n and is_date_line(line.text)]:
            # Round 26: a municipal archive dates each item under its text ("Publicerad 17 januari 2019").
            published = parse_date(body[dated[0]].text)
            body = body[: dated[0]] + body[dated[0] + 1 :]
        drafts.append(Draft(_text(lines[start]), body, published=published, kind=kind))
    return drafts
