"""The growable corpus itself: its rows look like those the importer writes."""

from reform_kb.kb.models import Quote
from reform_kb.kb.models.quotes import sort_date_for


def test_grown_quotes_sort_by_their_documents_dates(corpus):
    corpus.grow(10)
    quotes = Quote.objects.select_related("document")
    assert [q.pk for q in quotes if q.sort_date != sort_date_for(q.document.published)] == []
