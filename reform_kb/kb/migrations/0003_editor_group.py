"""The "Redaktör" group: what an editor needs, and nothing more.

Editors add and change quotes, themes, tags, people and organisations, and read documents (quote
forms look documents up). They cannot manage users or delete documents.
"""

from django.db import migrations

EDITOR_GROUP = "Redaktör"

PERMISSIONS = {
    "kb": {
        "quote": ("add", "change", "view"),
        "theme": ("add", "change", "view"),
        "person": ("add", "change", "view"),
        "role": ("add", "change", "view", "delete"),
        "organisation": ("add", "change", "view"),
        "organisationalias": ("add", "change", "view", "delete"),
        "document": ("view",),
    },
    "taggit": {
        "tag": ("add", "change", "view"),
        "taggeditem": ("add", "change", "view", "delete"),
    },
}


def create_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; make sure they exist now.
    # Migration app configs are stubs without models_module, which create_permissions checks.
    for app_label in PERMISSIONS:
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    wanted = []
    for app_label, models in PERMISSIONS.items():
        for model, actions in models.items():
            for action in actions:
                wanted.append(
                    Permission.objects.get(content_type__app_label=app_label, codename=f"{action}_{model}")
                )
    group.permissions.set(wanted)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=EDITOR_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("kb", "0002_reference_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
