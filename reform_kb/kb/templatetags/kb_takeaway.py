"""Template helpers for what a reader takes away: download links, "Citera" and feed links.

`{% load kb_takeaway %}`. Each is one line in the page's template (or base.html's head), so the
pages' own views and templates stay as they are.
"""

from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .. import exports, filters
from ..models import Document
from ..views.citations import document_reference, quote_reference
from ..views.downloads import CSV_FORMATS

register = template.Library()

DOWNLOADS = {
    "document": ("kb:document_download", exports.DOCUMENT_FILTERS),
    "quote": ("kb:quote_download", exports.QUOTE_FILTERS),
}
# "Ladda ner …": a page's own list (theme, organisation, person), a filtered list, a whole list.
# Whole phrases, so a translation can order its words as its language does (i18n, issue 14).
WORDING = {
    ("document", "own"): _("Ladda ner dokumenten"),
    ("document", "filtered"): _("Ladda ner de filtrerade dokumenten"),
    ("document", "all"): _("Ladda ner alla dokument"),
    ("quote", "own"): _("Ladda ner citaten"),
    ("quote", "filtered"): _("Ladda ner de filtrerade citaten"),
    ("quote", "all"): _("Ladda ner alla citat"),
    ("search", "all"): _("Ladda ner träffarna"),
}
FORMAT_LABELS = {"csv": "CSV", "excel.csv": _("CSV för svenskt Excel (semikolon)"), "json": "JSON"}


@register.inclusion_tag("_takeaway/downloads.html", takes_context=True)
def download_links(context, kind: str, **fixed):
    """Links to the list as CSV, Excel-CSV and JSON: with the filters given (a theme's, an
    organisation's or a person's list), or else with the filters of the page's own URL."""
    name, list_filters = DOWNLOADS[kind]
    if fixed:
        params = {key: value for key, value in fixed.items() if value}
    else:
        request = context.get("request")
        chosen = filters.chosen(list_filters, request.GET if request else {})
        params = {f.param: value for f, value in chosen.items()}
    query = f"?{urlencode(params)}" if params else ""
    links = [
        {"label": FORMAT_LABELS[fmt], "url": reverse(name, args=[fmt]) + query}
        for fmt in (*CSV_FORMATS, "json")
    ]
    which = "own" if fixed else ("filtered" if params else "all")
    return {"links": links, "what": WORDING[kind, which]}


@register.inclusion_tag("_takeaway/citation.html", takes_context=True)
def citation(context, obj):
    """The formatted reference of a document or a quote, and its RIS, BibTeX and CSL-JSON files."""
    request = context["request"]
    if isinstance(obj, Document):
        reference = document_reference(obj, request.build_absolute_uri, with_themes=False)
        name, key = "kb:document_citation", obj.slug
    else:
        reference = quote_reference(obj, request.build_absolute_uri, with_themes=False)
        name, key = "kb:quote_citation", obj.pk
    files = [
        ("RIS", "ris", "Zotero, EndNote, Mendeley"),
        ("BibTeX", "bib", "LaTeX, Zotero"),
        ("CSL-JSON", "json", "Zotero, pandoc"),
    ]
    return {
        "reference": reference.formatted(),
        "quote": reference.quote,
        "files": [
            {"label": label, "url": reverse(name, args=[key, fmt]), "for": tools}
            for label, fmt, tools in files
        ],
    }


# Feeds per page: url_name -> (feed url name, takes the page's slug, title).
PAGE_FEEDS = {
    "home": [("kb:document_feed", False, _("Nya dokument")), ("kb:quote_feed", False, _("Nya citat"))],
    "document_list": [("kb:document_feed", False, _("Nya dokument"))],
    "quote_list": [("kb:quote_feed", False, _("Nya citat"))],
    "theme_detail": [("kb:theme_feed", True, _("Nytt om temat"))],
    "organisation_detail": [("kb:organisation_feed", True, _("Nytt från organisationen"))],
    "person_detail": [("kb:person_feed", True, _("Nytt från personen"))],
}


@register.inclusion_tag("_takeaway/feed_links.html", takes_context=True)
def feed_links(context):
    """<link rel="alternate"> to the page's Atom feeds, for base.html's head: feed readers find a
    feed from the address of the page it follows."""
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    if match is None:
        return {"feeds": []}
    if match.view_name == "search:search":
        query = {key: value for key, value in request.GET.items() if key not in ("sida",) and value}
        if not query.get("q", "").strip():
            return {"feeds": []}
        url = reverse("api:search_feed") + "?" + urlencode(query)
        title = gettext("Nya träffar för ”%(q)s”") % {"q": query["q"].strip()}
        return {"feeds": [{"title": title, "url": url}]}
    feeds = []
    for name, by_slug, title in PAGE_FEEDS.get(match.url_name or "", []) if match.app_name == "kb" else []:
        args = [match.kwargs["slug"]] if by_slug else []
        feeds.append({"title": title, "url": reverse(name, args=args)})
    return {"feeds": feeds}


@register.inclusion_tag("_takeaway/downloads.html", takes_context=True)
def search_download_links(context):
    """The search's results as CSV, Excel-CSV and JSON (reform_kb/api/search_takeaway.py): the same
    words, filters and scope, without the page number."""
    query = context["request"].GET.copy()
    query.pop("sida", None)
    links = [
        {
            "label": FORMAT_LABELS[fmt],
            "url": reverse("api:search_download", args=[fmt]) + "?" + query.urlencode(),
        }
        for fmt in (*CSV_FORMATS, "json")
    ]
    return {"links": links, "what": WORDING["search", "all"]}
