"""Writing a synthetic corpus to the database in batches, fast enough for a million quotes.

Documents and quotes go in as plain rows (kb/bulk_rows.py: COPY on PostgreSQL), never through save(),
so no per-row signal fires; the row writers record each batch in the change feed (kb/changes.py),
which refreshes the search index and the content version. Memory stays bounded by the batch size
(5,000 quotes) whatever the corpus size.
"""

from __future__ import annotations

import queue
import random
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, connections, transaction
from django.utils import timezone
from taggit.models import Tag, TaggedItem

from reform_kb.kb import changes
from reform_kb.kb.bulk_rows import RowShape, insert_rows, quote_row_shape, reserve_ids
from reform_kb.kb.models import Document, Organisation, Person, Quote, Role, Theme
from reform_kb.kb.models.base import slugify_sv
from reform_kb.kb.models.quotes import sort_date_for

from .progress import Progress
from .text import (
    DocumentBuilder,
    DocumentSpec,
    SentencePool,
    Speaker,
    quote_counts,
    sentences_from_files,
    split_sentences,
)
from .vocabulary import ORGANISATION_PATTERNS, ROLES, TAGS, person_names

REF_PREFIX = "synthetic:"
BATCH_QUOTES = 5000
BATCH_DOCUMENTS = 1000
INDEXERS = 2


class SyntheticDataExists(Exception):
    """Synthetic documents are already present; remove them first."""


@dataclass
class GenerateReport:
    documents: int = 0
    quotes: int = 0
    organisations: int = 0
    people: int = 0
    seconds: float = 0.0


def sentence_pool(paths: list[Path] | None = None) -> SentencePool:
    """Sentences of the seed files, or of the real documents in the database when there are none."""
    sentences = sentences_from_files(paths or [Path(settings.BASE_DIR) / "seeds"])
    if len(sentences) < 10:
        for body in Document.objects.filter(synthetic=False).values_list("body", flat=True).iterator():
            sentences.extend(split_sentences(body))
    return SentencePool(sentences)


def _organisations(count: int) -> list[Organisation]:
    """All existing organisations plus `count` synthetic ones (created, or reused by name)."""
    patterns = [ORGANISATION_PATTERNS[n % len(ORGANISATION_PATTERNS)] for n in range(count)]
    names = [pattern.format(n=n) for n, (_, pattern) in enumerate(patterns, start=1)]
    kinds = [kind for kind, _ in patterns]
    existing = set(Organisation.objects.filter(name__in=names).values_list("name", flat=True))
    taken = set(Organisation.objects.values_list("slug", flat=True))
    new = []
    for name, kind in zip(names, kinds, strict=True):
        if name in existing:
            continue
        slug = slugify_sv(name)
        while slug in taken:
            slug += "-s"
        taken.add(slug)
        new.append(Organisation(name=name, slug=slug, kind=kind, synthetic=True))
    # bulk_create sends no signal: the change feed is told here.
    changes.record(
        Organisation, [o.pk for o in Organisation.objects.bulk_create(new, batch_size=1000)], "created"
    )
    return list(Organisation.objects.order_by("pk"))


def _people(
    rng: random.Random, count: int, organisations: list[Organisation]
) -> tuple[list[int], list[Speaker]]:
    names = person_names(rng, count)
    speakers = [Speaker(name, rng.choice(ROLES), rng.randrange(len(organisations))) for name in names]
    taken = set(Person.objects.filter(slug__regex=r"-[0-9]+$").values_list("slug", flat=True))
    people = []
    for n, name in enumerate(names, start=1):
        slug = f"{slugify_sv(name)}-{n}"
        while slug in taken:
            slug += "-s"
        people.append(Person(name=name, slug=slug, synthetic=True))
    ids = []
    for i in range(0, len(people), 2000):
        with transaction.atomic():
            chunk = Person.objects.bulk_create(people[i : i + 2000])
            roles = Role.objects.bulk_create(
                Role(person=person, organisation=organisations[s.organisation], title=s.role)
                for person, s in zip(chunk, speakers[i : i + 2000], strict=True)
            )
            # bulk_create sends no signal: the change feed is told here.
            changes.record(Person, [person.pk for person in chunk], "created")
            changes.record(Role, [role.pk for role in roles], "created")
        ids.extend(person.pk for person in chunk)
    return ids, speakers


def _tags() -> list[Tag]:
    for name in TAGS:
        if not Tag.objects.filter(name__iexact=name).exists():
            Tag.objects.create(name=name)
    return list(Tag.objects.order_by("pk"))


def _slug(title: str, n: int) -> str:
    return f"{slugify_sv(title)[:100].strip('-')}-{n}"


class _Writer:
    """Writes one batch of document specs and everything hanging off them."""

    def __init__(self, seed, rng, organisations, person_ids, themes, tags):
        self.seed, self.rng = seed, rng
        self.organisation_ids = [o.pk for o in organisations]
        self.person_ids = person_ids
        self.theme_ids = [t.pk for t in themes]
        self.tag_ids = [t.pk for t in tags]
        self.document_type = ContentType.objects.get_for_model(Document).pk
        self.quote_type = ContentType.objects.get_for_model(Quote).pk
        self.documents = RowShape(Document)
        self.quotes = quote_row_shape()

    def write(self, batch: list[tuple[int, DocumentSpec]]) -> tuple[list[int], list[int]]:
        ops = connection.ops
        now = ops.adapt_datetimefield_value(timezone.now())
        slugs = [_slug(spec.title, n) for n, spec in batch]
        clashes = set(Document.objects.filter(slug__in=slugs).values_list("slug", flat=True))
        document_ids = reserve_ids(Document, len(batch))
        insert_rows(
            Document,
            self.documents.columns,
            (
                self.documents.row(
                    id=pk,
                    created_at=now,
                    updated_at=now,
                    title=spec.title,
                    slug=slug + "-s" if slug in clashes else slug,
                    kind=spec.kind,
                    published=ops.adapt_datefield_value(spec.published),
                    body=spec.body,
                    import_ref=f"{REF_PREFIX}{self.seed}:{n}",
                    synthetic=True,
                )
                for pk, slug, (n, spec) in zip(document_ids, slugs, batch, strict=True)
            ),
        )
        org, person, theme = self.organisation_ids, self.person_ids, self.theme_ids
        quote_ids = reserve_ids(Quote, sum(len(spec.quotes) for _, spec in batch))
        quote_rows, quote_themes, tagged = [], [], []
        ids = iter(quote_ids)
        for document_id, (n, spec) in zip(document_ids, batch, strict=True):
            sort_date = ops.adapt_datefield_value(sort_date_for(spec.published))
            for j, qs in enumerate(spec.quotes):
                pk = next(ids)
                quote_rows.append(
                    self.quotes.row(
                        id=pk,
                        created_at=now,
                        updated_at=now,
                        document_id=document_id,
                        text=qs.text,
                        start=qs.start,
                        end=qs.end,
                        kind=qs.kind,
                        speaker_id=person[qs.speaker] if qs.speaker is not None else None,
                        speaker_role=qs.role,
                        organisation_id=org[qs.organisation] if qs.organisation is not None else None,
                        origin=Quote.Origin.IMPORT.value,
                        import_ref=f"{REF_PREFIX}{self.seed}:{n}:{j}",
                        needs_review=False,
                        review_note="",
                        sort_date=sort_date,
                    )
                )
                chosen = self.rng.sample(spec.themes, k=min(len(spec.themes), self.rng.randint(1, 2)))
                quote_themes.extend((pk, theme[i]) for i in chosen)
                if self.rng.random() < 0.05:
                    tagged.append((self.tag_ids[self.rng.randrange(len(self.tag_ids))], self.quote_type, pk))
            tagged.extend((self.tag_ids[i], self.document_type, document_id) for i in spec.tags)
        insert_rows(Quote, self.quotes.columns, quote_rows)
        pairs = list(zip(document_ids, (spec for _, spec in batch), strict=True))
        insert_rows(
            Document.organisations.through,
            ["document_id", "organisation_id"],
            ((pk, org[i]) for pk, spec in pairs for i in spec.organisations),
        )
        insert_rows(
            Document.authors.through,
            ["document_id", "person_id"],
            ((pk, person[i]) for pk, spec in pairs for i in spec.authors),
        )
        insert_rows(
            Document.themes.through,
            ["document_id", "theme_id"],
            ((pk, theme[i]) for pk, spec in pairs for i in spec.themes),
        )
        insert_rows(Quote.themes.through, ["quote_id", "theme_id"], quote_themes)
        insert_rows(TaggedItem, ["tag_id", "content_type_id", "object_id"], tagged)
        return document_ids, quote_ids


def _publish(written: changes.ChangeSet) -> None:
    with transaction.atomic():
        changes.publish(written)


class _BackgroundPublisher:
    """Publishes committed batches' changes (the search app indexes them) on their own connections
    while the next batch is built.

    On PostgreSQL the tsvectors are computed by the server, and that is most of the work: building
    text in Python and indexing in the database overlap, and two indexers use both cores. SQLite
    stems in Python and allows one writer, so it indexes inline instead.
    """

    def __init__(self, workers: int = INDEXERS):
        self.queue: queue.Queue = queue.Queue(maxsize=2 * workers)
        self.error: BaseException | None = None
        self.threads = [
            threading.Thread(target=self._run, name=f"synthetic-publisher-{n}", daemon=True)
            for n in range(workers)
        ]
        for thread in self.threads:
            thread.start()

    def _run(self):
        try:
            while (written := self.queue.get()) is not None:
                if self.error is None:
                    _publish(written)
        except BaseException as exc:  # reported by the main thread in put() or close()
            self.error = exc
            while self.queue.get() is not None:
                pass
        finally:
            connections.close_all()

    def put(self, written: changes.ChangeSet):
        if self.error:
            raise self.error
        self.queue.put(written)

    def close(self):
        for _ in self.threads:
            self.queue.put(None)
        for thread in self.threads:
            thread.join()
        if self.error:
            raise self.error


def generate(
    documents: int,
    quotes: int,
    *,
    seed: int = 1,
    sources: list[Path] | None = None,
    replace: bool = False,
    progress_stream=None,
) -> GenerateReport:
    """Add `documents` synthetic documents holding `quotes` quotes in all, with people, organisations,
    themes and tags, indexed for search. Same seed, same database contents → same corpus."""
    from .remove import remove_synthetic

    started = time.monotonic()
    if Document.objects.filter(synthetic=True).exists():
        if not replace:
            raise SyntheticDataExists("Det finns redan syntetiska dokument; kör remove_synthetic först.")
        remove_synthetic()
    rng = random.Random(seed)
    pool = sentence_pool(sources)
    themes = list(Theme.objects.order_by("pk"))
    if not themes:
        raise ValueError("Inga teman i databasen; kör migrate (teman läggs in av migrationerna).")
    report = GenerateReport()
    organisations = _organisations(max(10, documents // 50))
    report.organisations = sum(o.synthetic for o in organisations)
    person_ids, speakers = _people(rng, max(20, quotes // 100), organisations)
    report.people = len(person_ids)
    tags = _tags()
    builder = DocumentBuilder(
        pool,
        rng,
        speakers=speakers,
        organisation_names=[o.name for o in organisations],
        theme_count=len(themes),
        tag_count=len(tags),
    )
    writer = _Writer(seed, rng, organisations, person_ids, themes, tags)
    progress = (
        Progress(progress_stream, quotes or documents, "Genererar", " citat") if progress_stream else None
    )
    batch: list[tuple[int, DocumentSpec]] = []
    pending_quotes = 0

    publisher = (
        _BackgroundPublisher()
        if connection.vendor == "postgresql" and not connection.in_atomic_block
        else None
    )

    def flush():
        nonlocal batch, pending_quotes
        if publisher is None:
            with transaction.atomic(), changes.bulk():
                document_ids, quote_ids = writer.write(batch)
        else:
            with changes.collect() as written, transaction.atomic():
                document_ids, quote_ids = writer.write(batch)
            publisher.put(written)
        report.quotes += len(quote_ids)
        report.documents += len(batch)
        batch, pending_quotes = [], 0
        if progress:
            progress.update(report.quotes if quotes else report.documents, f"· {report.documents} dokument")

    try:
        for n, count in enumerate(quote_counts(documents, quotes, rng), start=1):
            batch.append((n, builder.build(count)))
            pending_quotes += count
            if pending_quotes >= BATCH_QUOTES or len(batch) >= BATCH_DOCUMENTS:
                flush()
        if batch:
            flush()
    finally:
        if publisher is not None:
            publisher.close()
    if progress:
        progress.finish()
    refresh_planner_statistics()
    report.seconds = time.monotonic() - started
    return report


def refresh_planner_statistics() -> None:
    """After a bulk load the query planner works from stale statistics until autovacuum gets round
    to the tables, and picks poor plans for search and list pages in the meantime: analyse now.

    On PostgreSQL also VACUUM (outside a transaction only): until a page is marked all-visible,
    an index-only scan (the counts of a theme's or an organisation's rows) still reads the table,
    and autovacuum would otherwise do that work later, in the middle of whatever is being measured.
    """
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            cursor.execute("VACUUM (ANALYZE)")
        else:
            cursor.execute("ANALYZE")
