"""One registry of filters (kb.filters): a facet link on /sok/ sets the GET parameter that the
search reads back as the same filter, and that narrows /dokument/ and /citat/ to the same rows."""

import html
import re
from datetime import date
from urllib.parse import urlencode

import pytest
from django.http import QueryDict
from django.urls import reverse

from reform_kb.kb import filters
from reform_kb.kb.models import Document
from reform_kb.kb.selectors import filter_documents, filter_quotes
from reform_kb.search import api as search_api
from tests.builders import make_document, make_organisation, make_person, make_quote, make_theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(db):
    """Documents and quotes that all mention "hemlöshet", spread over every filter's values."""
    themes = [make_theme("Boende"), make_theme("Barn och unga")]
    orgs = [make_organisation("Hemlöshetsförbundet"), make_organisation("Stadsmissionen")]
    person = make_person("Eva Berg")
    rows = [
        (Document.Kind.REMISSVAR, date(2021, 4, 1), [orgs[0]], [themes[0]]),
        (Document.Kind.ARTIKEL, date(2022, 5, 1), [orgs[1]], [themes[1]]),
        (Document.Kind.ARTIKEL, date(2021, 6, 1), orgs, themes),
        (Document.Kind.DEBATTARTIKEL, None, [], []),
    ]
    for n, (kind, published, organisations, doc_themes) in enumerate(rows):
        doc = make_document(
            f"Hemlöshet {n}",
            body=f"Hemlösheten ökar, del {n}.",
            kind=kind,
            published=published,
            organisations=organisations,
            themes=doc_themes,
        )
        make_quote(
            doc,
            f"– Hemlöshet är vår fråga nummer {n}, säger hon.",
            speaker=person,
            organisation=organisations[0] if organisations else None,
            themes=doc_themes[-1:],
        )
    search_api.reindex_documents()
    search_api.reindex_quotes()


def _facet_links(client, query: str) -> list[str]:
    page = client.get(reverse("search:search") + query).content.decode()
    facets = page.split('class="fasetter"')[1].split("</aside>")[0]
    return [html.unescape(href) for href in re.findall(r'href="(\?[^"]+)"', facets)]


def _results(client, link: str):
    return client.get(reverse("search:search") + link).context["results"]


def test_every_search_filter_has_facet_links(client, archive):
    links = _facet_links(client, "?q=hemlöshet")
    params = {key for link in links for key in QueryDict(link[1:]) if key != "q"}
    assert params == {f.param for f in filters.SEARCH_FILTERS}


def test_a_facet_link_round_trips_to_the_same_filter(client, archive):
    for link in _facet_links(client, "?q=hemlöshet"):
        query = QueryDict(link[1:])
        (f,) = [f for f in filters.SEARCH_FILTERS if f.param in query]
        value = query[f.param]
        assert filters.chosen(filters.SEARCH_FILTERS, query) == {f: value}
        results = _results(client, link)
        assert results.filters == {f.key: value}
        assert [o.value for o in results.facets[f.key] if o.selected] == [value]
        # The selected option links to the search without the filter.
        assert "?" + urlencode({"q": "hemlöshet"}) in _facet_links(client, link)


def test_a_facet_link_filters_the_rows_the_lists_show_for_the_same_parameter(client, archive, settings):
    settings.KB_PAGE_SIZE = 50
    for link in _facet_links(client, "?q=hemlöshet"):
        query = QueryDict(link[1:])
        hits = _results(client, link).hits
        documents, _ = filter_documents(query)
        quotes, _ = filter_quotes(query)
        assert {h.obj.pk for h in hits if h.kind == "document"} == set(
            documents.values_list("pk", flat=True)
        ), link
        assert {h.obj.pk for h in hits if h.kind == "quote"} == set(quotes.values_list("pk", flat=True)), link
