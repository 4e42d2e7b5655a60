"""Drafts that are only page furniture: a site name, a section label or a contact box heading a "document"
with no running text under it (used by streams.py). A teaser cut off by the site before its read-more
link, or the page's last post cut off by the stored copy, is running text all the same."""

from __future__ import annotations

from ..text import word_count
from .bodies import Draft
from .lines import CUT_PROSE_WORDS, Line, has_prose, is_byline, is_dateline


def without_furniture_drafts(drafts: list[Draft]) -> list[Draft]:
    """Drafts less the page furniture: a site name, a section label or a contact box heading a "document"
    with no running text under it. Its date and byline lines, if any, go to the next document, or after
    the last one to the document above."""
    if len(drafts) < 2 or not any(has_prose(d.lines) for d in drafts):
        return drafts
    kept: list[Draft] = []
    carried: list[Line] = []
    for draft in drafts:
        if (
            has_prose(draft.lines)
            or _cut_teaser(draft.lines)
            or (draft is drafts[-1] and _cut_off_post(draft.lines))
        ):
            draft.lines[:0] = carried
            carried = []
            kept.append(draft)
        else:
            carried = [line for line in draft.lines if is_dateline(line.text) or is_byline(line.text)]
    if carried and kept:
        # An agency's signature line with the date under the last text ("TT" / "23 december 2011").
        kept[-1].lines.extend(carried)
    return kept


def _cut_teaser(lines: list[Line]) -> bool:
    """A feed's teaser the site cut off mid-sentence before its read-more link (round 15)."""
    return any(line.read_more and word_count(line.text) >= CUT_PROSE_WORDS for line in lines)


def _cut_off_post(lines: list[Line]) -> bool:
    """The page's last post, dated under its heading, whose first paragraph the stored copy cuts off
    mid-sentence: running text all the same; also (round 9) one whose last line is long and stops
    mid-sentence, undated (a feed's last teaser)."""
    dated = len(lines) >= 2 and is_dateline(lines[0].text) and word_count(lines[1].text) >= CUT_PROSE_WORDS
    last = lines[-1].text if lines else ""
    return dated or (word_count(last) >= CUT_PROSE_WORDS and last[-1] not in '.!?…”"»:')
