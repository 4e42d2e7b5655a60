"""A time budget for the database work of every public request (issue 11).

One search of 330 words joined by OR held a PostgreSQL worker for 27.7 s, and three of them blocked
the whole site. Whatever the next such request is, it now ends after KB_REQUEST_DB_BUDGET_MS
(default 5,000 ms) with a 503 and a Swedish message: on PostgreSQL each statement runs under a
`statement_timeout`, on SQLite a progress handler interrupts a statement past the deadline, and on
either no statement starts once the budget is spent. The admin (editors' work, bulk actions) and
management commands (no request, no middleware) are not limited.

The limits are set on the first query of a request, through an execute wrapper, so a page served
from the cache costs no database round trip, and they are taken off when the response is ready, so
a persistent connection carries nothing over to the next request.
"""

from __future__ import annotations

import logging
import time

from django.conf import settings
from django.db import OperationalError, connection
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse

logger = logging.getLogger(__name__)

# PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout.
QUERY_CANCELED = "57014"
# SQLite calls the progress handler every this many virtual machine instructions (about 0.1 ms).
SQLITE_STEPS = 10_000


class BudgetExceeded(OperationalError):
    """The request's time budget was spent before a statement could start."""


class Budget:
    """The execute wrapper that holds one request's deadline (see the module docstring)."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        self.installed = False
        self.expired = False

    def __call__(self, execute, sql, params, many, context):
        if time.monotonic() > self.deadline:
            self.expired = True
            raise BudgetExceeded("the request's database time budget is spent")
        if not self.installed:
            self._install(context["connection"])
        return execute(sql, params, many, context)

    def _install(self, db) -> None:
        self.installed = True
        if db.vendor == "postgresql":
            with db.connection.cursor() as cursor:
                cursor.execute(f"SET statement_timeout = {int(self.seconds * 1000)}")
        elif db.vendor == "sqlite":
            db.connection.set_progress_handler(self._over, SQLITE_STEPS)

    def _over(self) -> bool:
        """SQLite's progress handler: a true value interrupts the running statement."""
        if time.monotonic() > self.deadline:
            self.expired = True
            return True
        return False

    def release(self) -> None:
        """Take the limits off the connection, for the next request (or the admin) on it."""
        if not self.installed or connection.connection is None:
            return
        try:
            if connection.vendor == "postgresql":
                with connection.connection.cursor() as cursor:
                    cursor.execute("RESET statement_timeout")
            elif connection.vendor == "sqlite":
                connection.connection.set_progress_handler(None, 0)
        except Exception:  # noqa: BLE001
            if connection.in_atomic_block:
                # An aborted transaction: its rollback takes back the SET made inside it.
                return
            # A broken connection must not keep a timeout into the next request: drop it.
            logger.warning("could not lift the request's database time budget; closing the connection")
            connection.close()

    def spent_by(self, exception: BaseException) -> bool:
        """Whether `exception` is this budget cutting a request short."""
        if not isinstance(exception, OperationalError):
            return False
        cause = exception.__cause__
        return self.expired or getattr(cause, "sqlstate", None) == QUERY_CANCELED


def _exempt(path: str) -> bool:
    return path.startswith(reverse("admin:index"))


class DatabaseBudgetMiddleware:
    """Runs every public request's database work under a time budget; over it answers 503."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        budget_ms = settings.KB_REQUEST_DB_BUDGET_MS
        if not budget_ms or _exempt(request.path_info):
            return self.get_response(request)
        budget = request.db_budget = Budget(budget_ms / 1000)
        try:
            with connection.execute_wrapper(budget):
                return self.get_response(request)
        finally:
            budget.release()

    def process_exception(self, request, exception):
        budget = getattr(request, "db_budget", None)
        if budget is None or not budget.spent_by(exception):
            return None
        # One line, not a traceback: an expensive request is the visitor's doing, not a bug.
        logger.warning(
            "time budget of %s ms spent: %s", settings.KB_REQUEST_DB_BUDGET_MS, request.get_full_path()[:200]
        )
        response = HttpResponse(render_to_string("503_budget.html", request=request), status=503)
        response["Retry-After"] = "10"
        response["Cache-Control"] = "no-store"
        return response
