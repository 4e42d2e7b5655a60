"""Inserting many plain rows fast: COPY on PostgreSQL, executemany on SQLite (generate_corpus, import).

bulk_create builds a model instance and binds every value of every row as a query parameter; at a
million quotes that alone takes minutes. Here rows are tuples and ids are reserved up front from the
table's own sequence, so related rows can be written without reading anything back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import connection


def _quoted(model_or_table) -> str:
    table = model_or_table if isinstance(model_or_table, str) else model_or_table._meta.db_table
    return connection.ops.quote_name(table)


def reserve_ids(model, count: int) -> list[int]:
    """`count` fresh primary keys for `model` (call inside the transaction that inserts them)."""
    if not count:
        return []
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                [model._meta.db_table, count],
            )
            return [row[0] for row in cursor.fetchall()]
        # SQLite: the transaction holds the write lock, so nobody else can take these ids meanwhile.
        cursor.execute(f"SELECT coalesce(max(id), 0) FROM {_quoted(model)}")
        first = cursor.fetchone()[0] + 1
        return list(range(first, first + count))


def insert_rows(model_or_table, columns: Sequence[str], rows: Iterable[tuple]) -> None:
    """Insert `rows` (tuples in the order of `columns`, values as the database stores them)."""
    table = _quoted(model_or_table)
    names = ", ".join(connection.ops.quote_name(c) for c in columns)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            placeholders = ", ".join(["%s"] * len(columns))
            cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({placeholders})", list(rows))


class RowBatch:
    """Rows for several tables, written together: a new document's relations, quotes and their
    themes. On PostgreSQL the INSERTs go to the server as one message, so a document costs one
    round trip instead of one per table (with COPY, two per table); SQLite has no round trips to save.
    """

    def __init__(self):
        self.tables: dict[tuple[str, tuple[str, ...]], list[tuple]] = {}

    def add(self, model_or_table, columns: Sequence[str], rows: Iterable[tuple]) -> None:
        table = model_or_table if isinstance(model_or_table, str) else model_or_table._meta.db_table
        self.tables.setdefault((table, tuple(columns)), []).extend(rows)

    def write(self) -> None:
        """Insert everything added, table by table in the order first added, and start empty."""
        tables = [(table, columns, rows) for (table, columns), rows in self.tables.items() if rows]
        self.tables = {}
        if not tables:
            return
        if connection.vendor != "postgresql":
            for table, columns, rows in tables:
                insert_rows(table, columns, rows)
            return
        # Django's psycopg cursors bind parameters on the client, which allows several statements
        # in one execute().
        statements, params = [], []
        for table, columns, rows in tables:
            names = ", ".join(connection.ops.quote_name(c) for c in columns)
            row_sql = "(" + ", ".join(["%s"] * len(columns)) + ")"
            statements.append(
                f"INSERT INTO {_quoted(table)} ({names}) VALUES {', '.join([row_sql] * len(rows))}"
            )
            params.extend(value for row in rows for value in row)
        with connection.cursor() as cursor:
            cursor.execute("; ".join(statements), params)


class RowShape:
    """The columns of `model` in a fixed order: `given` first, then every other column at its default."""

    def __init__(self, model, given: Sequence[str]):
        others = [
            f for f in model._meta.concrete_fields if f.column not in given and f.column != "search_vector"
        ]
        self.columns = [*given, *(f.column for f in others)]
        self.defaults = tuple(f.get_default() for f in others)

    def row(self, *values) -> tuple:
        return (*values, *self.defaults)


def quote_row_shape() -> RowShape:
    """The columns imported and generated quotes are written with (the rest take their defaults):
    id, created_at, updated_at, document_id, text, start, end, kind, speaker_id, speaker_role,
    organisation_id, origin, import_ref, needs_review, review_note, sort_date."""
    from .models import Quote

    return RowShape(
        Quote,
        [
            "id",
            "created_at",
            "updated_at",
            "document_id",
            "text",
            "start",
            "end",
            "kind",
            "speaker_id",
            "speaker_role",
            "organisation_id",
            "origin",
            "import_ref",
            "needs_review",
            "review_note",
            "sort_date",
        ],
    )
