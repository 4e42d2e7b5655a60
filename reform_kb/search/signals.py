"""Keep the search index fresh: reindex what was saved, once the transaction commits.

Saving one object schedules its reindex on commit; several saves in one transaction are collected
and reindexed together by the first callback. Index entries hold text from other rows – a
document's organisations and authors, a quote's document title, speaker and organisation – so
renaming those, or changing a document's organisations or authors, reindexes the entries too.
On PostgreSQL each entry also holds its filters (kind, year, organisations, themes; see
query.filter_lexeme), so assigning or renaming a theme reindexes the entries too.

Importers that write hundreds of rows wrap the work in `bulk_indexing()`: saves are only noted,
and everything noted is reindexed in a few bulk statements when the block ends.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from reform_kb.kb.models import Document, Organisation, Person, Quote, Theme

_state = threading.local()
# What to reindex: documents and quotes by id, and the documents or quotes of renamed people,
# organisations and documents.
KEYS = (
    "document",
    "document_organisation",
    "document_author",
    "quote",
    "quote_document",
    "quote_speaker",
    "quote_organisation",
    "theme",
    "gone_document",
    "gone_quote",
)


def _pending() -> dict[str, set[int]]:
    if not hasattr(_state, "pending"):
        _state.pending = {key: set() for key in KEYS}
        _state.bulk_depth = 0
    return _state.pending


def _note(key: str, pk: int) -> None:
    _pending()[key].add(pk)
    if not _state.bulk_depth:
        transaction.on_commit(flush)


def flush() -> None:
    """Reindex everything noted so far (a no-op when a previous callback already did)."""
    from .api import forget, reindex_documents, reindex_quotes

    pending = _pending()
    taken = {key: set(ids) for key, ids in pending.items()}
    for ids in pending.values():
        ids.clear()
    for kind in ("document", "quote"):
        if taken[f"gone_{kind}"]:
            forget(kind, sorted(taken[f"gone_{kind}"]))
    documents = taken["document"]
    if taken["document_organisation"]:
        documents |= set(
            Document.objects.filter(organisations__in=taken["document_organisation"]).values_list(
                "pk", flat=True
            )
        )
    if taken["document_author"]:
        documents |= set(
            Document.objects.filter(authors__in=taken["document_author"]).values_list("pk", flat=True)
        )
    quotes = set(taken["quote"])
    if taken["theme"]:
        documents |= set(Document.objects.filter(themes__in=taken["theme"]).values_list("pk", flat=True))
        quotes |= set(Quote.objects.filter(themes__in=taken["theme"]).values_list("pk", flat=True))
    if documents:
        reindex_documents(sorted(documents))
    related = {
        "document_ids": taken["quote_document"],
        "speaker_ids": taken["quote_speaker"],
        "organisation_ids": taken["quote_organisation"],
    }
    related = {key: sorted(ids) for key, ids in related.items() if ids}
    if quotes or related:
        reindex_quotes(sorted(quotes), **related)


@contextmanager
def bulk_indexing():
    """Suspend per-object reindexing; reindex all saved objects in bulk when the block exits.

    Safe to nest and to use inside or outside a transaction. If the block raises, nothing is
    reindexed then, as the writes were most likely rolled back; what was noted is reindexed by
    the next save's callback (a no-op for rows that are gone).
    """
    _pending()
    _state.bulk_depth += 1
    try:
        yield
    except BaseException:
        _state.bulk_depth -= 1
        raise
    _state.bulk_depth -= 1
    if not _state.bulk_depth:
        flush()


def _document_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    _note("document", instance.pk)
    if not kwargs.get("created"):
        _note("quote_document", instance.pk)


def _quote_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        _note("quote", instance.pk)


def _person_saved(sender, instance, raw=False, created=False, **kwargs):
    if not raw and not created:
        _note("quote_speaker", instance.pk)
        _note("document_author", instance.pk)


def _organisation_saved(sender, instance, raw=False, created=False, **kwargs):
    if not raw and not created:
        _note("quote_organisation", instance.pk)
        _note("document_organisation", instance.pk)


def _names_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """A document's organisations or authors changed: their names are part of its index entry."""
    if action in ("post_add", "post_remove"):
        ids = pk_set if reverse else [instance.pk]
    elif action == "pre_clear":
        ids = instance.documents.values_list("pk", flat=True) if reverse else [instance.pk]
    else:
        return
    for pk in ids:
        _note("document", pk)


def _themes_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """A document's or quote's themes changed: they are filters in its index entry."""
    key = "document" if sender is Document.themes.through else "quote"
    if action in ("post_add", "post_remove"):
        if reverse:
            for pk in pk_set:
                _note(key, pk)
        else:
            _note(key, instance.pk)
    elif action == "pre_clear":
        if reverse:
            _note("theme", instance.pk)
        else:
            _note(key, instance.pk)


def _theme_saved(sender, instance, raw=False, created=False, **kwargs):
    if not raw and not created:
        _note("theme", instance.pk)


def _deleted(sender, instance, **kwargs):
    # Deleting a document cascades to its quotes: one callback forgets them all.
    _note("gone_document" if sender is Document else "gone_quote", instance.pk)


def connect() -> None:
    """Called from SearchConfig.ready()."""
    m2m_changed.connect(
        _names_changed, sender=Document.organisations.through, dispatch_uid="search_document_organisations"
    )
    m2m_changed.connect(
        _names_changed, sender=Document.authors.through, dispatch_uid="search_document_authors"
    )
    for field in (Document.themes, Quote.themes):
        m2m_changed.connect(
            _themes_changed, sender=field.through, dispatch_uid=f"search_themes_{field.through}"
        )
    post_save.connect(_theme_saved, sender=Theme, dispatch_uid="search_theme_saved")
    post_save.connect(_document_saved, sender=Document, dispatch_uid="search_document_saved")
    post_save.connect(_quote_saved, sender=Quote, dispatch_uid="search_quote_saved")
    post_save.connect(_person_saved, sender=Person, dispatch_uid="search_person_saved")
    post_save.connect(_organisation_saved, sender=Organisation, dispatch_uid="search_organisation_saved")
    post_delete.connect(_deleted, sender=Document, dispatch_uid="search_document_deleted")
    post_delete.connect(_deleted, sender=Quote, dispatch_uid="search_quote_deleted")
