"""The organisation × theme map (/karta/): what a reader sees in its cells, its filters and its table."""

import re
from datetime import date
from html import unescape

import pytest
from django.urls import reverse

from reform_kb.kb import changes
from reform_kb.kb.models import Organisation, QuoteStance, Stance, Theme
from tests.builders import make_document, make_organisation, make_quote, make_theme

pytestmark = pytest.mark.django_db

URL = reverse("kb:map")


def page(client, query: str = "") -> str:
    response = client.get(URL + query)
    assert response.status_code == 200
    return response.content.decode()


def row_of(html: str, name: str) -> str:
    """The table row (<tr>…</tr>) whose header names organisation `name`."""
    match = re.search(r"<tr><th scope=\"row\"><a [^>]*>" + re.escape(name) + r"</a>.*?</tr>", html, re.S)
    assert match, f"no row for {name}"
    return match.group(0)


@pytest.fixture
def debate(db):
    """Two organisations, two themes, quotes in 2020 and 2024, and stances on some of them.

    Written in a change-feed bulk() block, which publishes when it ends, inside the test's
    transaction: the map's summary (kb/map_summary.py) follows the feed, as after an import.
    """
    with changes.bulk():
        return _debate()


def _debate():
    prevention, decisions = make_theme("Förebyggande", order=1), make_theme("Beslutsrätt", order=2)
    union = make_organisation("Översociala förbundet", kind=Organisation.Kind.FACKFORBUND)
    region = make_organisation("Ankeborgs region", kind=Organisation.Kind.REGION)
    old = make_document(published=date(2020, 10, 1), organisations=[union], themes=[prevention])
    new = make_document(published=date(2024, 3, 1), organisations=[union], themes=[prevention, decisions])
    quotes = [
        make_quote(old, "Vi välkomnar förslaget.", organisation=union, themes=[prevention]),
        make_quote(new, "Vi är tveksamma.", organisation=union, themes=[prevention]),
        make_quote(new, "Beslutsrätten måste förtydligas.", organisation=union, themes=[decisions]),
        make_quote(new, "Regionen ser risker.", organisation=region, themes=[prevention]),
    ]
    QuoteStance.objects.create(quote=quotes[0], theme=prevention, stance=Stance.STODER)
    QuoteStance.objects.create(quote=quotes[1], theme=prevention, stance=Stance.KRITISK)
    QuoteStance.objects.create(quote=quotes[3], theme=prevention, stance=Stance.KRITISK)
    return {"themes": (prevention, decisions), "union": union, "region": region}


def test_each_cell_counts_quotes_and_documents_and_links_to_the_filtered_lists(client, debate):
    prevention, decisions = debate["themes"]
    row = unescape(row_of(page(client), "Översociala förbundet"))
    assert f'href="/citat/?organisation={debate["union"].slug}&tema={prevention.slug}">2 citat</a>' in row
    assert f'href="/dokument/?organisation={debate["union"].slug}&tema={prevention.slug}">2 dok.</a>' in row
    assert f'tema={decisions.slug}">1 citat</a>' in row and f'tema={decisions.slug}">1 dok.</a>' in row


def test_the_linked_quote_list_shows_the_cells_quotes(client, debate):
    prevention, _ = debate["themes"]
    quotes = client.get(
        f"/citat/?organisation={debate['union'].slug}&tema={prevention.slug}"
    ).content.decode()
    assert "Vi välkomnar förslaget." in quotes and "Vi är tveksamma." in quotes
    assert "Beslutsrätten måste förtydligas." not in quotes and "Regionen ser risker." not in quotes


def test_stance_balance_is_written_in_words_beside_the_colour_bar(client, debate):
    row = row_of(page(client), "Översociala förbundet")
    assert '<span class="hallning">1 stöder · 1 kritisk</span>' in row
    assert 'class="hallning-stoder"' in row and 'aria-hidden="true"' in row


def test_a_cell_without_stances_shows_counts_only(client, debate):
    _, decisions = debate["themes"]
    row = row_of(page(client), "Översociala förbundet")
    cells = re.findall(r"<td[^>]*>.*?</td>", row)
    assert "hallning" not in cells[1]  # the second theme's cell: a quote, no stance set


def test_organisations_are_rows_in_swedish_order_and_themes_columns_in_the_editors_order(client, debate):
    html = page(client)
    assert html.index("Ankeborgs region") < html.index("Översociala förbundet")
    header = re.search(r"<thead>.*?</thead>", html, re.S).group(0)
    assert header.index("Förebyggande") < header.index("Beslutsrätt")


def test_the_table_is_accessible_with_caption_and_header_scopes(client, debate):
    html = page(client)
    assert "<caption" in html
    assert html.count('<th scope="col">') == 1 + Theme.objects.count()  # "Organisation" and one per theme
    assert html.count('<th scope="row">') == 2
    assert "<script" not in html


def test_filter_by_organisation_kind_keeps_only_that_kind(client, debate):
    html = page(client, "?typ=region")
    assert "Ankeborgs region" in html and "Översociala förbundet" not in html


def test_filter_by_period_counts_only_quotes_and_documents_of_those_years(client, debate):
    prevention, _ = debate["themes"]
    row = unescape(row_of(page(client, "?fran=2024&till=2024"), "Översociala förbundet"))
    # Only the 2024 document and its quotes; the links carry the period to the lists.
    assert f'tema={prevention.slug}&fran=2024&till=2024">1 citat</a>' in row
    assert f'tema={prevention.slug}&fran=2024&till=2024">1 dok.</a>' in row
    assert '<span class="hallning">1 kritisk</span>' in row
    listed = client.get(
        f"/citat/?organisation={debate['union'].slug}&tema={prevention.slug}&fran=2024&till=2024"
    )
    assert "Vi är tveksamma." in listed.content.decode()
    assert "Vi välkomnar förslaget." not in listed.content.decode()


def test_a_period_given_backwards_is_read_the_right_way_round(client, debate):
    assert row_of(page(client, "?fran=2024&till=2020"), "Översociala förbundet") == row_of(
        page(client, "?fran=2020&till=2024"), "Översociala förbundet"
    )


def test_undated_documents_fall_outside_every_period(client, debate):
    with changes.bulk():
        undated = make_document(published=None, organisations=[debate["region"]], themes=[debate["themes"][1]])
        make_quote(undated, "Odaterat citat.", organisation=debate["region"], themes=[debate["themes"][1]])
    assert "Odaterat" not in page(client)  # sanity: the map shows counts, not texts
    row = unescape(row_of(page(client, "?till=2030"), "Ankeborgs region"))
    assert f"tema={debate['themes'][1].slug}" not in row


def test_empty_states_say_so_in_swedish(client, db):
    assert "Inga organisationer har citat eller dokument om något tema ännu." in page(client)
    with changes.bulk():
        make_theme("Ett tema")
    assert "Inga organisationer har citat eller dokument om något tema med de här filtren." in page(
        client, "?typ=kommun"
    )


@pytest.mark.parametrize(
    "query",
    ["?typ=%00", "?fran=abcd&till=99999", "?fran=0000", "?sida=-1", "?sida=9999", "?typ=" + "x" * 3000],
)
def test_hostile_or_malformed_filters_never_fail(client, debate, query):
    assert client.get(URL + query).status_code == 200


def test_the_map_is_linked_from_the_navigation_home_theme_and_organisation_pages(client, debate):
    prevention, _ = debate["themes"]
    for url in (
        reverse("kb:home"),
        prevention.get_absolute_url(),
        debate["union"].get_absolute_url(),
    ):
        assert f'href="{URL}' in client.get(url).content.decode(), url


def test_the_english_map_counts_in_english_and_marks_swedish_names(client, debate):
    row = unescape(row_of(client.get("/en/karta/").content.decode(), "Översociala förbundet"))
    assert ">2 quotes</a>" in row and ">2 docs</a>" in row and ">1 doc.</a>" in row
    assert 'lang="sv">Översociala förbundet</a>' in row
    assert "citat" not in re.sub(r'href="[^"]*"', "", row)  # the Swedish path is no word on the page
