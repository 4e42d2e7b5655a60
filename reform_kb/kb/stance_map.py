"""The organisation × theme map (issue 13): who has spoken on which theme, how much, and with what stance.

Both the rows (organisations with something on a theme) and the cells of a page of rows are read
from a summary, kb.MapCell: counts per (organisation, theme, year) that the change feed keeps
current (map_summary.py). Grouping the quotes' themes instead took 1.3 s a page at a million
quotes (bench/RESULTS-map.md). The view still keeps both per content version and choice of filters
(see views/map.py).

A document counts for an organisation that published or signed it (as on the organisation's page,
selectors.themes_for_organisation); a quote for the organisation it is attributed to. The period is
the documents' publication years, inclusive; undated documents fall outside every period.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Exists, OuterRef, Q, QuerySet, Sum

from reform_kb.pipeline.swedish import swedish_sort_key

from .filters import FROM_YEAR, TO_YEAR
from .models import MapCell, Organisation, Stance, Theme
from .models.map_cells import UNDATED_YEAR

STANCES = tuple(Stance)
STANCE_VALUES = tuple(s.value for s in STANCES)  # MapCell's stance columns are named by them


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


def _cells_in(f: MapFilters) -> QuerySet:
    """The summary's rows (MapCell, one per organisation, theme and year) within the period of `f`."""
    rows = MapCell.objects.all()
    if f.from_year:
        rows = rows.filter(year__gte=f.from_year)
    if f.to_year:
        rows = rows.filter(year__lte=f.to_year)
    if f.from_year or f.to_year:
        rows = rows.exclude(year=UNDATED_YEAR)  # undated documents fall outside every period
    return rows


def map_organisations(f: MapFilters) -> list[tuple[int, str, str, str]]:
    """The map's rows: (id, name, slug, kind label) of every organisation with a quote or a document
    on some theme within `f`, in Swedish order. One EXISTS probe per organisation into the summary's
    key index (organisation, theme, year)."""
    has_cells = _cells_in(f).filter(Q(quotes__gt=0) | Q(documents__gt=0), organisation=OuterRef("pk"))
    organisations = Organisation.objects.filter(Exists(has_cells))
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

    One grouped query over the summary's rows of the page's organisations (a few per theme and year),
    read from its key index: the work follows the rows on the page, not the archive.
    """
    cells: dict[int, dict[int, Cell]] = {pk: {} for pk in organisation_ids}
    sums = {column: Sum(column) for column in ("quotes", "documents", *STANCE_VALUES)}
    rows = (
        _cells_in(f)
        .filter(organisation_id__in=organisation_ids)
        .order_by()
        .values_list("organisation_id", "theme_id")
        .annotate(**sums)
    )
    for org_id, theme_id, quotes, documents, *stances in rows:
        cells[org_id][theme_id] = Cell(
            quotes=quotes,
            documents=documents,
            stances={value: n for value, n in zip(STANCE_VALUES, stances, strict=True) if n},
        )
    return cells


def map_themes() -> list[tuple[int, str, str]]:
    """The map's columns: (id, name, slug) of every theme, in the editors' order."""
    return list(Theme.objects.ordered().values_list("pk", "name", "slug"))


def map_years() -> list[int]:
    """The years the map has any count in, newest first (the period filter's choices).

    A loose index scan of the summary's year index: one probe per year (largest year below the
    last one found), not a DISTINCT over every cell (53 ms at 177,000 cells)."""
    table = connection.ops.quote_name(MapCell._meta.db_table)
    sql = (
        f"WITH RECURSIVE y(year) AS ("  # noqa: S608 – the table's name from the model, no input
        f"SELECT MAX(year) FROM {table} WHERE year > %s "
        f"UNION ALL SELECT (SELECT MAX(year) FROM {table} WHERE year > %s AND year < y.year) "
        f"FROM y WHERE y.year IS NOT NULL) SELECT year FROM y WHERE year IS NOT NULL"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [UNDATED_YEAR, UNDATED_YEAR])
        return [year for (year,) in cursor.fetchall()]
