"""The search page. Searching itself is reform_kb.search's business; this view only renders results."""

from django.conf import settings
from django.shortcuts import render

from reform_kb import search as search_api
from reform_kb.search.api import COUNT_CAP

# GET parameter of each filter: the same names as the filters of /dokument/ and /citat/.
PARAMS = {"theme": "tema", "organisation": "organisation", "doc_kind": "typ", "year": "ar"}
FACETS = [("theme", "Tema"), ("organisation", "Organisation"), ("kind", "Dokumenttyp"), ("year", "År")]
FACET_PARAMS = {"theme": "tema", "organisation": "organisation", "kind": "typ", "year": "ar"}
# ?visa=dokument|citat narrows the search to one kind: (GET value, search scope, tab label).
SCOPE_PARAM = "visa"
SCOPES = [("", "all", "Allt"), ("dokument", "documents", "Dokument"), ("citat", "quotes", "Citat")]
EXAMPLE_QUERIES = [
    '"förebyggande arbete"',
    "behovsprövning",
    "Vision handlingsutrymme",
    "barnrättsperspektiv",
    "statsbidrag",
]


def _scope_links(request, results) -> list[dict]:
    """Tabs for all / documents / quotes: the same search in another scope, from page 1."""
    counts = {"documents": results.counts["document"], "quotes": results.counts["quote"]}
    links = []
    for value, scope, label in SCOPES:
        query = request.GET.copy()
        query.pop("sida", None)
        query.pop(SCOPE_PARAM, None)
        if value:
            query[SCOPE_PARAM] = value
        count = counts.get(scope) if results.scope == "all" else None
        links.append(
            {
                "label": label,
                "url": f"?{query.urlencode()}",
                "current": scope == results.scope,
                "count": count,
                "capped": count is not None and scope[:-1] in results.capped_kinds,
            }
        )
    return links


def search(request):
    q = request.GET.get("q", "").strip()
    args = {name: request.GET.get(param, "").strip() for name, param in PARAMS.items()}
    args["scope"] = {value: scope for value, scope, _ in SCOPES}.get(request.GET.get(SCOPE_PARAM), "all")
    context = {"q": q, "examples": EXAMPLE_QUERIES, "results": None}
    if q:
        results = search_api.search(
            q,
            **{name: value for name, value in args.items() if value},
            page=request.GET.get("sida", 1),
            per_page=settings.KB_PAGE_SIZE,
        )
        context.update(
            results=results,
            page_obj=results.page_obj,
            facet_sample=COUNT_CAP,
            scope=results.scope,
            scopes=_scope_links(request, results),
            facets=[
                {"label": label, "param": FACET_PARAMS[key], "options": results.facets.get(key, [])}
                for key, label in FACETS
                if results.facets.get(key)
            ],
            # Filters to keep in the search box's form, so a new query stays within them.
            kept=[
                (param, request.GET[param])
                for param in [*PARAMS.values(), SCOPE_PARAM]
                if request.GET.get(param, "").strip()
            ],
        )
    return render(request, "search/search.html", context)
