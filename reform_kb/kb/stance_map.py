"""The organisation × theme map (issue 13): who has spoken on which theme, how much, and with what stance.

Three grouped queries over the link tables give every cell at once: quotes per (organisation,
theme), documents per (organisation, theme) and editors' stances per (organisation, theme, stance).
Each reads every row of its table once, whatever the number of cells, so the page's query count is
fixed; at a million quotes the quotes' pass is the cost, and the view keeps the result per content
version and choice of filters (see views/map.py).

A document counts for an organisation that published or signed it (as on the organisation's page,
selectors.themes_for_organisation); a quote for the organisation it is attributed to. The period is
the documents' publication years, inclusive; undated documents fall outside every period.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, QuerySet

from reform_kb.pipeline.swedish import swedish_sort_key

from .filters import FROM_YEAR, TO_YEAR
from .models import Document, Organisation, Quote, QuoteStance, Stance, Theme
from .models.quotes import UNDATED

STANCES = tuple(Stance)


@dataclass(frozen=True)
class MapFilters:
    """The map's choices: an organisation kind and a period of years (each may be left open)."""

    kind: str | None = None
    from_year: int | None = None
    to_year: int | None = None

    @classmethod
    def from_params(cls, params) -> MapFilters:
        """The filters a GET query asks for; unknown kinds and malformed years are ignored, and a
        period given backwards (2025 to 2020) is read the right way round."""
        kind = params.get("typ")
        start, end = FROM_YEAR.clean(params.get(FROM_YEAR.param)), TO_YEAR.clean(params.get(TO_YEAR.param))
        start, end = (int(start) if start else None), (int(end) if end else None)
        if start and end and start > end:
            start, end = end, start
        return cls(kind if kind in Organisation.Kind.values else None, start, end)

    @property
    def active(self) -> bool:
        return bool(self.kind or self.from_year or self.to_year)

    def key(self) -> str:
        return f"{self.kind or ''}:{self.from_year or ''}:{self.to_year or ''}"

    def period_params(self) -> dict[str, str]:
        """The period as the quote and document lists' GET parameters (filters.FROM_YEAR, TO_YEAR)."""
        params = {}
        if self.from_year:
            params[FROM_YEAR.param] = str(self.from_year)
        if self.to_year:
            params[TO_YEAR.param] = str(self.to_year)
        return params


@dataclass
class Cell:
    quotes: int = 0
    documents: int = 0
    stances: dict[str, int] = field(default_factory=dict)  # Stance value -> number of quotes

    @property
    def stance_total(self) -> int:
        return sum(self.stances.values())


@dataclass
class MapRow:
    organisation_id: int
    name: str
    slug: str
    kind: str  # the kind's Swedish label
    cells: dict[int, Cell]  # theme id -> cell; themes without quotes or documents are missing

    @property
    def quote_total(self) -> int:
        return sum(cell.quotes for cell in self.cells.values())


@dataclass
class ThemeMap:
    themes: list[tuple[int, str, str]]  # (id, name, slug) in the editors' order: the columns
    rows: list[MapRow]  # organisations in Swedish order


def _quotes_in(rows: QuerySet, prefix: str, f: MapFilters) -> QuerySet:
    """`rows` (reaching a quote through `prefix`) narrowed to attributed quotes of the kind and period."""
    rows = rows.filter(**{f"{prefix}organisation__isnull": False})
    if f.kind:
        rows = rows.filter(**{f"{prefix}organisation__kind": f.kind})
    if f.from_year:
        rows = rows.filter(**{f"{prefix}sort_date__gte": datetime.date(f.from_year, 1, 1)})
    if f.to_year:
        # sort_date is the document's date, UNDATED (year 1) for an undated one: left out explicitly.
        rows = rows.filter(
            **{f"{prefix}sort_date__lte": datetime.date(f.to_year, 12, 31), f"{prefix}sort_date__gt": UNDATED}
        )
    return rows


def _document_pairs(f: MapFilters) -> QuerySet:
    """(organisation id, theme id, documents) for documents the organisation published or signed."""
    conditions = {"document__organisations__isnull": False}
    if f.kind:
        conditions["document__organisations__kind"] = f.kind
    if f.from_year:
        conditions["document__published__gte"] = datetime.date(f.from_year, 1, 1)
    if f.to_year:
        conditions["document__published__lte"] = datetime.date(f.to_year, 12, 31)
    # One filter() call, so the organisations' join is the one values_list() groups by.
    return (
        Document.themes.through.objects.filter(**conditions)
        .order_by()
        .values_list("document__organisations", "theme_id")
        .annotate(n=Count("*"))
    )


def organisation_theme_map(f: MapFilters) -> ThemeMap:
    """Every organisation with a quote or a document on some theme (within `f`), one cell per theme."""
    cells: dict[int, dict[int, Cell]] = {}

    def cell(org_id: int, theme_id: int) -> Cell:
        return cells.setdefault(org_id, {}).setdefault(theme_id, Cell())

    quotes = _quotes_in(Quote.themes.through.objects, "quote__", f)
    for org_id, theme_id, n in (
        quotes.order_by().values_list("quote__organisation_id", "theme_id").annotate(n=Count("*"))
    ):
        cell(org_id, theme_id).quotes = n
    for org_id, theme_id, n in _document_pairs(f):
        cell(org_id, theme_id).documents = n
    stances = _quotes_in(QuoteStance.objects, "quote__", f)
    for org_id, theme_id, stance, n in (
        stances.order_by().values_list("quote__organisation_id", "theme_id", "stance").annotate(n=Count("*"))
    ):
        cell(org_id, theme_id).stances[stance] = n

    kinds = dict(Organisation.Kind.choices)
    organisations = Organisation.objects.filter(pk__in=cells.keys()).values_list("pk", "name", "slug", "kind")
    rows = [MapRow(pk, name, slug, kinds.get(kind, kind), cells[pk]) for pk, name, slug, kind in organisations]
    rows.sort(key=lambda row: swedish_sort_key(row.name))
    themes = list(Theme.objects.ordered().values_list("pk", "name", "slug"))
    return ThemeMap(themes, rows)
