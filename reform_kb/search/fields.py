"""What the search index holds for each kind, and how much each part weighs: declared once.

Each kind has three index fields, weighted A (what the row is about), B (who says it) and C
(running text or context). PostgreSQL writes them into a weighted tsvector (backends/postgres.py
builds its reindex SQL from these), SQLite into the FTS5 table's columns `title`, `meta` and `body`
(created by migrations/0001_search_indexes.py) with bm25 column weights.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    """Text an index field reads: a column of the row (`name` only), or the `columns` of the row's
    foreign key or many-to-many relation `name` (a many-to-many gives each target's columns, one
    target after another)."""

    name: str
    columns: tuple[str, ...] = ()
    # The target's other names too: (its reverse relation, that table's column), e.g. an
    # organisation's aliases, so that "SKL" (SKR's former name) finds what SKR said (issue 12).
    aliases: tuple[str, str] | None = None


@dataclass(frozen=True)
class IndexField:
    column: str  # the SQLite FTS5 column
    weight: str  # the PostgreSQL weight letter
    sources: tuple[Source, ...]


ORG_ALIASES = ("aliases", "alias")

# The FTS5 table's text columns, in table order (migrations/0001_search_indexes.py).
COLUMNS = ("title", "meta", "body")

FIELDS = {
    "document": (
        IndexField("title", "A", (Source("title"),)),
        # "Vision handlingsutrymme" finds Vision's letters, and "SKL" SKR's.
        IndexField(
            "meta",
            "B",
            (Source("organisations", ("name", "short_name"), ORG_ALIASES), Source("authors", ("name",))),
        ),
        # The names of the themes assigned: "behovsprövning" finds what the theme "Insatser utan
        # behovsprövning" holds. First, so that the body's cap never cuts them off.
        IndexField("body", "C", (Source("themes", ("name",)), Source("body"))),
    ),
    "quote": (
        IndexField("title", "A", (Source("text"),)),
        IndexField(
            "meta",
            "B",
            (
                Source("speaker", ("name",)),
                Source("organisation", ("name", "short_name"), ORG_ALIASES),
                Source("speaker_role"),
            ),
        ),
        IndexField("body", "C", (Source("document", ("title",)), Source("themes", ("name",)))),
    ),
}

# PostgreSQL's ts_rank weight of each letter.
# The characters of each index field that are indexed. A tsvector's lexemes may hold at most 1 MB
# ("string is too long for tsvector": a 50 MB text broke its import, issue 11). A character is at
# most 4 bytes, and a hyphenated word is indexed whole and in parts, so 120,000 characters give at
# most 960 KB of lexemes. The longest seed's body is under 46,000 characters; words further into a
# longer one are not found (their positions, past 16,383, would not rank anyway). Both backends
# cap alike, so both databases find the same words.
INDEXED_CHARS = {"title": 10_000, "meta": 10_000, "body": 100_000}

TS_RANK_WEIGHTS = {"D": 0.1, "C": 0.2, "B": 0.4, "A": 1.0}
# SQLite's bm25 weight of each letter: the same order, a title or quote's text first, names next,
# running text last.
BM25_WEIGHTS = {"A": 10.0, "B": 4.0, "C": 1.0}


def column_weights() -> list[float]:
    """bm25() weights of the FTS5 text columns, in COLUMNS order (the same for both kinds)."""
    weights = {(f.column, f.weight) for fields in FIELDS.values() for f in fields}
    return [BM25_WEIGHTS[weight] for column in COLUMNS for c, weight in sorted(weights) if c == column]
