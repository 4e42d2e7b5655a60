"""Whole-page caching of the public pages, and HTTP conditional GET, keyed on the content version.

Every public page is made from the database alone, so one number says whether any page may have
changed: the content version (kb/content_version.py), bumped by the change feed on every commit
that changes what the pages show. A page is cached under its URL and the version, so an edit shows
at once on every page without tracking which pages it touches; the ETag is the version and the URL,
so a browser's If-None-Match is answered with 304 before any page is built.

Only anonymous GET and HEAD requests are cached or marked public; the admin, logged-in visitors
and anything that is not a plain 200 go through untouched. With several servers the cache must be
shared (Redis, see settings.CACHES) for the version to be too.

While the database is away the cached pages are still served, under the last version this process
read (content_version.py); a request this middleware cannot answer without the database goes on to its
view, whose database error becomes the 503 page (views/outage.py).
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import http_date, parse_etags

from ..content_version import DATABASE_UNAVAILABLE, content_version, request_version

PAGE_KEY = "kb:page:{version}:{key}"
# Public pages; the admin, the health probe and anything else outside the knowledge base is never cached.
SKIPPED_PREFIXES = ("/admin", "/static", "/media", "/healthz")


def _visitor(request) -> str:
    """"anonymous", "logged-in", or "unknown" while the database (which holds the sessions) is away.

    Asked once per request: after a failed session load, asking the user again fails differently.
    """
    user = getattr(request, "user", None)
    try:
        return "logged-in" if user is not None and user.is_authenticated else "anonymous"
    except DATABASE_UNAVAILABLE:
        # The session is in the database: without it an editor cannot be told from a visitor.
        return "unknown"


def _etag(version: int, key: str) -> str:
    return '"' + hashlib.blake2b(f"{version}:{key}".encode(), digest_size=12).hexdigest() + '"'


class PageCacheMiddleware:
    """Serve anonymous visitors cached pages and 304s; put it last in MIDDLEWARE, after
    AuthenticationMiddleware, so the headers other middleware adds are added to cached pages too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or request.path.startswith(SKIPPED_PREFIXES):
            return self.get_response(request)
        visitor = _visitor(request)
        if visitor != "anonymous":
            response = self.get_response(request)
            if visitor == "logged-in" and not response.has_header("Cache-Control"):
                # An editor's page carries edit links: no shared cache may keep it.
                patch_cache_control(response, private=True)
            return response
        seconds = settings.KB_PAGE_CACHE_SECONDS
        if not seconds:
            # Caching off (as in tests): still public for browsers, but without version or ETag.
            response = self.get_response(request)
            if self._shareable(response):
                self._headers(response)
            return response
        try:
            version = content_version()
        except DATABASE_UNAVAILABLE:
            # No version this process can vouch for, so nothing it could serve from the cache.
            return self.get_response(request)
        # The language is part of the key: the URL says it today (/en/…), but a page must never be
        # served in the language of another, whatever decides it (i18n, issue 14).
        language = getattr(request, "LANGUAGE_CODE", "")
        key = hashlib.blake2b(f"{language}:{request.get_full_path()}".encode(), digest_size=16).hexdigest()
        etag = _etag(version, key)
        if etag in parse_etags(request.headers.get("If-None-Match", "")):
            return self._not_modified(etag, version)
        page_key = PAGE_KEY.format(version=version, key=key)
        response = cache.get(page_key)
        if response is None:
            token = request_version.set(version)
            try:
                response = self.get_response(request)
            finally:
                request_version.reset(token)
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
