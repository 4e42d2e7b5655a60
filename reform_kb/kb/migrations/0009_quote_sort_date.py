"""Quote.sort_date: each quote's document date, copied so that quote lists are read from an index.

Existing quotes get their documents' dates in one UPDATE … FROM (PostgreSQL, and SQLite since 3.33);
undated documents' quotes keep the default, which sorts last. The indexes come after the backfill.
"""

import datetime
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("kb", "0008_more_reference_organisations"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="quote",
            name="sort_date",
            field=models.DateField(
                default=datetime.date(1, 1, 1), editable=False, verbose_name="sorteringsdatum"
            ),
        ),
        migrations.RunSQL(
            "UPDATE kb_quote SET sort_date = d.published FROM kb_document AS d "
            "WHERE d.id = kb_quote.document_id AND d.published IS NOT NULL",
            migrations.RunSQL.noop,
        ),
        migrations.AddIndex(
            model_name="quote",
            index=models.Index(fields=["-sort_date", "-document", "start"], name="kb_quote_list_idx"),
        ),
        migrations.AddIndex(
            model_name="quote",
            index=models.Index(
                fields=["organisation", "-sort_date", "-document", "start"], name="kb_quote_org_list_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="quote",
            index=models.Index(
                fields=["speaker", "-sort_date", "-document", "start"], name="kb_quote_speaker_list_idx"
            ),
        ),
    ]
