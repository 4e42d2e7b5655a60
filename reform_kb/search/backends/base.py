"""The interface every search backend implements in full: index, scan, rank and snippets.

api.search drives any backend the same way: inside `searching()`, `prepare` the query, `scan`
each kind (count and facets), `rank` the kinds that matched, then load the page's rows through
`with_snippets` and write each hit's `snippet`. Where an engine does a step differently (PostgreSQL
filters by index lexemes and ranks inside the scan's statement, SQLite filters with joins and ranks
with bm25() afterwards) the difference stays inside its backend.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Protocol, runtime_checkable

from django.db.models import QuerySet
from django.utils.safestring import SafeString

from reform_kb.kb.filters import Filter

from ..query import Query
from ..scan import RankedHit, Scan


@runtime_checkable
class SearchBackend(Protocol):
    # Indexing ------------------------------------------------------------------------------------

    def reindex_documents(self, ids=None) -> int:
        """Refresh the index entries of these documents (all when None); how many were written."""

    def reindex_quotes(self, ids=None, *, document_ids=None, speaker_ids=None, organisation_ids=None) -> int:
        """Refresh the entries of these quotes, or of the quotes of these documents, speakers or
        organisations (whose names the quotes' entries hold); all quotes when no argument is given."""

    def forget(self, kind: str, ids) -> None:
        """Drop the entries of deleted rows."""

    def clear(self) -> None:
        """Empty the index before a rebuild."""

    def spelling_candidates(self, plain: str, limit: int) -> list[tuple[str, str, int]]:
        """Up to `limit` (word, plain, frequency) rows of the vocabulary most like `plain`, an
        accent-free word the vocabulary does not hold (vocabulary.nearest picks among them)."""

    # Searching -----------------------------------------------------------------------------------

    def searching(self) -> AbstractContextManager:
        """The scope of one search's statements: settings made for them end with it."""

    def prepare(self, query: Query) -> Query:
        """The query as this engine's index needs it (e.g. with the database's own stems)."""

    def scan(self, kind: str, query: Query, filters: dict[Filter, str], *, cap: int, limit: int) -> Scan:
        """Count (up to `cap`, capped when more) and facet the matches among the rows `filters`
        selects, in one statement; an engine that can also ranks the best `limit` there."""

    def rank(
        self, kind: str, query: Query, filters: dict[Filter, str], *, scan: Scan, cap: int, limit: int
    ) -> list[RankedHit]:
        """The best `limit` matches, best first, among bounded candidates (see query.narrower)."""

    def snippet_fields(self, kind: str) -> tuple[str, ...]:
        """The columns `snippet` reads from a hit's row."""

    def with_snippets(self, kind: str, qs: QuerySet, query: Query) -> QuerySet:
        """The page's rows, with what `snippet` needs annotated."""

    def snippet(self, kind: str, obj, query: Query) -> SafeString:
        """Escaped text around the hit, the query's words in <mark>."""


METHODS = tuple(
    name for name, value in vars(SearchBackend).items() if callable(value) and not name.startswith("_")
)
