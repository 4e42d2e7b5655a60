"""Swedish tokenising and stemming, shared by theme matching and both search backends.

PostgreSQL's `swedish` configuration and the `snowballstemmer` package run the same Snowball
algorithm, so a word stems alike in the database and in Python. Snowball is not consistent across
inflections, though: "insats" stems to `insat` but "insatser" to `insats`. `expand()` therefore
returns the stems of a word's common inflected forms too, and searches OR them together.
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

WORD_RE = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+(?:[-:][0-9A-Za-zÀ-ÖØ-öø-ÿ]+)*")

# Endings that Snowball treats differently enough to give different stems (see module docstring).
_INFLECTIONS = ("", "s", "er", "en", "et", "ar", "or", "na", "erna", "arna", "orna")

_stemmer = snowballstemmer.stemmer("swedish")


def tokens(text: str) -> list[str]:
    """The words of `text`, lower-cased; "SKR:s" stays one token as PostgreSQL's parser keeps it."""
    return [m.group(0).lower() for m in WORD_RE.finditer(text)]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _stemmer.stemWord(word.lower())


def stems(text: str) -> list[str]:
    """The stems of the words in `text`, in order."""
    return [stem(w) for w in tokens(text)]


@lru_cache(maxsize=8192)
def expand(word: str) -> frozenset[str]:
    """Stems that a search for `word` should match: its own and those of its inflected forms."""
    word = word.lower()
    base = stem(word)
    found = {base}
    for root in {word, base}:
        for ending in _INFLECTIONS:
            candidate = stem(root + ending)
            # Only stems that are prefixes of the word itself: "insatser" adds `insat` (the stem
            # of "insats"), but no ending may add a stem the word does not start with.
            if word.startswith(candidate) and len(candidate) >= len(base) - 1:
                found.add(candidate)
    return frozenset(found)
