"""The organisation × theme map (issue 13): who has spoken on which theme, how much, and with what stance.

The rows (organisations with something on a theme) come from one EXISTS probe per organisation; the
cells of a page of rows from three grouped queries restricted to that page's organisations: quotes per
(organisation, theme), documents per (organisation, theme) and editors' stances per (organisation,
theme, stance). So the query count is fixed and the work follows the page, not the archive: grouping
every quote's themes at once took seconds at a million quotes. The view keeps both per content
version and choice of filters (see views/map.py).

A document counts for an organisation that published or signed it (as on the organisation's page,
selectors.themes_for_organisation); a quote for the organisation it is attributed to. The period is
the documents' publication years, inclusive; undated documents fall outside every period.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, QuerySet

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


def _quotes_in(rows: QuerySet, prefix: str, f: MapFilters) -> QuerySet:
    """`rows` (reaching a quote through `prefix`) narrowed to attributed quotes of the kind and period."""
    # Only what the public may see: no withdrawn quotes, none of a draft (issue 15).
    rows = rows.filter(**{f"{prefix}organisation__isnull": False, f"{prefix}public": True})
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


def _document_conditions(f: MapFilters, with_kind: bool = True) -> dict:
    conditions = {"document__public": True}  # no drafts, nothing withdrawn (issue 15)
    if f.kind and with_kind:
        conditions["document__organisations__kind"] = f.kind
    if f.from_year:
        conditions["document__published__gte"] = datetime.date(f.from_year, 1, 1)
    if f.to_year:
        conditions["document__published__lte"] = datetime.date(f.to_year, 12, 31)
    return conditions


def _document_pairs(f: MapFilters, organisation_ids: list[int]) -> QuerySet:
    """(organisation id, theme id, documents) for documents these organisations published or signed."""
    conditions = {"document__organisations__in": organisation_ids, **_document_conditions(f, with_kind=False)}
    # One filter() call, so the organisations' join is the one values_list() groups by.
    return (
        Document.themes.through.objects.filter(**conditions)
        .order_by()
        .values_list("document__organisations", "theme_id")
        .annotate(n=Count("*"))
    )


def map_organisations(f: MapFilters) -> list[tuple[int, str, str, str]]:
    """The map's rows: (id, name, slug, kind label) of every organisation with a quote or a document
    on some theme within `f`, in Swedish order. One EXISTS probe per organisation and kind of row
    (an index range on the organisation's quotes, stopping at the first), not a pass over every quote."""
    quotes = _quotes_in(Quote.themes.through.objects, "quote__", f).filter(quote__organisation=OuterRef("pk"))
    documents = Document.themes.through.objects.filter(
        document__organisations=OuterRef("pk"), **_document_conditions(f, with_kind=False)
    )
    organisations = Organisation.objects.filter(Exists(quotes) | Exists(documents))
    if f.kind:
        organisations = organisations.filter(kind=f.kind)
    kinds = dict(Organisation.Kind.choices)
    rows = [
        (pk, name, slug, kinds.get(kind, kind))
        for pk, name, slug, kind in organisations.values_list("pk", "name", "slug", "kind")
    ]
    return sorted(rows, key=lambda row: swedish_sort_key(row[1]))


def map_cells(f: MapFilters, organisation_ids: list[int]) -> dict[int, dict[int, Cell]]:
    """{organisation id: {theme id: Cell}} for these organisations (a page of the map), within `f`.

    Three grouped queries restricted to the page's organisations: their cost follows the rows on
    the page, not the archive (grouping all of a million quotes' themes took seconds).
    """
    cells: dict[int, dict[int, Cell]] = {pk: {} for pk in organisation_ids}

    def cell(org_id: int, theme_id: int) -> Cell:
        return cells[org_id].setdefault(theme_id, Cell())

    quotes = _quotes_in(Quote.themes.through.objects, "quote__", f).filter(
        quote__organisation__in=organisation_ids
    )
    for org_id, theme_id, n in (
        quotes.order_by().values_list("quote__organisation_id", "theme_id").annotate(n=Count("*"))
    ):
        cell(org_id, theme_id).quotes = n
    for org_id, theme_id, n in _document_pairs(f, organisation_ids):
        cell(org_id, theme_id).documents = n
    stances = _quotes_in(QuoteStance.objects, "quote__", f).filter(quote__organisation__in=organisation_ids)
    for org_id, theme_id, stance, n in (
        stances.order_by().values_list("quote__organisation_id", "theme_id", "stance").annotate(n=Count("*"))
    ):
        cell(org_id, theme_id).stances[stance] = n
    return cells


def map_themes() -> list[tuple[int, str, str]]:
    """The map's columns: (id, name, slug) of every theme, in the editors' order."""
    return list(Theme.objects.ordered().values_list("pk", "name", "slug"))
