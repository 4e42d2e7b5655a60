"""Sources added by editors in the browser ("Lägg till källa", issue 15): store, fetch, import.

The admin (reform_kb/importer/admin.py) stores the uploaded files and the addresses as one
SourceImport and enqueues `import_added_sources` with django-tasks; a worker (`manage.py
db_worker`) runs it. The task fetches each address safely (fetch.py), stores what it got beside the
uploads (MEDIA_ROOT/kallor/<id>/), then imports the files one by one as drafts, recording its
progress on the SourceImport so the editor's page can show it. Nothing is published here: an editor
reviews what was found and publishes it (`publish`).
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from reform_kb.kb.models import Document, SourceFile, SourceImport

from .fetch import FetchRefused, fetch
from .service import import_paths

SAFE_NAME_RE = re.compile(r"[^\w.-]+")


def folder_key(source_import: SourceImport) -> str:
    """The key prefix (and MEDIA_ROOT folder) of an import's files: SourceFile.name is
    `kallor/<id>/<file name>`, the path of the stored original (models.sources.original_path)."""
    return f"kallor/{source_import.pk}/"


def store_upload(source_import: SourceImport, uploaded) -> SourceFile:
    """Keep an uploaded file's bytes as a SourceFile of the import, to be imported by the task."""
    source = SourceFile(source_import=source_import, media_type=getattr(uploaded, "content_type", "")[:100])
    source.original.save(safe_name(uploaded.name), uploaded, save=False)
    source.name = source.original.name
    source.retrieved_at = timezone.localdate()
    source.save()
    return source


def enqueue(source_import: SourceImport) -> None:
    """Start the import once the SourceImport and its files are committed (the worker reads them)."""

    def start():
        result = import_added_sources.enqueue(source_import.pk)
        SourceImport.objects.filter(pk=source_import.pk).update(task_id=str(result.id))

    transaction.on_commit(start)


@task()
def import_added_sources(source_import_id: int) -> None:
    """The background task (django-tasks): see run(). A failure the import did not foresee still
    ends the import's page with a message, instead of leaving it "importeras" for ever; the
    worker records the traceback with the task."""
    try:
        run(source_import_id)
    except Exception as exc:
        source_import = SourceImport.objects.get(pk=source_import_id)
        source_import.status = SourceImport.Status.FAILED
        source_import.add_log(f"Importen avbröts av ett oväntat fel ({exc.__class__.__name__}); se arbetarens logg.")
        source_import.save(update_fields=["status", "log", "updated_at"])
        raise


def run(source_import_id: int) -> SourceImport:
    """Fetch the addresses of the import and import all its files as drafts, with progress."""
    source_import = SourceImport.objects.get(pk=source_import_id)
    addresses = [line.strip() for line in source_import.addresses.splitlines() if line.strip()]
    uploads = list(source_import.sources.exclude(original=""))
    source_import.status = SourceImport.Status.RUNNING
    source_import.total = len(addresses) + len(uploads)
    source_import.save(update_fields=["status", "total", "updated_at"])
    for address in addresses:
        try:
            uploads.append(_store_fetched(source_import, address))
            source_import.add_log(f"Hämtade {address}.")
        except FetchRefused as exc:
            source_import.add_log(f"{address}: {exc}")
            _step(source_import)
    documents = 0
    for source in uploads:
        documents += _import_one(source_import, source)
    if documents:
        source_import.status = SourceImport.Status.DONE
    else:
        source_import.status = SourceImport.Status.FAILED
        source_import.add_log("Inga dokument hittades; inget finns att granska.")
    source_import.save(update_fields=["status", "log", "updated_at"])
    return source_import


def _store_fetched(source_import: SourceImport, address: str) -> SourceFile:
    fetched = fetch(address)
    source = SourceFile(
        source_import=source_import,
        url=fetched.url[:1000],
        retrieved_at=fetched.retrieved,
        media_type=fetched.media_type,
    )
    source.original.save(_name_for(fetched.url, fetched.suffix), ContentFile(fetched.data), save=False)
    source.name = source.original.name
    source.save()
    return source


def _import_one(source_import: SourceImport, source: SourceFile) -> int:
    """Import one stored file as drafts; log what happened; the number of documents found."""
    path = Path(default_storage.path(source.original.name))
    report = import_paths([path], publish=False, key_prefix=folder_key(source_import), keep_events=False)
    name = PurePosixPath(source.name).name
    failed = [f for f in report.files if f.error]
    if failed:
        source_import.add_log(f"{name}: {failed[0].error}")
    documents = sum(f.documents for f in report.files if not f.error)
    quotes = sum(f.quotes for f in report.files if not f.error)
    if documents:
        source_import.add_log(f"{name}: {documents} dokument och {quotes} citat hittades.")
    _step(source_import)
    return documents


def _step(source_import: SourceImport) -> None:
    source_import.done += 1
    source_import.save(update_fields=["done", "log", "updated_at"])


def safe_name(name: str) -> str:
    """A file name that is safe on any file system and in a URL, keeping its suffix."""
    path = PurePosixPath(name.replace("\\", "/")).name
    stem, suffix = PurePosixPath(path).stem, PurePosixPath(path).suffix.lower()
    return (SAFE_NAME_RE.sub("-", stem).strip("-.")[:80] or "kalla") + suffix


def _name_for(url: str, suffix: str) -> str:
    """A file name for a fetched address: its last path segment, with the suffix of its type."""
    last = PurePosixPath(urlsplit(url).path).name
    stem = PurePosixPath(last).stem if last else urlsplit(url).hostname or "sida"
    return safe_name(stem + suffix)


# -- review ---------------------------------------------------------------------------------------


def documents_of(source_import: SourceImport):
    """The documents the import found."""
    keys = source_import.sources.values_list("name", flat=True)
    return Document.objects.filter(source_file__in=keys)


def publish(source_import: SourceImport) -> int:
    """Make the import's documents and their quotes public (withdrawn quotes stay hidden)."""
    count = 0
    with transaction.atomic():
        for document in documents_of(source_import).filter(public=False):
            document.public = True
            document.save()  # Document.save() makes its quotes public too, and the feed hears of it
            count += 1
        source_import.status = SourceImport.Status.PUBLISHED
        source_import.published_at = timezone.now()
        source_import.save(update_fields=["status", "published_at", "updated_at"])
    return count
