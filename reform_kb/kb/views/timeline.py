"""The reform's timeline (/tidslinje/): milestones, documents and quotes by date, as HTML and SVG.

No JavaScript: the chart is inline SVG drawn on the server (a bar per month of documents and of
quotes, a numbered line per milestone, with <title> tooltips), and the ordered list below it says
everything the chart shows, so the chart is an extra for sighted readers, not the only way in.
"""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Exists, OuterRef
from django.shortcuts import render

from reform_kb.pipeline.swedish import swedish_sorted

from .. import filters
from ..content_version import cached
from ..dates import month_year
from ..filters import ORGANISATION, THEME, YEAR
from ..models import Document, Organisation, Quote, Theme
from ..numbers import counted
from ..selectors import FilterField, Filters
from ..timeline import Timeline, build_timeline, chart_years

# The chart's coordinate system (the SVG's viewBox; CSS scales it to the page's width).
WIDTH = 960
MARGIN = 10
BAND = 70  # height of each of the two bar bands
MARKER_ROW = 22  # vertical distance between rows of milestone numbers that would overlap
MARKER_RADIUS = 9


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    title: str


@dataclass
class Marker:
    number: int
    x: float
    y: float
    period_width: float | None  # how far a milestone that lasts (the consultation) reaches
    title: str


class Chart:
    """Positions for the chart: months along x, from January of `first` to December of `last`."""

    def __init__(self, timeline: Timeline, first: int, last: int):
        self.first, self.months = first, (last - first + 1) * 12
        self.plot = WIDTH - 2 * MARGIN
        self.marker_rows = 1
        self.markers = self._markers(timeline)
        self.top = self.marker_rows * MARKER_ROW + 6
        self.documents_top = self.top + 16
        self.quotes_top = self.documents_top + BAND + 24
        self.axis = self.quotes_top + BAND + 4
        self.height = self.axis + 22
        self.band_height = self.axis - self.documents_top
        self.document_bars = self._bars(timeline.document_months, self.documents_top, _documents_label)
        self.quote_bars = self._bars(timeline.quote_months, self.quotes_top, _quotes_label)
        self.years = [(year, self.x(datetime.date(year, 1, 1))) for year in range(first, last + 1)]
        self.year_width = round(self.plot / (last - first + 1), 1)

    def x(self, date: datetime.date) -> float:
        days = calendar.monthrange(date.year, date.month)[1]
        months = (date.year - self.first) * 12 + date.month - 1 + (date.day - 1) / days
        return round(MARGIN + self.plot * months / self.months, 1)

    def _bars(self, counts: dict[datetime.date, int], top: int, label) -> list[Bar]:
        shown = {month: n for month, n in counts.items() if 0 <= (month.year - self.first) * 12 < self.months}
        if not shown:
            return []
        most, width = max(shown.values()), max(self.plot / self.months - 1, 0.5)
        bars = []
        for month, n in sorted(shown.items()):
            height = max(round(BAND * n / most, 1), 1)
            title = f"{month_year(month)}: {label(n)}"
            bars.append(Bar(self.x(month), top + BAND - height, round(width, 1), height, title))
        return bars

    def _markers(self, timeline: Timeline) -> list[Marker]:
        """One numbered marker per milestone; a marker that would overlap the one before goes a row down."""
        markers, row_ends = [], []
        for milestone in timeline.milestones:
            number = milestone.number
            if milestone.date.year < self.first:
                continue
            x = self.x(milestone.date)
            row = next(
                (i for i, end in enumerate(row_ends) if end < x - 2 * MARKER_RADIUS - 2), len(row_ends)
            )
            if row == len(row_ends):
                row_ends.append(x)
            row_ends[row] = x
            end = round(self.x(milestone.end_date) - x, 1) if milestone.end_date else None
            title = f"{number}. {milestone.date_label}: {milestone.title}"
            markers.append(Marker(number, x, MARKER_RADIUS + 3 + row * MARKER_ROW, end, title))
        self.marker_rows = max(len(row_ends), 1)
        return markers


def _documents_label(n: int) -> str:
    return counted("dokument", n)


def _quotes_label(n: int) -> str:
    return counted("citat", n)


def _organisation_options() -> list[tuple[str, str]]:
    """Organisations with a document or a quote, in Swedish order: one EXISTS probe each (the quote
    list's options also find every speaker and tag, which took seconds at a million quotes)."""
    used = Organisation.objects.filter(
        Exists(Document.organisations.through.objects.filter(organisation=OuterRef("pk"), document__public=True))
        | Exists(Quote.objects.public().filter(organisation=OuterRef("pk")))
    )
    return [
        (slug, name) for slug, name in swedish_sorted(used.values_list("slug", "name"), key=lambda r: r[1])
    ]


def _filter_form(selected) -> Filters:
    options = cached("timeline-organisation-options", _organisation_options)
    themes = [(t.slug, t.name) for t in Theme.objects.ordered().only("name", "slug")]
    return Filters(
        [
            FilterField(THEME.param, THEME.label, themes, selected.get(THEME, "")),
            FilterField(ORGANISATION.param, ORGANISATION.label, options, selected.get(ORGANISATION, "")),
        ]
    )


def _list_links(selected) -> dict[str, str]:
    """The query string of the lists with the timeline's filters, to which a year's YEAR is added."""
    return urlencode({f.param: value for f, value in selected.items()})


def timeline_page(request):
    selected = filters.chosen((THEME, ORGANISATION), request.GET)
    key = ":".join(f"{f.key}={value}" for f, value in selected.items())
    # Counting every quote by month is the page's cost at a million quotes: once per content version.
    timeline = cached(f"timeline:{key}", lambda: build_timeline(selected))
    span = chart_years(timeline)
    return render(
        request,
        "timeline/timeline.html",
        {
            "timeline": timeline,
            "chart": Chart(timeline, *span) if span else None,
            "filters": _filter_form(selected),
            "list_query": _list_links(selected),
            "year_param": YEAR.param,
            "band": BAND,
            "width": WIDTH,
            "marker_radius": MARKER_RADIUS,
        },
    )
