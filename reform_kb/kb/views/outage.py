"""While the database is away: a Swedish 503 page with Retry-After, and one log line per failed request.

A stopped or restarting database used to turn every page into a 500 with a 4 KB traceback in the log
(a 21 MB log in about 12 s, issue 11). The page cache still serves what it holds (content_version.py
remembers the version for a while); a page that needs the database now answers 503, which tells
browsers, crawlers and load balancers that this is temporary, and logs a single line without a traceback.

Only errors raised while a view builds its page reach `process_exception`; the page cache, which reads
the database before any view, lets a request it cannot answer through to its view for that reason.
"""

from __future__ import annotations

import logging

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers

from ..content_version import DATABASE_UNAVAILABLE

logger = logging.getLogger("reform_kb.outage")

# A restart takes a few seconds; a crawler that comes back after half a minute finds the page again.
RETRY_AFTER_SECONDS = 30
# Paths and error messages are cut to this many characters in the log: one line, whatever the URL.
LOGGED_CHARS = 200


class DatabaseOutageMiddleware:
    """Answer a view's database-unavailable error with the 503 page instead of a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DATABASE_UNAVAILABLE):
            return None
        response = unavailable_response(request)
        _log(request, exception)
        # The session is in the database too, and SessionMiddleware reads it again on the way out when it
        # saves it on every request (the editors' idle timeout), which would turn this 503 into a 500.
        # A request without a session is one it leaves alone, the visitor's session cookie included.
        if hasattr(request, "session"):
            del request.session
        # Django would log the 503 again ("Service Unavailable: …"); this line is the one for it.
        response._has_been_logged = True
        return response


def unavailable_response(request) -> HttpResponse:
    """The 503 page: base.html's frame, which needs no database (no user, no counts, no menus from rows)."""
    response = HttpResponse(render_to_string("503.html", request=request), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


def _log(request, exception) -> None:
    # Database messages span lines ("…failed: Connection refused\n\tIs the server running…") and a
    # hostile path may hold newlines or NUL bytes: both are flattened and cut, so a failure is one line.
    reason = " ".join(str(exception).split())[:LOGGED_CHARS]
    path = request.get_full_path()[:LOGGED_CHARS].encode("unicode_escape").decode("ascii")
    logger.error(
        "Database unavailable, answered 503: %s %s (%s: %s)",
        request.method,
        path,
        type(exception).__name__,
        reason,
    )
