"""Whole-page caching of the public pages, and HTTP conditional GET, keyed on a content version.

Every public page is made from the database alone, so one number says whether any page may have
changed: the content version, bumped whenever an editor or an import saves or deletes a document,
quote, theme, organisation or person (`connect()`, from an app's ready()). It is kept in the cache
when that is shared by all processes (Redis), else in a one-row table.
A page is cached under its URL and the version, so an edit shows at once on every page without
tracking which pages it touches; the ETag is the version and the URL, so a browser's
If-None-Match is answered with 304 before any page is built.

Only anonymous GET and HEAD requests are cached or marked public; the admin, logged-in visitors
and anything that is not a plain 200 go through untouched. With several servers the cache must be
shared (Redis, see settings.CACHES) for the version to be too.
"""

from __future__ import annotations

import hashlib
import time
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import http_date, parse_etags

VERSION_KEY = "kb:content-version"
VERSION_TABLE = "search_content_version"  # reform_kb/search/migrations/0003_content_version.py
PAGE_KEY = "kb:page:{version}:{key}"
# Public pages; the admin and anything else outside the knowledge base is never cached.
SKIPPED_PREFIXES = ("/admin", "/static", "/media")


def _shared() -> bool:
    """Whether every server process (and the import commands) share the cache, as with Redis."""
    backend = settings.CACHES["default"]["BACKEND"]
    return not backend.endswith(("LocMemCache", "DummyCache"))


# The version a cached request was answered under: its views' `cached()` values use the same one,
# without reading it again (and a page is never built from two versions).
_request_version: ContextVar[int | None] = ContextVar("kb_request_content_version", default=None)


def content_version() -> int:
    """The current content version: in the shared cache, or else in the database (one indexed read)."""
    known = _request_version.get()
    if known is not None:
        return known
    if not _shared():
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT version FROM {VERSION_TABLE} WHERE id = 1")
            row = cursor.fetchone()
        return row[0] if row else 0
    version = cache.get(VERSION_KEY)
    if version is None:
        # The cache lost it (restart, eviction): any new value invalidates what it still holds.
        cache.add(VERSION_KEY, time.time_ns(), None)
        version = cache.get(VERSION_KEY, 0)
    return version


def cached(name: str, compute, seconds: int = 3600):
    """`compute()`, computed once per content version: for counts over the whole knowledge base
    that every page of a list repeats (the themes' counts, an organisation's themes)."""
    if not settings.KB_PAGE_CACHE_SECONDS:
        return compute()
    key = f"kb:value:{content_version()}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value


def bump_version(**kwargs) -> None:
    """Mark every cached page stale once the change commits (at once outside a transaction).

    After the commit, not before: a page built from the old rows while the transaction was open
    must not be cached under the new version. The new version is a clock reading, so no two bumps
    give the same number, even after a rollback.
    """
    # An import saves thousands of rows in one transaction: one bump when it commits is enough.
    # Only one per savepoint, though, as rolling a savepoint back drops the bumps it queued.
    sids = set(connection.savepoint_ids)
    if not any(func is _bump and queued == sids for queued, func, *_ in connection.run_on_commit):
        transaction.on_commit(_bump)


def _bump() -> None:
    now = time.time_ns()
    if _shared():
        cache.set(VERSION_KEY, max(now, (cache.get(VERSION_KEY) or 0) + 1), None)
        return
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {VERSION_TABLE} SET version = CASE WHEN version < %s THEN %s ELSE version + 1 END "
            "WHERE id = 1",
            [now, now],
        )


def connect() -> None:
    """Bump the version on every change to what the public pages show."""
    from taggit.models import TaggedItem

    from reform_kb.kb.models import Document, Organisation, OrganisationAlias, Person, Quote, Role, Theme

    for model in (Document, Quote, Theme, Organisation, OrganisationAlias, Person, Role, TaggedItem):
        uid = f"kb_page_cache_{model._meta.label_lower}"
        post_save.connect(bump_version, sender=model, dispatch_uid=f"{uid}_save")
        post_delete.connect(bump_version, sender=model, dispatch_uid=f"{uid}_delete")
    for field in (
        Document.organisations,
        Document.mentioned_organisations,
        Document.authors,
        Document.themes,
        Quote.themes,
    ):
        m2m_changed.connect(bump_version, sender=field.through, dispatch_uid=f"kb_page_cache_{field.through}")


def _cacheable(request) -> bool:
    if request.method not in ("GET", "HEAD") or request.path.startswith(SKIPPED_PREFIXES):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def _etag(version: int, key: str) -> str:
    return '"' + hashlib.blake2b(f"{version}:{key}".encode(), digest_size=12).hexdigest() + '"'


class PageCacheMiddleware:
    """Serve anonymous visitors cached pages and 304s; put it last in MIDDLEWARE, after
    AuthenticationMiddleware, so the headers other middleware adds are added to cached pages too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable(request):
            return self.get_response(request)
        seconds = settings.KB_PAGE_CACHE_SECONDS
        if not seconds:
            # Caching off (as in tests): still public for browsers, but without version or ETag.
            response = self.get_response(request)
            if self._shareable(response):
                self._headers(response)
            return response
        version = content_version()
        key = hashlib.blake2b(request.get_full_path().encode(), digest_size=16).hexdigest()
        etag = _etag(version, key)
        if etag in parse_etags(request.headers.get("If-None-Match", "")):
            return self._not_modified(etag, version)
        page_key = PAGE_KEY.format(version=version, key=key)
        response = cache.get(page_key)
        if response is None:
            token = _request_version.set(version)
            try:
                response = self.get_response(request)
            finally:
                _request_version.reset(token)
            if not self._shareable(response):
                return response
            cache.set(page_key, response, seconds)
        self._headers(response, etag, version)
        return response

    @staticmethod
    def _shareable(response) -> bool:
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in response.get("Cache-Control", "")
            and "no-cache" not in response.get("Cache-Control", "")
        )

    @staticmethod
    def _headers(response, etag: str | None = None, version: int | None = None) -> None:
        if etag:
            response["ETag"] = etag
            # The version is a clock reading in nanoseconds (or 0 before the first edit).
            response["Last-Modified"] = http_date(version // 1_000_000_000)
        patch_cache_control(response, public=True, max_age=settings.KB_HTTP_MAX_AGE)
        # A logged-in editor gets the same URL uncached; shared caches must tell them apart.
        patch_vary_headers(response, ("Cookie",))

    def _not_modified(self, etag: str, version: int):
        from django.http import HttpResponseNotModified

        response = HttpResponseNotModified()
        self._headers(response, etag, version)
        return response
