"""kb adopts the content-version table and the list-order index, which its own code uses.

Both used to be made by search migrations 0002 and 0003 (now empty). Existing databases have them
and are left as they are: the model enters kb's state only, and the two steps below find the table
and the index already there. A fresh database gets them here, so kb needs nothing of search.

- ContentVersion (table search_content_version, its name kept): one row, the content version that
  cached pages are keyed on where no shared cache holds it (kb/content_version.py).
- kb_document_list_order_idx (PostgreSQL only): documents in the public lists' order, newest
  first, undated last, then title. The lists of an organisation's, a person's or a tag's quotes
  follow their documents; with this index PostgreSQL walks the documents in order and stops after
  a page, instead of sorting every quote of an organisation. Document's Meta index on
  (-published, title) puts undated documents first, and a Meta index cannot say NULLS LAST only
  where the database supports it (SQLite indexes cannot), hence SQL here.

Reversing leaves both in place (as the state-only step implies): migrating forward again adopts
them with their data.
"""

from django.db import migrations, models

LIST_ORDER_INDEX = "kb_document_list_order_idx"


def create_missing_table(apps, schema_editor):
    ContentVersion = apps.get_model("kb", "ContentVersion")
    connection = schema_editor.connection
    if ContentVersion._meta.db_table in connection.introspection.table_names():
        return
    schema_editor.create_model(ContentVersion)
    ContentVersion.objects.using(connection.alias).create(pk=1, version=0)


def create_missing_list_index(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        if LIST_ORDER_INDEX in connection.introspection.get_constraints(cursor, "kb_document"):
            return
    schema_editor.execute(
        f"CREATE INDEX {LIST_ORDER_INDEX} ON kb_document (published DESC NULLS LAST, title, id)"
    )


class Migration(migrations.Migration):
    dependencies = [("kb", "0010_source_relative_path")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ContentVersion",
                    fields=[
                        ("id", models.IntegerField(primary_key=True, serialize=False)),
                        ("version", models.BigIntegerField(default=0)),
                    ],
                    options={
                        "verbose_name": "innehållsversion",
                        "db_table": "search_content_version",
                    },
                ),
            ],
        ),
        migrations.RunPython(create_missing_table, migrations.RunPython.noop, elidable=False),
        migrations.RunPython(create_missing_list_index, migrations.RunPython.noop, elidable=False),
    ]
