"""What the import wrote without model signals, for the search index at the end of a batch."""

from __future__ import annotations

from reform_kb import search
from reform_kb.kb.models import Document, Quote

_pending: dict[type, set[int]] = {Document: set(), Quote: set()}


def record(model, ids, action: str) -> None:
    _pending[model].update(ids)


def flush() -> None:
    documents, quotes = sorted(_pending[Document]), sorted(_pending[Quote])
    for ids in _pending.values():
        ids.clear()
    if documents:
        search.reindex_documents(documents)
    if quotes:
        search.reindex_quotes(quotes)


def discard() -> None:
    for ids in _pending.values():
        ids.clear()
