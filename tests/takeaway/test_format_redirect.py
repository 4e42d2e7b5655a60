"""`?format=csv|json` on every list page redirects to the list's download with the same filters
(issue 13: it used to answer with the HTML page), and the download it leads to holds that list."""

import csv
import io
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse

from reform_kb import search
from tests.builders import make_document, make_organisation, make_person, make_quote, make_theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def listed():
    theme, org = make_theme("Skolfrågor"), make_organisation("Förbundet Ö")
    person = make_person("Åsa Öberg", organisation=org)
    doc = make_document("Ett remissvar", organisations=[org], themes=[theme], authors=[person])
    quote = make_quote(doc, organisation=org, speaker=person, themes=[theme])
    make_quote(make_document("Annat"), text="Ett annat citat.")
    search.reindex_documents(), search.reindex_quotes()
    return {"theme": theme, "org": org, "person": person, "doc": doc, "quote": quote}


def redirected(client, url: str) -> tuple[str, dict[str, list[str]]]:
    response = client.get(url)
    assert response.status_code == 302, url
    target = urlsplit(response["Location"])
    return target.path, parse_qs(target.query)


@pytest.mark.parametrize("fmt", ["csv", "json", "excel.csv"])
def test_the_quote_and_document_lists_redirect_with_their_filters_but_not_the_page(client, listed, fmt):
    slug = listed["theme"].slug
    path, query = redirected(client, f"/citat/?tema={slug}&ar=2021&sida=2&format={fmt}")
    assert path == reverse("kb:quote_download", args=[fmt])
    assert query == {"tema": [slug], "ar": ["2021"]}
    path, query = redirected(client, f"/dokument/?format={fmt}")
    assert path == reverse("kb:document_download", args=[fmt]) and query == {}


def test_a_theme_organisation_and_person_page_redirect_to_their_own_quotes_or_documents(client, listed):
    theme, org, person = listed["theme"], listed["org"], listed["person"]
    cases = [
        (theme.get_absolute_url(), "kb:quote_download", {"tema": [theme.slug]}),
        (org.get_absolute_url(), "kb:quote_download", {"organisation": [org.slug]}),
        (person.get_absolute_url(), "kb:quote_download", {"talare": [person.slug]}),
    ]
    for page, name, filters in cases:
        assert redirected(client, page + "?format=csv") == (reverse(name, args=["csv"]), filters)
    # lista=dokument: the page's documents instead (a person's: the documents they wrote).
    assert redirected(client, person.get_absolute_url() + "?format=json&lista=dokument") == (
        reverse("kb:document_download", args=["json"]),
        {"forfattare": [person.slug]},
    )
    assert redirected(client, org.get_absolute_url() + "?format=json&lista=dokument")[1] == {
        "organisation": [org.slug]
    }


def test_search_results_redirect_to_the_search_download(client, listed):
    path, query = redirected(client, "/sok/?q=socialtjänsten&sida=3&format=csv")
    assert path == reverse("api:search_download", args=["csv"])
    assert query == {"q": ["socialtjänsten"]}


def test_the_download_followed_to_holds_the_filtered_list(client, listed):
    response = client.get(f"/citat/?organisation={listed['org'].slug}&format=csv", follow=True)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert len(rows) == 2  # the heading and the organisation's one quote, not the other
    assert listed["quote"].text in rows[1]


@pytest.mark.parametrize("value", ["", "html", "xlsx", "CSV", "%00"])
def test_other_formats_show_the_page(client, listed, value):
    response = client.get(f"/citat/?format={value}")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")


def test_every_list_page_links_its_downloads(client, listed):
    pages = [
        "/citat/",
        "/dokument/",
        listed["theme"].get_absolute_url(),
        listed["org"].get_absolute_url(),
        listed["person"].get_absolute_url(),
        "/sok/?q=socialtjänsten",
    ]
    for page in pages:
        html = client.get(page).content.decode()
        links = re.search(r'<p class="ladda-ner">.*?</p>', html, re.S)
        assert links, page
        assert all(f".{fmt}" in links.group(0) for fmt in ("csv", "excel.csv", "json")), page
