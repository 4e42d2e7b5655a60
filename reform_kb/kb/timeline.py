"""The reform's timeline (issue 13): the milestones, with documents and quotes placed by date.

What the page needs comes from five queries, whatever the size of the archive: the milestones, the
documents and the quotes counted per publication date (grouped in the database, summed per month
here), the first few documents of each year (a window function numbers them per year) and the number
of undated documents. The counts follow the theme and organisation
filters of the lists (filters.THEME, filters.ORGANISATION), so every "all of them" link on the page
leads to the same rows on /dokument/ or /citat/.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, F, QuerySet, Window
from django.db.models.functions import ExtractYear, RowNumber

from . import filters
from .filters import Filter
from .models import Document, Milestone, Quote
from .models.documents import DocumentQuerySet
from .models.quotes import UNDATED

# The documents a year lists on the timeline; the rest are one link away.
DOCUMENTS_PER_YEAR = 5
# The chart starts at most this many years before the first milestone: a stray date in 1901 would
# squeeze the reform's decade into a corner (such documents are still in the list below it).
YEARS_BEFORE_FIRST_MILESTONE = 3


@dataclass
class Year:
    year: int
    milestones: list[Milestone] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)  # the first DOCUMENTS_PER_YEAR, by date
    document_count: int = 0
    quote_count: int = 0

    @property
    def entries(self) -> list[tuple[str, object]]:
        """Milestones and documents in date order, a milestone before a document of the same day:
        ("milestone", m) or ("document", d)."""
        dated = [(m.date, 0, "milestone", m) for m in self.milestones]
        dated += [(d.published, 1, "document", d) for d in self.documents]
        return [(kind, obj) for _, _, kind, obj in sorted(dated, key=lambda item: item[:2])]

    @property
    def more_documents(self) -> bool:
        return self.document_count > len(self.documents)


@dataclass
class Timeline:
    milestones: list[Milestone]
    years: list[Year]
    document_months: dict[datetime.date, int]  # first day of a month -> documents published in it
    quote_months: dict[datetime.date, int]
    undated_documents: int

    @property
    def empty(self) -> bool:
        return not self.years


def _documents(selected: dict[Filter, str]) -> QuerySet[Document]:
    return Document.objects.public().filter(**filters.lookups("document", selected))


def _quotes(selected: dict[Filter, str]) -> QuerySet[Quote]:
    # sort_date is the document's date (UNDATED when it has none) without a join to the documents.
    return Quote.objects.public().exclude(sort_date=UNDATED).filter(**filters.lookups("quote", selected))


def _per_month(rows: QuerySet, column: str) -> dict[datetime.date, int]:
    """Rows per month of `column`. Grouped by the date itself and summed per month here: the dates
    come straight from an index (kb_quote_map_idx for quotes), where truncating each to its month in
    the database took twice as long at a million quotes."""
    months: dict[datetime.date, int] = {}
    for day, n in rows.order_by().values_list(column).annotate(n=Count("*")):
        month = _as_date(day).replace(day=1)
        months[month] = months.get(month, 0) + n
    return months


def _as_date(value) -> datetime.date:
    return value.date() if isinstance(value, datetime.datetime) else value


def _first_documents(documents: QuerySet[Document]) -> list[Document]:
    numbered = documents.exclude(published=None).annotate(
        number=Window(
            RowNumber(), partition_by=ExtractYear("published"), order_by=[F("published").asc(), F("pk").asc()]
        )
    )
    return list(numbered.filter(number__lte=DOCUMENTS_PER_YEAR).only(*DocumentQuerySet.LIST_FIELDS))


def build_timeline(selected: dict[Filter, str]) -> Timeline:
    """The timeline for the chosen theme and organisation (`selected`, as filters.chosen gives it)."""
    milestones = list(
        Milestone.objects.select_related("document").only(
            "slug",
            "title",
            "reference",
            "date",
            "precision",
            "end_date",
            "description",
            "source_url",
            "document__title",
            "document__slug",
        )
    )
    documents = _documents(selected)
    document_months = _per_month(documents.exclude(published=None), "published")
    quote_months = _per_month(_quotes(selected), "sort_date")
    for number, milestone in enumerate(milestones, start=1):
        milestone.number = number  # the chart's and the list's number for it
    years: dict[int, Year] = {}

    def year(number: int) -> Year:
        return years.setdefault(number, Year(number))

    for milestone in milestones:
        year(milestone.date.year).milestones.append(milestone)
    for month, n in document_months.items():
        year(month.year).document_count += n
    for month, n in quote_months.items():
        year(month.year).quote_count += n
    for document in _first_documents(documents):
        year(document.published.year).documents.append(document)
    undated = documents.filter(published=None).count() if years or milestones else 0
    return Timeline(
        milestones,
        [years[n] for n in sorted(years)],
        document_months,
        quote_months,
        undated,
    )


def chart_years(timeline: Timeline) -> tuple[int, int] | None:
    """The first and last year the chart shows, or None when there is nothing to draw."""
    if timeline.empty:
        return None
    first, last = timeline.years[0].year, timeline.years[-1].year
    if timeline.milestones:
        earliest = min(m.date.year for m in timeline.milestones) - YEARS_BEFORE_FIRST_MILESTONE
        first = max(first, earliest)
        last = max(last, first)
    return first, last
