"""Quotes: a filterable list and a page per quote that links to it in its context."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from ..models import Quote, QuoteStance
from ..selectors import filter_quotes
from .list_items import QUOTE, paginate_items


def quote_list(request):
    quotes, filters = filter_quotes(request.GET)
    return render(
        request,
        "quotes/quote_list.html",
        {
            "page_obj": paginate_items(request, quotes, QUOTE, count=filters.count("quotes", quotes)),
            "filters": filters,
        },
    )


def quote_detail(request, pk):
    # The editors' stances per theme (issue 13), with their themes' names, in one more query.
    stances = Prefetch("stances", queryset=QuoteStance.objects.select_related("theme"))
    # Editors also see withdrawn quotes and those of drafts (marked so); the public gets a 404.
    quotes = Quote.objects.with_relations().prefetch_related(stances).defer("document__body")
    if not request.user.is_staff:
        quotes = quotes.public()
    quote = get_object_or_404(quotes, pk=pk)
    return render(
        request,
        "quotes/quote_detail.html",
        {"quote": quote, "spoken_original": quote.spoken_original(), "lifted_versions": quote.lifted_versions()},
    )
