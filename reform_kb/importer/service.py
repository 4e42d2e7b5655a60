"""Upsert parsed documents into the models.

Rules that make re-imports safe:
- Every imported row has a stable `import_ref` derived from the source (file name + title for a
  document, document + quote text for a quote), so a second run updates rather than duplicates.
- Rows are compared before they are written; an unchanged row is not saved (and not counted).
- A quote an editor has changed (`edited_by_editor`) or added (`origin=editor`) is never touched.
- Each file is one transaction: a file that fails leaves nothing behind, the others still import.
- The search index is refreshed once at the end (search.bulk_indexing), not row by row.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from reform_kb import search
from reform_kb.kb.models import Document, Organisation, Person, Quote, Role, Theme
from reform_kb.kb.models.base import slugify_sv, unique_slug
from reform_kb.pipeline.parse import parse_file
from reform_kb.pipeline.records import OrganisationInfo, ParsedDocument, ParsedQuote, PersonMention
from reform_kb.pipeline.sources import SourceError, iter_source_files, read_source

from .context import build_context

ENTITIES = ("documents", "quotes", "organisations", "people")


@dataclass
class FileResult:
    path: Path
    documents: int = 0
    quotes: int = 0
    error: str = ""


@dataclass
class ImportReport:
    """Counts per entity and outcome, e.g. counts["quotes"]["created"]."""

    counts: dict[str, Counter] = field(default_factory=lambda: {e: Counter() for e in ENTITIES})
    files: list[FileResult] = field(default_factory=list)
    dry_run: bool = False

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.error]

    @property
    def changed(self) -> bool:
        return any(c["created"] or c["updated"] or c["removed"] for c in self.counts.values())

    def add(self, entity: str, outcome: str, n: int = 1) -> None:
        self.counts[entity][outcome] += n


class _DryRunRollback(Exception):
    pass


def import_paths(paths, *, dry_run: bool = False, on_file=None) -> ImportReport:
    """Import every source file under `paths`; `on_file(FileResult)` is called after each file."""
    report = ImportReport(dry_run=dry_run)
    files = list(iter_source_files(Path(p) for p in paths))
    try:
        with transaction.atomic(), search.bulk_indexing():
            importer = _Importer(report)
            for path in files:
                result = importer.import_file(path)
                report.files.append(result)
                if on_file:
                    on_file(result)
            importer.count_unchanged_entities()
            if dry_run:
                raise _DryRunRollback
    except _DryRunRollback:
        pass
    return report


class _Importer:
    def __init__(self, report: ImportReport):
        self.report = report
        self.context = build_context()
        self.themes = {t.slug: t for t in Theme.objects.all()}
        self.organisations = {o.name: o for o in Organisation.objects.all()}
        self.people: dict[str, Person] = {}
        self.created_people: set[int] = set()  # a role added to a person created this run is no "update"
        self.touched = {"organisations": set(), "people": set()}  # pks referenced by this run

    def count_unchanged_entities(self) -> None:
        """Organisations and people the texts referred to but this run did not create or change."""
        for entity, pks in self.touched.items():
            counts = self.report.counts[entity]
            counts["unchanged"] = max(0, len(pks) - counts["created"] - counts["updated"])

    # -- files ---------------------------------------------------------------------------------

    def import_file(self, path: Path) -> FileResult:
        result = FileResult(path=path)
        try:
            text = read_source(path)
            parsed = parse_file(path.name, text, self.context)
            if not parsed:
                raise SourceError("inga dokument hittades i texten")
        except SourceError as exc:
            result.error = str(exc)
            return result
        try:
            with transaction.atomic():
                refs: set[str] = set()
                for doc in parsed:
                    ref = _unique_ref(_document_ref(doc), refs)
                    refs.add(ref)
                    self.save_document(doc, ref)
                    result.documents += 1
                    result.quotes += len(doc.quotes)
        except Exception as exc:  # a bug must not take the other files down with it
            result.error = f"importen misslyckades: {exc.__class__.__name__}: {exc}"
            self.organisations = {o.name: o for o in Organisation.objects.all()}
            self.people.clear()
        return result

    # -- documents -----------------------------------------------------------------------------

    def save_document(self, parsed: ParsedDocument, ref: str) -> Document:
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
        doc = Document.objects.filter(import_ref=ref).first()
        if doc is None:
            doc = Document(import_ref=ref, slug=unique_slug(Document, parsed.title), **values)
            doc.save()
            outcome = "created"
        else:
            changed = [name for name, value in values.items() if getattr(doc, name) != value]
            if changed:
                for name in changed:
                    setattr(doc, name, values[name])
                doc.save()
            outcome = "updated" if changed else "unchanged"

        relations_changed = self._set_m2m(
            doc.organisations, [self.organisation(n) for n in parsed.organisations]
        )
        relations_changed |= self._set_m2m(
            doc.mentioned_organisations, [self.organisation(n) for n in parsed.mentioned_organisations]
        )
        relations_changed |= self._set_m2m(doc.authors, [self.person(p) for p in parsed.authors])
        relations_changed |= self._set_m2m(
            doc.themes, [self.themes[s] for s in parsed.themes if s in self.themes]
        )
        if set(doc.tags.names()) != set(parsed.tags):
            doc.tags.set(parsed.tags)
            relations_changed = True
        if relations_changed and outcome == "unchanged":
            outcome = "updated"
        self.report.add("documents", outcome)

        self.save_quotes(doc, parsed.quotes)
        return doc

    # -- quotes --------------------------------------------------------------------------------

    def save_quotes(self, doc: Document, parsed_quotes: list[ParsedQuote]) -> None:
        existing = {q.import_ref: q for q in doc.quotes.filter(origin=Quote.Origin.IMPORT)}
        seen: set[str] = set()
        for parsed in parsed_quotes:
            ref = _unique_ref(f"{doc.import_ref}#q-{_digest(parsed.text)}", seen)
            seen.add(ref)
            quote = existing.get(ref) or Quote.objects.filter(import_ref=ref).first()
            if quote is not None and (quote.edited_by_editor or quote.origin != Quote.Origin.IMPORT):
                self.report.add("quotes", "unchanged")
                continue
            speaker = self.person(parsed.speaker) if parsed.speaker else None
            values = {
                "document": doc,
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
            themes = [self.themes[s] for s in parsed.themes if s in self.themes]
            if quote is None:
                quote = Quote.objects.create(import_ref=ref, origin=Quote.Origin.IMPORT, **values)
                quote.themes.set(themes)
                self.report.add("quotes", "created")
                continue
            changed = [name for name, value in values.items() if getattr(quote, name) != value]
            for name in changed:
                setattr(quote, name, values[name])
            if changed:
                quote.save()
            if self._set_m2m(quote.themes, themes) or changed:
                self.report.add("quotes", "updated")
            else:
                self.report.add("quotes", "unchanged")

        stale = [q.pk for ref, q in existing.items() if ref not in seen and not q.edited_by_editor]
        if stale:
            Quote.objects.filter(pk__in=stale).delete()
            self.report.add("quotes", "removed", len(stale))

    # -- organisations and people ----------------------------------------------------------------

    def organisation(self, name: str, info: OrganisationInfo | None = None) -> Organisation:
        """The organisation called `name`, created (flagged for review) if the importer is new to it."""
        org = self.organisations.get(name)
        if org is not None:
            self.touched["organisations"].add(org.pk)
            return org
        org = Organisation.objects.filter(name__iexact=name).first()
        if org is None:
            parent = self.organisations.get(info.parent) if info and info.parent else None
            org = Organisation.objects.create(
                name=name[:200],
                slug=unique_slug(Organisation, name),
                short_name=(info.short_name if info else "")[:50],
                kind=info.kind if info else Organisation.Kind.ANNAN,
                parent=parent,
                needs_review=True,
            )
            self.report.add("organisations", "created")
        self.organisations[name] = org
        self.touched["organisations"].add(org.pk)
        return org

    def person(self, mention: PersonMention) -> Person:
        """The person named in `mention`, with the role the text gives them recorded."""
        key = mention.name.strip()
        person = self.people.get(key)
        if person is None:
            person = Person.objects.filter(name=key).first()
            if person is None:
                person = Person.objects.create(
                    name=key[:200], slug=unique_slug(Person, key), party=mention.party
                )
                self.report.add("people", "created")
                self.created_people.add(person.pk)
            elif mention.party and person.party != mention.party:
                person.party = mention.party
                person.save(update_fields=["party", "updated_at"])
                self.report.add("people", "updated")
            self.people[key] = person
        self.touched["people"].add(person.pk)
        organisation = self.organisation(mention.organisation) if mention.organisation else None
        if mention.role or organisation:
            _, created = Role.objects.get_or_create(
                person=person, organisation=organisation, title=mention.role[:300]
            )
            if created and person.pk not in self.created_people:
                self.report.add("people", "updated")
        return person

    @staticmethod
    def _set_m2m(manager, objects) -> bool:
        wanted = {o.pk for o in objects}
        if set(manager.values_list("pk", flat=True)) == wanted:
            return False
        manager.set(list(wanted))
        return True


def _document_ref(doc: ParsedDocument) -> str:
    return f"{doc.source_file}#{slugify_sv(doc.title)[:80] or 'dokument'}"


def _unique_ref(ref: str, taken: set[str]) -> str:
    candidate, n = ref, 2
    while candidate in taken:
        candidate = f"{ref}-{n}"
        n += 1
    return candidate


def _digest(text: str) -> str:
    normalised = " ".join(text.split())
    return hashlib.sha1(normalised.encode()).hexdigest()[:12]
