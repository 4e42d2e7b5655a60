"""Removing every synthetic row in batches, without loading a million quotes into memory.

QuerySet.delete() would fetch each quote to send its post_delete signal (the change feed listens),
so quotes and the rows that point at them go with plain DELETEs per batch of documents, recorded in
the change feed (kb/changes.py) once per batch: the search index forgets them and cached pages go stale.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from taggit.models import TaggedItem

from reform_kb.kb import changes
from reform_kb.kb.models import Document, Organisation, Person, Quote

BATCH_DOCUMENTS = 500


@dataclass
class RemoveReport:
    documents: int = 0
    quotes: int = 0
    organisations: int = 0
    people: int = 0


def _delete(table: str, column: str, ids: list[int], **equal) -> int:
    """DELETE FROM table WHERE column IN ids [AND key = value …], without loading a row."""
    quote = connection.ops.quote_name
    placeholders = ", ".join(["%s"] * len(ids))
    extra = "".join(f" AND {quote(key)} = %s" for key in equal)
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {quote(table)} WHERE {quote(column)} IN ({placeholders}){extra}",
            [*ids, *equal.values()],
        )
        return cursor.rowcount


def _m2m_tables(model) -> list[tuple[str, str]]:
    """(through table, column naming `model`) for each many-to-many field of `model`."""
    return [
        (field.m2m_db_table(), field.m2m_column_name())
        for field in model._meta.many_to_many
        if field.remote_field.through._meta.auto_created
    ]


def _remove_documents(document_ids: list[int]) -> int:
    quote_ids = list(Quote.objects.filter(document_id__in=document_ids).values_list("pk", flat=True))
    # The organisations whose map cells (kb/map_summary.py) lose these rows: gone, they name none.
    left = set(Quote.objects.filter(document_id__in=document_ids).values_list("organisation_id", flat=True))
    left |= set(
        Document.organisations.through.objects.filter(document_id__in=document_ids).values_list(
            "organisation_id", flat=True
        )
    )
    changes.record(Organisation, left - {None}, "relinked")
    quote_type = ContentType.objects.get_for_model(Quote)
    document_type = ContentType.objects.get_for_model(Document)
    for i in range(0, len(quote_ids), 5000):
        chunk = quote_ids[i : i + 5000]
        _delete(TaggedItem._meta.db_table, "object_id", chunk, content_type_id=quote_type.pk)
        for table, column in _m2m_tables(Quote):
            _delete(table, column, chunk)
        _delete(Quote._meta.db_table, "id", chunk)
    _delete(TaggedItem._meta.db_table, "object_id", document_ids, content_type_id=document_type.pk)
    for table, column in _m2m_tables(Document):
        _delete(table, column, document_ids)
    _delete(Document._meta.db_table, "id", document_ids)
    changes.record(Quote, quote_ids, "deleted")
    changes.record(Document, document_ids, "deleted")
    return len(quote_ids)


def remove_synthetic(progress=None) -> RemoveReport:
    """Delete synthetic documents (with their quotes), people and organisations; real rows stay."""
    report = RemoveReport()
    while True:
        ids = list(
            Document.objects.filter(synthetic=True)
            .order_by("pk")
            .values_list("pk", flat=True)[:BATCH_DOCUMENTS]
        )
        if not ids:
            break
        with transaction.atomic(), changes.bulk():
            report.quotes += _remove_documents(ids)
        report.documents += len(ids)
        if progress:
            progress(report)
    with transaction.atomic():
        # Few enough to delete the ordinary way; quotes of real documents lose only the link.
        report.people = Person.objects.filter(synthetic=True).delete()[1].get(Person._meta.label, 0)
        report.organisations = (
            Organisation.objects.filter(synthetic=True).delete()[1].get(Organisation._meta.label, 0)
        )
    return report
