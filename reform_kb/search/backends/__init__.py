"""One module per database: PostgreSQL tsvector columns, SQLite an FTS5 table of Python stems.

Each module offers the same functions: reindex_documents, reindex_quotes, forget (indexing);
prepare, match, ranked, with_snippets and snippet (searching), and SNIPPET_FIELDS, the columns
its snippets read from a hit. `current()` picks the one for the default connection.
"""

from django.db import connection


def current():
    if connection.vendor == "postgresql":
        from . import postgres

        return postgres
    from . import sqlite

    return sqlite
