"""The content version: one number that says whether anything the public pages show has changed.

Every public page is made from the database alone, so a page or a value computed from the whole
knowledge base can be cached under the version and stays right until the next change: the change
feed (changes.py) bumps the version once per committed change set, whatever wrote it (an editor's
save, an import, the synthetic corpus). The page cache (views/page_cache.py) keys pages and ETags on
it; `cached()` keeps values such as the themes' counts per version.

The version lives in the cache when that is shared by all processes (Redis), else in the one row
of kb.ContentVersion, so the web servers and the import commands agree on it. When that row cannot be
read because the database does not answer, each process goes on with the last version it read, for a
short while, so the pages it has cached are still served through a restart (issue 11).
"""

from __future__ import annotations

import time
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, connection, transaction
from django.db.models import Case, F, Value, When
from django.utils.translation import get_language

from .models import ContentVersion

VERSION_KEY = "kb:content-version"
_TABLE = connection.ops.quote_name(ContentVersion._meta.db_table)

# What Django raises, on every backend, when the database does not answer: a refused or lost
# connection, a server shutting down or restarting, a connection used after the server closed it.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
# How long a process trusts the last version it read once the database stops answering: long enough
# to ride out a restart or a failover on cached pages. Nobody can edit while the database is away,
# so the version is still right; the limit is for a database this process cannot reach but others can.
OUTAGE_GRACE_SECONDS = 300
# The last version read from the database by this process, and when (time.monotonic()).
_last_read: tuple[int, float] | None = None


def _shared() -> bool:
    """Whether every server process (and the import commands) share the cache, as with Redis."""
    backend = settings.CACHES["default"]["BACKEND"]
    return not backend.endswith(("LocMemCache", "DummyCache"))


# The version a cached request is answered under: the page cache sets it, so its views' `cached()`
# values use the same one without reading it again (and a page is never built from two versions).
request_version: ContextVar[int | None] = ContextVar("kb_request_content_version", default=None)


def content_version() -> int:
    """The current content version: in the shared cache, or else in the database (one indexed read)."""
    known = request_version.get()
    if known is not None:
        return known
    if not _shared():
        return _version_in_database()
    version = cache.get(VERSION_KEY)
    if version is None:
        # The cache lost it (restart, eviction): any new value invalidates what it still holds.
        cache.add(VERSION_KEY, time.time_ns(), None)
        version = cache.get(VERSION_KEY, 0)
    return version


def _version_in_database() -> int:
    """The version in its table, or the one this process last read there if the database is away
    (for OUTAGE_GRACE_SECONDS); with none to fall back on, the database's error."""
    global _last_read
    try:
        # Raw SQL: every cached page asks, and building the ORM query took ten times the read.
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT version FROM {_TABLE} WHERE id = 1")
            row = cursor.fetchone()
    except DATABASE_UNAVAILABLE:
        if _last_read is None or time.monotonic() - _last_read[1] > OUTAGE_GRACE_SECONDS:
            raise
        return _last_read[0]
    version = row[0] if row else 0
    _last_read = (version, time.monotonic())
    return version


def cached(name: str, compute, seconds: int = 3600):
    """`compute()`, computed once per content version: for counts over the whole knowledge base
    that every page of a list repeats (the themes' counts, an organisation's themes)."""
    if not settings.KB_PAGE_CACHE_SECONDS:
        return compute()
    # Per language too: some values are HTML or labels in the page's language (i18n, issue 14).
    key = f"kb:value:{content_version()}:{get_language()}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value


def bump_version() -> None:
    """Mark every cached page and value stale once the change commits (at once outside a transaction).

    Called by the change feed only (changes.py), which knows when anything changed. After the
    commit, not before: a page built from the old rows while the transaction was open must not be
    cached under the new version.
    """
    # An import saves thousands of rows in one transaction: one bump when it commits is enough.
    # Only one per savepoint, though, as rolling a savepoint back drops the bumps it queued.
    sids = set(connection.savepoint_ids)
    if not any(func is _bump and queued == sids for queued, func, *_ in connection.run_on_commit):
        transaction.on_commit(_bump)


def _bump() -> None:
    # The new version is a clock reading, so no two bumps give the same number, even after a rollback.
    now = time.time_ns()
    if _shared():
        cache.set(VERSION_KEY, max(now, (cache.get(VERSION_KEY) or 0) + 1), None)
        return
    # Never backwards, even when another server's clock is ahead of this one's.
    updated = ContentVersion.objects.filter(pk=1).update(
        version=Case(When(version__lt=now, then=Value(now)), default=F("version") + 1)
    )
    if not updated:  # the row is gone: `manage.py flush` empties this table with the others
        ContentVersion.objects.get_or_create(pk=1, defaults={"version": now})
