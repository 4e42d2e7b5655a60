"""Page furniture in the shapes of the former test part test29's misses (round 30, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

import pytest

from .invented_pages import only, parse_page

ARTICLE = (
    "Ny mötesplats för äldre öppnar i centrum.\n\n"
    "Kommunen öppnar en mötesplats där äldre kan träffas, fika och få hjälp med digitala tjänster. "
    "Verksamheten drivs tillsammans med flera föreningar och är öppen alla vardagar.\n\n"
    "Mötesplatsen ligger i det gamla biblioteket och har plats för ett fyrtiotal besökare.\n"
)


@pytest.mark.parametrize(
    "furniture",
    [
        "Länk till startsidan",
        "Föreningens nyhetsbrev\n\nTack!\n\nVälkommen som prenumerant på föreningens nyhetsbrev.",
    ],
)
def test_a_home_link_and_a_newsletter_forms_thanks_above_a_page_are_never_its_title(furniture):
    assert only(f"{furniture}\n\n{ARTICLE}").title == "Ny mötesplats för äldre öppnar i centrum."


def test_a_print_button_and_a_newsletter_prompt_below_a_page_are_never_its_title():
    page = f"{ARTICLE}\nPrint Friendly, PDF & Email\n\nAnmäl dig till vårt nyhetsbrev\n"
    assert only(page).title == "Ny mötesplats för äldre öppnar i centrum."


def test_a_senders_address_and_contact_line_under_a_press_release_is_no_document_of_its_own():
    documents = parse_page(
        "Föreningen kräver bättre stöd till familjer\n\n"
        "Föreningen lämnar i dag två skrivelser till styrelsen om stödet till familjer med barn som har "
        "funktionsnedsättningar. Stödet har minskat under flera år.\n\n"
        "Med vänlig hälsning,\nFöreningen Norr\n\n###\n\n"
        "Föreningen Norr, Storgatan 6, 392 31 KALMAR E-post: info@example.se Telefon: 0480-12 34 56\n\n"
        "Föreningen har funnits sedan 1920 och har i dag omkring tvåtusen medlemmar i länet.\n"
    )
    assert [d.title for d in documents] == ["Föreningen kräver bättre stöd till familjer"]


@pytest.mark.parametrize(
    "label, items",
    [
        ("Bilagor", ["Skrivelse från föreningarna i länet.", "Skrivelse från föreningen i staden."]),
        ("Populärt innehåll idag", ["”Det är inte ovanligt att få frågan”", "Så fungerar det nya testet"]),
    ],
)
def test_dashed_items_under_an_attachments_or_popular_content_label_are_no_quotes(label, items):
    listed = "\n".join(f"– {item}" for item in items)
    document = only(f"{ARTICLE}\n{label}\n{listed}\n")
    assert document.quotes == []


def test_a_next_article_link_without_a_colon_is_never_a_title():
    assert only(f"Nästa artikel\n\n{ARTICLE}").title == "Ny mötesplats för äldre öppnar i centrum."


@pytest.mark.parametrize(
    "furniture",
    [
        "Vi har förtydligat hur vi behandlar personuppgifter och cookies.",
        "En utskrift från Tidningen, 2018-11-14 03:48 Artikelns ursprungsadress: https://example.se/debatt/",
        "Du följer nu ämnet: VÅRD OCH OMSORG",
    ],
)
def test_a_privacy_notice_a_printed_pages_header_and_a_follow_button_are_never_a_title(furniture):
    assert only(f"{furniture}\n\n{ARTICLE}").title == "Ny mötesplats för äldre öppnar i centrum."
