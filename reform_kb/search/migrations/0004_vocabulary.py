"""The vocabulary table (models.VocabularyWord) and, on PostgreSQL, what searching it needs:
`unaccent` to store each word's accent-free form, `pg_trgm` and a trigram index to find the words
nearest a misspelt one, and a pattern index for prefixes ("socialtj*").

Existing databases fill the vocabulary with `manage.py rebuild_search_index` (new and changed
rows add their words as they are indexed); the rebuild also indexes the new parts of each entry
(organisations' aliases, themes' names).
"""

from django.db import migrations, models

PG_CREATE = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS search_vocabulary_plain_trgm ON search_vocabulary USING gin (plain gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS search_vocabulary_plain_prefix ON search_vocabulary (plain varchar_pattern_ops)",
    "CREATE INDEX IF NOT EXISTS search_vocabulary_word_prefix ON search_vocabulary (word varchar_pattern_ops)",
)
PG_DROP = (
    "DROP INDEX IF EXISTS search_vocabulary_plain_trgm",
    "DROP INDEX IF EXISTS search_vocabulary_plain_prefix",
    "DROP INDEX IF EXISTS search_vocabulary_word_prefix",
)


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in PG_CREATE:
            schema_editor.execute(sql)


def drop(apps, schema_editor):
    # The extensions stay: other objects of the database may use them.
    if schema_editor.connection.vendor == "postgresql":
        for sql in PG_DROP:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("search", "0003_content_version")]

    operations = [
        migrations.CreateModel(
            name="VocabularyWord",
            fields=[
                ("word", models.CharField(max_length=100, primary_key=True, serialize=False)),
                ("plain", models.CharField(db_index=True, max_length=100)),
                ("frequency", models.PositiveIntegerField(default=1)),
            ],
            options={
                "db_table": "search_vocabulary",
                "verbose_name": "ord i sökindexet",
                "verbose_name_plural": "ord i sökindexet",
            },
        ),
        migrations.RunPython(create, drop, elidable=False),
    ]
