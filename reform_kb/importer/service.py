"""Upsert parsed documents into the models.

Rules that make re-imports safe:
- Every imported row has a stable `import_ref` derived from the source (file name + title for a
  document, document + quote text for a quote), so a second run updates rather than duplicates.
- A file whose bytes and parse key (see context.py) are unchanged since its last import is skipped
  without parsing; rows are compared before they are written, so nothing unchanged is saved.
- What editors did wins: a quote an editor added or changed is never rewritten or removed (when its
  document's text changes it is re-anchored, or flagged if its words are gone); a document an editor
  edited keeps its title, kind, date, relations and review state, and only its text follows the source.
- Each file is saved in its own savepoint (batches of files share a transaction and a commit): a
  file that fails leaves nothing behind, the others still import.
- The search index is refreshed in batches of files (kb.changes.bulk), not row by row.
"""

from __future__ import annotations

import hashlib
import multiprocessing
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from taggit.models import Tag, TaggedItem

from reform_kb import search
from reform_kb.kb import changes
from reform_kb.kb.bulk_rows import RowBatch, quote_row_shape, reserve_ids
from reform_kb.kb.models import Document, Organisation, Person, PersonAlias, Quote, Role, SourceFile, Theme
from reform_kb.kb.models.base import slug_candidates, slugify_sv
from reform_kb.kb.models.quotes import sort_date_for
from reform_kb.kb.quote_anchoring import locate_quote
from reform_kb.pipeline.batch import init_worker, parse_path
from reform_kb.pipeline.records import (
    OrganisationInfo,
    ParseContext,
    ParsedDocument,
    ParsedQuote,
    PersonMention,
)
from reform_kb.pipeline.sources import iter_source_files

from .context import build_context, parse_key

ENTITIES = ("documents", "quotes", "organisations", "people")
INDEX_BATCH_FILES = 200  # files between search index flushes: bounds memory and index lag
PARALLEL_MIN_FILES = 20  # below this, starting worker processes costs more than it saves
# The columns an imported quote is written with; the rest take their defaults (see _create_quotes).
QUOTE_ROW = quote_row_shape()


@dataclass
class FileResult:
    path: Path
    documents: int = 0
    quotes: int = 0
    skipped: bool = False  # unchanged since the last import
    error: str = ""


@dataclass
class Event:
    """One thing the import did or would do, for --dry-run listings and verbose output."""

    action: str  # "created", "updated", "removed", "flagged"
    entity: str  # one of ENTITIES
    label: str


@dataclass
class ImportReport:
    """Counts per entity and outcome, e.g. counts["quotes"]["created"], and what happened."""

    counts: dict[str, Counter] = field(default_factory=lambda: {e: Counter() for e in ENTITIES})
    files: list[FileResult] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    dry_run: bool = False
    keep_events: bool = True

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.error]

    @property
    def changed(self) -> bool:
        return any(c["created"] or c["updated"] or c["removed"] for c in self.counts.values())

    def add(self, entity: str, outcome: str, n: int = 1, label: str = "") -> None:
        self.counts[entity][outcome] += n
        if label and self.keep_events and outcome != "unchanged":
            self.events.append(Event(outcome, entity, label))

    def flag(self, entity: str, label: str, note: str) -> None:
        self.counts[entity]["flagged"] += 1
        if self.keep_events:
            self.events.append(Event("flagged", entity, f"{label} – {note}" if note else label))


class _Unknown:
    """Marks a SourceFile row that has not been looked up yet."""


@dataclass
class _Work:
    """One file on its way through the import: what examine() found out before parsing."""

    path: Path
    result: FileResult
    checksum: str = ""
    size: int = 0
    source: SourceFile | None = None
    to_parse: bool = False


class _Parser:
    """Parses batches of files, in a pool of spawned worker processes when there are several."""

    def __init__(self, context: ParseContext, workers: int):
        self.context = context
        self.workers = max(1, workers)
        self.pool = None

    def __enter__(self) -> _Parser:
        if self.workers > 1:
            # Spawned, not forked: workers must not inherit the importer's database connection.
            # They get the context without the per-process caches the pipeline keeps in it.
            clean = ParseContext(organisations=self.context.organisations, themes=self.context.themes)
            self.pool = multiprocessing.get_context("spawn").Pool(
                self.workers, initializer=init_worker, initargs=(clean,)
            )
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()

    def submit(self, works: list[_Work]) -> _ParsedBatch:
        paths = [str(w.path) for w in works if w.to_parse]
        if self.pool is not None:
            return _ParsedBatch(works, self.pool.map_async(parse_path, paths, chunksize=8))
        return _ParsedBatch(works, [parse_path(p, self.context) for p in paths])


class _ParsedBatch:
    def __init__(self, works: list[_Work], outcome):
        self.works = works
        self.outcome = outcome

    def result(self) -> list[tuple[_Work, list[ParsedDocument] | None, str]]:
        outcome = self.outcome.get() if hasattr(self.outcome, "get") else self.outcome
        by_path = {path: (documents, error) for path, documents, error in outcome}
        return [(w, *by_path.get(str(w.path), (None, ""))) for w in self.works]


def import_paths(
    paths,
    *,
    dry_run: bool = False,
    force: bool = False,
    keep_events: bool = True,
    workers: int = 1,
    on_start: Callable[[int], None] | None = None,
    on_file: Callable[[FileResult], None] | None = None,
) -> ImportReport:
    """Import every source file under `paths`.

    `on_start(total_files)` and `on_file(FileResult)` let a caller show progress. With `dry_run`
    everything runs inside one transaction that is rolled back, so the counts and events are exact.
    With `workers` > 1 (and enough files) parsing runs in that many processes.
    """
    report = ImportReport(dry_run=dry_run, keep_events=keep_events)
    files = list(iter_source_files(Path(p) for p in paths))
    if on_start:
        on_start(len(files))

    def run(importer: _Importer) -> None:
        batches = [files[i : i + INDEX_BATCH_FILES] for i in range(0, len(files), INDEX_BATCH_FILES)]
        pool_size = workers if len(files) >= PARALLEL_MIN_FILES else 1
        with _Parser(importer.context, pool_size) as parser:
            # Batch n+1 is parsed in the workers while batch n is saved here; at most two batches
            # of parsed documents are in memory at once.
            pending = parser.submit(importer.examine_batch(batches[0])) if batches else None
            for n in range(len(batches)):
                parsed_batch = pending.result()
                if n + 1 < len(batches):
                    pending = parser.submit(importer.examine_batch(batches[n + 1]))
                # One transaction per batch, one savepoint per file: a failing file still leaves
                # nothing behind, and a batch costs one commit instead of one per file.
                with transaction.atomic(), changes.bulk():
                    for work, documents, error in parsed_batch:
                        result = importer.save(work, documents, error)
                        report.files.append(result)
                        if on_file:
                            on_file(result)
                    importer.finish_batch()
        importer.count_unchanged_entities()

    if dry_run:
        with transaction.atomic():
            run(_Importer(report, force=force))
            transaction.set_rollback(True)
    else:
        run(_Importer(report, force=force))
    return report


class _Importer:
    def __init__(self, report: ImportReport, *, force: bool = False):
        self.report = report
        self.force = force
        self.context = build_context()
        self.parse_key = parse_key(self.context)
        self.themes = {t.slug: t for t in Theme.objects.all()}
        self.created_people: set[int] = set()  # a role added to a person created this run is no "update"
        self.touched = {"organisations": set(), "people": set()}  # pks referenced by this run
        self.load_caches()
        # Quotes inserted with bulk_create send no post_save, so the search index hears of them here.
        self.bulk_quote_ids: list[int] = []
        self.file_quote_ids: list[int] = []
        # Roles whose first/last seen dates moved; written once per batch, not once per document.
        self.dated_roles: dict[int, Role] = {}

    def load_caches(self) -> None:
        """Everything the texts refer to by name, looked up in memory: one query per table per run
        instead of one or more per mention (synthetic benchmark rows are left out). Reloaded after a
        file fails, as its rollback removed rows the caches may hold."""
        self.organisations = {o.name: o for o in Organisation.objects.filter(synthetic=False)}
        self.people = {p.name: p for p in Person.objects.filter(synthetic=False)}
        self.person_aliases = {a.name.lower(): a.person for a in PersonAlias.objects.select_related("person")}
        self.roles = {
            (r.person_id, r.organisation_id, r.title): r for r in Role.objects.filter(person__synthetic=False)
        }
        self.tags: dict[str, Tag] = {}
        self.slugs: dict[type, set[str]] = {}

    def finish_batch(self) -> None:
        """Write what is deferred to the end of a batch of files: search entries and role dates."""
        if self.bulk_quote_ids:
            search.reindex_quotes(self.bulk_quote_ids)
            self.bulk_quote_ids = []
        if self.dated_roles:
            Role.objects.bulk_update(self.dated_roles.values(), ["first_seen", "last_seen"])
            self.dated_roles = {}

    def count_unchanged_entities(self) -> None:
        """Organisations and people the texts referred to but this run did not create or change."""
        for entity, pks in self.touched.items():
            counts = self.report.counts[entity]
            counts["unchanged"] = max(0, len(pks) - counts["created"] - counts["updated"])

    # -- files ---------------------------------------------------------------------------------

    def examine_batch(self, paths: list[Path]) -> list[_Work]:
        """examine() for a batch of files, with their SourceFile rows read in one query."""
        sources = {s.name: s for s in SourceFile.objects.filter(name__in={p.name for p in paths})}
        return [self.examine(path, source=sources.get(path.name)) for path in paths]

    def examine(self, path: Path, *, source: SourceFile | None | type[_Unknown] = _Unknown) -> _Work:
        """Read a file's checksum and decide whether it must be parsed at all (`source`: its
        SourceFile row or None, when the caller has read it already)."""
        work = _Work(path=path, result=FileResult(path=path))
        try:
            raw = path.read_bytes()
        except OSError as exc:
            work.result.error = f"kan inte läsas ({exc.strerror or exc})"
            return work
        work.checksum = hashlib.sha256(raw).hexdigest()
        work.size = len(raw)
        if source is _Unknown:
            source = SourceFile.objects.filter(name=path.name).first()
        work.source = source
        if (
            source is not None
            and not self.force
            and source.status == SourceFile.Status.IMPORTED
            and source.checksum == work.checksum
            and source.parse_key == self.parse_key
        ):
            self._skip_unchanged(work.result, source)
        else:
            work.to_parse = True
        return work

    def import_file(self, path: Path) -> FileResult:
        """Examine, parse and save one file in this process."""
        work = self.examine(path)
        if not work.to_parse:
            return work.result
        _, documents, error = parse_path(str(path), self.context)
        return self.save(work, documents, error)

    def save(self, work: _Work, parsed: list[ParsedDocument] | None, error: str) -> FileResult:
        """Persist a parsed file in one transaction, with its provenance."""
        result = work.result
        if not work.to_parse:
            return result
        path, source = work.path, work.source
        if error:
            result.error = error
        else:
            try:
                with transaction.atomic():  # the file's savepoint, provenance included
                    self._save_file(path, parsed, result, first_import=source is None)
                    self._record_source(work, result)
                self.bulk_quote_ids.extend(self.file_quote_ids)
            except Exception as exc:  # a bug must not take the other files down with it
                result.error = f"importen misslyckades: {exc.__class__.__name__}: {exc}"
                self.load_caches()
                result.documents = result.quotes = 0
            finally:
                self.file_quote_ids = []
        if result.error:
            work.source = SourceFile.objects.filter(name=path.name).first()
            self._record_source(work, result)
        return result

    def _record_source(self, work: _Work, result: FileResult) -> None:
        source = work.source or SourceFile(name=work.path.name)
        source.path = str(work.path)[:1000]
        source.checksum = work.checksum
        source.parse_key = self.parse_key if not result.error else ""
        source.size = work.size
        source.status = SourceFile.Status.FAILED if result.error else SourceFile.Status.IMPORTED
        source.error = result.error[:500]
        source.document_count = result.documents
        source.imported_at = timezone.now()
        source.save()

    def _skip_unchanged(self, result: FileResult, source: SourceFile) -> FileResult:
        result.skipped = True
        result.documents = source.document_count
        result.quotes = Quote.objects.filter(
            document__source_file=source.name, origin=Quote.Origin.IMPORT
        ).count()
        self.report.add("documents", "unchanged", result.documents)
        self.report.add("quotes", "unchanged", result.quotes)
        return result

    def _save_file(
        self, path: Path, parsed: list[ParsedDocument], result: FileResult, *, first_import: bool
    ) -> None:
        """Save a file's documents. On a file's first import (no SourceFile row yet) none of its
        documents can exist, which saves a lookup per document and the search for stale ones."""
        refs: set[str] = set()
        for doc in parsed:
            ref = _unique_ref(_document_ref(doc), refs)
            refs.add(ref)
            self.save_document(doc, ref, known_new=first_import)
            result.documents += 1
            result.quotes += len(doc.quotes)
        if not first_import:
            self._retire_stale_documents(path.name, refs)

    def _retire_stale_documents(self, source_file: str, current_refs: set[str]) -> None:
        """Documents an earlier import took from this file that the file no longer contains."""
        stale = Document.objects.filter(source_file=source_file, synthetic=False).exclude(
            import_ref__in=current_refs
        )
        for doc in stale.exclude(import_ref=None):
            keep = (
                doc.edited_by_editor
                or doc.quotes.exclude(origin=Quote.Origin.IMPORT, edited_by_editor=False).exists()
            )
            if keep:
                if not doc.needs_review:
                    doc.needs_review = True
                    doc.review_note = (
                        "Finns inte längre i källfilen; behålls för redaktörens citat och ändringar."
                    )
                    doc.save(update_fields=["needs_review", "review_note", "updated_at"])
                    self.report.flag("documents", doc.title, doc.review_note)
            else:
                self.report.add("documents", "removed", label=doc.title)
                doc.delete()

    # -- documents -----------------------------------------------------------------------------

    def save_document(self, parsed: ParsedDocument, ref: str, *, known_new: bool = False) -> Document:
        for info in parsed.new_organisations:
            self.organisation(info.name, info)
        values = {
            "title": parsed.title[:300],
            "kind": parsed.kind,
            "published": parsed.published,
            "body": parsed.body,
            "source_file": parsed.source_file,
            "source_position": parsed.position,
            "source_url": parsed.source_url,
            "checksum": hashlib.sha256(parsed.body.encode()).hexdigest(),
            "needs_review": parsed.needs_review,
            "review_note": parsed.review_note[:300],
        }
        doc = None if known_new else Document.objects.filter(import_ref=ref).first()
        old_body = None
        if doc is None:
            doc = Document(import_ref=ref, slug=self.slug(Document, parsed.title), **values)
            doc.save()
            rows = RowBatch()
            self._add_new_document_relations(doc, parsed, rows)
            self.report.add("documents", "created", label=doc.title)
            if doc.needs_review:
                self.report.flag("documents", doc.title, doc.review_note)
            self._create_quotes(doc, parsed.quotes, rows, published=parsed.published)
            rows.write()
            return doc
        else:
            if doc.edited_by_editor:
                # The editor's title, kind, date and review state stand; the text follows the source.
                values = {k: v for k, v in values.items() if k in {"body", "checksum", "source_position"}}
            changed = [name for name, value in values.items() if getattr(doc, name) != value]
            if "body" in changed:
                old_body = doc.body
            if changed:
                for name in changed:
                    setattr(doc, name, values[name])
                doc.save()
            outcome = "updated" if changed else "unchanged"

        if not doc.edited_by_editor:
            relations = [
                (doc.organisations, [self.organisation(n) for n in parsed.organisations]),
                (doc.mentioned_organisations, [self.organisation(n) for n in parsed.mentioned_organisations]),
                (doc.authors, [self.person(p, seen=parsed.published) for p in parsed.authors]),
                (doc.themes, [self.themes[s] for s in parsed.themes if s in self.themes]),
            ]
            relations_changed = False
            for manager, objects in relations:
                relations_changed |= self._set_m2m(manager, objects)
            if set(doc.tags.names()) != set(parsed.tags):
                doc.tags.set(parsed.tags)
                relations_changed = True
            if relations_changed and outcome == "unchanged":
                outcome = "updated"
        self.report.add("documents", outcome, label=doc.title)

        self.save_quotes(doc, parsed.quotes, published=parsed.published)
        if old_body is not None:
            self._reanchor_editor_quotes(doc, old_body)
        return doc

    def _add_new_document_relations(self, doc: Document, parsed: ParsedDocument, rows: RowBatch) -> None:
        """A new document's relations as rows to insert (there is nothing to compare against)."""
        relations = [
            (
                Document.organisations.through,
                "organisation_id",
                [self.organisation(n) for n in parsed.organisations],
            ),
            (
                Document.mentioned_organisations.through,
                "organisation_id",
                [self.organisation(n) for n in parsed.mentioned_organisations],
            ),
            (
                Document.authors.through,
                "person_id",
                [self.person(p, seen=parsed.published) for p in parsed.authors],
            ),
            (
                Document.themes.through,
                "theme_id",
                [self.themes[s] for s in parsed.themes if s in self.themes],
            ),
        ]
        for through, column, objects in relations:
            pks = dict.fromkeys(o.pk for o in objects)
            rows.add(through, ["document_id", column], [(doc.pk, pk) for pk in pks])
        if parsed.tags:
            content_type = ContentType.objects.get_for_model(Document)
            rows.add(
                TaggedItem,
                ["content_type_id", "object_id", "tag_id"],
                [(content_type.pk, doc.pk, tag.pk) for tag in self.tag_rows(parsed.tags)],
            )

    def tag_rows(self, names: list[str]) -> list[Tag]:
        """Tags by name, case-insensitively as TAGGIT_CASE_INSENSITIVE has it, cached for the run."""
        rows = {}
        for name in names:
            key = name.lower()
            tag = self.tags.get(key)
            if tag is None:
                tag = Tag.objects.filter(name__iexact=name).first() or Tag.objects.create(name=name)
                self.tags[key] = tag
            rows[tag.pk] = tag
        return list(rows.values())

    def _create_quotes(
        self, doc: Document, parsed_quotes: list[ParsedQuote], rows: RowBatch, *, published=None
    ) -> None:
        """A new document's quotes and their themes as rows to insert (plain rows, not model
        instances: bulk_create's per-value preparation was a third of an import's time)."""
        if not parsed_quotes:
            return
        ops = connection.ops
        now = ops.adapt_datetimefield_value(timezone.now())
        ids = reserve_ids(Quote, len(parsed_quotes))
        quote_rows, theme_rows, seen = [], [], set()
        for pk, parsed in zip(ids, parsed_quotes, strict=True):
            ref = _unique_ref(f"{doc.import_ref}#q-{_digest(parsed.text)}", seen)
            seen.add(ref)
            values = self._quote_values(doc, parsed, published)
            quote_rows.append(
                QUOTE_ROW.row(
                    id=pk,
                    created_at=now,
                    updated_at=now,
                    document_id=doc.pk,
                    text=values["text"],
                    start=values["start"],
                    end=values["end"],
                    kind=values["kind"],
                    speaker_id=values["speaker"].pk if values["speaker"] else None,
                    speaker_role=values["speaker_role"],
                    organisation_id=values["organisation"].pk if values["organisation"] else None,
                    origin=Quote.Origin.IMPORT.value,
                    import_ref=ref,
                    needs_review=values["needs_review"],
                    review_note=values["review_note"],
                    sort_date=ops.adapt_datefield_value(values["sort_date"]),
                )
            )
            theme_rows.extend((pk, self.themes[s].pk) for s in parsed.themes if s in self.themes)
            label = _quote_label(parsed)
            self.report.add("quotes", "created", label=label)
            if parsed.needs_review:
                self.report.flag("quotes", label, parsed.review_note)
        rows.add(Quote, QUOTE_ROW.columns, quote_rows)
        rows.add(Quote.themes.through, ["quote_id", "theme_id"], theme_rows)
        self.file_quote_ids.extend(ids)

    def _quote_values(self, doc: Document, parsed: ParsedQuote, published) -> dict:
        speaker = self.person(parsed.speaker, seen=published) if parsed.speaker else None
        return {
            "document": doc,
            "sort_date": sort_date_for(doc.published),
            "text": parsed.text,
            "start": parsed.start,
            "end": parsed.end,
            "kind": parsed.kind,
            "speaker": speaker,
            "speaker_role": (parsed.speaker.role if parsed.speaker else "")[:300],
            "organisation": self.organisation(parsed.speaker.organisation)
            if parsed.speaker and parsed.speaker.organisation
            else None,
            "needs_review": parsed.needs_review,
            "review_note": parsed.review_note[:300],
        }

    # -- quotes --------------------------------------------------------------------------------

    def save_quotes(self, doc: Document, parsed_quotes: list[ParsedQuote], *, published=None) -> None:
        existing = {q.import_ref: q for q in doc.quotes.filter(origin=Quote.Origin.IMPORT)}
        seen: set[str] = set()
        for parsed in parsed_quotes:
            ref = _unique_ref(f"{doc.import_ref}#q-{_digest(parsed.text)}", seen)
            seen.add(ref)
            quote = existing.get(ref) or Quote.objects.filter(import_ref=ref).first()
            if quote is not None and (quote.edited_by_editor or quote.origin != Quote.Origin.IMPORT):
                self.report.add("quotes", "unchanged")
                continue
            values = self._quote_values(doc, parsed, published)
            themes = [self.themes[s] for s in parsed.themes if s in self.themes]
            label = _quote_label(parsed)
            if quote is None:
                quote = Quote.objects.create(import_ref=ref, origin=Quote.Origin.IMPORT, **values)
                quote.themes.set(themes)
                self.report.add("quotes", "created", label=label)
                if parsed.needs_review:
                    self.report.flag("quotes", label, parsed.review_note)
                continue
            changed = [name for name, value in values.items() if getattr(quote, name) != value]
            for name in changed:
                setattr(quote, name, values[name])
            if changed:
                quote.save()
            if self._set_m2m(quote.themes, themes) or changed:
                self.report.add("quotes", "updated", label=label)
            else:
                self.report.add("quotes", "unchanged")

        stale = [q for ref, q in existing.items() if ref not in seen and not q.edited_by_editor]
        if stale:
            for q in stale:
                self.report.add("quotes", "removed", label=str(q))
            Quote.objects.filter(pk__in=[q.pk for q in stale]).delete()

    def _reanchor_editor_quotes(self, doc: Document, old_body: str) -> None:
        """Move the editors' quotes to where their words now stand in the changed text."""
        kept = doc.quotes.exclude(origin=Quote.Origin.IMPORT, edited_by_editor=False)
        for quote in kept:
            found = locate_quote(doc.body, quote.text, near=quote.start)
            if found is not None:
                if found != (quote.start, quote.end):
                    quote.start, quote.end = found
                    quote.save(update_fields=["start", "end", "updated_at"])
                    self.report.add("quotes", "updated", label=str(quote))
            elif not quote.needs_review:
                quote.needs_review = True
                quote.review_note = "Citatet finns inte längre i dokumentets uppdaterade text."
                quote.save(update_fields=["needs_review", "review_note", "updated_at"])
                self.report.flag("quotes", str(quote), quote.review_note)

    # -- organisations and people ----------------------------------------------------------------

    def organisation(self, name: str, info: OrganisationInfo | None = None) -> Organisation:
        """The organisation called `name`, created (flagged for review) if the importer is new to it."""
        org = self.organisations.get(name)
        if org is not None:
            self.touched["organisations"].add(org.pk)
            return org
        org = Organisation.objects.filter(name__iexact=name, synthetic=False).first()
        if org is None:
            parent = self.organisations.get(info.parent) if info and info.parent else None
            org = Organisation.objects.create(
                name=name[:200],
                slug=self.slug(Organisation, name),
                short_name=(info.short_name if info else "")[:50],
                kind=info.kind if info else Organisation.Kind.ANNAN,
                parent=parent,
                needs_review=True,
            )
            self.report.add("organisations", "created", label=org.name)
            self.report.flag("organisations", org.name, "okänd organisation")
        self.organisations[name] = org
        self.touched["organisations"].add(org.pk)
        return org

    def person(self, mention: PersonMention, *, seen=None) -> Person:
        """The person named in `mention`, with the role the text gives them (and when) recorded."""
        key = mention.name.strip()
        person = self.people.get(key)
        if person is None:
            # A name variant an editor recorded, e.g. by merging two people.
            person = self.person_aliases.get(key.lower())
            if person is None:
                person = Person.objects.create(
                    name=key[:200], slug=self.slug(Person, key), party=mention.party
                )
                self.report.add("people", "created", label=person.name)
                self.created_people.add(person.pk)
            elif mention.party and person.party != mention.party:
                person.party = mention.party
                person.save(update_fields=["party", "updated_at"])
                self.report.add("people", "updated", label=person.name)
            self.people[key] = person
        self.touched["people"].add(person.pk)
        organisation = self.organisation(mention.organisation) if mention.organisation else None
        if mention.role or organisation:
            self._record_role(person, organisation, mention.role[:300], seen)
        return person

    def slug(self, model, text: str) -> str:
        """A free slug for a new row, from the slugs of `model` loaded once per run."""
        taken = self.slugs.get(model)
        if taken is None:
            taken = self.slugs[model] = set(model.objects.values_list("slug", flat=True))
        slug = next(s for s in slug_candidates(text) if s not in taken)
        taken.add(slug)
        return slug

    def _record_role(self, person: Person, organisation, title: str, seen) -> None:
        key = (person.pk, organisation.pk if organisation else None, title)
        role = self.roles.get(key)
        if role is None:  # the cache holds every role (load_caches), so a miss is a new role
            self.roles[key] = Role.objects.create(
                person=person, organisation=organisation, title=title, first_seen=seen, last_seen=seen
            )
            if person.pk not in self.created_people:
                self.report.add("people", "updated", label=person.name)
            return
        if seen and (
            role.first_seen is None
            or seen < role.first_seen
            or role.last_seen is None
            or seen > role.last_seen
        ):
            role.first_seen = min(filter(None, [role.first_seen, seen]))
            role.last_seen = max(filter(None, [role.last_seen, seen]))
            self.dated_roles[role.pk] = role

    @staticmethod
    def _set_m2m(manager, objects) -> bool:
        wanted = {o.pk for o in objects}
        if set(manager.values_list("pk", flat=True)) == wanted:
            return False
        manager.set(list(wanted))
        return True


def _document_ref(doc: ParsedDocument) -> str:
    return f"{doc.source_file}#{slugify_sv(doc.title)[:80] or 'dokument'}"


def _quote_label(parsed: ParsedQuote) -> str:
    text = parsed.text if len(parsed.text) <= 70 else parsed.text[:67] + "…"
    who = parsed.speaker.name if parsed.speaker else "okänd talare"
    return f"”{text}” ({who})"


def _unique_ref(ref: str, taken: set[str]) -> str:
    candidate, n = ref, 2
    while candidate in taken:
        candidate = f"{ref}-{n}"
        n += 1
    return candidate


def _digest(text: str) -> str:
    normalised = " ".join(text.split())
    return hashlib.sha1(normalised.encode()).hexdigest()[:12]
