"""The index's own vocabulary, and what a query makes of it (issue 12).

Every word the index holds is a row of `search_vocabulary` (models.VocabularyWord), with its
accent-free form and how many entries hold it; the backends add the words of each entry they
index. Before a search, `resolve` reads the query's words against it:

- a word the index does not hold but whose accent-free form it does ("socialtjanstlagen") also
  matches the index's accented spellings: a fallback, so a word that is found as typed is left alone;
- a word ending in `*` matches the vocabulary's words that begin so (the most frequent few);
- a word found neither way is a misspelling: the nearest word of the vocabulary (the backend's
  candidates, PostgreSQL's trigram index or rapidfuzz over SQLite's table, judged alike by edit
  distance, then frequency) is offered as "Menade du …?", and searched when nothing matches.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Q
from rapidfuzz.distance import Levenshtein

from reform_kb.pipeline.swedish import tokens

from .models import VocabularyWord
from .query import Query

# Longest word kept (the column holds 100 characters); longer "words" are noise such as URLs.
MAX_LENGTH = 60
# A prefix stands for at most this many words, the most frequent: "soc*" would otherwise OR
# together hundreds of lexemes.
MAX_PREFIX_WORDS = 30
# Accented spellings a word typed without å/ä/ö may stand for, the most frequent first.
MAX_VARIANTS = 5
# Candidates the backend gives for a misspelt word, before edit distance decides.
CANDIDATES = 20
# Letters only, with hyphens inside ("hvb-hem"); no digits, no underscores.
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def plain(word: str) -> str:
    """`word` lower-cased and without diacritics, as PostgreSQL's unaccent() writes it."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words_of(text: str) -> set[str]:
    """The vocabulary's words of a text: "SKR:s" gives `skr`, "HVB-hem" `hvb-hem`, `hvb` and `hem`."""
    found = set()
    for token in tokens(text or ""):
        word = token.split(":")[0]
        candidates = [word, *word.split("-")] if "-" in word else [word]
        found.update(w for w in candidates if 2 <= len(w) <= MAX_LENGTH and _WORD_RE.fullmatch(w))
    return found


def add(counts: Counter) -> None:
    """Add words with the number of entries holding them (counted up for words already there)."""
    rows = [(word, plain(word)[:100], n) for word, n in sorted(counts.items())]
    if not rows:
        return
    with connection.cursor() as cursor:
        # Sorted, so that two transactions adding the same words lock them in the same order.
        cursor.executemany(
            "INSERT INTO search_vocabulary (word, plain, frequency) VALUES (%s, %s, %s) "
            "ON CONFLICT (word) DO UPDATE SET frequency = search_vocabulary.frequency + excluded.frequency",
            rows,
        )


def clear() -> None:
    VocabularyWord.objects.all().delete()


def max_distance(word: str) -> int:
    """How many edits a misspelling of `word` may be: none for short words, whose neighbours are
    other words rather than misspellings ("lag", "lax"), two for long ones."""
    if len(word) < 4:
        return 0
    return 1 if len(word) < 8 else 2


def nearest(word: str, candidates) -> str | None:
    """The candidate (word, plain, frequency) nearest `word` in edits of its accent-free form,
    the more frequent of equally near ones; None if none is near enough."""
    typed, limit = plain(word), max_distance(word)
    scored = [
        (Levenshtein.distance(typed, p, score_cutoff=limit), -frequency, w)
        for w, p, frequency in candidates
        if w != word
    ]
    scored = [s for s in scored if s[0] <= limit]
    return min(scored)[2] if scored else None


@dataclass
class Resolution:
    """A query read against the vocabulary."""

    query: Query
    # A misspelt word → the vocabulary's nearest word, for "Menade du …?".
    corrections: dict[str, str] = field(default_factory=dict)

    def corrected_text(self, text: str) -> str:
        """`text` with each misspelt word replaced by its correction."""
        for wrong, right in self.corrections.items():
            text = re.sub(rf"(?<!\w){re.escape(wrong)}(?!\w)", right, text, flags=re.IGNORECASE)
        return text


def resolve(query: Query, backend) -> Resolution:
    """The query with accent-free words and prefixes expanded, and the misspelt words' corrections.

    One query for all words (two on PostgreSQL, whose `prepare` reads the variants' stems), one more
    per prefix and per word the vocabulary does not know.
    """
    terms = {t.word: t for t in query.terms() if not t.parts}
    if not terms:
        return Resolution(query)
    variants = {word: _prefixed(word) for word, t in terms.items() if t.prefix}
    typed = [word for word, t in terms.items() if not t.prefix]
    known, plains = _known(typed)
    corrections = {}
    for word in typed:
        if word in known:
            continue
        accented = plains.get(plain(word))
        if accented:
            variants[word] = tuple(accented[:MAX_VARIANTS])
            continue
        if not max_distance(word) or not _WORD_RE.fullmatch(word):
            continue  # too short to tell from another word, or a number: nothing to suggest
        correction = nearest(word, backend.spelling_candidates(plain(word), CANDIDATES))
        if correction:
            corrections[word] = correction
    variants = {word: words for word, words in variants.items() if words}
    return Resolution(query.with_variants(variants) if variants else query, corrections)


def _known(words: list[str]) -> tuple[set[str], dict[str, list[str]]]:
    """The words the vocabulary holds as typed, and its words by accent-free form (most frequent first)."""
    if not words:
        return set(), {}
    plains = {plain(w) for w in words}
    rows = (
        VocabularyWord.objects.filter(Q(word__in=words) | Q(plain__in=plains))
        .order_by("-frequency", "word")
        .values_list("word", "plain")
    )
    known, by_plain = set(), {}
    for word, p in rows:
        if word in words:
            known.add(word)
        by_plain.setdefault(p, []).append(word)
    return known, by_plain


def _prefixed(prefix: str) -> tuple[str, ...]:
    """The most frequent words that begin with `prefix`, accents or not."""
    return tuple(
        VocabularyWord.objects.filter(plain__startswith=plain(prefix))
        .order_by("-frequency", "word")
        .values_list("word", flat=True)[:MAX_PREFIX_WORDS]
    )


def suggestions(text: str, limit: int = 8) -> list[str]:
    """Words completing the last word of `text`, most frequent first (for the search box)."""
    words = tokens(text or "")
    if not words or len(words[-1]) < 2:
        return []
    head = text[: text.lower().rindex(words[-1])]
    return [head + word for word in _prefixed(words[-1])[:limit]]
