"""The growable set grown in bulk (tests/builders.py): its rows look like those the importer writes."""

from reform_kb import search
from reform_kb.kb.models import Document, Quote
from reform_kb.kb.models.quotes import sort_date_for


def test_grown_quotes_sort_by_their_documents_dates(world):
    world.grow(10, bulk=True)
    quotes = Quote.objects.select_related("document")
    assert [q.pk for q in quotes if q.sort_date != sort_date_for(q.document.published)] == []


def test_rows_grown_in_bulk_are_found_by_search_through_the_change_feed(world):
    world.grow(3, bulk=True)
    results = search.search("familjer", scope="documents")
    assert results.total == Document.objects.count() == 4
    assert search.search("familjer", scope="quotes").total == 6
