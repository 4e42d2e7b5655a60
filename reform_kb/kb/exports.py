"""What a downloaded list holds: the rows of the documents and quotes a list shows, with its filters.

The CSV and JSON downloads (views/downloads.py) and the search's downloads (reform_kb/api) read the
columns declared here, so a column is named once: its JSON key, its CSV heading (Swedish, for the
people who open the file in Excel) and how it is read from a row.

Rows are read with `.iterator()` in chunks, with only the columns a download writes and the themes,
organisations and authors prefetched per chunk, so a list of 100,000 quotes never sits in memory
(bench/csv_memory.py measures the peak).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import QuerySet

from . import filters
from .filters import KIND, ORGANISATION, SPEAKER, TAG, THEME, YEAR, Filter
from .models import Document, Quote
from .models.base import names_only

# Rows fetched per round trip: large enough that the prefetches' extra queries do not dominate,
# small enough that a chunk's model instances stay a few megabytes.
CHUNK = 2000

# A person's documents: the lists have no author filter (a person's page lists them), so the
# downloads declare it here, in the same shape as the lists' filters.
AUTHOR = Filter("author", "forfattare", "Författare", "authors__slug", None)

DOCUMENT_FILTERS = (KIND, YEAR, ORGANISATION, THEME, TAG, AUTHOR)
QUOTE_FILTERS = (KIND, YEAR, ORGANISATION, THEME, TAG, SPEAKER)


@dataclass(frozen=True)
class Column:
    key: str  # JSON key
    heading: str  # CSV heading
    value: Callable  # (row, absolute) -> str | int | list | None; absolute() makes a URL absolute


def _names(objects) -> list[str]:
    return [o.name for o in objects]


def _date(value) -> str | None:
    return value.isoformat() if value else None


DOCUMENT_COLUMNS = (
    Column("id", "id", lambda d, _: d.pk),
    Column("title", "titel", lambda d, _: d.title),
    Column("kind", "typ", lambda d, _: d.get_kind_display()),
    Column("published", "datum", lambda d, _: _date(d.published)),
    Column("organisations", "organisationer", lambda d, _: _names(d.organisations.all())),
    Column("authors", "författare", lambda d, _: _names(d.authors.all())),
    Column("themes", "teman", lambda d, _: _names(d.themes.all())),
    Column("source_url", "källadress", lambda d, _: d.source_url),
    Column("url", "adress", lambda d, absolute: absolute(d.get_absolute_url())),
)

QUOTE_COLUMNS = (
    Column("id", "id", lambda q, _: q.pk),
    Column("text", "citat", lambda q, _: q.text),
    Column("speaker", "talare", lambda q, _: q.speaker.name if q.speaker_id else None),
    Column("speaker_role", "roll", lambda q, _: q.speaker_role),
    Column("organisation", "organisation", lambda q, _: q.organisation.name if q.organisation_id else None),
    Column("themes", "teman", lambda q, _: _names(q.themes.all())),
    Column("document", "dokument", lambda q, _: q.document.title),
    Column("document_kind", "dokumenttyp", lambda q, _: q.document.get_kind_display()),
    Column("published", "datum", lambda q, _: _date(q.document.published)),
    Column("url", "adress", lambda q, absolute: absolute(q.get_absolute_url())),
    Column("document_url", "dokumentadress", lambda q, absolute: absolute(q.document.get_absolute_url())),
)


def _filtered(kind: str, qs: QuerySet, selected: dict[Filter, str]) -> QuerySet:
    """One filter() per filter, as the lists do (selectors._filtered), so the rows are the list's."""
    for f, value in selected.items():
        qs = qs.filter(**{f.lookup(kind): value})
    return qs


def document_rows(params) -> tuple[QuerySet[Document], dict[Filter, str]]:
    """The documents /dokument/ lists for these GET parameters, in its order, with what a row writes."""
    selected = filters.chosen(DOCUMENT_FILTERS, params)
    qs = (
        Document.objects.public().newest_first()
        .only("title", "slug", "kind", "published", "source_url")
        .prefetch_related(*names_only(Document, "organisations", "authors", "themes"))
    )
    return _filtered("document", qs, selected), selected


def quote_rows(params) -> tuple[QuerySet[Quote], dict[Filter, str]]:
    """The quotes /citat/ lists for these GET parameters, in its order, with what a row writes."""
    selected = filters.chosen(QUOTE_FILTERS, params)
    qs = (
        Quote.objects.public().in_list_order()
        .select_related("document", "speaker", "organisation")
        .only(
            "text",
            "speaker_role",
            "sort_date",
            "start",
            "document__title",
            "document__slug",
            "document__kind",
            "document__published",
            "speaker__name",
            "organisation__name",
        )
        .prefetch_related(*names_only(Quote, "themes"))
    )
    return _filtered("quote", qs, selected), selected


def _reading():
    """A transaction around a PostgreSQL read, so `.iterator()`'s server-side cursor is read as it
    goes: outside one, Django declares it WITH HOLD, which makes PostgreSQL compute and store the
    whole result before the first row (35 s for a million quotes). Not on SQLite, which streams
    without one, and where a transaction would take the write lock (transaction_mode IMMEDIATE)
    for as long as a download lasts."""
    if connection.vendor == "postgresql":
        return transaction.atomic()
    return nullcontext()


def records(rows: QuerySet, columns, absolute: Callable[[str], str]) -> Iterator[dict]:
    """Each row as {key: value}, read a chunk at a time. When the reader stops early (a download
    cancelled), closing the generator ends the transaction."""
    with _reading():
        for row in rows.iterator(chunk_size=CHUNK):
            yield {c.key: c.value(row, absolute) for c in columns}
