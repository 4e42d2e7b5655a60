"""Page furniture in the shapes of the former test part test29's misses (round 30, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

import pytest

from .invented_pages import only

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
