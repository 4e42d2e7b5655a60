"""Add the organisations that joined the reference list in pass 2 of issue 10 (Statens folkhälsoinstitut,
Intressegruppen för assistansberättigade, Svenska Spel) on existing databases, as 0008 did for the earlier
ones: only those unknown by name or alias, so an editor's renames and merges stand. On a new database 0002
has already loaded the whole list and this does nothing."""

from importlib import import_module

from django.db import migrations

load_missing = import_module("reform_kb.kb.migrations.0008_more_reference_organisations").load_missing


class Migration(migrations.Migration):
    dependencies = [("kb", "0022_quote_in_title")]

    operations = [migrations.RunPython(load_missing, migrations.RunPython.noop)]
