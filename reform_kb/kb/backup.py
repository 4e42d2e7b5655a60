"""A backup that restores: the whole knowledge base as one JSON file, and back into an empty database.

What a backup holds: every row of every kb table (the many-to-many link tables included, with their
keys), taggit's tags and tagged items, the users and groups those rows point at (password hashes,
group memberships and permissions included, so editors log in as before and "skapad av"/"ändrad av"
keep their names) and the admin's change history. Primary keys are kept, so /citat/<id>/ links
survive a restore. What is left out is derived and rebuilt: the search index (search vectors) and the
content version. Sessions are left out too: everyone logs in again after a restore.

Keys are written as they are, except for content types and permissions, which `migrate` numbers
in whatever order it meets them: those are written by name (Django's natural keys), so a backup
restores on either engine. Tagged items are not written by natural key: taggit's natural key of a
tagged item is its object id alone, so a document and a quote with the same id collide and links
are lost (a natural-key `dumpdata` kept 15 of 20).

Restoring writes rows as they are, in batches (raw inserts: `save()` and its side effects are
skipped, so timestamps and sort dates come back as they were), records what it wrote in kb's change feed (the
search index follows) and resets PostgreSQL's sequences. It refuses a database that holds anything
beyond what `migrate` creates, unless the caller asks to replace its content.
"""

from __future__ import annotations

import datetime
import json
from collections import Counter
from itertools import islice
from typing import IO

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers import python
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, connection, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from reform_kb.pipeline.reference.milestones import MILESTONES
from reform_kb.pipeline.reference.organisations import ORGANISATIONS
from reform_kb.pipeline.reference.themes import THEMES

from . import changes

FORMAT = "reform_kb-backup"
VERSION = 1
CHUNK = 1000
DERIVED_FIELDS = {"search_vector"}  # the search index; the change feed rebuilds it after a restore
# Bumped (the content version) or counted again (the map's summary: kb/map_summary.py adds the
# restored rows, and recounts the organisations the wipe took rows from) by the change feed.
DERIVED_MODELS = {"kb.contentversion", "kb.mapcell"}


class BackupError(Exception):
    """A backup that cannot be restored here; the message says why, in Swedish, for the user."""


def _with_links(model: type[models.Model]) -> list[type[models.Model]]:
    """`model` and the link tables of its many-to-many fields (taggit's are models of their own)."""
    links = [
        field.remote_field.through
        for field in model._meta.local_many_to_many
        if isinstance(field, models.ManyToManyField) and field.remote_field.through._meta.auto_created
    ]
    return [model, *links]


def covered_models() -> list[type[models.Model]]:
    """Every table a backup holds, in the order they are restored."""
    kb = [
        model
        for model in apps.get_app_config("kb").get_models()
        if model._meta.label_lower not in DERIVED_MODELS
    ]
    chosen = [
        *_with_links(apps.get_model("auth", "Group")),
        *_with_links(get_user_model()),
        apps.get_model("taggit", "Tag"),
        *(table for model in kb for table in _with_links(model)),
        apps.get_model("taggit", "TaggedItem"),
    ]
    if apps.is_installed("django.contrib.admin"):
        chosen.append(apps.get_model("admin", "LogEntry"))
    return chosen


def _by_name() -> tuple[type[models.Model], ...]:
    """The tables whose keys `migrate` chooses: referred to by natural key in a backup."""
    return (apps.get_model("contenttypes", "ContentType"), apps.get_model("auth", "Permission"))


class _Serializer(python.Serializer):
    """Django's serializer with the keys as they are (natural keys only for `_by_name()` tables),
    derived fields left out, and many-to-many links written as the link tables' own rows."""

    def handle_field(self, obj, field):
        if field.name not in DERIVED_FIELDS:
            super().handle_field(obj, field)

    def handle_fk_field(self, obj, field):
        if field.related_model in _by_name():
            related = getattr(obj, field.name)
            self._current[field.name] = related.natural_key() if related else None
        else:
            self._current[field.name] = getattr(obj, field.attname)

    def handle_m2m_field(self, obj, field):
        """Nothing: the link table is in `covered_models()`, keys and all."""


class _Encoder(json.JSONEncoder):
    """Dates and times in full ISO 8601 (DjangoJSONEncoder cuts microseconds to milliseconds)."""

    def default(self, o):
        if isinstance(o, (datetime.date, datetime.time)):
            return o.isoformat()
        return super().default(o)


def _schema() -> dict[str, list[str]]:
    """The migrations applied to the database, per app whose tables a backup covers."""
    labels = {model._meta.app_label for model in covered_models()} | {"contenttypes"}
    applied = MigrationRecorder(connection).applied_migrations()
    return {label: sorted(name for app, name in applied if app == label) for label in sorted(labels)}


def _rows(model: type[models.Model]):
    by_name = [f.name for f in model._meta.concrete_fields if f.is_relation and f.related_model in _by_name()]
    return model._base_manager.order_by("pk").select_related(*by_name).iterator(chunk_size=CHUNK)


def write_backup(stream: IO[str]) -> Counter:
    """Write the whole knowledge base to `stream` as one JSON document; return rows per table."""
    header = {
        "format": FORMAT,
        "version": VERSION,
        "created": timezone.now().isoformat(),
        "schema": _schema(),
    }
    stream.write(json.dumps(header, ensure_ascii=False)[:-1] + ', "objects": [')
    counts: Counter = Counter()
    serializer = _Serializer()
    for model in covered_models():
        rows = _rows(model)
        while chunk := list(islice(rows, CHUNK)):
            for obj in serializer.serialize(chunk):
                stream.write(("," if counts.total() else "") + "\n")
                stream.write(json.dumps(obj, ensure_ascii=False, cls=_Encoder))
                counts[model._meta.label_lower] += 1
    stream.write("\n]}\n")
    return counts


def read_backup(stream: IO[str]) -> dict:
    """The backup in `stream`, checked to be one this code wrote."""
    try:
        backup = json.load(stream)
    except (ValueError, UnicodeDecodeError) as error:
        raise BackupError(f"Filen är inte en läsbar JSON-fil ({error}).") from error
    if not isinstance(backup, dict) or backup.get("format") != FORMAT or "objects" not in backup:
        raise BackupError("Filen är ingen säkerhetskopia från backup_kb.")
    if backup.get("version") != VERSION:
        raise BackupError(
            f"Säkerhetskopian har formatversion {backup.get('version')}; "
            f"den här versionen av reform_kb läser version {VERSION}."
        )
    return backup


def _check_schema(backup: dict) -> None:
    """Refuse a backup from a database with migrations this one has not got."""
    here = _schema()
    missing = [
        f"{app}.{name}"
        for app, names in backup.get("schema", {}).items()
        for name in names
        if name not in here.get(app, [])
    ]
    if missing:
        raise BackupError(
            "Säkerhetskopian kommer från en databas med migreringar som den här saknar "
            f"({', '.join(missing[:5])}). Uppdatera reform_kb, kör python manage.py migrate och försök igen."
        )


def _made_by_migrate() -> dict[str, models.QuerySet]:
    """Rows `migrate` itself writes (reference themes, organisations and milestones, the editors' group): a
    database holding only these counts as empty, and a restore replaces them."""
    theme = apps.get_model("kb", "Theme")
    organisation = apps.get_model("kb", "Organisation")
    alias = apps.get_model("kb", "OrganisationAlias")
    group = apps.get_model("auth", "Group")
    milestone = apps.get_model("kb", "Milestone")
    names = [data["name"] for data in ORGANISATIONS]
    return {
        theme._meta.label_lower: theme.objects.filter(slug__in=[data["slug"] for data in THEMES]),
        organisation._meta.label_lower: organisation.objects.filter(name__in=names),
        alias._meta.label_lower: alias.objects.filter(organisation__name__in=names),
        milestone._meta.label_lower: milestone.objects.filter(slug__in=[data["slug"] for data in MILESTONES]),
        group._meta.label_lower: group.objects.all(),
        group.permissions.through._meta.label_lower: group.permissions.through.objects.all(),
    }


def own_rows() -> Counter:
    """Rows per table that `migrate` did not write: what a restore without replace refuses to overwrite."""
    expected = _made_by_migrate()
    found: Counter = Counter()
    for model in covered_models():
        label = model._meta.label_lower
        rows = model._base_manager.all()
        if label in expected:
            rows = rows.exclude(pk__in=expected[label].values("pk"))
        found[label] = rows.count()
    return +found


def _describe(counts: Counter) -> str:
    """'dokument: 28, citat: 56, …' for the tables of their own (link tables go without saying)."""
    tables = ((apps.get_model(label)._meta, n) for label, n in counts.items())
    named = [f"{meta.verbose_name_plural}: {n}" for meta, n in tables if not meta.auto_created]
    return ", ".join(named) or f"{counts.total()} kopplingar"


def _wipe() -> None:
    """Delete every covered row, children first (the deletes are recorded in the change feed)."""
    for model in reversed(covered_models()):
        model._base_manager.all().delete()


def _insert(rows: list[models.Model]) -> None:
    """Insert rows of one model as they are: keys, timestamps and sort dates included.

    `bulk_create` would stamp the auto_now fields with the time of the restore, and `loaddata`'s raw
    saves take a statement per row (a restore of 60,000 rows on SQLite: 35 s, against 22 s in batches,
    search index included). A raw insert of a batch, the statement both are built on, does neither.
    """
    model = type(rows[0])
    fields = model._meta.local_concrete_fields
    size = max(connection.ops.bulk_batch_size(fields, rows), 1)  # SQLite's limit on parameters
    for start in range(0, len(rows), size):
        model._base_manager._insert(rows[start : start + size], fields=fields, raw=True)


def _load(objects: list) -> Counter:
    """Insert the backup's rows in batches, one model at a time, and record them in the change feed."""
    written: dict[type[models.Model], list] = {}
    batch: list[models.Model] = []
    for item in serializers.deserialize("python", objects):
        row = item.object
        if batch and (type(row) is not type(batch[0]) or len(batch) == CHUNK):
            _insert(batch)
            batch = []
        batch.append(row)
        written.setdefault(type(row), []).append(row.pk)
    if batch:
        _insert(batch)
    for model, ids in written.items():
        changes.record(model, ids, "created")
    return Counter({model._meta.label_lower: len(ids) for model, ids in written.items()})


def _reset_sequences() -> None:
    """Let new rows follow the restored keys (PostgreSQL; SQLite follows the largest key itself)."""
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), covered_models()):
            cursor.execute(statement)


def restore(backup: dict, *, replace: bool = False) -> Counter:
    """Restore `backup` (from `read_backup`) in one transaction; return rows per table written.

    Without `replace` the database must be empty (nothing but what `migrate` writes); with it,
    everything a backup covers is deleted first. On any error nothing is changed.
    """
    _check_schema(backup)
    # Content types are cached by name for the process; a flush or migrate since may renumber them.
    apps.get_model("contenttypes", "ContentType").objects.clear_cache()
    try:
        with transaction.atomic(), changes.bulk():
            present = own_rows()
            if present and not replace:
                raise BackupError(
                    f"Databasen är inte tom ({_describe(present)}). Återställ till en tom, nyss migrerad "
                    "databas, eller ange --replace för att ersätta allt innehåll med säkerhetskopian."
                )
            _wipe()
            counts = _load(backup["objects"])
            _reset_sequences()
    except (DeserializationError, DatabaseError) as error:
        raise BackupError(f"Återställningen avbröts och ingenting ändrades: {error}") from error
    return counts
