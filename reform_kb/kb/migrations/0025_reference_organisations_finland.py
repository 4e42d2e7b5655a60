"""Add the Finland-Swedish, Åland and Nordic organisations that joined the reference list in round 17 of issue 10
(reform_kb/pipeline/reference/finland_organisations.py) on existing databases, as 0008 and 0024 did: only those
unknown by name or alias, so an editor's renames and merges stand. On a new database 0002 has already loaded the
whole list and this does nothing."""

from importlib import import_module

from django.db import migrations

load_missing = import_module("reform_kb.kb.migrations.0008_more_reference_organisations").load_missing


class Migration(migrations.Migration):
    dependencies = [("kb", "0024_reference_organisations_national")]

    operations = [migrations.RunPython(load_missing, migrations.RunPython.noop)]
