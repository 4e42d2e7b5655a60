"""The reform's timeline (/tidslinje/): milestones from the data, documents and quotes placed by date."""

from datetime import date

import pytest
from django.urls import reverse

from reform_kb.kb.models import Milestone
from reform_kb.kb.timeline import DOCUMENTS_PER_YEAR
from tests.builders import make_document, make_organisation, make_quote, make_theme

pytestmark = pytest.mark.django_db

URL = reverse("kb:timeline")


def page(client, query: str = "") -> str:
    response = client.get(URL + query)
    assert response.status_code == 200
    return response.content.decode()


def listed(client, query: str = "") -> str:
    """The timeline's list, below the chart (whose tooltips name the milestones too)."""
    return page(client, query).split('<ol class="tidsaxel">', 1)[1]


def test_the_migration_gives_the_reforms_milestones_with_their_dates(db):
    found = {m.slug: m.date_label for m in Milestone.objects.all()}
    assert found == {
        "dir-2017-39": "april 2017",
        "sou-2020-47": "26 augusti 2020",
        "remiss-sou-2020-47": "2020–2021",
        "lagradsremiss-2024": "juli 2024",
        "prop-2024-25-89": "januari 2025",
        "riksdagsbeslut-2025": "20 maj 2025",
        "sfs-2025-400": "1 juli 2025",
    }


def test_milestones_are_listed_in_date_order_with_their_references(client, db):
    html = listed(client)
    references = [
        "dir. 2017:39",
        "SOU 2020:47",
        "Lagrådsremiss",
        "prop. 2024/25:89",
        "bet. 2024/25:SoU23",
        "SFS 2025:400",
    ]
    positions = [html.index(reference) for reference in references]
    assert positions == sorted(positions)
    assert '<time datetime="2025-07-01">1 juli 2025</time>' in html
    assert '<time datetime="2017-04">april 2017</time>' in html


def test_an_editor_added_milestone_appears_in_its_place(client, db):
    Milestone.objects.create(
        slug="ny", title="Regeringen följer upp lagen", date=date(2026, 2, 1), precision="month"
    )
    html = listed(client)
    assert "Regeringen följer upp lagen" in html
    assert html.index("SFS 2025:400") < html.index("Regeringen följer upp lagen")


def test_documents_and_quotes_are_placed_in_their_year_between_the_milestones(client, db):
    document = make_document("Remissvar om förebyggande arbete", published=date(2020, 11, 3))
    make_quote(document, "Vi tillstyrker.")
    html = listed(client)
    assert (
        html.index("26 augusti 2020")
        < html.index("Remissvar om förebyggande arbete")
        < html.index("juli 2024")
    )
    assert '<a href="/dokument/?ar=2020">1 dokument</a>' in html
    assert '<a href="/citat/?ar=2020">1 citat</a>' in html


def test_a_year_lists_its_first_documents_and_links_to_the_rest(client, db):
    for day in range(1, DOCUMENTS_PER_YEAR + 3):
        make_document(f"Dokument dag {day}", published=date(2022, 3, day))
    html = page(client)
    assert "Dokument dag 1<" in html and f"Dokument dag {DOCUMENTS_PER_YEAR}<" in html
    assert f"Dokument dag {DOCUMENTS_PER_YEAR + 1}<" not in html
    assert f"Alla {DOCUMENTS_PER_YEAR + 2} dokument från 2022" in html


def test_filter_by_theme_and_organisation_narrows_documents_quotes_and_links(client, db):
    theme, org = make_theme("Tidstema"), make_organisation("Tidsförbundet")
    chosen = make_document(
        "Rätt tema och organisation", published=date(2021, 5, 1), themes=[theme], organisations=[org]
    )
    make_quote(chosen, "Citat om temat.", themes=[theme], organisation=org)
    make_document("Annat dokument", published=date(2021, 6, 1))
    html = page(client, f"?tema={theme.slug}&organisation={org.slug}")
    assert "Rätt tema och organisation" in html and "Annat dokument" not in html
    assert f'href="/citat/?tema={theme.slug}&amp;organisation={org.slug}&amp;ar=2021">1 citat</a>' in html
    assert "SFS 2025:400" in html  # the milestones stay: they are the frame


def test_the_chart_is_inline_svg_with_a_text_alternative_and_no_javascript(client, db):
    make_document("Ett dokument", published=date(2021, 5, 1))
    html = page(client)
    assert '<svg viewBox="0 0 960' in html and 'role="img"' in html and "<desc" in html
    assert "<title>maj 2021: 1 dokument</title>" in html
    assert "<script" not in html
    # Coordinates with a decimal point: a Swedish decimal comma would break the SVG.
    assert not [x for x in html.split('x="')[1:] if "," in x.split('"')[0]]


def test_undated_documents_are_counted_apart(client, db):
    make_document("Odaterat", published=None)
    assert "1 dokument saknar datum och finns inte på tidslinjen." in page(client)


def test_empty_timeline_says_so(client, db):
    Milestone.objects.all().delete()
    assert "Tidslinjen är tom ännu." in page(client)


@pytest.mark.parametrize("query", ["?tema=%00", "?organisation=" + "x" * 500, "?tema=finns-inte"])
def test_hostile_or_unknown_filters_never_fail(client, db, query):
    assert client.get(URL + query).status_code == 200


def test_the_home_page_lists_the_milestones_and_links_to_the_timeline(client, db):
    html = client.get(reverse("kb:home")).content.decode()
    assert "prop. 2024/25:89" in html and f'href="{URL}"' in html
