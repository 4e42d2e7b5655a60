"""Speakers' organisations in the shapes of the former test part test33's misses (round 34, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only


def test_a_bare_staff_title_in_a_text_about_one_agency_works_for_that_agency():
    document = only(
        "Försäkringskassan har fått in 30 000 ansökningar om bostadsbidrag\n\n"
        "Ansökningarna har ökat kraftigt under hösten, och fler söker nu via nätet.\n\n"
        "– Vi räknar med att antalet fortsätter att stiga i januari, säger projektchef Lena Holm.\n"
    )
    (quote,) = document.quotes
    assert (quote.speaker.role, quote.speaker.organisation) == ("projektchef", "Försäkringskassan")


def test_a_bare_staff_title_in_a_text_naming_two_organisations_elsewhere_gets_none():
    """Guard: with two agencies and neither in the headline, which one employs her is a guess."""
    document = only(
        "Fler söker bostadsbidrag\n\n"
        "Både Försäkringskassan och Pensionsmyndigheten har fått fler ärenden under hösten.\n\n"
        "– Vi räknar med att antalet fortsätter att stiga i januari, säger projektchef Lena Holm.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.organisation is None
