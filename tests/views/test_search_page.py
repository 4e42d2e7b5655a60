"""The search page renders reform_kb.search's results: query, hits, facets, pages and empty states."""

import pytest
from django.urls import reverse

from reform_kb.search import api as search_api
from tests.builders import make_document, make_organisation, make_quote, make_theme

pytestmark = pytest.mark.django_db


def html(client, query="") -> str:
    # Saves reindex on commit, which a test's rolled-back transaction never reaches.
    search_api.reindex_documents()
    search_api.reindex_quotes()
    response = client.get(reverse("search:search") + query)
    assert response.status_code == 200
    return response.content.decode()


def test_without_a_query_the_page_gives_tips_and_examples(client):
    page = html(client)
    assert '<label for="sok-q">' in page
    assert "Så söker du" in page
    assert 'href="?q=behovspr%C3%B6vning"' in page


def test_hits_show_with_the_query_in_the_box_and_highlighted_snippets(client):
    doc = make_document("Om hemlösheten", body="Kommunen måste motverka hemlöshet bland unga.")
    page = html(client, "?q=hemlöshet")
    assert 'value="hemlöshet"' in page
    assert "1 träff för ”hemlöshet”" in page
    assert f'href="{doc.get_absolute_url()}">Om hemlösheten</a>' in page
    assert "<mark>hemlöshet</mark>" in page


def test_facets_link_to_filtered_searches(client):
    theme = make_theme("Hemlöshetstema")
    org = make_organisation("Hemlöshetsförbundet")
    make_document(body="Hemlöshet är ett problem.", themes=[theme], organisations=[org])
    page = html(client, "?q=hemlöshet")
    assert "Avgränsa" in page
    assert f'href="?q=heml%C3%B6shet&amp;tema={theme.slug}">Hemlöshetstema</a>' in page
    filtered = html(client, f"?q=hemlöshet&tema={theme.slug}")
    assert f'<input type="hidden" name="tema" value="{theme.slug}">' in filtered
    assert 'aria-current="true">Hemlöshetstema' in filtered
    assert f'href="?q=heml%C3%B6shet&amp;tema={theme.slug}&amp;typ=artikel">Artikel</a>' in filtered


def test_quote_hits_link_to_their_context(client):
    quote = make_quote(make_document(body="– Vi kräver mer resurser till socialtjänsten, säger hon."))
    page = html(client, "?q=resurser&visa=citat")
    assert f'href="{quote.get_context_url()}"' in page


def test_pagination_keeps_the_query(client, small_pages):
    for n in range(5):
        make_document(f"Dokument om boende {n}", body=f"Boende och stöd, del {n}.")
    page = html(client, "?q=boende")
    assert "5 träffar" in page
    assert 'href="?q=boende&amp;sida=2" rel="next"' in page


def test_no_hits_give_suggestions(client):
    make_document(body="Något helt annat.")
    page = html(client, "?q=xyzzyordet")
    assert "Inga träffar för ”xyzzyordet”" in page
    assert "Kontrollera stavningen" in page


def test_hostile_query_is_escaped(client):
    page = html(client, "?q=%3Cscript%3Ealert(1)%3C/script%3E")
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_scope_tabs_show_counts_and_mark_the_current_scope(client):
    make_quote(make_document("Om boendet", body="– Boendet är viktigt, säger hon."))
    page = html(client, "?q=boendet")
    assert 'href="?q=boendet" aria-current="page">Allt</a>' in page
    assert 'href="?q=boendet&amp;visa=dokument">Dokument (1)</a>' in page
    assert 'href="?q=boendet&amp;visa=citat">Citat (1)</a>' in page
    page = html(client, "?q=boendet&visa=citat&sida=1")
    assert 'href="?q=boendet&amp;visa=citat" aria-current="page">Citat</a>' in page
    assert "1 träff för" in page
