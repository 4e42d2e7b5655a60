"""Search structures that depend on the database.

PostgreSQL: GIN indexes on the stored tsvectors of kb_document and kb_quote.
SQLite: the FTS5 table `search_entry` of stemmed text (see reform_kb/search/backends/sqlite.py).
Each vendor skips the other's part, so the same migration runs on both.
"""

from django.db import migrations

PG_INDEXES = {
    "kb_document_search_gin": "kb_document",
    "kb_quote_search_gin": "kb_quote",
}

# tokenchars "-": "HVB-hem" stays one token, as the stemmed text writes it (it also holds `hvb` and `hem`).
SQLITE_TABLE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_entry USING fts5("
    "kind UNINDEXED, obj_id UNINDEXED, title, meta, body, "
    "tokenize = \"unicode61 remove_diacritics 0 tokenchars '-'\")"
)


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        for name, table in PG_INDEXES.items():
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (search_vector)")
    elif vendor == "sqlite":
        schema_editor.execute(SQLITE_TABLE)


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        for name in PG_INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
    elif vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS search_entry")


class Migration(migrations.Migration):
    dependencies = [("kb", "0003_editor_group")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
