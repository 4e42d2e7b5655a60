"""A search's hits download as CSV and JSON with the search's words, filters and scope."""

import csv
import io
import json

import pytest
from django.urls import reverse

from reform_kb import search
from tests.builders import make_document, make_quote, make_theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed():
    theme = make_theme("Söktemat")
    doc = make_document(
        "Om tidiga insatser", body="Tidiga insatser i socialtjänsten.\n\nAnnat.", themes=[theme]
    )
    quote = make_quote(doc, text="Tidiga insatser i socialtjänsten.", themes=[theme])
    make_document("Orelaterat", body="Helt andra ord här.")
    search.reindex_documents(), search.reindex_quotes()
    return {"theme": theme, "doc": doc, "quote": quote}


def _text(response) -> str:
    return b"".join(response.streaming_content).decode("utf-8")


def test_search_csv_holds_every_hit_with_its_kind_and_address(client, indexed):
    response = client.get(reverse("api:search_download", args=["csv"]) + "?q=insatser")
    text = _text(response)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text[1:], newline="")))
    assert {(r["typ"], r["adress"]) for r in rows} == {
        ("dokument", f"http://testserver/dokument/{indexed['doc'].slug}/"),
        ("citat", f"http://testserver/citat/{indexed['quote'].pk}/"),
    }
    assert next(r for r in rows if r["typ"] == "citat")["citat"] == "Tidiga insatser i socialtjänsten."


def test_search_json_keeps_the_scope(client, indexed):
    response = client.get(reverse("api:search_download", args=["json"]) + "?q=insatser&visa=citat")
    data = json.loads(_text(response))
    assert [row["id"] for row in data] == [indexed["quote"].pk]


def test_a_search_without_words_downloads_an_empty_file(client):
    response = client.get(reverse("api:search_download", args=["json"]) + "?q=")
    assert json.loads(_text(response)) == []


def test_the_search_page_links_its_downloads_without_the_page_number(client, indexed):
    html = client.get(
        reverse("search:search") + f"?q=insatser&tema={indexed['theme'].slug}&sida=1"
    ).content.decode()
    assert f'href="/sok/export.csv?q=insatser&amp;tema={indexed["theme"].slug}"' in html
    assert "Ladda ner träffarna" in html
