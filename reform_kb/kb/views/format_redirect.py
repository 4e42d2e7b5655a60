"""`?format=csv` and `?format=json` on a list page: a 302 to the list's download with the same filters.

Readers and scripts try `/citat/?tema=…&format=csv` (issue 13 found it answering with the HTML page).
The downloads live at their own addresses (views/downloads.py, the search's in reform_kb/api), so
the list page redirects there with its query, less `format` and the page number (a download holds
the whole list). On a theme's, an organisation's or a person's page the download is of its quotes,
or of its documents with `lista=dokument`. Any other `format` is ignored: the page is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.http import HttpResponseRedirect
from django.urls import reverse

from ..filters import ORGANISATION, SPEAKER, THEME
from .downloads import CSV_FORMATS

FORMATS = (*CSV_FORMATS, "json")
DOWNLOADS = {
    "document": "kb:document_download",
    "quote": "kb:quote_download",
    "search": "api:search_download",
}
# The GET parameter of a detail page's own filter, per list: (quotes, documents).
OWN_FILTER = {
    "theme": (THEME.param, THEME.param),
    "organisation": (ORGANISATION.param, ORGANISATION.param),
    "person": (SPEAKER.param, "forfattare"),  # exports.AUTHOR: the documents a person wrote
}


def _target(kind: str, query, slug: str | None) -> tuple[str, dict[str, str]]:
    """(download URL name, parameters fixed by the page) for a list of `kind`."""
    if kind not in OWN_FILTER:
        return DOWNLOADS[kind], {}
    quotes_param, documents_param = OWN_FILTER[kind]
    if query.get("lista") == "dokument":
        return DOWNLOADS["document"], {documents_param: slug}
    return DOWNLOADS["quote"], {quotes_param: slug}


def offers_downloads(kind: str) -> Callable:
    """Wrap a list view (`kind`: document, quote, search, theme, organisation or person) so that
    `?format=` one of FORMATS redirects to the list's download."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            fmt = request.GET.get("format")
            if fmt not in FORMATS:
                return view(request, *args, **kwargs)
            name, fixed = _target(kind, request.GET, kwargs.get("slug"))
            query = request.GET.copy()
            for param in ("format", "sida", "lista", *fixed):
                query.pop(param, None)
            query.update(fixed)
            encoded = query.urlencode()
            return HttpResponseRedirect(reverse(name, args=[fmt]) + (f"?{encoded}" if encoded else ""))

        return wrapped

    return decorator
