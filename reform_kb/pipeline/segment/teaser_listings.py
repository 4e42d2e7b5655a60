"""Listing pages of teasers without dates (round 10, from the former test part test9): a municipality's or an
association's news page printing each item as its headline and the first lines under it.

Three shapes:

* numbered items, "1. Rubrik" over the teaser, as a search result or filtered news list prints them; an item
  whose numbered line is its image's alt text has its headline on the line straight under it
  ("2. Cigarettfimp" / "Täbyborna bland dem som röker minst i länet");
* bulleted items, "• Rubrik" over the teaser (round 13, from the former test12: a municipality's press page and
  a party branch's news list, the list markup saved as bullets);
* compact items, each headline straight over its one teaser paragraph with no blank line anywhere, as a news
  widget saved without its markup prints them.

An article's crossheads are neither: they are not numbered, and they stand over several paragraphs, set apart
by blank lines.
"""

from __future__ import annotations

import re

from ..text import is_date_line, parse_date, word_count
from .bodies import Draft
from .kinds import listing_kind
from .lines import Line, is_quoted_headline, is_title_like

_NUMBERED_RE = re.compile(r"^(?P<n>\d{1,2})\.\s+(?P<title>\S.*)$")
_BULLETED_RE = re.compile(r"^[•▪◦]\s*(?P<title>\S.*)$")
MIN_ITEMS = 3
# Bulleted items are a listing from two on when each has its teaser: an article's bullet points stand below
# its text, not at the page's head, and are rarely each followed by a paragraph of their own.
MIN_BULLETED_ITEMS = 2
# A compact item's headline has the words of a headline, not a crosshead's one or two.
MIN_HEADLINE_WORDS = 4
# A compact item's teaser is running text: a sentence's worth of words.
MIN_TEASER_WORDS = 10


def _numbered_items(lines: list[Line]) -> list[int]:
    """The numbered title lines counting up from their first (1., 2., 3., …), each with text under it."""
    found: list[int] = []
    last = None  # the number of the last item found
    for i, line in enumerate(lines[:-1]):
        m = _NUMBERED_RE.match(line.text)
        if m and is_title_like(m.group("title")) and (last is None or int(m.group("n")) == last + 1):
            found.append(i)
            last = int(m.group("n"))
    return found


def _bulleted_headlines(lines: list[Line]) -> list[int]:
    """The bulleted headline lines, each over a line that is not another bullet (the page's last line may be
    one, its teaser cut off by the stored copy). A listing's headline may run longer than an article's."""
    return [
        i
        for i, line in enumerate(lines)
        if (m := _BULLETED_RE.match(line.text))
        and item_headline(m.group("title"))
        and (i + 1 == len(lines) or not _BULLETED_RE.match(lines[i + 1].text))
    ]


MAX_ITEM_HEADLINE_WORDS = 30
# A teaser is one paragraph, or two; an accordion's bulleted sections ("• Definition av …") run longer.
MAX_TEASER_LINES = 2


def item_headline(text: str) -> bool:
    return is_title_like(text) or (
        text[0].isupper() and text[-1] not in ".,:;" and word_count(text) <= MAX_ITEM_HEADLINE_WORDS
    )


def _marked_items(lines: list[Line]) -> tuple[list[int], re.Pattern]:
    """The numbered items if there are enough of them, else the bulleted ones, with the marker's pattern."""
    numbered = _numbered_items(lines)
    return (
        (numbered, _NUMBERED_RE) if len(numbered) >= MIN_ITEMS else (_bulleted_headlines(lines), _BULLETED_RE)
    )


# The lines a listing's page may have above its first item: a filter, a heading, a count of hits.
MAX_LINES_ABOVE = 4


def is_marked_listing(lines: list[Line]) -> bool:
    """Three or more numbered items opening the page, most of them over a teaser of running text (a numbered
    list inside an article, such as a law's chapters, stands below its text and has no teasers); or two or
    more bulleted items opening the page, each over its teaser."""
    items, marker = _marked_items(lines)
    if (
        len(items) < (MIN_ITEMS if marker is _NUMBERED_RE else MIN_BULLETED_ITEMS)
        or items[0] > MAX_LINES_ABOVE
    ):
        return False
    ends = [*items[1:], len(lines)]
    if marker is _BULLETED_RE:
        return _each_over_one_teaser(lines, items, ends)
    teasers = sum(
        any(word_count(line.text) >= MIN_TEASER_WORDS for line in lines[start + 1 : end])
        for start, end in zip(items, ends, strict=True)
    )
    return teasers * 2 > len(items)


# Round 17: a municipal news list's row under each headline, its category ("| Omsorg och stöd") or its date:
# the teaser follows it (the former test16's d1636, d1645).
_CATEGORY_ROW_RE = re.compile(r"^\|\s*\S")


def _without_item_rows(body: list[Line]) -> list[Line]:
    return [line for line in body if not (_CATEGORY_ROW_RE.match(line.text) or is_date_line(line.text))]


def _each_over_one_teaser(lines: list[Line], items: list[int], ends: list[int]) -> bool:
    """Every bulleted item but a last one left without text is straight over a teaser of a line or two."""
    bodies = [_without_item_rows(lines[start + 1 : end]) for start, end in zip(items, ends, strict=True)]
    if not bodies[-1]:
        bodies.pop()
    return len(bodies) >= MIN_BULLETED_ITEMS and all(
        len(body) <= MAX_TEASER_LINES and word_count(body[0].text) >= MIN_TEASER_WORDS for body in bodies
    )


def split_marked_listing(lines: list[Line], blog_section: bool = False) -> list[Draft]:
    """Each numbered or bulleted item: its headline (the line under an alt text when the number stands on one)
    and text."""
    starts, marker = _marked_items(lines)
    kind = listing_kind(" ".join(line.text for line in lines[: starts[0]]), blog_section)
    ends = [*starts[1:], len(lines)]
    drafts = _landing_text(lines[: starts[0]])
    for start, end in zip(starts, ends, strict=True):
        title, body = marker.match(lines[start].text).group("title"), lines[start + 1 : end]
        body = [line for line in body if not _CATEGORY_ROW_RE.match(line.text)]
        if body and not lines[start].blank_after and is_title_like(body[0].text) and len(body) > 1:
            title, body = body[0].text, body[1:]  # "2. Cigarettfimp" is the photo's alt text
        published = parse_date(body[0].text) if body and is_date_line(body[0].text) else None
        drafts.append(Draft(title, body[1:] if published else body, published=published, kind=kind))
    return drafts


MIN_LANDING_PARAGRAPHS = 2


def _landing_text(above: list[Line]) -> list[Draft]:
    """Round 17: a section's landing page opening on its own heading and text above its news list ("Omsorg & stöd"
    and what the services are, then the news): a document of its own, as a reader sees it."""
    if len(above) < 2 or not is_title_like(above[0].text):
        return []
    if sum(word_count(line.text) >= MIN_TEASER_WORDS for line in above[1:]) < MIN_LANDING_PARAGRAPHS:
        return []  # "Nyheter" / "Här hittar du våra nyheter …": the list's heading and caption, not a text
    return [Draft(above[0].text, above[1:])]


def _compact_items(lines: list[Line], spaced: bool = False) -> list[int]:
    """Headlines each straight over one teaser line, two lines an item: with no blank line under the headline,
    or (`spaced`) with one."""
    items = []
    for i in range(0, len(lines) - 1):
        head = lines[i]
        if (
            head.blank_after == spaced
            and (
                is_title_like(head.text)
                or is_quoted_headline(head.text)
                or ((items or head.text.endswith("…")) and item_headline(head.text))
            )
            and word_count(head.text) >= (MIN_SPACED_HEADLINE_WORDS if spaced else MIN_HEADLINE_WORDS)
            and _is_teaser(lines, i + 1)
            and (not items or i == items[-1] + 2)
        ):
            items.append(i)
    return items


# Round 19 (the former test18's tag page): a teaser the site cut with an ellipsis ("… inom verksamheten…") is an
# excerpt however few its words; so is the page's last line, cut by the stored copy.
_ELLIPSIS_END_RE = re.compile(r"(?:…|\.\.\.)\s*$")
MIN_EXCERPT_WORDS = 5


def _is_teaser(lines: list[Line], i: int) -> bool:
    words = word_count(lines[i].text)
    if words >= MIN_TEASER_WORDS:
        return True
    cut = bool(_ELLIPSIS_END_RE.search(lines[i].text)) or i == len(lines) - 1
    return cut and words >= MIN_EXCERPT_WORDS


def _opens_on_a_teaser(lines: list[Line], items: list[int]) -> bool:
    """Whether the page's first line is the teaser of an item whose headline the stored copy cut off above it
    (round 12: a copy starting mid-listing), straight over the first whole item."""
    return items[0] == 1 and not lines[0].blank_after and word_count(lines[0].text) >= MIN_TEASER_WORDS


# Round 13 (a municipal news list from the former test12): the same items set apart by blank lines. An
# article's crossheads could take that shape, so it takes more items, each headline over a single paragraph,
# from the page's first line to its last (the last item may have a second paragraph).
MIN_SPACED_ITEMS = 4
MIN_SPACED_HEADLINE_WORDS = 3


# Round 14 (a party's category page): when every teaser ends with a theme's excerpt mark ("[…]"), the mark says
# they are excerpts of posts, not an article's sections, and two items suffice.
_EXCERPT_MARK_RE = re.compile(r"\[(?:…|\.\.\.|&hellip;)\]\s*$")


# Round 20 (the former test19's news article saved without blank lines): a lead paragraph, then crossheads each
# over one long paragraph. A teaser is a sentence or two; paragraphs this long under every heading, below a lead,
# are an article's sections.
MIN_SECTION_WORDS = 40


def _sections_under_a_lead(lines: list[Line], items: list[int]) -> bool:
    """The page's last paragraph may be cut short by the stored copy; every other one runs long."""
    whole = [i for i in items if i + 2 < len(lines)]
    return items[0] == 1 and len(whole) >= 2 and all(
        word_count(lines[i + 1].text) >= MIN_SECTION_WORDS and not _ELLIPSIS_END_RE.search(lines[i + 1].text)
        for i in whole
    )


def _listing_items(lines: list[Line]) -> list[int]:
    items = _compact_items(lines)
    if len(items) >= MIN_ITEMS and (items[0] == 0 or _opens_on_a_teaser(lines, items)):
        return [] if _sections_under_a_lead(lines, items) else items
    spaced = _compact_items(lines, spaced=True)
    if sum(lines[i].text.endswith("?") for i in spaced) * 2 >= len(spaced):
        return []  # an interview's questions, each over its answer
    excerpts = all(_EXCERPT_MARK_RE.search(lines[i + 1].text) for i in spaced)
    enough = MIN_BULLETED_ITEMS if excerpts else MIN_ITEMS if _cut_teasers(lines, spaced) else MIN_SPACED_ITEMS
    return spaced if len(spaced) >= enough and (spaced[0] == 0 or _section_labels(lines[: spaced[0]])) else []


def _cut_teasers(lines: list[Line], items: list[int]) -> bool:
    """Round 24 (the former test23's party news page): every teaser cut with a plain ellipsis ("… jag är..."),
    the page's last one perhaps by the stored copy instead, says they are excerpts too, three items enough."""
    return all(_ELLIPSIS_END_RE.search(lines[i + 1].text) or i + 2 == len(lines) for i in items)


# Round 19 (the former test18's tag page and a local paper's section page): the section's or tag's name and the
# site's section menu above the first item ("omsorgsförvaltningen", "Lokalt" / "Vård, omsorg & sjukdomar"):
# short labels, none of them a sentence or a headline over text of its own.
MAX_LABEL_WORDS = 4


def _section_labels(above: list[Line]) -> bool:
    return len(above) <= MAX_LINES_ABOVE and all(
        word_count(line.text) <= MAX_LABEL_WORDS and line.text[-1] not in ".!?" and line.blank_after
        for line in above
    )


def is_compact_listing(lines: list[Line]) -> bool:
    """Three or more compact items from the page's first line on (or its second, under a headless teaser),
    nothing but their lines on the page; or four or more spaced ones."""
    items = _listing_items(lines)
    return bool(items) and items[-1] + 2 >= len(lines) - 1


def split_compact_listing(lines: list[Line], blog_section: bool = False) -> list[Draft]:
    starts = _listing_items(lines)
    kind = listing_kind("", blog_section)
    ends = [*starts[1:], len(lines)]
    above = lines[: starts[0]]
    headless = [Draft("", above, kind=kind)] if above and not _section_labels(above) else []
    return headless + [
        Draft(lines[start].text, lines[start + 1 : end], kind=kind)
        for start, end in zip(starts, ends, strict=True)
    ]
