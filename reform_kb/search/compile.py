"""The compilers of a parsed query (query.py): PostgreSQL tsquery text and SQLite FTS5 MATCH
expressions. Both only ever emit quoted, already-stemmed lexemes, so no input can cause a syntax
error. No Django imports here."""

from __future__ import annotations

from itertools import product

from reform_kb.pipeline.swedish import stem

from .query import Item, Phrase, Query, Term

# A phrase of n words matches the product of the words' stem sets in FTS5; beyond this many
# combinations only each word's own stem is used.
MAX_PHRASE_VARIANTS = 64


def positions(term: Term) -> list[tuple[str, ...]]:
    """The index positions a word takes, each as its alternative lexemes, the way PostgreSQL indexes it.

    PostgreSQL's parser splits "SKR:s" into `skr` and `s`, and indexes "HVB-hem" as `hvb-hem`, `hvb`
    and `hem` at three positions; the SQLite index copies this (see backends/sqlite.py).
    """
    if ":" in term.word:
        return [part.stems for part in term.parts]
    if "-" in term.word:
        return [term.stems, *(part.stems for part in term.parts)]
    return [term.stems]


# PostgreSQL -------------------------------------------------------------------------------------


def _pg_lexeme(stem_: str) -> str:
    return "'" + stem_.replace("\\", "\\\\").replace("'", "''") + "'"


def _pg_alternatives(lexemes: tuple[str, ...]) -> str:
    if len(lexemes) == 1:
        return _pg_lexeme(lexemes[0])
    return "( " + " | ".join(_pg_lexeme(x) for x in lexemes) + " )"


def _pg_sequence(words: tuple[Term, ...]) -> str:
    """Words at consecutive positions; a stopword is not indexed but widens the distance."""
    out: list[str] = []
    gap = 1
    for word in words:
        if word.stop:
            gap += 1
            continue
        for lexemes in positions(word):
            if out:
                out.append("<->" if gap == 1 else f"<{gap}>")
            out.append(_pg_alternatives(lexemes))
            gap = 1
    return out[0] if len(out) == 1 else "( " + " ".join(out) + " )"


def _pg_item(item: Item) -> str:
    if isinstance(item, Term):
        return _pg_sequence((item,))
    if isinstance(item, Phrase):
        return _pg_sequence(item.words)
    return "( " + " | ".join(_pg_item(sub) for sub in item.items) + " )"


def to_tsquery(query: Query) -> str:
    """The query as tsquery text of stemmed lexemes, for `%s::tsquery`; "" for an empty query."""
    if not query:
        return ""
    parts = [_pg_item(item) for item in query.must]
    parts += ["!" + _pg_item(item) for item in query.must_not]
    parts += [_pg_lexeme(lexeme) for lexeme in query.filters]
    return " & ".join(parts)


# SQLite FTS5 ------------------------------------------------------------------------------------


def _fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _fts_sequence(words: tuple[Term, ...]) -> str:
    """FTS5 phrases have no alternatives per position, so OR the phrases of all stem combinations."""
    slots: list[tuple[str, ...]] = []
    for word in words:
        # The SQLite index keeps stopwords, so a phrase matches them exactly.
        slots.extend([(stem(word.word),)] if word.stop else positions(word))
    combos = 1
    for slot in slots:
        combos *= len(slot)
    if combos > MAX_PHRASE_VARIANTS:
        slots = [slot[:1] if len(slot) == 1 else (stem_of_slot(slot),) for slot in slots]
    variants = [_fts_string(" ".join(combo)) for combo in product(*slots)]
    return variants[0] if len(variants) == 1 else "(" + " OR ".join(variants) + ")"


def stem_of_slot(slot: tuple[str, ...]) -> str:
    """The shortest alternative: the stem most inflected forms share."""
    return min(slot, key=lambda x: (len(x), x))


def _fts_item(item: Item) -> str:
    if isinstance(item, Term):
        return _fts_sequence((item,))
    if isinstance(item, Phrase):
        return _fts_sequence(item.words)
    return "(" + " OR ".join(_fts_item(sub) for sub in item.items) + ")"


def to_fts5(query: Query) -> str:
    """The query as an FTS5 MATCH expression over the stemmed index; "" for an empty query."""
    if not query:
        return ""
    positive = " AND ".join(_fts_item(item) for item in query.must)
    if not query.must_not:
        return positive
    negative = " OR ".join(_fts_item(item) for item in query.must_not)
    return f"({positive}) NOT ({negative})"
