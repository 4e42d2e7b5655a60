"""Issue 10, item 4: a pull-quote in a document's headline (`Quote.in_title`), whose offsets point into the
title, not the body. Existing quotes are all body quotes (False)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        # Written as 0021 after 0020; main gained its own 0021 (reference organisations) first, so this
        # follows it. Still one AddField, to renumber freely.
        ("kb", "0021_reference_organisations_round3"),
    ]

    operations = [
        migrations.AddField(
            model_name="quote",
            name="in_title",
            field=models.BooleanField(
                default=False,
                help_text="Ett lyft citat i dokumentets rubrik; start och slut avser rubriken, inte brödtexten.",
                verbose_name="i rubriken",
            ),
        ),
    ]
