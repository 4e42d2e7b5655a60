"""The search page: reads the query and filters from the URL and renders api.search's results.

The filters' GET parameters are those of /dokument/ and /citat/ (kb.filters), so a facet link
narrows a search the way the same parameter narrows a list.
"""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from reform_kb.kb.filters import SEARCH_FILTERS

from . import api, entities, vocabulary

# ?visa=dokument|citat narrows the search to one kind: (GET value, search scope, tab label).
SCOPE_PARAM = "visa"
SCOPES = [("", "all", _("Allt")), ("dokument", "documents", _("Dokument")), ("citat", "quotes", _("Citat"))]
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
    context = {"q": q, "examples": EXAMPLE_QUERIES, "results": None}
    if q:
        results = api.search(
            q,
            scope={value: scope for value, scope, _ in SCOPES}.get(request.GET.get(SCOPE_PARAM), "all"),
            **{f.key: request.GET.get(f.param) for f in SEARCH_FILTERS},
            page=request.GET.get("sida", 1),
            per_page=settings.KB_PAGE_SIZE,
        )
        context.update(
            results=results,
            page_obj=results.page_obj,
            facet_sample=api.COUNT_CAP,
            scope=results.scope,
            scopes=_scope_links(request, results),
            facets=[
                {"label": f.label, "param": f.param, "options": results.facets[f.key]}
                for f in SEARCH_FILTERS
                if results.facets.get(f.key)
            ],
            # Filters to keep in the search box's form, so a new query stays within them: the values
            # the search used, not what the URL held (a hostile value is not echoed back).
            kept=[
                *((f.param, results.filters[f.key]) for f in SEARCH_FILTERS if f.key in results.filters),
                *([(SCOPE_PARAM, request.GET[SCOPE_PARAM])] if results.scope != "all" else []),
            ],
        )
    return render(request, "search/search.html", context)


# What the suggestion endpoint reads of the text typed: a word is seldom longer.
SUGGEST_MAX_CHARS = 100


def suggest(request):
    """Suggestions as you type, for static/js/sok-forslag.js: names of organisations, people and
    themes the text names, then words of the index completing its last word, most frequent first.
    JSON {"q": …, "forslag": [...]}; an empty list for anything it cannot complete."""
    q = request.GET.get("q", "").replace("\x00", " ")[:SUGGEST_MAX_CHARS].strip()
    found: list[str] = []
    if len(q) >= 2:
        found = [card.name for card in entities.find(q)]
        found += [word for word in vocabulary.suggestions(q) if word not in found]
    return JsonResponse({"q": q, "forslag": found[:10]}, json_dumps_params={"ensure_ascii": False})
