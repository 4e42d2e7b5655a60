"""Issue 11: a long OR chain cost the square of its length (27.7 s on PostgreSQL for 330 terms, a 500
on SQLite for 510); a search now keeps query.MAX_TERMS words, alternatives counted, and says so."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from reform_kb.kb import changes
from reform_kb.search import query as q
from reform_kb.search.compile import to_tsquery
from tests.builders import make_document

LETTERS = "bcdefghjklmnopqrstuvwxyz"  # no Swedish stopword among them ("i", "å" are)


def or_chain(words, n: int) -> str:
    return " OR ".join(words[i % len(words)] for i in range(n))


@pytest.fixture
def letters(db):
    with changes.bulk():  # indexed as the importer does (see tests/search/conftest.py)
        return make_document("Bokstäver", body=" ".join(LETTERS) + " Tidiga insatser och stöd.")


def _sql_bytes(client, text: str) -> tuple[int, object]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get("/sok/", {"q": text})
    return sum(len(x["sql"]) for x in ctx.captured_queries), response


def test_every_alternative_counts_against_the_limit():
    parsed = q.parse(or_chain(["insatser", "stöd", "vård"], 330))
    assert q.size(parsed.must[0]) <= q.MAX_TERMS
    assert parsed.dropped == 330 - q.MAX_TERMS
    assert q.parse("tidiga insatser").dropped == 0


def test_a_repeated_alternative_is_asked_once():
    assert q.parse("insatser OR insatser") == q.parse("insatser")


def test_a_narrower_query_holds_one_alternative_not_the_whole_chain():
    parsed = q.parse("tidiga " + or_chain(["insatser", "stöd", "vård", "omsorg"], 4))
    narrower = [n for n in q.narrower(parsed) if n.must[0] == parsed.must[0]]
    assert [len(to_tsquery(n)) < len(to_tsquery(parsed)) for n in narrower] == [True] * 4
    assert all(not isinstance(item, q.AnyOf) for n in narrower for item in n.must)


def test_a_long_phrase_is_cut_to_the_words_that_fit():
    parsed = q.parse('"' + " ".join(["socialtjänst"] * 40) + '"')
    assert q.size(parsed.must[0]) == q.MAX_TERMS
    assert parsed.dropped == 40 - q.MAX_TERMS


def test_510_one_letter_alternatives_give_a_page_that_says_what_was_left_out(client, letters):
    response = client.get("/sok/", {"q": or_chain(LETTERS, 510)})
    assert response.status_code == 200
    assert "Sökningen var för lång" in response.content.decode()
    assert "Bokstäver" in response.content.decode()


def test_the_sql_of_a_330_term_or_chain_is_no_larger_than_that_of_the_longest_allowed(client, letters):
    allowed, _ = _sql_bytes(client, or_chain(["insatser", "stöd"], q.MAX_TERMS))
    long, response = _sql_bytes(client, or_chain(["insatser", "stöd"], 330))
    assert response.status_code == 200
    assert long <= allowed * 1.05


def test_an_ordinary_search_says_nothing_about_length(client, letters):
    response = client.get("/sok/", {"q": "tidiga insatser"})
    assert "Sökningen var för lång" not in response.content.decode()
