"""Stances (a quote's stance on each of its themes, set by editors) and the reform's milestones.

The milestones of issue 13 are loaded from reform_kb.pipeline.reference.milestones; rows that already
exist (by slug) are left alone, so editors' changes survive. Editors may set stances and edit the
timeline: the Redaktör group gets add/change/view/delete on both.
"""

import datetime

import django.db.models.deletion
from django.db import migrations, models

EDITOR_PERMISSIONS = {"quotestance": ("add", "change", "view", "delete"), "milestone": ("add", "change", "view", "delete")}


def load_milestones(apps, schema_editor):
    from reform_kb.pipeline.reference.milestones import MILESTONES

    Milestone = apps.get_model("kb", "Milestone")
    for data in MILESTONES:
        end = data.get("end_date")
        Milestone.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "title": data["title"],
                "reference": data["reference"],
                "date": datetime.date.fromisoformat(data["date"]),
                "end_date": datetime.date.fromisoformat(end) if end else None,
                "precision": data["precision"],
                "description": data["description"],
            },
        )


def add_permissions(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("kb")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Redaktör").first()
    if group is None:
        return
    for model, actions in EDITOR_PERMISSIONS.items():
        for action in actions:
            group.permissions.add(Permission.objects.get(content_type__app_label="kb", codename=f"{action}_{model}"))



class Migration(migrations.Migration):

    dependencies = [
        ('kb', '0016_sources_and_visibility'),
    ]

    operations = [
        migrations.CreateModel(
            name='Milestone',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='skapad')),
                ('updated_at', models.DateTimeField(auto_now=True, verbose_name='ändrad')),
                ('slug', models.SlugField(max_length=120, unique=True, verbose_name='slug')),
                ('title', models.CharField(max_length=300, verbose_name='rubrik')),
                ('reference', models.CharField(blank=True, help_text='T.ex. SOU 2020:47 eller prop. 2024/25:89.', max_length=100, verbose_name='beteckning')),
                ('date', models.DateField(help_text='Första dagen i månaden eller året när bara de är kända.', verbose_name='datum')),
                ('precision', models.CharField(choices=[('day', 'dag'), ('month', 'månad'), ('year', 'år')], default='day', max_length=5, verbose_name='datumets precision')),
                ('end_date', models.DateField(blank=True, help_text='För ett skede som pågår en tid, t.ex. remissen.', null=True, verbose_name='slutdatum')),
                ('description', models.TextField(blank=True, verbose_name='beskrivning (Markdown)')),
                ('source_url', models.URLField(blank=True, verbose_name='källadress')),
                ('document', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='milestones', to='kb.document', verbose_name='dokument i kunskapsbanken')),
            ],
            options={
                'verbose_name': 'milstolpe',
                'verbose_name_plural': 'milstolpar',
                'ordering': ['date', 'end_date', 'title'],
                'constraints': [models.CheckConstraint(condition=models.Q(('end_date__isnull', True), ('end_date__gte', models.F('date')), _connector='OR'), name='kb_milestone_end_after_start')],
            },
        ),
        migrations.CreateModel(
            name='QuoteStance',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='skapad')),
                ('updated_at', models.DateTimeField(auto_now=True, verbose_name='ändrad')),
                ('stance', models.CharField(choices=[('stoder', 'stöder'), ('kritisk', 'kritisk'), ('blandad', 'blandad'), ('neutral', 'neutral')], max_length=10, verbose_name='hållning')),
                ('quote', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='stances', to='kb.quote', verbose_name='citat')),
                ('theme', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='quote_stances', to='kb.theme', verbose_name='tema')),
            ],
            options={
                'verbose_name': 'hållning',
                'verbose_name_plural': 'hållningar',
                'ordering': ['theme__order', 'theme__name'],
                'constraints': [models.UniqueConstraint(fields=('quote', 'theme'), name='kb_quotestance_one_per_theme')],
            },
        ),
        migrations.AddIndex(
            model_name='quote',
            index=models.Index(fields=['organisation', 'sort_date', 'id'], name='kb_quote_map_idx'),
        ),
        migrations.RunPython(load_milestones, migrations.RunPython.noop),
        migrations.RunPython(add_permissions, migrations.RunPython.noop),
    ]
