"""Quotes: a filterable list and a page per quote that links to it in its context."""

from django.shortcuts import get_object_or_404, render

from ..models import Quote
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
    quote = get_object_or_404(Quote.objects.with_relations().defer("document__body"), pk=pk)
    return render(
        request,
        "quotes/quote_detail.html",
        {"quote": quote, "spoken_original": quote.spoken_original(), "lifted_versions": quote.lifted_versions()},
    )
