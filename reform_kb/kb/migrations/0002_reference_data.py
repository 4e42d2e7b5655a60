"""Load the starting themes and organisations (with aliases) from reform_kb.pipeline.reference.

Rows that already exist are left alone, so editors' changes survive re-running migrations.
"""

from django.db import migrations
from django.utils.text import slugify

TRANSLIT = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O"})


def load(apps, schema_editor):
    from reform_kb.pipeline.reference.organisations import ORGANISATIONS
    from reform_kb.pipeline.reference.themes import THEMES

    Theme = apps.get_model("kb", "Theme")
    Organisation = apps.get_model("kb", "Organisation")
    OrganisationAlias = apps.get_model("kb", "OrganisationAlias")

    for order, data in enumerate(THEMES, start=1):
        Theme.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "name": data["name"],
                "description": data["description"],
                "keywords": "\n".join(data["keywords"]),
                "order": order * 10,
            },
        )

    for data in ORGANISATIONS:
        org, _ = Organisation.objects.get_or_create(
            name=data["name"],
            defaults={
                "slug": slugify(data["name"].translate(TRANSLIT)),
                "short_name": data["short_name"],
                "kind": data["kind"],
            },
        )
        for alias in data["aliases"]:
            if not OrganisationAlias.objects.filter(alias__iexact=alias).exists():
                kind = "abbreviation" if alias.isupper() else "variant"
                if alias in {"SKL", "Sveriges Kommuner och Landsting"}:
                    kind = "former_name"
                OrganisationAlias.objects.create(organisation=org, alias=alias, kind=kind)
    for data in ORGANISATIONS:
        if data.get("parent"):
            Organisation.objects.filter(name=data["name"], parent=None).update(
                parent=Organisation.objects.get(name=data["parent"])
            )


class Migration(migrations.Migration):
    dependencies = [("kb", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
