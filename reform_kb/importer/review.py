"""The review page of a source an editor added: what the import found, what it flagged, fixes.

An editor sees the documents found (title, kind, date, flags and why), their quotes with speakers
and organisations, the people and organisations the import created, and each file's outcome; fixes
a title or a speaker right there; and publishes. Fixed rows are marked as edited by an editor, so a
later import keeps the fix (see writer.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Prefetch, Q

from reform_kb.kb.models import Document, Organisation, Person, PersonAlias, Quote, SourceImport
from reform_kb.pipeline.swedish import slug_candidates, swedish_sort_key

from .sources_added import documents_of

TITLE_MAX = 300
NAME_MAX = 200


@dataclass
class Review:
    documents: list[Document]
    new_people: list[Person]
    new_organisations: list[Organisation]
    flagged: int

    @property
    def quote_count(self) -> int:
        return sum(len(d.found_quotes) for d in self.documents)


def review(source_import: SourceImport) -> Review:
    """What the import found, in a fixed number of queries."""
    quotes = Quote.objects.select_related("speaker", "organisation").order_by("start")
    documents = list(
        documents_of(source_import)
        .prefetch_related(Prefetch("quotes", queryset=quotes, to_attr="found_quotes"), "organisations")
        .order_by("source_file", "source_position")
    )
    started = source_import.created_at
    people = Person.objects.filter(created_at__gte=started, quotes__document__in=documents).distinct()
    orgs = Organisation.objects.filter(
        Q(quotes__document__in=documents) | Q(documents__in=documents), created_at__gte=started
    ).distinct()
    flagged = sum(d.needs_review + sum(q.needs_review for q in d.found_quotes) for d in documents)
    return Review(
        documents=documents,
        new_people=sorted(people, key=lambda p: swedish_sort_key(p.name)),
        new_organisations=sorted(orgs, key=lambda o: swedish_sort_key(o.name)),
        flagged=flagged,
    )


@dataclass
class Fixes:
    titles: int = 0
    speakers: int = 0
    withdrawn: int = 0
    errors: list[str] = field(default_factory=list)


def apply_fixes(found: Review, data, user) -> Fixes:
    """The editor's corrections from the review form (`title-<id>`, `speaker-<id>`,
    `withdraw-<id>`): all or none saved."""
    fixes = Fixes()
    with transaction.atomic():
        for document in found.documents:
            _fix_title(document, data.get(f"title-{document.pk}"), fixes)
            for quote in document.found_quotes:
                _fix_speaker(quote, data.get(f"speaker-{quote.pk}"), user, fixes)
                _fix_withdrawn(quote, f"withdraw-{quote.pk}" in data, user, fixes)
        if fixes.errors:
            transaction.set_rollback(True)
    return fixes


def _fix_title(document: Document, title: str | None, fixes: Fixes) -> None:
    if title is None:
        return
    title = " ".join(title.split())
    if not title:
        fixes.errors.append(f"Dokumentet ”{document.title}” behöver en titel; den ändrades inte.")
        return
    if title == document.title:
        return
    document.title = title[:TITLE_MAX]
    document.edited_by_editor = True
    document.needs_review = False
    document.save()
    fixes.titles += 1


def _fix_speaker(quote: Quote, name: str | None, user, fixes: Fixes) -> None:
    if name is None:
        return
    name = " ".join(name.split())[:NAME_MAX]
    current = quote.speaker.name if quote.speaker else ""
    if name == current:
        return
    quote.speaker = person_named(name) if name else None
    quote.needs_review = False
    quote.edited_by_editor = True
    quote.updated_by = user
    quote.save()
    fixes.speakers += 1


def _fix_withdrawn(quote: Quote, withdrawn: bool, user, fixes: Fixes) -> None:
    if withdrawn == quote.withdrawn:
        return
    quote.withdrawn = withdrawn
    quote.edited_by_editor = True
    quote.updated_by = user
    quote.save()
    fixes.withdrawn += 1


def person_named(name: str) -> Person:
    """The person of that name (or name variant) if there is one, else a new person."""
    person = Person.objects.filter(name__iexact=name).order_by("pk").first()
    if person is None:
        alias = PersonAlias.objects.filter(name__iexact=name).select_related("person").first()
        person = alias.person if alias else None
    if person is None:
        taken = set(Person.objects.filter(slug__startswith=next(slug_candidates(name))).values_list("slug", flat=True))
        slug = next(s for s in slug_candidates(name) if s not in taken)
        person = Person.objects.create(name=name, slug=slug)
    return person
