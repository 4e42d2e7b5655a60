"""Keep the search index fresh: reindex what the change feed (kb/changes.py) says was changed.

Index entries hold text from other rows – a document's organisations and authors, a quote's
document title, speaker and organisation – so renaming those, or changing a document's
organisations or authors, reindexes the entries too. On PostgreSQL each entry also holds its
filters (kind, year, organisations, themes; see query.filter_lexeme), so assigning or renaming a
theme reindexes the entries too.

The feed publishes a change set after the commit of plain saves, and at the end of a
`changes.bulk()` block for importers; either way the work is a few bulk statements.
"""

from __future__ import annotations

from reform_kb.kb.changes import ChangeSet
from reform_kb.kb.models import Document, Organisation, OrganisationAlias, Person, Quote, Theme

from .api import forget, reindex_documents, reindex_quotes


def _linked(model, lookup: str, ids: set[int]) -> set[int]:
    """The keys of `model`'s rows linked to `ids` through `lookup` (no query for no ids)."""
    if not ids:
        return set()
    return set(model.objects.filter(**{f"{lookup}__in": ids}).values_list("pk", flat=True))


def refresh(change: ChangeSet) -> None:
    """Forget deleted documents and quotes; reindex the ones changed, directly or by a rename."""
    for model, kind in ((Document, "document"), (Quote, "quote")):
        gone = change.ids(model, "deleted")
        if gone:
            forget(kind, sorted(gone))
    # Saved documents are reindexed, and a document's title and kind are part of its quotes' entries.
    retitled = change.ids(Document, "updated")
    renamed_people = change.ids(Person, "updated")
    renamed_organisations = change.ids(Organisation, "updated")
    # An alias added or changed is one more name the organisation's entries hold. (A deleted alias
    # leaves no row to say whose it was; the admin saves the organisation with its aliases, which
    # reindexes it, and `rebuild_search_index` drops it otherwise.)
    aliases = change.ids(OrganisationAlias, "created", "updated")
    if aliases:
        renamed_organisations |= set(
            OrganisationAlias.objects.filter(pk__in=aliases).values_list("organisation_id", flat=True)
        )
    renamed_themes = change.ids(Theme, "updated")
    documents = change.ids(Document, "created", "updated", "relinked")
    documents |= _linked(Document, "organisations", renamed_organisations)
    documents |= _linked(Document, "authors", renamed_people)
    documents |= _linked(Document, "themes", renamed_themes)
    quotes = change.ids(Quote, "created", "updated", "relinked") | _linked(Quote, "themes", renamed_themes)
    if documents:
        reindex_documents(sorted(documents))
    related = {
        "document_ids": retitled,
        "speaker_ids": renamed_people,
        "organisation_ids": renamed_organisations,
    }
    related = {key: sorted(ids) for key, ids in related.items() if ids}
    if quotes or related:
        reindex_quotes(sorted(quotes), **related)
