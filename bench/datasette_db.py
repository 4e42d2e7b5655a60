"""Prepare the peer's database: an FTS5 index on quote text that Datasette's ?_search uses.

SQLite: the index is added to the benchmark's own database file, so Datasette reads the same rows.
PostgreSQL: the quotes (with their document's year and kind) are copied into an SQLite file first.
Datasette finds a full-text table named <table>_fts with content=<table> by itself.
"""

import os
import sqlite3
import sys

import django

COLUMNS = "id, text, document_id, speaker_id, organisation_id, kind"


def add_fts(db: sqlite3.Connection, table: str) -> None:
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (f"{table}_fts",)).fetchone():
        return
    db.executescript(
        f"""
        CREATE VIRTUAL TABLE {table}_fts USING fts5(text, content='{table}', content_rowid='id');
        INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild');
        """
    )
    db.commit()


def export_postgres(target: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    django.setup()
    from django.db import connection

    tmp = target + ".part"
    if os.path.exists(tmp):
        os.remove(tmp)
    out = sqlite3.connect(tmp)
    out.execute(
        "CREATE TABLE kb_quote (id INTEGER PRIMARY KEY, text TEXT, document_id INTEGER, speaker_id INTEGER, "
        "organisation_id INTEGER, kind TEXT)"
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {COLUMNS} FROM kb_quote ORDER BY id")
        while rows := cursor.fetchmany(20000):
            out.executemany("INSERT INTO kb_quote VALUES (?, ?, ?, ?, ?, ?)", rows)
    out.commit()
    add_fts(out, "kb_quote")
    out.close()
    os.replace(tmp, target)


if __name__ == "__main__":
    if sys.argv[1] == "sqlite":
        connection = sqlite3.connect(sys.argv[2])
        add_fts(connection, "kb_quote")
        # Datasette opens the file immutable (-i), which ignores a write-ahead log: fold it in first.
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.close()
    else:
        export_postgres(sys.argv[2])
