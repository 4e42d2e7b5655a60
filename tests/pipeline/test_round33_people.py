"""Speakers' organisations in the shapes of the former test part test32's misses (round 33, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only


def test_a_speaker_who_works_nights_in_a_municipality_works_for_it():
    document = only(
        "Scheman får personal att säga upp sig\n\n"
        "– Vi orkar inte fler korta pass, säger nattsjuksköterskan Eva Lindqvist till tidningen.\n\n"
        "Sjuksköterskan Eva Lindqvist jobbar natt i Ale kommun sedan fem år och har nu sagt upp sig.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.name == "Eva Lindqvist"
    assert quote.speaker.organisation == "Ale kommun"


def test_a_chair_of_a_named_municipalitys_social_committee_speaks_for_that_municipality():
    document = only(
        "Fem kommuner samlas mot våld\n\n"
        "Kommunerna i länets norra del gör en gemensam kampanj i höst, med föreläsningar i Ale, Lerum och Alingsås.\n\n"
        "– Vi har byggt upp ett bra stöd för den som utsätts, säger Per Holm (S), ordförande för socialnämnden i "
        "Lerum.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.role == "ordförande för socialnämnden i Lerum"
    assert quote.speaker.organisation == "Lerums kommun"


def test_a_chair_of_a_committee_in_a_place_that_is_no_municipality_gets_no_organisation():
    """Guard: a district is no municipality, so which one is a guess."""
    document = only(
        "Fem stadsdelar samlas mot våld\n\n"
        "Stadsdelarna gör en gemensam kampanj i höst, med föreläsningar i flera av dem.\n\n"
        "– Vi har byggt upp ett bra stöd för den som utsätts, säger Per Holm (S), ordförande för "
        "stadsdelsnämnden i Rinkeby.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.organisation is None
