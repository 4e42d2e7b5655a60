"""County boards as they name themselves (round 41, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only


def test_a_county_board_with_a_two_word_county_keeps_its_whole_name():
    document = only(
        "Tillsyn av hemtjänsten\n\n"
        "Länsstyrelsen i Västra Götalands län har granskat tio kommuner, och Länsstyrelsen Västra Götaland "
        "lämnar sin rapport i maj.\n"
    )
    assert "Länsstyrelsen i Västra Götalands län" in document.mentioned_organisations
    assert not [name for name in document.mentioned_organisations if name.endswith("Västra")]


def test_a_county_boards_short_name_is_the_same_board():
    document = only("Projekt i länet\n\nLänsstyrelsen Västernorrland står bakom projektet i elva kommuner.\n")
    assert "Länsstyrelsen i Västernorrlands län" in document.mentioned_organisations
