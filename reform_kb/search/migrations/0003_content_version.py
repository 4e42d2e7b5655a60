"""One row holding the content version that the page cache keys on (reform_kb/kb/views/caching.py).

With a cache that every server process shares (Redis) the version lives in the cache; with the
default local-memory cache, each process has its own, so the version must live where all of them
and the import commands see it: here.
"""

from django.db import migrations

TABLE = "search_content_version"


def create(apps, schema_editor):
    schema_editor.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (id INTEGER PRIMARY KEY, version BIGINT NOT NULL)")
    schema_editor.execute(f"INSERT INTO {TABLE} (id, version) VALUES (1, 0)")


def drop(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {TABLE}")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_list_order_index")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
