"""Page furniture and date rows in the shapes of the former test part test28's misses (round 29, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

import datetime

import pytest

from .invented_pages import only, parse_page

ARTICLE = (
    "Ny mötesplats för äldre öppnar i centrum\n\n"
    "Kommunen öppnar en mötesplats där äldre kan träffas, fika och få hjälp med digitala tjänster. "
    "Verksamheten drivs tillsammans med flera föreningar och är öppen alla vardagar.\n\n"
    "Mötesplatsen ligger i det gamla biblioteket och har plats för ett fyrtiotal besökare.\n"
)


@pytest.mark.parametrize(
    "furniture",
    [
        "Hoppa till sidinnehåll",
        "Gå till sidans innehåll",
        "Till innehållet",
        "Logga in\n\nLogga in formulär\n\nAnge ditt användarnamn. Ange ditt lösenord. Glömt ditt lösenord?",
        "Startsidan\n\n2019\n\nmars\n\nMeny\n\nmars, 2019",
    ],
)
def test_skip_links_login_forms_and_the_home_link_above_a_page_are_never_its_title(furniture):
    assert only(f"{furniture}\n\n{ARTICLE}").title == "Ny mötesplats för äldre öppnar i centrum"


def test_a_news_lists_rows_of_date_section_and_writer_part_its_posts_and_date_and_sign_them():
    documents = parse_page(
        "Ungdomshemmet byggs ut med fler platser\n\n"
        "2019-03-28  |  Nyheter  |  Karin Berg\n\n"
        "Fastighetsbolaget planerar att bygga ut ungdomshemmet med ytterligare tolv platser. Bygget kan "
        "starta redan i höst om styrelsen fattar beslut i februari.\n\n"
        "Tomten säljs till kommunen\n\n"
        "2019-03-14  |  Nyheter  |  Per Lund\n\n"
        "Bolaget har kommit överens med kommunen om att sälja tomten vid stationen. Kommunen vill bygga "
        "bostäder där inom några år.\n"
    )
    assert [(d.title, d.published, [a.name for a in d.authors]) for d in documents] == [
        ("Ungdomshemmet byggs ut med fler platser", datetime.date(2019, 3, 28), ["Karin Berg"]),
        ("Tomten säljs till kommunen", datetime.date(2019, 3, 14), ["Per Lund"]),
    ]
