"""Quote cards and document entries are rendered once per content version and shared by the pages
that list them (views/list_items.py); an edit shows at once."""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _tables_read(client, url) -> str:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return " ".join(q["sql"] for q in ctx.captured_queries)


def test_a_second_page_listing_the_same_items_reads_only_their_ids(client, world, page_cache):
    world.grow(3)
    url = world.url("organisation_detail")
    first = client.get(url).content.decode()
    # Another URL (no page cache can answer it) lists the same documents and quotes.
    sql = _tables_read(client, f"{url}?utm_source=nyhetsbrev")
    assert "kb_quote_themes" not in sql  # the cards' themes were not loaded again
    assert "kb_document_authors" not in sql  # nor the documents' authors
    second = client.get(f"{url}?utm_source=nyhetsbrev").content.decode()
    assert second.count('class="citatkort"') == first.count('class="citatkort"') == 4
    assert second.count('class="dokument"') == first.count('class="dokument"') == 4


def test_the_same_quote_is_rendered_for_each_page_as_that_page_wants(client, world, page_cache):
    # The organisation's page leaves its own name out of the cards; the person's page shows it.
    org_page = client.get(world.url("organisation_detail")).content.decode()
    person_page = client.get(world.url("person_detail")).content.decode()
    card = lambda page: page[page.index('class="citatkort"') : page.index("</figure>")]  # noqa: E731
    assert world.org.name not in card(org_page)
    assert world.org.name in card(person_page)


def test_an_edited_quote_shows_at_once_on_every_list(
    client, world, page_cache, django_capture_on_commit_callbacks
):
    urls = [world.url("organisation_detail"), world.url("person_detail"), reverse("kb:quote_list")]
    for url in urls:
        assert "Nya formuleringen" not in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        world.quote.text = "Nya formuleringen av citatet."
        world.quote.save()
    for url in urls:
        assert "Nya formuleringen av citatet." in client.get(f"{url}?efter=1").content.decode(), url


def test_lists_render_every_item_afresh_when_caching_is_off(client, world):
    # KB_PAGE_CACHE_SECONDS is 0 in tests: no item is kept, so a change shows even without the
    # content version moving (no commit callbacks run here).
    world.grow(2)
    url = reverse("kb:quote_list")
    assert client.get(url).content.decode().count('class="citatkort"') == 5
    world.quote.text = "Ändrat utan versionsbyte."
    world.quote.save()
    assert "Ändrat utan versionsbyte." in client.get(url).content.decode()
