"""Organisation pages. The A–Ö list is sorted in Python: no database here sorts å, ä and ö as Swedish does."""

from django.shortcuts import get_object_or_404, render

from reform_kb.pipeline.swedish import swedish_initial, swedish_sorted

from ..content_version import cached
from ..models import Organisation
from ..selectors import (
    document_list,
    organisations_with_counts,
    paginate,
    quote_list,
    roles_at,
    themes_for_organisation,
)
from .list_items import DOCUMENT, QUOTE, paginate_items


def _letter_groups(organisations):
    """[(letter, [organisation, …]), …] for one page of an A–Ö list that is already in order."""
    groups = []
    for org in organisations:
        letter = swedish_initial(org.name)
        if not groups or groups[-1][0] != letter:
            groups.append((letter, []))
        groups[-1][1].append(org)
    return groups


def organisation_list(request):
    kind = request.GET.get("typ", "")
    qs = organisations_with_counts()
    if kind in Organisation.Kind.values:
        qs = qs.filter(kind=kind)
    else:
        kind = ""
    # The reference list knows hundreds of authorities and municipalities that nothing here is from
    # or quotes yet; listed, they read as "0 dokument · 0 citat" over pages. Shown on request.
    # Split in Python: the whole list is read for the Swedish sort anyway, so no second query.
    show_all = request.GET.get("alla") == "1"
    organisations = swedish_sorted(qs, key=lambda o: o.name)
    hidden_count = 0
    if not show_all:
        active = [o for o in organisations if o.document_count or o.quote_count]
        hidden_count = len(organisations) - len(active)
        organisations = active
    page_obj = paginate(request, organisations)
    # Which page each letter starts on, for the A–Ö jump links.
    letter_pages, per_page = {}, page_obj.paginator.per_page
    for i, org in enumerate(organisations):
        letter_pages.setdefault(swedish_initial(org.name), i // per_page + 1)
    return render(
        request,
        "organisations/organisation_list.html",
        {
            "page_obj": page_obj,
            "letter_groups": _letter_groups(page_obj.object_list),
            "letter_pages": list(letter_pages.items()),
            "kinds": Organisation.Kind.choices,
            "selected_kind": kind,
            "show_all": show_all,
            "hidden_count": hidden_count,
        },
    )


def organisation_detail(request, slug):
    org = get_object_or_404(Organisation.objects.public().select_related("parent"), slug=slug)
    documents = document_list().filter(organisations=org)
    quotes = quote_list().filter(organisation=org)
    # The themes and the two totals are the same on every page of the organisation's lists:
    # computed once per content version.
    themes = cached(f"organisation-themes:{org.pk}", lambda: themes_for_organisation(org))
    document_count = cached(f"organisation-document-count:{org.pk}", documents.count)
    quote_count = cached(f"organisation-quote-count:{org.pk}", quotes.count)
    return render(
        request,
        "organisations/organisation_detail.html",
        {
            "organisation": org,
            "aliases": list(org.aliases.all()),
            "branches": swedish_sorted(org.branches.all(), key=lambda b: b.name),
            "roles": roles_at(org),
            "themes": themes,
            "page_obj": paginate_items(request, documents, DOCUMENT, count=document_count),
            "quote_page": paginate_items(
                request, quotes, QUOTE, "citatsida", count=quote_count, hide_organisation=True
            ),
        },
    )
