"""Themes from keywords, matched on Swedish stems.

A theme's keywords are phrases ("vetenskap och beprövad erfarenhet", "insats utan behovsprövning").
Both the text and the phrases are reduced to stems, so one written form of a keyword covers its
inflections. A document needs several hits (or one in its title) before it gets a theme: a single
passing mention in a long letter says little about what it is about. A quote is short, so one hit
is enough.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from .records import ParseContext, ThemeRule
from .swedish import WORD_RE, expand, stem, stems, tokens

DOCUMENT_MIN_HITS = 2
QUOTE_MIN_HITS = 1
# A text is about a few things: keep at most this many themes, and none with less than this share
# of the strongest theme's score (a long letter brushes against almost every theme once or twice).
MAX_THEMES = 6
MIN_SHARE_OF_TOP = 0.2


@lru_cache(maxsize=4096)
def _compile(keyword: str) -> tuple[frozenset[str], ...]:
    return tuple(expand(word) for word in tokens(keyword))


def _positions(text_stems: list[str]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(text_stems):
        index[s].append(i)
    return index


def count_hits(text_stems: list[str], rule: ThemeRule, index: dict[str, list[int]] | None = None) -> int:
    """How many times any of the rule's phrases occurs in the stemmed text."""
    index = _positions(text_stems) if index is None else index
    hits = 0
    for keyword in rule.keywords:
        pattern = _compile(keyword)
        if not pattern:
            continue
        starts = sorted({i for s in pattern[0] for i in index.get(s, ())})
        for i in starts:
            if i + len(pattern) <= len(text_stems) and all(
                text_stems[i + k] in pattern[k] for k in range(1, len(pattern))
            ):
                hits += 1
    return hits


class ThemeIndex:
    """Every keyword of every rule, filed under the stems its first word can take.

    One pass over a text's stems then finds all phrases of all themes, instead of one pass per keyword;
    counts are the same as `count_hits` gives rule by rule.
    """

    def __init__(self, rules: Iterable[ThemeRule]):
        self.rules = list(rules)
        self._by_first: dict[str, list[tuple[int, tuple[frozenset[str], ...]]]] = defaultdict(list)
        for n, rule in enumerate(self.rules):
            for keyword in rule.keywords:
                pattern = _compile(keyword)
                for first in pattern[0] if pattern else ():
                    self._by_first[first].append((n, pattern))

    def hits(self, text_stems: list[str]) -> list[int]:
        """How many times each rule's phrases occur in the stemmed text, in rule order."""
        counts = [0] * len(self.rules)
        size = len(text_stems)
        by_first = self._by_first
        for i, first in enumerate(text_stems):
            for n, pattern in by_first.get(first, ()):
                if i + len(pattern) <= size and all(
                    text_stems[i + k] in pattern[k] for k in range(1, len(pattern))
                ):
                    counts[n] += 1
        return counts


class StemmedText:
    """A text's stems with their offsets, so that its parts (the quotes of a body) are matched without
    tokenising and stemming them again."""

    def __init__(self, text: str):
        self.text = text
        self.stems = list(map(stem, map(str.lower, WORD_RE.findall(text))))
        self._starts: list[int] | None = None
        self._ends: list[int] = []

    def _spans(self) -> list[int]:
        if self._starts is None:
            spans = list(map(re.Match.span, WORD_RE.finditer(self.text)))
            self._starts, self._ends = [a for a, _ in spans], [b for _, b in spans]
        return self._starts

    def part(self, start: int, end: int) -> list[str] | None:
        """The stems of text[start:end], as `stems()` gives them; None when the part cuts a word."""
        starts, ends = self._spans(), self._ends
        first = bisect_right(ends, start)  # the first word ending after `start`
        stop = bisect_left(starts, end)  # the first word starting at or after `end`
        if (first < len(starts) and starts[first] < start) or (stop and ends[stop - 1] > end):
            return None
        return self.stems[first:stop]


def theme_index_for(context: ParseContext) -> ThemeIndex:
    """The context's theme index, built once while its rules are unchanged."""
    key = tuple(context.themes)
    cached = context.derived.get("themes")
    if cached is None or cached[0] != key:
        cached = context.derived["themes"] = (key, ThemeIndex(context.themes))
    return cached[1]


def assign_themes(
    text: str,
    rules: Iterable[ThemeRule] | ThemeIndex,
    *,
    title: str = "",
    min_hits: int = DOCUMENT_MIN_HITS,
    text_stems: list[str] | None = None,
) -> list[str]:
    """Slugs of the themes the text is about, the most strongly supported first; `text_stems`, when the
    caller has them, are the stems of `text`."""
    index = rules if isinstance(rules, ThemeIndex) else ThemeIndex(rules)
    hits = index.hits(stems(text) if text_stems is None else text_stems)
    title_hits = index.hits(stems(title)) if title else [0] * len(index.rules)
    scores: Counter[str] = Counter()
    for rule, hit, title_hit in zip(index.rules, hits, title_hits, strict=True):
        if hit >= min_hits or title_hit:
            scores[rule.slug] = hit + 3 * title_hit
    ranked = scores.most_common(MAX_THEMES)
    if not ranked:
        return []
    floor = ranked[0][1] * MIN_SHARE_OF_TOP
    return [slug for slug, score in ranked if score >= floor]
