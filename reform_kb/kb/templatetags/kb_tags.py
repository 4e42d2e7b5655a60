"""Template helpers for the public pages: `{% load kb_tags %}`."""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import get_script_prefix, reverse
from django.utils.encoding import escape_uri_path
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from ..dates import day_month_year
from ..numbers import counted, whole_number

register = template.Library()


# Header navigation: (label, list view, prefix shared by the section's url names).
NAV = [
    (_("Teman"), "kb:theme_list", "theme_"),
    (_("Organisationer"), "kb:organisation_list", "organisation_"),
    (_("Personer"), "kb:person_list", "person_"),
    (_("Dokument"), "kb:document_list", "document_"),
    (_("Citat"), "kb:quote_list", "quote_"),
    (_("Karta"), "kb:map", "map"),
    (_("Tidslinje"), "kb:timeline", "timeline"),
    (_("Sök"), "search:search", "search"),
]


@register.inclusion_tag("_nav.html", takes_context=True)
def site_nav(context):
    """The header links; the current section gets aria-current ("page" on its list page itself)."""
    match = getattr(context.get("request"), "resolver_match", None)
    # A route without a name (url_name None) belongs to no section.
    view, current = (match.view_name, match.url_name or "") if match else ("", "")
    items = []
    for label, name, prefix in NAV:
        url = reverse(name)
        state = "page" if name == view else ("true" if current.startswith(prefix) else "")
        items.append({"label": label, "url": url, "current": state})
    return {"items": items}


@register.simple_tag(takes_context=True)
def page_url(context, number, param="sida"):
    """The current URL's query string with page `number` in `param`, keeping search words and filters."""
    query = context["request"].GET.copy()
    if int(number) == 1:
        query.pop(param, None)
    else:
        query[param] = number
    return f"?{query.urlencode()}" if query else context["request"].path


@register.simple_tag
def tag_link(tag):
    """A link to a tag's page (/taggar/<slug>/ takes any string: taggit keeps å, ä and ö in slugs)."""
    return format_html(
        '<a class="tagg" href="{}">{}</a>', reverse("kb:tag_detail", args=[tag.slug]), tag.name
    )


@register.simple_tag(takes_context=True)
def facet_url(context, param, value):
    """The current search with filter `param` set to `value` (or removed if it already is), from page 1.

    Built from the query's pairs rather than a QueryDict copy (a deep copy, 60 µs): a search page
    writes fifty of these links.
    """
    current, value = context["request"].GET, str(value)
    removing = current.get(param) == value
    pairs, placed = [], False
    for key, values in current.lists():
        if key == "sida":
            continue
        if key == param:
            if not removing and not placed:
                pairs.append((key, value))
                placed = True
            continue
        pairs.extend((key, v) for v in values)
    if not removing and not placed:
        pairs.append((param, value))
    return f"?{urlencode(pairs)}"


@register.filter
def antal(value):
    """A whole number as the page's language writes it: 10 000 in Swedish (a no-break space), 10,000 in English."""
    try:
        return whole_number(int(value))
    except (TypeError, ValueError):
        return value


@register.filter
def antal_av(value, noun):
    """ "3 dokument" / "3 documents": a count and its noun ("dokument" or "citat") in the page's
    language, for list rows (a filter: a tenth of the cost of {% blocktranslate count %})."""
    try:
        return counted(noun, int(value))
    except (TypeError, ValueError):
        return value


@register.simple_tag
def datum(value):
    """`<time datetime="2022-03-03">3 mars 2022</time>`, or nothing for no date.

    The `date` filter looks the month's name up through the translation machinery on every call,
    about a tenth of a millisecond; a list page writes two dates per row.
    """
    if not value:
        return ""
    # Only digits and our own month names: nothing to escape.
    return mark_safe(f'<time datetime="{value.isoformat()}">{datum_text(value)}</time>')  # noqa: S308


@register.filter
def datum_text(value):
    """A date as the page's language writes it, day first in both: "3 mars 2022", "3 March 2022"."""
    if not value:
        return ""
    return day_month_year(value)


@register.inclusion_tag("_languages.html", takes_context=True)
def language_links(context, head=False):
    """This page in every language: `<link rel="alternate" hreflang>` in the head (head=True), or the
    language switch, plain links that need no JavaScript, no form and no cookie (so cached pages stay
    shareable). The query string is kept, so a search is switched with its words."""
    request = context.get("request")
    if request is None:
        return {"links": [], "head": head}
    links = getattr(request, "_kb_language_links", None)
    if links is None:  # once per page: the head and the switch both ask
        current = get_language()
        links = []
        for code, name in settings.LANGUAGES:
            url = _same_page_in(code, request)
            absolute = request.build_absolute_uri(url)
            links.append({"code": code, "name": name, "url": url, "absolute": absolute, "current": code == current})
        request._kb_language_links = links
    return {"links": links, "head": head, "default": links[0]}


def _same_page_in(language: str, request) -> str:
    """This address in `language`. The URL patterns are the same words in every language, so the
    addresses differ only by the prefix (/en/…; none for Swedish): cheaper than translate_url's
    resolve() and reverse() per language, and an unknown address gets the other language's 404."""
    path = request.path_info
    for code, _name in settings.LANGUAGES:
        if code != settings.LANGUAGE_CODE and (path == f"/{code}" or path.startswith(f"/{code}/")):
            path = path[len(code) + 1 :] or "/"
            break
    if language != settings.LANGUAGE_CODE:
        path = f"/{language}{path}"
    query = request.META.get("QUERY_STRING", "")
    return escape_uri_path(get_script_prefix().rstrip("/") + path) + (f"?{query}" if query else "")


@register.simple_tag
def sv():
    """` lang="sv"` for an element that holds Swedish content (a title, a name, a quote, a document's
    text) on a page in another language, so screen readers pronounce it as Swedish (WCAG 3.1.2).
    Nothing on Swedish pages, where <html lang="sv"> already says it."""
    return "" if get_language() == "sv" else mark_safe(' lang="sv"')


@register.filter
def svenska(value):
    """Swedish content inline in running text: as it is on Swedish pages, in `<span lang="sv">` on a
    page in another language (WCAG 3.1.2), so Swedish pages keep their markup unchanged."""
    if get_language() == "sv":
        return value
    return format_html('<span lang="sv">{}</span>', value)


@register.filter
def kort(text, length=40):
    """`truncatechars` for plain text without its Unicode normalisation, which costs a tenth of a
    millisecond per call: the first `length` characters, the last one an ellipsis when cut."""
    text, length = str(text), int(length)
    return text if len(text) <= length else text[: length - 1] + "…"


# The object a detail page is about, by its context name, and how the edit link names it.
EDITABLE = {
    "quote": _("citatet"),
    "document": _("dokumentet"),
    "organisation": _("organisationen"),
    "person": _("personen"),
    "theme": _("temat"),
}


@register.inclusion_tag("_edit_link.html", takes_context=True)
def edit_link(context):
    """ "Redigera …" for a logged-in editor allowed to change the page's object; nothing for anyone else.

    Pages with it are never cached: the page cache serves and stores only anonymous visitors' pages
    (views/page_cache.py), and marks an editor's page private, so no reader ever sees the link.
    """
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not user.is_staff:
        return {}
    for name, label in EDITABLE.items():
        obj = context.get(name)
        opts = getattr(obj, "_meta", None)
        if opts is None or obj.pk is None:
            continue
        if user.has_perm(f"{opts.app_label}.change_{opts.model_name}"):
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
            return {"url": url, "label": label}
        return {}
    return {}
