"""One change feed: every write path reports here what it changed, and derived data follows.

Two things are derived from the knowledge base's rows: the search index (the search app) and the
content version that cached pages and values are keyed on (content_version.py). Both used to be
kept fresh by signals in one path and explicit calls in another; now every path records its
changes here and the feed does the rest:

- ORM saves, deletes and many-to-many changes record themselves (`connect()`, from kb's
  AppConfig.ready()); the bulk row writers (bulk_rows.py) record the rows they insert; code that
  writes with `QuerySet.update()` or raw SQL calls `record()` itself.
- A change set is published once: after the commit for plain saves (everything the transaction
  saved together, however many rows), or when a `bulk()` block ends (an import). Publishing calls
  the subscribers (the search app reindexes; it subscribes in its AppConfig.ready()) and then bumps
  the content version once the transaction commits, so a page cached under the new version never
  shows the old index.

Use::

    changes.record(Quote, [quote.pk], "updated")
    with changes.bulk():            # an import: collect everything, publish once at the end
        ...
    changes.subscribe(callback)     # callback(change_set), a ChangeSet
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from django.db import transaction
from django.db.models import Model

from . import content_version

ACTIONS = ("created", "updated", "deleted", "relinked")  # relinked: its many-to-many links changed


class ChangeSet:
    """What changed: primary keys per model and action."""

    def __init__(self):
        self._ids: dict[tuple[type[Model], str], set] = {}
        # Parts of it were already handed to the subscribers (see part()); the version still follows.
        self.parts_published = False

    def add(self, model: type[Model], ids: Iterable, action: str) -> None:
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}; one of {ACTIONS}")
        ids = set(ids)
        if ids:
            self._ids.setdefault((model._meta.concrete_model, action), set()).update(ids)

    def ids(self, model: type[Model], *actions: str) -> set:
        """The keys of `model` recorded with any of `actions` (with any action when none is given)."""
        model = model._meta.concrete_model
        found = set()
        for (recorded, action), ids in self._ids.items():
            if recorded is model and (not actions or action in actions):
                found |= ids
        return found

    def merge(self, other: ChangeSet) -> None:
        for (model, action), ids in other._ids.items():
            self.add(model, ids, action)

    def __bool__(self) -> bool:
        return bool(self._ids)

    def __repr__(self) -> str:
        parts = [f"{model.__name__} {action}: {sorted(ids)}" for (model, action), ids in self._ids.items()]
        return f"<ChangeSet {'; '.join(parts) or 'empty'}>"


_subscribers: list[Callable[[ChangeSet], None]] = []
_last_subscribers: list[Callable[[ChangeSet], None]] = []
# Per thread (the synthetic corpus's indexers have their own): the change sets of the open bulk()
# and collect() blocks, innermost last; what the current transaction's saves recorded; and what a
# failed bulk() block left unpublished.
_local = threading.local()


def subscribe(callback: Callable[[ChangeSet], None], *, last: bool = False) -> None:
    """Call `callback(change_set)` with every change set published (once per callback).

    `last`: after every other subscriber, whenever they subscribed. For writers of small, shared
    rows (the map's summary, map_summary.py): the row locks they take are held until the commit, so
    taken last they do not make two concurrent publishers (generate_corpus's) wait through the other's
    search indexing.
    """
    if callback in _subscribers or callback in _last_subscribers:
        return
    (_last_subscribers if last else _subscribers).append(callback)


def _callbacks() -> list[Callable[[ChangeSet], None]]:
    return _subscribers + _last_subscribers


def _frames() -> list[ChangeSet]:
    if not hasattr(_local, "frames"):
        _local.frames = []
        _local.pending = ChangeSet()
        _local.leftover = ChangeSet()
    return _local.frames


def record(model: type[Model], ids: Iterable, action: str) -> None:
    """Note that the rows `ids` of `model` were created, updated, deleted or relinked."""
    frames = _frames()
    if frames:
        frames[-1].add(model, ids, action)
        return
    change = ChangeSet()
    change.add(model, ids, action)
    if not change:
        return
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        _publish(change)
        return
    if not any(func is _publish_pending for _, func, *_ in reversed(connection.run_on_commit)):
        # Nothing queued: what is pending was recorded in a transaction that was rolled back.
        _local.pending = ChangeSet()
    _local.pending.merge(change)
    # One callback per record, as rolling a savepoint back drops the callbacks it queued; the
    # first to run publishes everything, the others find nothing left.
    transaction.on_commit(_publish_pending)
    content_version.bump_version()  # queued after the first callback: the index is fresh first


def _publish_pending() -> None:
    """After the commit: publish what the transaction's saves recorded."""
    pending, _local.pending = _local.pending, ChangeSet()
    _publish(pending, bump=False)  # the bump is a callback of its own


def _publish(change: ChangeSet, *, bump: bool = True) -> None:
    """Hand `change` (with what a failed bulk() block left) to the subscribers; bump the version
    once the transaction commits (at once outside one)."""
    _frames()
    change.merge(_local.leftover)
    _local.leftover = ChangeSet()
    if change:
        for callback in _callbacks():
            callback(change)
    if bump and (change or change.parts_published):
        content_version.bump_version()


@contextmanager
def _frame(spill: Callable[[ChangeSet], None] | None = None) -> Iterator[ChangeSet]:
    """Collect what is recorded inside into a new change set (the innermost frame). If the block
    raises, what it collected goes to `spill` (to be published later) before the error goes on."""
    change = ChangeSet()
    frames = _frames()
    frames.append(change)
    try:
        yield change
    except BaseException:
        if spill:
            spill(change)
        raise
    finally:
        frames.pop()


@contextmanager
def bulk() -> Iterator[None]:
    """Collect what is recorded inside; publish it once when the block ends.

    For writers of many rows (an import): the subscribers then work in a few bulk statements,
    inside the surrounding transaction, and the content version is bumped once it commits. Safe
    to nest (an inner block joins the outer one) and to use inside or outside a transaction. If
    the block raises, nothing is published then, as the writes were most likely rolled back; what
    was recorded goes out with the next change set (a no-op for rows that are gone).
    """
    if _frames():
        yield
        return
    with _frame(spill=lambda change: _local.leftover.merge(change)) as change:
        yield
    _publish(change)


@contextmanager
def part() -> Iterator[None]:
    """A part of a bulk() block whose derived data must succeed or fail with it: an import's file.

    What is recorded inside is handed to the subscribers when the part ends, inside the savepoint
    the caller holds around it, so that an error there (a search-index update) is raised in the
    part and rolled back with it, not at the end of the bulk() block with every other part. The
    content version is still bumped once, by the bulk() block (a bump per part cost an import of
    400 files 1.8 s). Outside a bulk() block it is one.
    """
    frames = _frames()
    if not frames:
        with bulk():
            yield
        return
    # On error what the part recorded joins the bulk() block (a no-op for rows the caller's rollback removed).
    with _frame(spill=frames[-1].merge) as change:
        yield
    for callback in _callbacks():
        callback(change)
    frames[-1].parts_published = True


@contextmanager
def collect() -> Iterator[ChangeSet]:
    """Collect what is recorded inside into the change set yielded, without publishing it: the
    caller publishes it with `publish()`, e.g. on another thread's connection after its own
    transaction commits (generate_corpus indexes one batch while it writes the next)."""
    with _frame() as change:
        yield change


def publish(change: ChangeSet) -> None:
    """Publish a change set gathered by `collect()` (as if recorded here, inside a bulk() block)."""
    with bulk():
        _frames()[-1].merge(change)


# -- ORM signals ---------------------------------------------------------------------------------


def _saved(sender, instance, created=False, raw=False, **kwargs) -> None:
    if not raw:  # loaddata: fixtures are indexed by the rebuild command
        record(sender, [instance.pk], "created" if created else "updated")


def _deleted(sender, instance, **kwargs) -> None:
    record(sender, [instance.pk], "deleted")


def _relinked(sender, instance, action, reverse, model, pk_set, **kwargs) -> None:
    """A many-to-many relation changed: its owner, the model declaring the field, was relinked."""
    if action in ("post_add", "post_remove"):
        owner, ids = (model, pk_set) if reverse else (type(instance), [instance.pk])
    elif action == "post_clear" and not reverse:
        owner, ids = type(instance), [instance.pk]
    elif action == "pre_clear" and reverse:
        # theme.documents.clear(): which documents lose the link is known only before the clear.
        owner = model
        source = next(f for f in sender._meta.fields if f.is_relation and f.related_model is model)
        target = next(f for f in sender._meta.fields if f.is_relation and f.related_model is not model)
        ids = sender.objects.filter(**{target.attname: instance.pk}).values_list(source.attname, flat=True)
    else:
        return
    record(owner, ids, "relinked")


def connect() -> None:
    """Record every change to what the public pages and the search index show (kb's ready())."""
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from taggit.models import TaggedItem

    from .models import (
        Document,
        Milestone,
        Organisation,
        OrganisationAlias,
        Person,
        Quote,
        QuoteStance,
        Role,
        Theme,
    )

    # QuoteStance and Milestone (issue 13): the map and the timeline show them.
    models = (Document, Quote, Theme, Organisation, OrganisationAlias, Person, Role, TaggedItem, QuoteStance, Milestone)
    for model in models:
        uid = f"kb_changes_{model._meta.label_lower}"
        post_save.connect(_saved, sender=model, dispatch_uid=f"{uid}_save")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"{uid}_delete")
    for field in (
        Document.organisations,
        Document.mentioned_organisations,
        Document.mentioned_people,
        Document.authors,
        Document.themes,
        Quote.themes,
    ):
        through = field.through
        m2m_changed.connect(_relinked, sender=through, dispatch_uid=f"kb_changes_{through._meta.label_lower}")
