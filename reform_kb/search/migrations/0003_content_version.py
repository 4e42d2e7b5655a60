"""Formerly created the content-version table (search_content_version).

kb owns it since kb migration 0011 (model kb.ContentVersion), which creates it where it is
missing; this migration is kept, empty, so that the history of databases that applied it stays whole.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0002_list_order_index")]

    operations = []
