"""Pages and searches run no more queries with 200 rows than with 10: nothing per row.

Timings belong in the benchmark (bench/); these only count queries, which is what grows first.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from reform_kb import search
from reform_kb.search import api

pytestmark = pytest.mark.django_db


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


PAGES = [
    "home",
    "theme_detail",
    "organisation_detail",
    "person_detail",
    "document_detail",
    "quote_detail",
    # Issue 13.
    "map",
    "timeline",
]
SEARCHES = [
    "?q=socialtjänsten",
    "?q=insatser&typ=remissvar",
    '?q="tidiga insatser"&tema={theme}',
    "?q=barn+familjer&organisation={org}&ar=2021",
]


@pytest.mark.parametrize("page", PAGES)
def test_page_runs_no_more_queries_with_200_rows_than_with_10(client, world, page):
    world.grow(10, bulk=True)
    with_10 = _queries(client, world.url(page))
    world.grow(190, bulk=True)
    assert _queries(client, world.url(page)) <= with_10


@pytest.mark.parametrize("query", SEARCHES)
def test_search_runs_no_more_queries_with_600_matches_than_with_30(client, world, query):
    url = reverse("search:search") + query.format(theme=world.theme.slug, org=world.org.slug)
    world.grow(10, bulk=True)
    with_10 = _queries(client, url)
    world.grow(190, bulk=True)
    assert _queries(client, url) <= with_10


def test_counts_above_the_cap_are_reported_as_a_lower_bound(world, monkeypatch):
    world.grow(20, bulk=True)
    monkeypatch.setattr(api, "COUNT_CAP", 25)
    results = search.search("socialtjänsten", scope="quotes")
    assert (results.total, results.capped) == (25, True)
    exact = search.search("socialtjänsten", scope="documents")
    assert (exact.total, exact.capped) == (21, False)


def test_facets_count_a_sample_when_matches_exceed_it(world, monkeypatch):
    world.grow(30, bulk=True)
    monkeypatch.setattr(api, "COUNT_CAP", 10)
    results = search.search("socialtjänsten", scope="quotes")
    assert (results.total, results.capped, results.sampled) == (10, True, True)
    assert sum(f.count for f in results.facets["kind"]) == 10


def test_a_phrase_match_is_ranked_first_even_beyond_the_candidate_limit(world, monkeypatch):
    from reform_kb.search.backends import postgres

    world.grow(30, bulk=True)
    late = world.doc.quotes.create(
        text="Stöd till barn, familjer och socialtjänsten.", start=0, end=5, origin="import"
    )
    search.reindex_quotes([late.pk])
    monkeypatch.setattr(api, "COUNT_CAP", 5)
    monkeypatch.setattr(postgres, "RANK_CANDIDATES", 5)
    # Every quote has both words; only the newest has them side by side, and it is not among the
    # first six matches the index gives.
    results = search.search("barn familjer", scope="quotes")
    assert results.hits[0].obj == late
