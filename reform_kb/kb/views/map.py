"""The organisation × theme map (/karta/): one row per organisation, one column per theme.

Each cell says how many quotes and documents the organisation has on the theme, links to them on
the filtered lists and, where editors have set stances, gives their balance in words, with a small
bar in colour beside the words (WCAG 1.4.1: colour is never the only carrier).
"""

from __future__ import annotations

from html import escape
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext, ngettext

from ..content_version import cached
from ..filters import FROM_YEAR, ORGANISATION, THEME, TO_YEAR
from ..models import Organisation, Stance
from ..models.base import detail_url
from ..selectors import FilterField, Filters
from ..stance_map import (
    STANCES,
    Cell,
    MapFilters,
    MapRow,
    map_cells,
    map_organisations,
    map_themes,
    map_years,
)

# Rows per page: a row of 19 cells is about 2 KB of HTML, so all of a large archive's thousand
# organisations would make a 2 MB page.
ROWS_PER_PAGE = 50
# The stance bar's width in the SVG's own units (its CSS width scales it).
BAR_UNITS = 100


def _stance_words(cell: Cell) -> str:
    """The balance in words, in the choices' order: "2 stöder · 1 kritisk"."""
    return " · ".join(f"{cell.stances[s.value]} {s.label}" for s in STANCES if cell.stances.get(s.value))


def _stance_bar(cell: Cell) -> str:
    """A stacked bar of the stances, hidden from screen readers (the words say the same)."""
    total, x, rects = cell.stance_total, 0.0, []
    for stance in STANCES:
        n = cell.stances.get(stance.value, 0)
        if n:
            width = BAR_UNITS * n / total
            rects.append(
                f'<rect class="hallning-{stance.value}" x="{x:.1f}" y="0" width="{width:.1f}" height="8"/>'
            )
            x += width
    return (
        f'<svg class="balans" viewBox="0 0 {BAR_UNITS} 8" preserveAspectRatio="none" aria-hidden="true" '
        f'focusable="false">{"".join(rects)}</svg>'
    )


class CellWriter:
    """The HTML of the map's cells, built here rather than in a template loop (as FilterField.options_html
    does for long option lists): a page has up to a thousand cells, each a few links and counts.
    Every value from the database is escaped with html.escape."""

    def __init__(self, filters: MapFilters):
        self.period = filters.period_params()
        self.quote_list = reverse("kb:quote_list")
        self.document_list = reverse("kb:document_list")
        # The links' queries in two escaped parts, the organisation's per row and the theme's and
        # period's per column, joined per cell: encoding each cell's query whole was a third of an
        # uncached page's time (a thousand cells).
        self._theme_parts: dict[str, str] = {}
        self._row_part = ""
        # In the page's language, looked up once per page rather than per cell (i18n, issue 14).
        nothing = escape(gettext("inget"))  # outside the f-string, where makemessages finds it
        self._empty = f'<td class="tom"><span aria-hidden="true">–</span><span class="visuellt-dold">{nothing}</span></td>'

        self._counts: dict[tuple[str, int], str] = {}
        # Organisation names are Swedish content: marked so on pages in another language (WCAG 3.1.2).
        self._swedish = "" if get_language() == "sv" else ' lang="sv"'

    def _count(self, noun: str, n: int) -> str:
        """ "3 citat" / "3 quotes", "2 dok." / "2 docs": counted words in the page's language."""
        key = (noun, n)
        if key not in self._counts:
            if noun == "quotes":
                text = ngettext("%(count)s citat", "%(count)s citat", n)
            else:
                text = ngettext("%(count)s dok.", "%(count)s dok.", n)
            self._counts[key] = escape(text % {"count": n})
        return self._counts[key]

    def _query(self, row: MapRow, theme_slug: str) -> str:
        part = self._theme_parts.get(theme_slug)
        if part is None:
            part = self._theme_parts[theme_slug] = escape(
                "&" + urlencode({THEME.param: theme_slug, **self.period})
            )
        return self._row_part + part

    def cell(self, row: MapRow, theme_id: int, theme_slug: str) -> str:
        cell = row.cells.get(theme_id)
        if cell is None:
            return self._empty
        query = self._query(row, theme_slug)
        quotes = self._count("quotes", cell.quotes)
        if cell.quotes:
            quotes = f'<a href="{self.quote_list}?{query}">{quotes}</a>'
        documents = self._count("documents", cell.documents)
        if cell.documents:
            documents = f'<a href="{self.document_list}?{query}">{documents}</a>'

        stance = ""
        if cell.stances:
            stance = f'<span class="hallning">{escape(_stance_words(cell))}</span>{_stance_bar(cell)}'
        return f"<td>{quotes}<br>{documents}{stance}</td>"

    def row(self, row: MapRow, themes: list[tuple[int, str, str]]) -> SafeString:
        header = (
            f'<th scope="row"><a href="{escape(detail_url("kb:organisation_detail", row.slug))}"{self._swedish}>'
            f'{escape(row.name)}</a><span class="antal">{escape(row.kind)}</span></th>'
        )
        self._row_part = escape(urlencode({ORGANISATION.param: row.slug}))
        cells = "".join(self.cell(row, pk, slug) for pk, _, slug in themes)
        return mark_safe(f"<tr>{header}{cells}</tr>")  # noqa: S308 – every value is escaped above


def _form(filters: MapFilters) -> Filters:
    # The years the map has something in, from its summary (a few thousand rows), not the documents'
    # distinct years (a pass over every document: 9 ms at 5,000 documents, growing with them).
    years = cached("map-years", lambda: [(str(y), str(y)) for y in map_years()])
    return Filters(
        [
            FilterField("typ", gettext("Organisationstyp"), list(Organisation.Kind.choices), filters.kind or ""),
            FilterField(FROM_YEAR.param, FROM_YEAR.label, years, str(filters.from_year or "")),
            FilterField(TO_YEAR.param, TO_YEAR.label, years, str(filters.to_year or "")),
        ]
    )


def organisation_theme_map_page(request):
    filters = MapFilters.from_params(request.GET)
    # The rows and each page's cells are kept per content version and choice of filters: the
    # cells of fifty organisations group some fifty thousand quotes at a million quotes.
    organisations = cached(f"map-organisations:{filters.key()}", lambda: map_organisations(filters))
    page_obj = Paginator(organisations, ROWS_PER_PAGE).get_page(request.GET.get("sida"))
    ids = [pk for pk, *_ in page_obj.object_list]
    cells = cached(f"map-cells:{filters.key()}:{page_obj.number}", lambda: map_cells(filters, ids))
    themes = map_themes()
    writer = CellWriter(filters)
    page_obj.object_list = [
        writer.row(MapRow(pk, name, slug, kind, cells.get(pk, {})), themes)
        for pk, name, slug, kind in page_obj.object_list
    ]
    return render(
        request,
        "map/organisation_theme_map.html",
        {
            "themes": themes,
            "page_obj": page_obj,
            "filters": _form(filters),
            "map_filters": filters,
            "stances": list(Stance),
        },
    )
