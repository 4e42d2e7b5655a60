"""python manage.py export_kb – the published content as readable JSON on stdout, for researchers.

Not a backup: it leaves out what only editors see (notes, review flags, users) and keys, and nothing
reads it back; backup_kb and restore_kb (reform_kb/kb/backup.py) are the backup.

The JSON is streamed one object at a time with chunked, prefetched querysets, so memory stays flat
however large the knowledge base grows.
"""

import json

from django.core.management.base import BaseCommand

from reform_kb.kb.models import Document, Organisation, Person, Quote, Theme

CHUNK = 500


def _names(objects):
    return [o.name for o in objects]


def document_record(doc):
    return {
        "id": doc.pk,
        "title": doc.title,
        "kind": doc.kind,
        "published": doc.published.isoformat() if doc.published else None,
        "source_file": doc.source_file.rsplit("/", 1)[-1],
        "authors": _names(doc.authors.all()),
        "organisations": _names(doc.organisations.all()),
        # Issue 10, item 8: what the document names, so completeness can be measured from outside.
        "mentioned_organisations": _names(doc.mentioned_organisations.all()),
        "mentioned_people": _names(doc.mentioned_people.all()),
        "themes": _names(doc.themes.all()),
        "tags": _names(doc.tags.all()),
        "url": doc.get_absolute_url(),
        "text": doc.body,
    }


def quote_record(quote):
    return {
        "id": quote.pk,
        "document_id": quote.document_id,
        "text": quote.text,
        "kind": quote.kind,
        "speaker": quote.speaker.name if quote.speaker else None,
        "speaker_role": quote.speaker_role,
        "organisation": quote.organisation.name if quote.organisation else None,
        "start": quote.start,  # into the document's title when in_title, else into its text
        "end": quote.end,
        "in_title": quote.in_title,
        "themes": _names(quote.themes.all()),
        "tags": _names(quote.tags.all()),
        "annotation": quote.annotation,
        "origin": quote.origin,
        "url": quote.get_absolute_url(),
    }


def organisation_record(org):
    return {
        "id": org.pk,
        "name": org.name,
        "short_name": org.short_name,
        "aliases": [a.alias for a in org.aliases.all()],
        "kind": org.kind,
        "url": org.get_absolute_url(),
    }


def person_record(person):
    return {
        "id": person.pk,
        "name": person.name,
        "roles": [
            {"title": role.title, "organisation": role.organisation.name if role.organisation else None}
            for role in person.roles.all()
        ],
        "url": person.get_absolute_url(),
    }


def theme_record(theme):
    return {
        "id": theme.pk,
        "name": theme.name,
        "slug": theme.slug,
        "description": theme.description,
        "url": theme.get_absolute_url(),
    }


SECTIONS = [
    (
        "documents",
        lambda: Document.objects.public().order_by("pk").prefetch_related(
            "authors", "organisations", "mentioned_organisations", "mentioned_people", "themes", "tags"
        ),
        document_record,
    ),
    (
        "quotes",
        lambda: (
            Quote.objects.public().order_by("pk")
            .select_related("speaker", "organisation")
            .prefetch_related("themes", "tags")
        ),
        quote_record,
    ),
    (
        "organisations",
        lambda: Organisation.objects.order_by("pk").prefetch_related("aliases"),
        organisation_record,
    ),
    ("people", lambda: Person.objects.public().order_by("pk").prefetch_related("roles__organisation"), person_record),
    ("themes", lambda: Theme.objects.order_by("pk"), theme_record),
]


class Command(BaseCommand):
    help = (
        "Skriver det publicerade innehållet som läsbar JSON till standard ut (för forskare). "
        "Ingen säkerhetskopia: använd backup_kb och restore_kb."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--indent", type=int, default=None, help="Indrag för läsbar JSON (standard: kompakt)."
        )

    def handle(self, *args, indent, **options):
        out = self.stdout
        out.write("{", ending="")
        for n, (key, queryset, record) in enumerate(SECTIONS):
            out.write(f'{"," if n else ""}"{key}": [', ending="")
            for i, obj in enumerate(queryset().iterator(chunk_size=CHUNK)):
                out.write(
                    ("," if i else "") + json.dumps(record(obj), ensure_ascii=False, indent=indent), ending=""
                )
            out.write("]", ending="")
        out.write("}")
