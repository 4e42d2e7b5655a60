"""Editors fix what the importer flagged: documents (not delete), name variants, and see sources.

Issue 3 asks that editors can correct flagged items; a document without a date needs change
permission. Deleting documents stays with administrators.
"""

from django.db import migrations

ADDED = {
    "document": ("change",),
    "sourcefile": ("view",),
    "personalias": ("add", "change", "view", "delete"),
}


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
    for model, actions in ADDED.items():
        for action in actions:
            group.permissions.add(Permission.objects.get(content_type__app_label="kb", codename=f"{action}_{model}"))


def remove_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Redaktör").first()
    if group is None:
        return
    for model, actions in ADDED.items():
        for action in actions:
            group.permissions.remove(
                *Permission.objects.filter(content_type__app_label="kb", codename=f"{action}_{model}")
            )


class Migration(migrations.Migration):
    dependencies = [("kb", "0006_person_aliases")]

    operations = [migrations.RunPython(add_permissions, remove_permissions)]
