"""The filters of the lists and the search, each declared once.

A filter has one name per place it appears: its `key` (the search API's keyword and facet key),
its GET `param` (the same on /dokument/, /citat/ and /sok/), the `lexeme` name PostgreSQL's search
index stores with each row (see reform_kb.search.query.filter_lexeme), and the ORM lookups that
apply it to documents and to quotes. The lists, the search API, both search backends and the
search page's facet links all read these, the way Django's admin reads one `list_filter`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .models import Document

# Longer than any slug the models allow (120): a longer value can match nothing, and PostgreSQL
# refuses a tsquery word over 2,047 bytes ("word is too long in tsquery").
MAX_VALUE_LENGTH = 120
# NUL and the other control characters: PostgreSQL rejects NUL in any string parameter (DataError),
# and no slug, kind or year contains one.
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")


def clean_text(value, max_length: int = MAX_VALUE_LENGTH) -> str | None:
    """`value` stripped, or None when it is empty, too long or holds a control character."""
    value = str(value if value is not None else "").strip()
    if not value or len(value) > max_length or _CONTROL_RE.search(value):
        return None
    return value


@dataclass(frozen=True)
class Filter:
    key: str  # search API keyword and facet key
    param: str  # GET parameter
    label: str  # the facet's heading and the list form's label
    document_lookup: str | None  # ORM lookup on Document, None when documents lack it
    quote_lookup: str | None  # ORM lookup on Quote
    lexeme: str | None = None  # name of the search index's filter lexeme; None: not searchable

    def clean(self, value) -> str | None:
        """The value to filter by, or None when `value` is empty or means nothing: a hostile value
        (a NUL byte, 2,000 characters) is ignored like an unknown one, never passed to the database."""
        return clean_text(value)

    def lookup(self, kind: str) -> str:
        """The ORM lookup for "document" or "quote" rows."""
        lookup = self.document_lookup if kind == "document" else self.quote_lookup
        if lookup is None:
            raise ValueError(f"{kind} rows have no {self.key} filter")
        return lookup

    def label_of(self, value: str, names: dict[str, str]) -> str:
        """How a facet names `value`; `names` maps values to the names the database gave."""
        return names.get(value, value)

    def ordered(self, facets: list) -> list:
        """Facets (with `value`, `label` and `count`) in the order a page lists them: most frequent first."""
        return sorted(facets, key=lambda facet: (-facet.count, facet.label.lower()))


@dataclass(frozen=True)
class KindFilter(Filter):
    """A document kind: only the values of Document.Kind count (the lists' <select> offers no other)."""

    def clean(self, value) -> str | None:
        value = super().clean(value)
        return value if value in Document.Kind.values else None

    def label_of(self, value: str, names: dict[str, str]) -> str:
        return dict(Document.Kind.choices).get(value) or value


@dataclass(frozen=True)
class YearFilter(Filter):
    """A publication year, written with four digits."""

    def clean(self, value) -> str | None:
        value = super().clean(value)
        return value if value and value.isdigit() and len(value) == 4 and value[0] != "0" else None

    def label_of(self, value: str, names: dict[str, str]) -> str:
        return value

    def ordered(self, facets: list) -> list:
        """Newest first."""
        return sorted(facets, key=lambda facet: facet.value, reverse=True)


THEME = Filter("theme", "tema", _("Tema"), "themes__slug", "themes__slug", lexeme="tema")
ORGANISATION = Filter(
    "organisation",
    "organisation",
    _("Organisation"),
    "organisations__slug",
    "organisation__slug",
    lexeme="org",
)
KIND = KindFilter("kind", "typ", _("Dokumenttyp"), "kind", "document__kind", lexeme="typ")
YEAR = YearFilter("year", "ar", _("År"), "published__year", "document__published__year", lexeme="ar")
# A period of publication years, inclusive (issue 13: the organisation × theme map links its cells to
# the quotes of the period it shows). Undated documents fall outside every period.
FROM_YEAR = YearFilter(
    "from_year", "fran", _("Från år"), "published__year__gte", "document__published__year__gte"
)
TO_YEAR = YearFilter(
    "to_year", "till", _("Till år"), "published__year__lte", "document__published__year__lte"
)
TAG = Filter("tag", "tagg", _("Tagg"), "tags__slug", "tags__slug")
SPEAKER = Filter("speaker", "talare", _("Talare"), None, "speaker__slug")

FILTERS = {f.key: f for f in (KIND, YEAR, FROM_YEAR, TO_YEAR, ORGANISATION, THEME, TAG, SPEAKER)}
# The filters a search narrows by and counts as facets, in the facets' order on the search page.
SEARCH_FILTERS = (THEME, ORGANISATION, KIND, YEAR)


def chosen(filters, values) -> dict[Filter, str]:
    """{filter: value} for the filters that `values` (a mapping by GET parameter) sets to something."""
    found = {f: f.clean(values.get(f.param)) for f in filters}
    return {f: value for f, value in found.items() if value is not None}


def lookups(kind: str, selected: dict[Filter, str]) -> dict[str, str]:
    """The ORM filter() arguments for `selected` on "document" or "quote" rows."""
    return {f.lookup(kind): value for f, value in selected.items()}
