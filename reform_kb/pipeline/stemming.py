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

VOWELS = frozenset("aeiouyåäö")

_stemmer = snowballstemmer.stemmer("swedish")


def tokens(text: str) -> list[str]:
    """The words of `text`, lower-cased; "SKR:s" and "HVB-hem" stay one token each.

    PostgreSQL's parser differs here (it indexes `skr` and `s`; `hvb-hem`, `hvb` and `hem`);
    reform_kb.search.query.positions() translates between the two.
    """
    return [m.group(0).lower() for m in WORD_RE.finditer(text)]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _stemmer.stemWord(word.lower())


def stems(text: str) -> list[str]:
    """The stems of the words in `text`, in order."""
    return [stem(w) for w in tokens(text)]


def inflected_forms(word: str) -> frozenset[str]:
    """The surface forms whose stems `expand` considers: the word and its stem, with each ending."""
    word = word.lower()
    return frozenset(root + ending for root in {word, stem(word)} for ending in _INFLECTIONS)


def expand_with(word: str, stem_of, *, longer: bool = False) -> frozenset[str]:
    """`expand` with another stemmer, e.g. the database's own (see reform_kb.search.backends.postgres).

    With `longer`, the definite forms that Snowball leaves whole count too: "barnet" stays
    `barnet` and "skolan" `skolan` (and PostgreSQL 15's older Snowball keeps "arbetet"), though
    their stems do not prefix the word. Search uses this; theme matching keeps the strict rule.
    """
    word = word.lower()
    base = stem_of(word)
    if not base:
        return frozenset()
    found = {base}
    for form in inflected_forms(word):
        candidate = stem_of(form)
        # Only stems that are prefixes of the word itself: "insatser" adds `insat` (the stem
        # of "insats"), but no ending may add a stem the word does not start with.
        if candidate and word.startswith(candidate) and len(candidate) >= len(base) - 1:
            found.add(candidate)
    if longer and len(word) >= 4:
        for root in {word, base}:
            # -et after a consonant (barn-et), -t or -n after a vowel (arbete-t, skola-n).
            endings = ("t", "n") if root[-1] in VOWELS else ("et",)
            for ending in endings:
                candidate = stem_of(root + ending)
                if candidate and candidate.startswith(base):
                    found.add(candidate)
    return frozenset(found)


@lru_cache(maxsize=8192)
def expand(word: str) -> frozenset[str]:
    """Stems that a search for `word` should match: its own and those of its inflected forms."""
    return expand_with(word, stem)
