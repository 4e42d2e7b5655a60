"""Plain-row inserts (kb/bulk_rows.py), which the importer writes a new document's rows with."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag

from reform_kb.kb.bulk_rows import RowBatch
from reform_kb.kb.models import Document
from tests.builders import make_document, make_organisation, make_theme


def test_a_row_batch_writes_rows_of_several_tables_with_swedish_text_intact(db):
    doc = make_document("Ett dokument")
    org, theme = make_organisation("Förbundet Åäö – ”citat”"), make_theme("Barn och unga")
    rows = RowBatch()
    rows.add(Document.organisations.through, ["document_id", "organisation_id"], [(doc.pk, org.pk)])
    rows.add(Document.themes.through, ["document_id", "theme_id"], [(doc.pk, theme.pk)])
    rows.add(Tag, ["name", "slug"], [("Nämnden för ”öppen” vård – 100 %", "namnden")])
    with CaptureQueriesContext(connection) as ctx:
        rows.write()
    assert list(doc.organisations.all()) == [org]
    assert list(doc.themes.all()) == [theme]
    assert Tag.objects.get(slug="namnden").name == "Nämnden för ”öppen” vård – 100 %"
    # PostgreSQL gets all three INSERTs in one round trip; SQLite runs one per table.
    assert len(ctx.captured_queries) == (1 if connection.vendor == "postgresql" else 3)
    rows.write()  # written rows are not written twice
    assert doc.organisations.count() == 1


def test_an_empty_row_batch_writes_nothing(db, django_assert_num_queries):
    rows = RowBatch()
    rows.add(Document.themes.through, ["document_id", "theme_id"], [])
    with django_assert_num_queries(0):
        rows.write()
