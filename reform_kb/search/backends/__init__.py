"""One backend per database, each implementing all of base.SearchBackend in its own way.

PostgreSQL (postgres.py) stores weighted tsvectors with the filters as lexemes, and counts, facets
and ranks in one statement per kind. SQLite (sqlite.py) keeps an FTS5 table of Python stems,
filters with joins and ranks with bm25() in a second statement. `current()` gives the default
connection's backend, new for each search, so nothing of one search outlives it.
"""

from django.db import connection

from .base import SearchBackend


def current() -> SearchBackend:
    if connection.vendor == "postgresql":
        from .postgres import PostgresBackend

        return PostgresBackend()
    from .sqlite import SqliteBackend

    return SqliteBackend()
