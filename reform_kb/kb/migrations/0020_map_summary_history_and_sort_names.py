"""Issue 13's remainder: the map's summary table (kb.MapCell, kept by kb/map_summary.py) filled from
the knowledge base; the history of stances and milestones (django-simple-history), as for the quote's
other fields; and organisations' and people's names' places in Swedish order (sort_name) for the API's
lists and their cursors, filled from the names."""

import django.db.models.deletion
import reform_kb.kb.models.base
import simple_history.models
from django.conf import settings
from django.db import migrations, models

BATCH = 2000


def fill_sort_names(apps, schema_editor):
    from reform_kb.pipeline.swedish import swedish_sort_code

    for name in ("Organisation", "Person"):
        model = apps.get_model("kb", name)
        rows = list(model.objects.only("pk", "name"))
        for row in rows:
            row.sort_name = swedish_sort_code(row.name)
        model.objects.bulk_update(rows, ["sort_name"], batch_size=BATCH)


def fill_map_summary(apps, schema_editor):
    from reform_kb.kb.map_summary import rebuild

    rebuild(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("kb", "0019_document_structure"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="HistoricalMilestone",
            fields=[
                (
                    "id",
                    models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name="ID"),
                ),
                ("created_at", models.DateTimeField(blank=True, editable=False, verbose_name="skapad")),
                ("updated_at", models.DateTimeField(blank=True, editable=False, verbose_name="ändrad")),
                ("slug", models.SlugField(max_length=120, verbose_name="slug")),
                ("title", models.CharField(max_length=300, verbose_name="rubrik")),
                (
                    "reference",
                    models.CharField(
                        blank=True,
                        help_text="T.ex. SOU 2020:47 eller prop. 2024/25:89.",
                        max_length=100,
                        verbose_name="beteckning",
                    ),
                ),
                (
                    "date",
                    models.DateField(
                        help_text="Första dagen i månaden eller året när bara de är kända.",
                        verbose_name="datum",
                    ),
                ),
                (
                    "precision",
                    models.CharField(
                        choices=[("day", "dag"), ("month", "månad"), ("year", "år")],
                        default="day",
                        max_length=5,
                        verbose_name="datumets precision",
                    ),
                ),
                (
                    "end_date",
                    models.DateField(
                        blank=True,
                        help_text="För ett skede som pågår en tid, t.ex. remissen.",
                        null=True,
                        verbose_name="slutdatum",
                    ),
                ),
                ("description", models.TextField(blank=True, verbose_name="beskrivning (Markdown)")),
                ("source_url", models.URLField(blank=True, verbose_name="källadress")),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
            ],
            options={
                "verbose_name": "historical milstolpe",
                "verbose_name_plural": "historical milstolpar",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalQuoteStance",
            fields=[
                (
                    "id",
                    models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name="ID"),
                ),
                ("created_at", models.DateTimeField(blank=True, editable=False, verbose_name="skapad")),
                ("updated_at", models.DateTimeField(blank=True, editable=False, verbose_name="ändrad")),
                (
                    "stance",
                    models.CharField(
                        choices=[
                            ("stoder", "stöder"),
                            ("kritisk", "kritisk"),
                            ("blandad", "blandad"),
                            ("neutral", "neutral"),
                        ],
                        max_length=10,
                        verbose_name="hållning",
                    ),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
            ],
            options={
                "verbose_name": "historical hållning",
                "verbose_name_plural": "historical hållningar",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="MapCell",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("year", models.SmallIntegerField()),
                ("quotes", models.PositiveIntegerField(default=0)),
                ("documents", models.PositiveIntegerField(default=0)),
                ("stoder", models.PositiveIntegerField(default=0)),
                ("kritisk", models.PositiveIntegerField(default=0)),
                ("blandad", models.PositiveIntegerField(default=0)),
                ("neutral", models.PositiveIntegerField(default=0)),
            ],
            options={
                "verbose_name": "kartcell",
                "verbose_name_plural": "kartceller",
            },
        ),
        migrations.AddField(
            model_name="historicalorganisation",
            name="sort_name",
            field=reform_kb.kb.models.base.SwedishSortField(source="name", verbose_name="sorteringsnamn"),
        ),
        migrations.AddField(
            model_name="historicalperson",
            name="sort_name",
            field=reform_kb.kb.models.base.SwedishSortField(source="name", verbose_name="sorteringsnamn"),
        ),
        migrations.AddField(
            model_name="organisation",
            name="sort_name",
            field=reform_kb.kb.models.base.SwedishSortField(source="name", verbose_name="sorteringsnamn"),
        ),
        migrations.AddField(
            model_name="person",
            name="sort_name",
            field=reform_kb.kb.models.base.SwedishSortField(source="name", verbose_name="sorteringsnamn"),
        ),
        migrations.AddIndex(
            model_name="organisation",
            index=models.Index(fields=["sort_name", "id"], name="kb_org_sort_name_idx"),
        ),
        migrations.AddIndex(
            model_name="person",
            index=models.Index(fields=["sort_name", "id"], name="kb_person_sort_name_idx"),
        ),
        migrations.AddField(
            model_name="historicalmilestone",
            name="document",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="kb.document",
                verbose_name="dokument i kunskapsbanken",
            ),
        ),
        migrations.AddField(
            model_name="historicalmilestone",
            name="history_user",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="historicalquotestance",
            name="history_user",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="historicalquotestance",
            name="quote",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="kb.quote",
                verbose_name="citat",
            ),
        ),
        migrations.AddField(
            model_name="historicalquotestance",
            name="theme",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="kb.theme",
                verbose_name="tema",
            ),
        ),
        migrations.AddField(
            model_name="mapcell",
            name="organisation",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE, related_name="+", to="kb.organisation"
            ),
        ),
        migrations.AddField(
            model_name="mapcell",
            name="theme",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE, related_name="+", to="kb.theme"
            ),
        ),
        migrations.AddIndex(
            model_name="mapcell",
            index=models.Index(fields=["year"], name="kb_mapcell_year_idx"),
        ),
        migrations.AddConstraint(
            model_name="mapcell",
            constraint=models.UniqueConstraint(
                fields=("organisation", "theme", "year"), name="kb_mapcell_key"
            ),
        ),
        migrations.RunPython(fill_sort_names, migrations.RunPython.noop),
        migrations.RunPython(fill_map_summary, migrations.RunPython.noop),
    ]
