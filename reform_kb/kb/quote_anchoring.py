"""Find an editor's quote in its document's body, forgiving how it was copied.

Text copied from a web page or a PDF rarely matches the stored body character for character:
line breaks become spaces, non-breaking spaces appear, ”typographic” quotes turn into "straight"
ones, en dashes into hyphens, and the opening dash of a Swedish newspaper quote (”– Det är …”)
may or may not be included. Matching folds those differences away and maps the match back to
offsets in the ORIGINAL body, so `body[start:end]` is the quote exactly as the document has it.

Pure Python on purpose: the admin form and the importer can both use it, and it is tested
without a database.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

QUOTE_MARKS = frozenset("\"'”“„‟»«’‘‚‛′″")
DASHES = frozenset("-–—‒―‐‑−")
# Invisible characters that scraped text carries and editors never type.
INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")


@dataclass(frozen=True)
class QuoteAnchor:
    start: int
    end: int
    text: str  # body[start:end]: the quote as the document writes it


def _fold(char: str) -> str:
    if char in QUOTE_MARKS:
        return '"'
    if char in DASHES:
        return "-"
    return char


def _skippable(char: str) -> bool:
    return char.isspace() or char in INVISIBLE


def _squeeze(text: str) -> tuple[str, list[int], list[int]]:
    """`text` without whitespace, quote marks and dashes folded, plus each kept character's span.

    Characters are taken as NFC clusters (a base and its combining marks), so a body that
    spells å as "a" + combining ring still matches an editor's precomposed å.
    """
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        if not _skippable(cluster[0]):
            for char in unicodedata.normalize("NFC", cluster):
                chars.append(_fold(char))
                starts.append(i)
                ends.append(j)
        i = j
    return "".join(chars), starts, ends


def _strip_edges(text: str) -> str:
    """Drop the dashes, quote marks and whitespace a quote is often copied with."""

    def edge(char: str) -> bool:
        return _skippable(char) or char in QUOTE_MARKS or char in DASHES

    start, end = 0, len(text)
    while start < end and edge(text[start]):
        start += 1
    while end > start and edge(text[end - 1]):
        end -= 1
    return text[start:end]


def _on_word_boundaries(body: str, start: int, end: int) -> bool:
    """A match must not begin or end inside a word: "ser" is no quote from "behöver"."""
    if start > 0 and body[start].isalnum() and body[start - 1].isalnum():
        return False
    return not (end < len(body) and body[end - 1].isalnum() and body[end].isalnum())


def anchor_quote(body: str, text: str, *, near: int | None = None) -> QuoteAnchor | None:
    """Where `text` occurs in `body`, ignoring whitespace, quote-mark and dash differences.

    Returns None when it does not occur. When it occurs more than once, the occurrence nearest
    to `near` (a previous start offset) wins, else the first.
    """
    needle, _, _ = _squeeze(_strip_edges(text))
    if not needle:
        return None
    haystack, starts, ends = _squeeze(body)
    best: tuple[int, int] | None = None
    pos = haystack.find(needle)
    while pos >= 0:
        start, end = starts[pos], ends[pos + len(needle) - 1]
        if _on_word_boundaries(body, start, end):
            if near is None:
                best = (start, end)
                break
            if best is None or abs(start - near) < abs(best[0] - near):
                best = (start, end)
        pos = haystack.find(needle, pos + 1)
    if best is None:
        return None
    return QuoteAnchor(best[0], best[1], body[best[0] : best[1]])


def locate_quote(body: str, text: str, *, near: int | None = None) -> tuple[int, int] | None:
    """Offsets (start, end) of `text` in `body`, as anchor_quote() finds them, or None."""
    anchor = anchor_quote(body, text, near=near)
    return (anchor.start, anchor.end) if anchor else None
