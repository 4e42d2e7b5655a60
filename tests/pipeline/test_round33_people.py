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


def test_a_name_in_the_genitive_before_a_noun_ending_in_nde_is_the_name_itself():
    document = only(
        "Budgeten för socialtjänsten – utdrag ur Karin Holmbergs anförande\n\n"
        "Vi har en bra socialtjänst i kommunen, och den ska vi vara rädda om även när budgeten är trång.\n"
    )
    assert [p.name for p in document.mentioned_people] == ["Karin Holmberg"]


def test_a_name_before_a_verb_in_the_past_keeps_its_last_letter():
    """Guard: "Lars Mattis talade" is no genitive."""
    document = only(
        "Budgeten för socialtjänsten\n\n"
        "Lars Mattis talade länge i fullmäktige och menade att budgeten är för trång för nämnden.\n"
    )
    assert [p.name for p in document.mentioned_people] == ["Lars Mattis"]


def test_a_name_ending_in_s_before_an_adverb_keeps_its_last_letter():
    document = only(
        "Budgeten för socialtjänsten\n\n"
        "I fullmäktige talade Lars Mattis länge om nämndens budget, som han menade är för trång.\n"
    )
    assert [p.name for p in document.mentioned_people] == ["Lars Mattis"]
