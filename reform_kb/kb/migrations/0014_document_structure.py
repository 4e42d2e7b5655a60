"""Document.structure: the body's blocks (headings, paragraphs, lists, captions) as offsets.

Existing documents are backfilled here from their stored body with pipeline.structure, so pages
show headings at once, without a re-import. The body itself is not changed here: the mended glue
("…göra merMen") changes the text quotes point into, so it arrives with the next `import_seeds`
(the pipeline's code is part of every file's parse key, so each file is parsed again and its quotes
re-anchored). Reversing drops the column.
"""

from django.db import migrations, models

from reform_kb.pipeline.structure import document_blocks

BATCH = 500


def backfill(apps, schema_editor):
    Document = apps.get_model("kb", "Document")
    batch = []
    for doc in Document.objects.only("id", "body").iterator(chunk_size=BATCH):
        doc.structure = document_blocks(doc.body)
        batch.append(doc)
        if len(batch) >= BATCH:
            Document.objects.bulk_update(batch, ["structure"])
            batch = []
    if batch:
        Document.objects.bulk_update(batch, ["structure"])


class Migration(migrations.Migration):
    dependencies = [("kb", "0011_adopt_content_version_and_list_index")]

    operations = [
        migrations.AddField(
            model_name="document",
            name="structure",
            field=models.JSONField(blank=True, default=None, editable=False, null=True, verbose_name="struktur"),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]
