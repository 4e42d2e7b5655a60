"""Document.structure: the body's blocks (headings, paragraphs, lists, captions) as offsets; and
Quote.lifted: a pull-quote repeating a spoken quote of its document, listed with it, not as another.

Existing documents are backfilled here from their stored body with pipeline.structure, so pages
show headings at once, without a re-import. The body itself is not changed here: the mended glue
("…göra merMen") changes the text quotes point into, so it arrives with the next `import_seeds`
(the pipeline's code is part of every file's parse key, so each file is parsed again and its quotes
re-anchored). Reversing drops the column.
"""

from django.db import migrations, models

from reform_kb.kb.models.quotes import lifted_pullquotes
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


def backfill_lifted(apps, schema_editor):
    Quote = apps.get_model("kb", "Quote")
    documents = Quote.objects.filter(kind="pullquote").values_list("document_id", flat=True).distinct()
    for document_id in documents.iterator(chunk_size=BATCH):
        quotes = list(Quote.objects.filter(document_id=document_id).only("id", "kind", "text"))
        lifted = lifted_pullquotes(quotes)
        marked = [q for q in quotes if id(q) in lifted]
        for quote in marked:
            quote.lifted = True
        Quote.objects.bulk_update(marked, ["lifted"])


class Migration(migrations.Migration):
    dependencies = [("kb", "0018_document_mentioned_people")]

    operations = [
        migrations.AddField(
            model_name="document",
            name="structure",
            field=models.JSONField(
                blank=True, default=None, editable=False, null=True, verbose_name="struktur"
            ),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
        migrations.AddField(
            model_name="quote",
            name="lifted",
            field=models.BooleanField(
                default=False,
                help_text="Ett lyft citat vars ord står i ett uttalande i samma dokument; listas under det, inte för sig.",
                verbose_name="lyft citat som upprepar ett annat",
            ),
        ),
        migrations.RunPython(backfill_lifted, migrations.RunPython.noop),
        # The editors' history (0015) keeps a copy of every field; the derived ones too.
        migrations.AddField(
            model_name="historicaldocument",
            name="structure",
            field=models.JSONField(blank=True, default=None, editable=False, null=True, verbose_name="struktur"),
        ),
        migrations.AddField(
            model_name="historicalquote",
            name="lifted",
            field=models.BooleanField(
                default=False,
                help_text="Ett lyft citat vars ord står i ett uttalande i samma dokument; listas under det, inte för sig.",
                verbose_name="lyft citat som upprepar ett annat",
            ),
        ),
    ]
