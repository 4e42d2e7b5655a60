"""Speakers and their workplaces in the shapes of the former test part test37's misses (round 38, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only


def test_a_bare_dash_after_a_paragraph_goes_to_the_person_its_last_sentence_introduces():
    document = only(
        "Stöd till brottsoffer\n\n"
        "– Många vet inte att de kan få hjälp, säger Lena Dahl, verksamhetsledare.\n\n"
        "Några av stödjarna är anställda. Lena Dahl är en av dem. Omid Rahimi arbetar som samordnare för "
        "vittnesstödet.\n\n"
        "– Vi följer med till rättegången om någon vill det.\n"
    )
    assert [q.speaker.name for q in document.quotes] == ["Lena Dahl", "Omid Rahimi"]


def test_a_name_inside_the_last_sentence_is_not_who_speaks_next():
    """Guard: "Hon började efter Karin Berg." is still about the woman the paragraph opened with."""
    document = only(
        "Nytt stöd\n\n"
        "Sara Lind är enhetschef för stödet. Hon började efter Karin Berg i våras.\n\n"
        "– Vi har fått mycket gjort sedan dess.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.name == "Sara Lind"


def test_a_chief_in_a_municipality_works_for_that_municipality():
    document = only(
        "Placeringarna kostar\n\n"
        "– Fler placeringar av barn är vår största utmaning, säger Maja Strand, ekonomichef i Ludvika.\n\n"
        "– Vi ser det i hela förvaltningen, säger Jonas Ek, HR-chef i Kalix.\n\n"
        "– Vi måste arbeta förebyggande, säger Pia Ek, drogförebyggande samordnare i Härryda.\n"
    )
    assert [(q.speaker.role, q.speaker.organisation) for q in document.quotes] == [
        ("ekonomichef", "Ludvika kommun"),
        ("HR-chef", "Kalix kommun"),
        ("drogförebyggande samordnare", "Härryda kommun"),
    ]


def test_a_police_chief_in_a_town_is_not_the_towns():
    """Guard: "polischef i Malmö" works for the police, whose local area the town only names."""
    document = only("Fler anmälningar\n\n– Vi ser fler anmälningar, säger Bo Lind, polischef i Malmö.\n")
    (quote,) = document.quotes
    assert quote.speaker.organisation != "Malmö stad"
