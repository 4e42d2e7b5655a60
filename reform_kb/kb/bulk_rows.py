"""Inserting many plain rows fast: COPY on PostgreSQL, executemany on SQLite (generate_corpus, import).

bulk_create builds a model instance and binds every value of every row as a query parameter; at a
million quotes that alone takes minutes. Here rows are tuples and ids are reserved up front from the
table's own sequence, so related rows can be written without reading anything back.

No save() runs, so no signal fires: the writers tell the change feed (changes.py) themselves what
they inserted, so that the search index and the content version follow as they do for saves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from django.contrib.contenttypes.models import ContentType
from django.db import connection

from . import changes


def _quoted(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _changed_row(model, columns: Sequence[str]) -> Callable[[tuple], tuple] | None:
    """What a row of `model` changes, as (model, key, action) read from the row, or None when its
    columns do not say: a through table's row relinks its owner (a document's themes: the
    document), a tagged item its object, any other row with its id is created."""
    columns = list(columns)
    if model._meta.auto_created:  # the table of a ManyToManyField
        owner = model._meta.auto_created
        column = next(f.column for f in model._meta.fields if f.is_relation and f.related_model is owner)
        if column in columns:
            i = columns.index(column)
            return lambda row: (owner, row[i], "relinked")
    elif {"content_type_id", "object_id"} <= set(columns):  # taggit's TaggedItem and the like
        t, i = columns.index("content_type_id"), columns.index("object_id")
        return lambda row: (ContentType.objects.get_for_id(row[t]).model_class(), row[i], "relinked")
    elif model._meta.pk.column in columns:
        i = columns.index(model._meta.pk.column)
        return lambda row: (model, row[i], "created")
    return None


class _Recorder:
    """Notes the rows as they stream past the writer, and tells the change feed once they are in."""

    def __init__(self, model, columns: Sequence[str]):
        self.changed = _changed_row(model, columns)
        self.keys: dict[tuple, set] = {}

    def rows(self, rows: Iterable[tuple]) -> Iterator[tuple]:
        for row in rows:
            if self.changed:
                model, key, action = self.changed(row)
                self.keys.setdefault((model, action), set()).add(key)
            yield row

    def record(self) -> None:
        for (model, action), keys in self.keys.items():
            changes.record(model, keys, action)


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


def insert_rows(model, columns: Sequence[str], rows: Iterable[tuple]) -> None:
    """Insert `rows` of `model` (tuples in the order of `columns`, values as the database stores
    them) and record them in the change feed (rows inserted without their id are not recorded)."""
    table = _quoted(model)
    names = ", ".join(connection.ops.quote_name(c) for c in columns)
    recorder = _Recorder(model, columns)
    rows = recorder.rows(rows)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            placeholders = ", ".join(["%s"] * len(columns))
            cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({placeholders})", list(rows))
    recorder.record()


class RowBatch:
    """Rows for several tables, written together: a new document's relations, quotes and their
    themes. On PostgreSQL the INSERTs go to the server as one message, so a document costs one
    round trip instead of one per table (with COPY, two per table); SQLite has no round trips to save.
    """

    def __init__(self):
        self.tables: dict[tuple[type, tuple[str, ...]], list[tuple]] = {}

    def add(self, model, columns: Sequence[str], rows: Iterable[tuple]) -> None:
        self.tables.setdefault((model, tuple(columns)), []).extend(rows)

    def write(self) -> None:
        """Insert everything added, table by table in the order first added, record it in the
        change feed, and start empty."""
        tables = [(model, columns, rows) for (model, columns), rows in self.tables.items() if rows]
        self.tables = {}
        if not tables:
            return
        if connection.vendor != "postgresql":
            for model, columns, rows in tables:
                insert_rows(model, columns, rows)
            return
        # Django's psycopg cursors bind parameters on the client, which allows several statements
        # in one execute().
        statements, params, recorders = [], [], []
        for model, columns, rows in tables:
            recorder = _Recorder(model, columns)
            recorders.append(recorder)
            names = ", ".join(connection.ops.quote_name(c) for c in columns)
            row_sql = "(" + ", ".join(["%s"] * len(columns)) + ")"
            statements.append(
                f"INSERT INTO {_quoted(model)} ({names}) VALUES {', '.join([row_sql] * len(rows))}"
            )
            params.extend(value for row in recorder.rows(rows) for value in row)
        with connection.cursor() as cursor:
            cursor.execute("; ".join(statements), params)
        for recorder in recorders:
            recorder.record()


class RowShape:
    """Rows of `model` with every column but the search vector (kept by the search app): named
    values go in as given, every other column takes its model field's default."""

    def __init__(self, model):
        fields = [f for f in model._meta.concrete_fields if f.column != "search_vector"]
        self.columns = [f.column for f in fields]
        self.defaults = {f.column: f.get_default() for f in fields}

    def row(self, **values) -> tuple:
        """A row from values by column name (`document_id`, not `document`), as the database stores them."""
        unknown = values.keys() - self.defaults.keys()
        if unknown:
            raise TypeError(f"no such column: {', '.join(sorted(unknown))}")
        return tuple(values.get(c, default) for c, default in self.defaults.items())


def quote_row_shape() -> RowShape:
    """The one shape imported and generated quotes are written with."""
    from .models import Quote

    return RowShape(Quote)
