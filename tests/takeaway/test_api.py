"""The read-only API at /api/v1/: answers match the OpenAPI description, cursors are stable, filters are
the pages', answers are cached like the pages, anonymous clients are rate-limited."""

import base64
import json
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from reform_kb import search
from reform_kb.api.v1 import api
from tests.builders import make_document, make_organisation, make_person, make_quote, make_theme

pytestmark = pytest.mark.django_db
BASE = "/api/v1"


@pytest.fixture(scope="module")
def spec():
    """The description as clients read it (JSON: status codes as strings)."""
    return json.loads(json.dumps(api.get_openapi_schema()))


def check(spec, response, path, status=200):
    """The answer has `status` and matches the schema the OpenAPI description gives for it."""
    assert response.status_code == status, response.content
    operation = spec["paths"][path]["get"]
    schema = operation["responses"][str(status)]["content"]["application/json"]["schema"]
    validator = Draft202012Validator({**schema, "components": spec["components"]})
    errors = [e.message for e in validator.iter_errors(response.json())]
    assert errors == []
    return response.json()


@pytest.fixture
def rows():
    org = make_organisation("Östgöta testförbund")
    other_org = make_organisation("Norrlands testförbund")
    person = make_person("Åsa Öberg", organisation=org, party="S")
    theme = make_theme("API-temat")
    doc = make_document(
        "Remissvar om ”socialtjänsten”", organisations=[org], authors=[person], themes=[theme]
    )
    quotes = [
        make_quote(doc, text=f"Socialtjänsten – citat {i}.", speaker=person, organisation=org, themes=[theme])
        for i in range(5)
    ]
    make_quote(make_document("Annat", organisations=[other_org]), text="Helt annat.", organisation=other_org)
    return {"org": org, "person": person, "theme": theme, "doc": doc, "quotes": quotes}


def test_the_openapi_description_is_valid_and_served(client, spec):
    validate(spec)
    served = client.get(f"{BASE}/openapi.json").json()
    assert set(served["paths"]) >= {
        f"{BASE}/documents",
        f"{BASE}/quotes",
        f"{BASE}/organisations",
        f"{BASE}/people",
        f"{BASE}/themes",
        f"{BASE}/search",
    }
    assert client.get(f"{BASE}/docs").status_code == 200


def test_every_endpoint_answers_as_described(client, spec, rows):
    search.reindex_documents(), search.reindex_quotes()
    q = rows["quotes"][0]
    for path, url in [
        (f"{BASE}/documents", f"{BASE}/documents"),
        (f"{BASE}/documents/{{slug}}", f"{BASE}/documents/{rows['doc'].slug}"),
        (f"{BASE}/quotes", f"{BASE}/quotes"),
        (f"{BASE}/quotes/{{quote_id}}", f"{BASE}/quotes/{q.pk}"),
        (f"{BASE}/organisations", f"{BASE}/organisations"),
        (f"{BASE}/organisations/{{slug}}", f"{BASE}/organisations/{rows['org'].slug}"),
        (f"{BASE}/people", f"{BASE}/people"),
        (f"{BASE}/people/{{slug}}", f"{BASE}/people/{rows['person'].slug}"),
        (f"{BASE}/themes", f"{BASE}/themes"),
        (f"{BASE}/themes/{{slug}}", f"{BASE}/themes/{rows['theme'].slug}"),
        (f"{BASE}/search", f"{BASE}/search?q=socialtjänsten"),
    ]:
        check(spec, client.get(url), path)
    quote = client.get(f"{BASE}/quotes/{q.pk}").json()
    assert quote["text"] == "Socialtjänsten – citat 0."
    assert quote["speaker"] == {"slug": rows["person"].slug, "name": "Åsa Öberg"}
    assert quote["document"]["title"] == "Remissvar om ”socialtjänsten”"
    assert quote["url"] == f"http://testserver/citat/{q.pk}/"
    hits = client.get(f"{BASE}/search?q=socialtjänsten&scope=quotes").json()
    assert hits["total"] == 5 and all(h["kind"] == "quote" for h in hits["results"])


def test_missing_rows_answer_404_in_swedish(client, spec):
    for url in [
        f"{BASE}/documents/finns-inte",
        f"{BASE}/quotes/999999",
        f"{BASE}/quotes/{10**30}",
        f"{BASE}/people/a%00b",
    ]:
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.json() == {"detail": "Hittades inte."}
    check(spec, client.get(f"{BASE}/documents/finns-inte"), f"{BASE}/documents/{{slug}}", status=404)


def _walk(client, url):
    ids, pages = [], 0
    while url:
        page = client.get(url).json()
        ids += [row["id"] for row in page["results"]]
        url, pages = page["next"], pages + 1
    return ids, pages


def test_cursor_pages_hold_every_row_once_newest_first(client, rows):
    ids, pages = _walk(client, f"{BASE}/quotes?page_size=2")
    assert ids == sorted(ids, reverse=True)
    assert len(ids) == len(set(ids)) == 6
    assert pages == 3


def test_a_cursor_is_stable_when_rows_are_added(client, rows):
    first = client.get(f"{BASE}/quotes?page_size=2").json()
    second_before = client.get(first["next"]).json()
    make_quote(rows["doc"], text="Ett nytt citat efter första sidan.")
    second_after = client.get(first["next"]).json()
    assert second_after["results"] == second_before["results"]
    previous = client.get(second_after["previous"]).json()
    assert [r["id"] for r in previous["results"]] == [r["id"] for r in first["results"]]


def test_lists_take_the_pages_filters(client, rows):
    ids, _ = _walk(client, f"{BASE}/quotes?organisation={rows['org'].slug}&theme={rows['theme'].slug}")
    assert sorted(ids) == sorted(q.pk for q in rows["quotes"])
    ids, _ = _walk(client, f"{BASE}/quotes?speaker={rows['person'].slug}&year=2021&kind=artikel")
    assert len(ids) == 5
    ids, _ = _walk(client, f"{BASE}/documents?author={rows['person'].slug}")
    assert ids == [rows["doc"].pk]
    # An unusable value is ignored, as on the pages, never an error.
    ids, _ = _walk(client, f"{BASE}/quotes?kind=finns-inte&year=%00")
    assert len(ids) == 6


@pytest.mark.parametrize(
    "cursor", ["inte-base64!", base64.b64encode(b"p=abc").decode(), base64.b64encode(b"o=x").decode(), "w6U="]
)
def test_a_cursor_that_is_not_ours_answers_400_in_swedish(client, rows, cursor):
    response = client.get(f"{BASE}/quotes", {"cursor": cursor})
    assert response.status_code == 400
    assert response.json()["detail"].startswith("Ogiltigt värde")


def test_search_without_words_answers_400_in_swedish(client):
    response = client.get(f"{BASE}/search")
    assert response.status_code == 400
    assert response.json() == {"detail": "Ogiltigt värde: q."}


def test_answers_are_cached_like_the_pages(client, rows, page_cache, django_capture_on_commit_callbacks):
    url = f"{BASE}/quotes?theme={rows['theme'].slug}"
    first = client.get(url)
    assert first.has_header("ETag")
    with CaptureQueriesContext(connection) as queries:
        again = client.get(url)
    assert again.json() == first.json()
    assert len(queries) <= 1  # the content version, at most
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        make_quote(rows["doc"], text="Nytt citat.", themes=[rows["theme"]])
    # Any edit retires the cached answers at once, as it does the pages.
    assert len(client.get(url).json()["results"]) == 6


def test_anonymous_clients_are_rate_limited_in_swedish(client, settings, rows):
    settings.KB_API_RATE = "3/m"
    for _ in range(3):
        assert client.get(f"{BASE}/themes").status_code == 200
    response = client.get(f"{BASE}/themes")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert response.json() == {"detail": "För många anrop. Vänta en stund och försök igen."}
    # Another address has its own count; a forged X-Forwarded-For does not give a fresh one.
    assert client.get(f"{BASE}/themes", REMOTE_ADDR="10.0.0.2").status_code == 200
    assert client.get(f"{BASE}/themes", HTTP_X_FORWARDED_FOR="10.9.9.9").status_code == 429


def test_editors_are_not_rate_limited(editor_client, settings):
    settings.KB_API_RATE = "1/m"
    assert all(editor_client.get(f"{BASE}/themes").status_code == 200 for _ in range(3))


def test_list_queries_do_not_grow_with_the_rows(client, world, django_assert_max_num_queries):
    world.grow(3)
    with CaptureQueriesContext(connection) as queries:
        client.get(f"{BASE}/quotes")
        client.get(f"{BASE}/documents")
    world.grow(27)
    with django_assert_max_num_queries(len(queries)):
        assert len(client.get(f"{BASE}/quotes").json()["results"]) == 20
        client.get(f"{BASE}/documents")


def test_next_links_keep_the_filters(client, rows):
    page = client.get(f"{BASE}/quotes?page_size=2&theme={rows['theme'].slug}").json()
    query = parse_qs(urlsplit(page["next"]).query)
    assert query["theme"] == [rows["theme"].slug] and "cursor" in query
