"""Add organisations that joined the reference list after 0002 ran, on existing databases.

Only organisations unknown by name or alias are created, so an editor's renames and merges stand
(a renamed organisation keeps its old name as an alias). On a new database 0002 has already loaded
the whole list and this does nothing.
"""

from django.db import migrations
from django.utils.text import slugify

TRANSLIT = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O"})


def load_missing(apps, schema_editor):
    from reform_kb.pipeline.reference.organisations import ORGANISATIONS

    Organisation = apps.get_model("kb", "Organisation")
    OrganisationAlias = apps.get_model("kb", "OrganisationAlias")

    def known(name):
        return (
            Organisation.objects.filter(name__iexact=name).first()
            or getattr(OrganisationAlias.objects.filter(alias__iexact=name).first(), "organisation", None)
        )

    for data in ORGANISATIONS:
        if known(data["name"]):
            continue
        slug = base = slugify(data["name"].translate(TRANSLIT))
        n = 2
        while Organisation.objects.filter(slug=slug).exists():
            slug, n = f"{base}-{n}", n + 1
        org = Organisation.objects.create(
            name=data["name"],
            slug=slug,
            short_name=data.get("short_name", ""),
            kind=data.get("kind", "annan"),
            parent=known(data["parent"]) if data.get("parent") else None,
        )
        for alias in data.get("aliases", []):
            if not OrganisationAlias.objects.filter(alias__iexact=alias).exists():
                OrganisationAlias.objects.create(
                    organisation=org, alias=alias, kind="abbreviation" if alias.isupper() else "variant"
                )


class Migration(migrations.Migration):
    dependencies = [("kb", "0007_editor_group_review_permissions")]

    operations = [migrations.RunPython(load_missing, migrations.RunPython.noop)]
