"""A source file is known by its path relative to the folder it was imported from (issue 9).

Only the field's label changes here: the old keys (bare file names) cannot be turned into paths
without knowing which folder each file was imported from, so the importer re-keys a row when it
meets its file again (reform_kb/importer/files.py), keeping its documents and quotes.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("kb", "0009_quote_sort_date"),
    ]

    operations = [
        migrations.AlterField(
            model_name="sourcefile",
            name="name",
            field=models.CharField(
                help_text="Sökvägen i mappen som importerades (a/artikel.txt), eller filnamnet för en fil som angavs direkt.",
                max_length=255,
                unique=True,
                verbose_name="källa",
            ),
        ),
    ]
