"""Theme pages: the editors' order, and each theme's quotes grouped by organisation."""

from django.shortcuts import get_object_or_404, render

from ..models import Theme
from ..selectors import document_list, group_quotes_by_organisation, paginate, quote_list, themes_with_counts

# A theme page shows this many quotes per organisation and links to the rest on /citat/.
QUOTES_PER_GROUP = 10


def theme_list(request):
    return render(request, "themes/theme_list.html", {"page_obj": paginate(request, themes_with_counts())})


def theme_detail(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    quotes = quote_list().for_theme(theme)
    return render(
        request,
        "themes/theme_detail.html",
        {
            "theme": theme,
            "quote_groups": [
                {"organisation": org, "quotes": group[:QUOTES_PER_GROUP], "total": len(group)}
                for org, group in group_quotes_by_organisation(quotes)
            ],
            "quote_count": len(quotes),
            "page_obj": paginate(request, document_list().for_theme(theme)),
        },
    )
