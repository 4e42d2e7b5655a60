"""Source files: which files an import covers, what they are called, and which of them changed.

A source is known by its key: its path relative to the folder it was imported from, with forward
slashes (`a/artikel.txt`), or its name for a file given directly. Imports before issue 9 keyed a
source by its bare file name, so two files called `artikel.txt` in different folders were one
source to them; a row with such an old key is adopted by the file it came from (see `_adopt`).

Each file is read once: its bytes give the checksum here and go on to the parser.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from reform_kb.kb import changes
from reform_kb.kb.models import Document, Quote, SourceFile
from reform_kb.pipeline.provenance import Provenance, from_file, from_sidecars
from reform_kb.pipeline.sources import SourceError, iter_source_files, read_bytes

from .report import FileResult, ImportReport

# Files above this many bytes are refused unread (setting KB_IMPORT_MAX_BYTES). The largest seed is
# 46 KB and a 300-page SOU as PDF about 5 MB; a 50 MB text took 75 s and 1.6 GB to parse (issue 11).
DEFAULT_MAX_BYTES = 10_000_000


@dataclass
class SourceWork:
    """One file on its way through the import: what `SourceExaminer` found out before parsing."""

    path: Path
    result: FileResult
    data: bytes = b""
    checksum: str = ""
    size: int = 0
    source: SourceFile | None = None
    to_parse: bool = False
    # What the sidecar files say of its origin (and, once it is to be parsed, the file's own metadata).
    provenance: Provenance = Provenance()

    @property
    def key(self) -> str:
        return self.result.key

    def provenance_for_parsing(self) -> Provenance:
        """What the parser may use where a document's text gives no publisher, title or date: the
        details an editor gave the source stand over the file's own (as they do on the source row)."""
        source = self.source
        if source is None or not source.metadata_by_editor:
            return self.provenance
        editor = Provenance(
            url=source.url, publisher=source.publisher, title=source.title, published=source.published
        )
        return editor.over(self.provenance)


def find_sources(paths: Iterable[Path], key_prefix: str = "") -> list[SourceWork]:
    """A SourceWork per file under `paths`, keyed by its path relative to the folder given
    (after `key_prefix`: the editors' uploads are keyed apart from the command line's files).

    A second file with a key already taken in this run (the same relative path under two folders
    given together) fails with a message, instead of overwriting the first one's documents; the
    same file met twice is imported once.
    """
    works, first_with_key = [], {}
    for root in paths:
        for path in iter_source_files([root]):
            key = key_prefix + (path.relative_to(root).as_posix() if root.is_dir() else path.name)
            first = first_with_key.get(key)
            if first is not None and first.resolve() == path.resolve():
                continue  # the same file named twice (a folder and a file in it): import it once
            work = SourceWork(path=path, result=FileResult(path=path, key=key))
            if first is not None:
                work.result.error = (
                    f"har samma sökväg ({key}) som {first}; importera mappen som innehåller båda i stället"
                )
            else:
                first_with_key[key] = path
            works.append(work)
    return works


class SourceExaminer:
    """Reads files, compares them with their SourceFile rows and decides which to parse."""

    def __init__(self, report: ImportReport, parse_key: str, run_keys: set[str], *, force: bool = False):
        self.report = report
        self.parse_key = parse_key
        self.run_keys = run_keys  # every key of this run: an old bare-name key that is one stays put
        self.force = force

    def examine_batch(self, works: list[SourceWork]) -> list[SourceWork]:
        """Read each file and find its SourceFile row (one query for the batch); files that are
        unchanged since their last import are counted and skipped."""
        for work in works:
            self._read(work)
        readable = [w for w in works if not w.result.error]
        sources = {s.name: s for s in SourceFile.objects.filter(name__in=[w.key for w in readable])}
        sources.update(self._adopt_old_keys([w for w in readable if w.key not in sources]))
        skipped = []
        for work in readable:
            work.source = sources.get(work.key)
            if self._unchanged(work):
                skipped.append(work)
                record_provenance(work.source, work.provenance)  # a sidecar may have changed
            else:
                work.to_parse = True
                work.provenance = work.provenance.over(from_file(work.path.name, work.data))
        self._count_skipped(skipped)
        return works

    def _read(self, work: SourceWork) -> None:
        if work.result.error:
            return
        try:
            work.data = read_bytes(work.path, max_bytes())
        except SourceError as exc:
            work.result.error = str(exc)
            return
        work.checksum = hashlib.sha256(work.data).hexdigest()
        work.size = len(work.data)
        try:
            work.provenance = from_sidecars(work.path)
        except SourceError as exc:
            work.result.error = str(exc)

    def _unchanged(self, work: SourceWork) -> bool:
        source = work.source
        return (
            source is not None
            and not self.force
            and source.status == SourceFile.Status.IMPORTED
            and source.checksum == work.checksum
            and source.parse_key == self.parse_key
            and not _sidecar_news(source, work.provenance)
        )

    def _count_skipped(self, works: list[SourceWork]) -> None:
        """Skipped files' documents and quotes as unchanged, the quotes counted in one query."""
        if not works:
            return
        quotes = dict(
            Quote.objects.filter(document__source_file__in=[w.key for w in works], origin=Quote.Origin.IMPORT)
            .values_list("document__source_file")
            .annotate(n=Count("id"))
        )
        for work in works:
            result = work.result
            result.skipped = True
            result.documents = work.source.document_count
            result.quotes = quotes.get(work.key, 0)
            work.data = b""
            self.report.add("documents", "unchanged", result.documents)
            self.report.add("quotes", "unchanged", result.quotes)

    # -- keys from before issue 9 ------------------------------------------------------------------

    def _adopt_old_keys(self, works: list[SourceWork]) -> dict[str, SourceFile]:
        """Rows under a file's bare name that an older import made from this very file, re-keyed."""
        candidates = [w for w in works if w.key != w.path.name and w.path.name not in self.run_keys]
        if not candidates:
            return {}
        old = {s.name: s for s in SourceFile.objects.filter(name__in={w.path.name for w in candidates})}
        adopted = {}
        for work in candidates:
            source = old.get(work.path.name)
            if source is not None and _same_file(source, work):
                del old[work.path.name]  # one file adopts a row
                adopted[work.key] = self._adopt(source, work.key)
        return adopted

    def _adopt(self, source: SourceFile, key: str) -> SourceFile:
        """Give `source`, its documents and their quotes the new key, so that the import that
        follows updates them in place instead of deleting and re-creating them."""
        old = source.name
        with transaction.atomic():
            documents = list(Document.objects.filter(source_file=old, synthetic=False))
            for doc in documents:
                doc.source_file = key
                doc.import_ref = _rekeyed(doc.import_ref, old, key)
            Document.objects.bulk_update(documents, ["source_file", "import_ref"])
            quotes = list(
                Quote.objects.filter(document__in=documents, import_ref__startswith=f"{old}#").only(
                    "import_ref"
                )
            )
            for quote in quotes:
                quote.import_ref = _rekeyed(quote.import_ref, old, key)
            Quote.objects.bulk_update(quotes, ["import_ref"])
            # bulk_update() sends no signal: the feed hears of the new keys here.
            changes.record(Document, [d.pk for d in documents], "updated")
            changes.record(Quote, [q.pk for q in quotes], "updated")
            source.name = key
            source.save(update_fields=["name", "updated_at"])
        self.report.renamed_sources.append((old, key))
        return source

    # -- after the file is saved -----------------------------------------------------------------

    def record(self, work: SourceWork) -> None:
        """The file's SourceFile row, as this import left it (a failed file keeps no parse key, so
        that the next import tries it again)."""
        result = work.result
        source = work.source or SourceFile(name=work.key)
        source.path = str(work.path)[:1000]
        source.checksum = work.checksum
        source.parse_key = "" if result.error else self.parse_key
        source.size = work.size
        source.status = SourceFile.Status.FAILED if result.error else SourceFile.Status.IMPORTED
        source.error = result.error[:500]
        source.document_count = result.documents
        source.imported_at = timezone.now()
        record_provenance(source, work.provenance, save=False)
        source.save()

    def reread(self, work: SourceWork) -> None:
        """After a rollback: the row as the database has it now (the rolled-back save may have
        created it, or the adoption of an old key renamed it)."""
        work.source = SourceFile.objects.filter(name=work.key).first()


PROVENANCE_FIELDS = {
    "url": "url",
    "publisher": "publisher",
    "title": "title",
    "published": "published",
    "retrieved": "retrieved_at",
    "kind": "kind",
}


def record_provenance(source: SourceFile, provenance: Provenance, *, save: bool = True) -> None:
    """Set what `provenance` knows on `source`, unless an editor has changed the source's details
    (then the editor's stand). Saved only when something changed."""
    if source.metadata_by_editor:
        return
    changed = []
    for name, field in PROVENANCE_FIELDS.items():
        value = getattr(provenance, name)
        if value and getattr(source, field) != value:
            setattr(source, field, value)
            changed.append(field)
    if changed and save:
        source.save(update_fields=[*changed, "updated_at"])


def max_bytes() -> int:
    """The largest file an import reads (setting KB_IMPORT_MAX_BYTES)."""
    return getattr(settings, "KB_IMPORT_MAX_BYTES", DEFAULT_MAX_BYTES)


def _sidecar_news(source: SourceFile, sidecar: Provenance) -> bool:
    """Whether a sidecar says something its source's row does not hold yet: the file is parsed again,
    since a publisher, title or date from the sidecar may fill its documents' (unless an editor's
    details of the source stand, which the sidecar does not change)."""
    if source.metadata_by_editor:
        return False
    return any(
        (value := getattr(sidecar, name)) and getattr(source, field) != value
        for name, field in PROVENANCE_FIELDS.items()
    )


def _same_file(source: SourceFile, work: SourceWork) -> bool:
    """Whether `source` (a row under an old bare-name key) was last imported from the file of
    `work`: the stored path is this file's, or ends in its key (it was given relative to another
    working directory, or its folder has moved since)."""
    stored = source.path.replace("\\", "/")
    return stored == work.path.as_posix() or stored == work.key or stored.endswith(f"/{work.key}")


def _rekeyed(ref: str | None, old: str, new: str) -> str | None:
    if ref and ref.startswith(f"{old}#"):
        return new + ref[len(old) :]
    return ref
