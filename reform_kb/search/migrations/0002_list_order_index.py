"""An index in the public lists' order of documents: newest first, undated last, then title.

The lists of an organisation's, a person's or a tag's quotes are ordered by their documents; with
this index PostgreSQL walks the documents in order and stops after a page of quotes, instead of
sorting every quote of an organisation (tens of thousands at a million quotes). The model's own
index on (-published, title) puts undated documents first, so it cannot serve this order.
"""

from django.db import migrations

NAME = "kb_document_list_order_idx"


def create(apps, schema_editor):
    # SQLite indexes cannot say NULLS LAST; it sorts an organisation's quotes (thousands) instead.
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {NAME} ON kb_document (published DESC NULLS LAST, title, id)"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_search_indexes")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
