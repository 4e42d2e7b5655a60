"""Themes from keywords, matched on Swedish stems.

A theme's keywords are phrases ("vetenskap och beprövad erfarenhet", "insats utan behovsprövning").
Both the text and the phrases are reduced to stems, so one written form of a keyword covers its
inflections. A document needs several hits (or one in its title) before it gets a theme: a single
passing mention in a long letter says little about what it is about. A quote is short, so one hit
is enough.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from .records import ThemeRule
from .stemming import expand, stems, tokens

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


def assign_themes(
    text: str, rules: Iterable[ThemeRule], *, title: str = "", min_hits: int = DOCUMENT_MIN_HITS
) -> list[str]:
    """Slugs of the themes the text is about, the most strongly supported first."""
    text_stems = stems(text)
    index = _positions(text_stems)
    title_stems = stems(title) if title else []
    scores: Counter[str] = Counter()
    for rule in rules:
        hits = count_hits(text_stems, rule, index)
        title_hits = count_hits(title_stems, rule) if title_stems else 0
        if hits >= min_hits or title_hits:
            scores[rule.slug] = hits + 3 * title_hits
    ranked = scores.most_common(MAX_THEMES)
    if not ranked:
        return []
    floor = ranked[0][1] * MIN_SHARE_OF_TOP
    return [slug for slug, score in ranked if score >= floor]
