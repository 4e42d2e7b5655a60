"""Theme pages: the editors' order, and each theme's quotes grouped by organisation."""

from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe

from ..content_version import cached
from ..models import Quote, Theme
from ..selectors import (
    document_list,
    group_quotes_by_organisation,
    organisations_for_theme,
    paginate,
    quote_list,
    themes_with_counts,
)
from .list_items import DOCUMENT, paginate_items

# A theme page shows this many quotes per organisation and links to the rest on /citat/.
QUOTES_PER_GROUP = 10
# It groups the theme's newest quotes, at most this many: a theme of a large archive has tens of
# thousands, which no page can list; the counts per organisation are then left out.
QUOTES_SHOWN = 100
# It lists at most this many organisations (those with most quotes on it, in Swedish order); the map
# (/karta/) has them all.
ORGANISATIONS_SHOWN = 200


def _list_order(quote):
    """quote_list()'s order (QuoteQuerySet.in_list_order), for quotes already fetched."""
    return (-quote.sort_date.toordinal(), -quote.document_id, quote.start)


def theme_list(request):
    themes = cached("themes-with-counts", lambda: list(themes_with_counts()))
    return render(request, "themes/theme_list.html", {"page_obj": paginate(request, themes)})


def quote_groups_html(theme: Theme, quote_count: int) -> str:
    """The theme's newest quotes grouped by organisation, as HTML.

    The same on every page of the theme's documents, and the costliest part of the page to build
    (up to a hundred quote cards), so it is rendered once per content version (see `cached`).
    """
    complete = quote_count <= QUOTES_SHOWN
    # The newest by id (a backward walk of the primary key), then in the lists' order.
    quotes = sorted(quote_list().for_theme(theme).order_by("-pk")[:QUOTES_SHOWN], key=_list_order)
    groups = [
        {
            "organisation": org,
            "quotes": group[:QUOTES_PER_GROUP],
            "total": len(group) if complete else None,
            "more": not complete or len(group) > QUOTES_PER_GROUP,
        }
        for org, group in group_quotes_by_organisation(quotes)
    ]
    return render_to_string("themes/_quote_groups.html", {"theme": theme, "quote_groups": groups})


def organisations_html(theme: Theme) -> str:
    """The theme's organisations with their counts and links, as HTML (once per content version)."""
    organisations = organisations_for_theme(theme)
    shown = organisations
    if len(organisations) > ORGANISATIONS_SHOWN:
        most = sorted(organisations, key=lambda org: (-org.quote_count, -org.document_count))[:ORGANISATIONS_SHOWN]
        keep = {org.pk for org in most}
        shown = [org for org in organisations if org.pk in keep]
    context = {
        "theme": theme,
        "organisations": shown,
        "total": len(organisations),
        "quote_list": reverse("kb:quote_list"),
        "document_list": reverse("kb:document_list"),
    }
    return render_to_string("themes/_organisations.html", context)


def theme_detail(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    # Counted once per content version: counting a theme's rows is the page's slowest query.
    quote_count = cached(
        f"theme-quote-count:{theme.pk}", lambda: Quote.themes.through.objects.filter(theme=theme, quote__public=True).count()
    )
    documents = document_list().for_theme(theme)
    document_count = cached(f"theme-document-count:{theme.pk}", documents.count)
    groups = cached(f"theme-quote-groups:{theme.pk}", lambda: str(quote_groups_html(theme, quote_count)))
    # Who has spoken on the theme, each linked to its quotes on it (issue 13).
    organisations = cached(f"theme-organisations:{theme.pk}", lambda: str(organisations_html(theme)))
    return render(
        request,
        "themes/theme_detail.html",
        {
            "theme": theme,
            # Our own template's output, escaped when it was rendered.
            "quote_groups_html": mark_safe(groups),  # noqa: S308
            "quote_count": quote_count,
            "organisations_html": mark_safe(organisations),  # noqa: S308 – our own template's output
            "page_obj": paginate_items(request, documents, DOCUMENT, count=document_count),
        },
    )
