"""The search's take-away formats: its results as CSV and JSON, and the saved search's Atom feed.

The one hook into reform_kb.search is `run_search()`, a call of `search.api.search()` with the search
page's parameters, kept small so the search can change behind it. A search counts and ranks at most
`api.COUNT_CAP` matches of each kind, so its download holds at most that many, read a page of
`api.MAX_PER_PAGE` hits at a time while the file is written.
"""

from __future__ import annotations

import re

from django.urls import reverse
from django.utils.html import strip_tags

from reform_kb.kb.exports import Column
from reform_kb.kb.filters import SEARCH_FILTERS
from reform_kb.kb.models import Document, Quote
from reform_kb.kb.views import feeds
from reform_kb.kb.views.downloads import streamed
from reform_kb.kb.views.feeds import KnowledgeBaseFeed
from reform_kb.search import api as search_api

CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# The search page's ?visa= values and the API's scope names, to search.api's scopes.
SCOPES = {
    "": "all",
    "all": "all",
    "dokument": "documents",
    "documents": "documents",
    "citat": "quotes",
    "quotes": "quotes",
}


def run_search(params, page: int = 1, per_page: int = 20):
    """search.api.search() for a mapping of the search page's GET parameters (q, visa, tema, …)
    or the API's (q, scope, theme, …)."""
    scope = SCOPES.get(params.get("scope") or params.get("visa") or "", "all")
    filters = {f.key: params.get(f.key) or params.get(f.param) for f in SEARCH_FILTERS}
    return search_api.search(params.get("q") or "", scope=scope, page=page, per_page=per_page, **filters)


def hit_snippet(hit) -> str:
    """A hit's snippet as plain text (the page's highlights are HTML)."""
    return " ".join(strip_tags(str(hit.snippet_html)).split())


def all_hits(params):
    """Every hit the search ranks, page by page."""
    page = 1
    while True:
        results = run_search(params, page=page, per_page=search_api.MAX_PER_PAGE)
        yield from results.hits
        if not results.hits or not results.has_next:
            return
        page += 1


SEARCH_COLUMNS = (
    Column("kind", "typ", lambda h, _: "dokument" if h.kind == "document" else "citat"),
    Column("id", "id", lambda h, _: h.obj.pk),
    Column("title", "rubrik", lambda h, _: h.title),
    Column("text", "citat", lambda h, _: h.obj.text if h.kind == "quote" else ""),
    Column("snippet", "utdrag", lambda h, _: hit_snippet(h)),
    Column("rank", "rang", lambda h, _: round(h.rank, 6)),
    Column("url", "adress", lambda h, absolute: absolute(h.url)),
)


def search_download(request, fmt: str):
    params = request.GET
    rows = (
        {c.key: c.value(hit, request.build_absolute_uri) for c in SEARCH_COLUMNS} for hit in all_hits(params)
    )
    return streamed(rows, SEARCH_COLUMNS, fmt, f"sok.{fmt}")


class SearchFeed(KnowledgeBaseFeed):
    """A saved search: the newest of the documents and quotes the search finds (its first page of
    hits by rank, newest added first), for a feed reader to poll."""

    def get_object(self, request):
        return request.GET

    def title(self, params):
        # XML 1.0 has no control characters: a search for one must not make the feed unwritable.
        words = " ".join(CONTROL.sub(" ", params.get("q") or "").split())[:200]
        return f"Sökning ”{words}” – Nya socialtjänstlagen"

    def subtitle(self, params):
        return "Nya dokument och citat som matchar sökningen i kunskapsbanken om nya socialtjänstlagen."

    def link(self, params):
        return reverse("search:search") + ("?" + params.urlencode() if params else "")

    def items(self, params):
        hits = run_search(params, per_page=search_api.MAX_PER_PAGE).hits
        # Loaded again with what a feed entry shows (a hit has only what the search page shows).
        ids = {kind: [hit.obj.pk for hit in hits if hit.kind == kind] for kind in ("document", "quote")}
        return feeds.newest(
            feeds.new_documents(Document.objects.filter(pk__in=ids["document"])),
            feeds.new_quotes(Quote.objects.filter(pk__in=ids["quote"])),
        )
