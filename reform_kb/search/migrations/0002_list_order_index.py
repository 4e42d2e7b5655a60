"""Formerly created kb's list-order index (kb_document_list_order_idx).

kb owns it since kb migration 0011, which creates it where it is missing; this migration is kept,
empty, so that the history of databases that applied it stays whole.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0001_search_indexes")]

    operations = []
