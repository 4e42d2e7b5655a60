"""The hostile requests issue 11 measured: each gave a 500 (or held a worker) before the edge checks."""

import pytest
from django.urls import reverse

from reform_kb.kb.models import Document
from tests.builders import make_document, make_organisation, make_quote, make_theme

FILTER_PARAMS = ("organisation", "tema", "tagg", "talare", "typ")
LIST_PAGES = ("kb:document_list", "kb:quote_list", "search:search")


@pytest.fixture
def rows(db):
    org = make_organisation("Kantenförbundet (test)")
    doc = make_document(
        "Insatser i socialtjänsten",
        body="Tidiga insatser minskar behovet. Insatser ska vara lättillgängliga.",
        kind=Document.Kind.REMISSVAR,
        organisations=[org],
        themes=[make_theme("Kanttema (test)")],
    )
    make_quote(doc, "Tidiga insatser minskar behovet.")
    return doc


@pytest.mark.parametrize("page", LIST_PAGES)
@pytest.mark.parametrize("param", FILTER_PARAMS)
def test_a_nul_byte_in_a_filter_is_ignored(client, rows, page, param):
    response = client.get(reverse(page), {"q": "insatser", param: "vision\x00"})
    assert response.status_code == 200


@pytest.mark.parametrize("page", LIST_PAGES)
@pytest.mark.parametrize("param", FILTER_PARAMS)
def test_an_over_long_filter_value_is_ignored(client, rows, page, param):
    response = client.get(reverse(page), {"q": "insatser", param: "a" * 2100})
    assert response.status_code == 200


@pytest.mark.parametrize("page", LIST_PAGES)
def test_an_unknown_kind_is_ignored(client, rows, page):
    response = client.get(reverse(page), {"q": "insatser", "typ": "inte-en-typ"})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/taggar/%00/",
        "/teman/%00/",
        "/organisationer/a%00/",
        "/personer/a%00/",
        "/dokument/a%00/",
        "/taggar/" + "a" * 2100 + "/",
    ],
)
def test_a_nul_byte_or_an_over_long_path_segment_is_not_found(client, rows, path):
    assert client.get(path).status_code == 404


def test_a_nul_byte_in_the_query_or_page_number_is_harmless(client, rows):
    assert client.get("/sok/", {"q": "insatser\x00", "sida": "1\x00"}).status_code == 200
    assert client.get("/dokument/", {"sida": "\x00", "ar": "2021\x00"}).status_code == 200


def test_the_admin_autocomplete_ignores_a_nul_byte(admin_client, rows):
    url = reverse("admin:autocomplete")
    params = {"term": "a\x00", "app_label": "kb", "model_name": "quote", "field_name": "document"}
    response = admin_client.get(url, params)
    assert response.status_code == 200
