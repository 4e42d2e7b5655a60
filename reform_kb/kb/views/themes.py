"""Theme pages: the editors' order, and each theme's quotes grouped by organisation."""

from django.shortcuts import get_object_or_404, render

from ..models import Quote, Theme
from ..selectors import document_list, group_quotes_by_organisation, paginate, quote_list, themes_with_counts
from .caching import cached

# A theme page shows this many quotes per organisation and links to the rest on /citat/.
QUOTES_PER_GROUP = 10
# It groups the theme's newest quotes, at most this many: a theme of a large archive has tens of
# thousands, which no page can list; the counts per organisation are then left out.
QUOTES_SHOWN = 100


def _list_order(quote):
    """quote_list()'s order: newest document first (undated last), then title, document and place."""
    published = quote.document.published
    return (
        published is None,
        -(published.toordinal() if published else 0),
        quote.document.title,
        quote.document_id,
        quote.start,
    )


def theme_list(request):
    themes = cached("themes-with-counts", lambda: list(themes_with_counts()))
    return render(request, "themes/theme_list.html", {"page_obj": paginate(request, themes)})


def theme_detail(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    quote_count = Quote.themes.through.objects.filter(theme=theme).count()
    complete = quote_count <= QUOTES_SHOWN
    # The newest by id (a backward walk of the primary key), then in the lists' order.
    quotes = sorted(quote_list().for_theme(theme).order_by("-pk")[:QUOTES_SHOWN], key=_list_order)
    return render(
        request,
        "themes/theme_detail.html",
        {
            "theme": theme,
            "quote_groups": [
                {
                    "organisation": org,
                    "quotes": group[:QUOTES_PER_GROUP],
                    "total": len(group) if complete else None,
                    "more": not complete or len(group) > QUOTES_PER_GROUP,
                }
                for org, group in group_quotes_by_organisation(quotes)
            ],
            "quote_count": quote_count,
            "page_obj": paginate(request, document_list().for_theme(theme)),
        },
    )
