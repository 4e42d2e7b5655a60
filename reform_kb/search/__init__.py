"""Full-text search over documents and quotes, Swedish-aware, on PostgreSQL and SQLite.

Call it from a view like this::

    from reform_kb import search

    results = search.search(
        request.GET.get("q", ""),
        scope="all",                                # "all" | "documents" | "quotes"
        theme=request.GET.get("tema"),              # Theme.slug
        organisation=request.GET.get("organisation"),  # Organisation.slug
        kind=request.GET.get("typ"),                # a Document.Kind value, e.g. "remissvar"
        year=request.GET.get("ar"),                 # four digits or an int; anything else is ignored
        page=request.GET.get("sida", 1),            # clamped to 1..num_pages
        per_page=20,
    )

    # The filters' keywords, GET parameters and facet keys: reform_kb.kb.filters.SEARCH_FILTERS.
    results.query        # the query text, stripped ("" → no hits, and no database query at all)
    results.total        # number of matches over all pages; results.counts == {"document": n, "quote": m}
    results.capped       # True when a kind has more than api.COUNT_CAP matches: its count is then
    #                      COUNT_CAP (say "fler än 1 000"), its facets count its first COUNT_CAP matches
    #                      (results.sampled), and its hits are ranked among those and the matches of the
    #                      words side by side and of each OR alternative (bounded work at any size)
    results.hits         # this page, best first; each hit:
    #   hit.kind          "document" or "quote"
    #   hit.obj           the Document (organisations, themes prefetched) or the Quote
    #                     (document, speaker, organisation selected; themes prefetched)
    #   hit.title         document title; for a quote its own words (cut after 160 characters)
    #   hit.byline        for a quote "Speaker, Organisation" (or its document's title); "" for a document
    #   hit.snippet_html  SafeString: escaped text where only <mark>…</mark> is markup
    #   hit.rank          float, higher is better (not comparable between the two databases)
    #   hit.url           obj.get_absolute_url()
    results.facets       # {"theme": [...], "organisation": [...], "kind": [...], "year": [...]}, each a
    #                      list of Facet(value, label, count, selected) over all matches (with the
    #                      current filters applied), most frequent first; years newest first
    results.suggestion   # the query with misspelt words replaced from the index's vocabulary ("Menade du …?"), or ""
    results.corrected    # True when nothing matched as typed and the hits are the suggestion's
    results.entities     # cards (entities.Card: kind, name, url, note, documents, quotes) of the
    #                      organisations, people and themes the query names, on the first page
    results.filters      # the filters in effect, e.g. {"theme": "forebyggande-arbete", "year": "2021"}
    results.page, results.per_page, results.num_pages, results.has_next, results.has_previous
    results.page_obj     # a django.core.paginator.Page of the hits, for a _pagination.html partial

Query syntax (PostgreSQL's websearch): words are ANDed, "a phrase", -excluded, a OR b, and a word
ending in * is a prefix. Any input is safe. Each word also matches its inflections ("insats" finds
"insatser"); a word the index does not hold matches its accented spellings ("behovsprovning"), an
organisation's one-word names are synonyms (SKL, SKR), and a misspelt word gets a suggestion from
the index's vocabulary, searched when nothing matches (vocabulary.py, entities.py). What is searched:
a document's title (weighted highest), its organisations' and authors' names, then its text; a
quote's text, then its speaker's and organisation's names and role, then its document's title
(declared once in fields.py). Each database has a backend implementing backends/base.py's
interface in its own way: on PostgreSQL the filters are lexemes in each row's vector, so a
filtered search is one GIN lookup, and ranking happens in the statement that counts; SQLite
filters with joins and ranks with bm25() in a statement of its own. Keeping the index fresh:
it follows kb's change feed
(index_sync.py), so saves reindex on commit and importers' `kb.changes.bulk()` blocks when they end;
`manage.py rebuild_search_index` rebuilds everything.
"""

__all__ = [
    "Facet",
    "Hit",
    "SearchResults",
    "reindex_documents",
    "reindex_quotes",
    "search",
]

_EXPORTS = {
    "Facet": "api",
    "Hit": "api",
    "SearchResults": "api",
    "search": "api",
    "reindex_documents": "api",
    "reindex_quotes": "api",
}


def __getattr__(name):
    # Lazy, because this package is imported while Django loads apps, before models exist.
    if name in _EXPORTS:
        from importlib import import_module

        return getattr(import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    raise AttributeError(name)
