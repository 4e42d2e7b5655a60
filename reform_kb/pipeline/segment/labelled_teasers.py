"""A news site's teaser list saved without its markup, each teaser on one line behind its section's name
(round 24, from the former test23's d2348: "Nyheter 91 äldreboenden i landet …", "Sport Årets första …",
"Notiser Region X presenterade …"): one headless document per teaser, as a reader sees the list.

An article never opens three or more of its lines with a newspaper section's name and a capitalised word,
and the teasers are most of the page's lines.
"""

from __future__ import annotations

import dataclasses
import re

from ..text import word_count
from .bodies import Draft
from .kinds import listing_kind
from .lines import Line

_SECTIONS = (
    "Nyheter|Notiser|Sport|Kultur|Nöje|Debatt|Ledare|Insändare|Opinion|Ekonomi|Näringsliv|Lokalt|Familj"
    "|Inrikes|Utrikes|Politik|Samhälle|Krönika|Reportage|Aktuellt"
)
_LABELLED_RE = re.compile(rf"^(?:{_SECTIONS}) (?=[A-ZÅÄÖ0-9”\"])")
MIN_TEASERS = 3
# A teaser is a sentence's worth of words; the page's last one may be cut short by the stored copy.
MIN_TEASER_WORDS = 8
# The lines above the first teaser: the list's heading or a filter, a few at most.
MAX_LINES_ABOVE = 2


def _teasers(lines: list[Line]) -> list[int]:
    return [
        i
        for i, line in enumerate(lines)
        if _LABELLED_RE.match(line.text) and (word_count(line.text) >= MIN_TEASER_WORDS or i == len(lines) - 1)
    ]


def is_labelled_teaser_list(lines: list[Line]) -> bool:
    teasers = _teasers(lines)
    return len(teasers) >= MIN_TEASERS and teasers[0] <= MAX_LINES_ABOVE and len(teasers) * 3 >= len(lines) * 2


def split_labelled_teaser_list(lines: list[Line], blog_section: bool = False) -> list[Draft]:
    """Each teaser without its section's name, with any line that follows it before the next one."""
    starts = _teasers(lines)
    kind = listing_kind("", blog_section)
    ends = [*starts[1:], len(lines)]
    drafts = []
    for start, end in zip(starts, ends, strict=True):
        head = lines[start]
        text = _LABELLED_RE.sub("", head.text)
        drafts.append(Draft("", [dataclasses.replace(head, text=text), *lines[start + 1 : end]], kind=kind))
    return drafts
