"""Quote cards and document entries rendered once per content version, for every page that lists them.

A quote card looks the same on an organisation's page, a person's, a tag's and the quote list; a
document's entry the same on a theme's page, an organisation's and the document list. Building one
(its relations' queries, the model instances, the template) took most of a list page's time: about
17 ms of an organisation page's 29 at a million quotes. So a page of a list asks the database only
for the ids of its rows, in order, takes the items it finds from the cache, and loads and renders
just the ones it misses. The content version in the key (kb/content_version.py) retires them all at
once on any edit, as it does whole pages; with caching off (KB_PAGE_CACHE_SECONDS=0) every item is
rendered afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Page
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from ..content_version import content_version
from ..selectors import document_list, paginate, quote_list


@dataclass(frozen=True)
class ItemKind:
    name: str
    template: str
    variable: str  # the template's name for the object
    load: Callable[[list[int]], QuerySet]  # the rows with these ids, with what the template shows
    defaults: dict  # the template's arguments where a page gives none


DOCUMENT = ItemKind(
    "document",
    "_document_item.html",
    "document",
    lambda ids: document_list().filter(pk__in=ids),
    {"level": 3},
)
QUOTE = ItemKind(
    "quote",
    "_quote_card.html",
    "quote",
    lambda ids: quote_list().filter(pk__in=ids),
    {"hide_organisation": False, "show_themes": True},
)


def rendered(kind: ItemKind, ids: list[int], **options) -> list[SafeString]:
    """The items with these ids, in this order, rendered with `options` (the template's arguments,
    e.g. hide_organisation=True, over the kind's defaults). An id whose row has gone since it was
    listed is left out."""
    if not ids:
        return []
    options = {**kind.defaults, **options}
    html: dict[int, str] = {}
    keys: dict[int, str] = {}
    if settings.KB_PAGE_CACHE_SECONDS:
        flags = ",".join(f"{name}={value!s}" for name, value in sorted(options.items()))
        # Per language: an item's labels and dates are in the page's language (i18n, issue 14).
        prefix = f"kb:item:{content_version()}:{get_language()}:{kind.name}:{flags}"
        keys = {pk: f"{prefix}:{pk}" for pk in ids}
        found = cache.get_many(list(keys.values()))
        html = {pk: found[key] for pk, key in keys.items() if key in found}
    missing = [pk for pk in ids if pk not in html]
    if missing:
        new = {
            obj.pk: render_to_string(kind.template, {kind.variable: obj, **options})
            for obj in kind.load(missing)
        }
        if keys and new:
            cache.set_many({keys[pk]: item for pk, item in new.items()}, settings.KB_PAGE_CACHE_SECONDS)
        html.update(new)
    # Our own templates' output, escaped when it was rendered.
    return [mark_safe(html[pk]) for pk in ids if pk in html]  # noqa: S308


def paginate_items(
    request, rows: QuerySet, kind: ItemKind, param: str = "sida", count: int | None = None, **options
) -> Page:
    """selectors.paginate() over the ids of `rows` (in their order); the page holds the items rendered."""
    ids = rows.select_related(None).prefetch_related(None).values_list("pk", flat=True)
    page = paginate(request, ids, param, count=count)
    page.object_list = rendered(kind, list(page.object_list), **options)
    return page
