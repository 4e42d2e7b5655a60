"""Speakers in the shapes of the dev part's misses (round 42, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only


def test_a_first_name_goes_to_the_full_name_given_last_before_the_quote():
    """Two people share a first name: "säger Katarina" is the one the paragraph before introduced."""
    document = only(
        "Familjehem behövs\n\n"
        "Katarina Lund leder enheten sedan i våras.\n\n"
        "För Katarina Holm är det bästa att se barnen växa.\n\n"
        "– Jag får följa dem länge, säger Katarina.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.name == "Katarina Holm"
    assert "Katarina" not in [p.name for p in document.mentioned_people]


def test_a_first_name_before_either_full_name_stays_a_first_name():
    """Guard: with no full name before the quote, no reader can tell which of the two spoke."""
    document = only(
        "Två kockar\n\n"
        "– Jag ville byta bana, säger Per.\n\n"
        "Per Ek och Per Holm driver köket tillsammans.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.name == "Per"


def test_one_full_name_still_completes_a_first_name_said_before_it():
    """Guard: round 16's rule: one full name in the document is the first name's owner wherever it stands."""
    document = only(
        "Fältarna\n\n– Vi går ut varje kväll, säger Patrik.\n\nFältassistenten Patrik Tell har jobbat i tio år.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.name == "Patrik Tell"


def test_a_party_letter_after_a_comma_closing_the_title_is_the_party():
    document = only("Nytt boende\n\n– Vi bygger nu, säger Eva Berg, socialnämndens ordförande, C.\n")
    (quote,) = document.quotes
    assert (quote.speaker.role, quote.speaker.party) == ("socialnämndens ordförande", "C")


def test_a_capital_letter_naming_a_unit_after_the_title_is_no_party():
    """Guard: only a lone party letter closes the title; "avdelning C" is a place in the house."""
    document = only("Nytt boende\n\n– Vi bygger nu, säger Eva Berg, chef på avdelning C.\n")
    (quote,) = document.quotes
    assert quote.speaker.party in ("", None)


def test_a_full_name_inside_a_longer_surname_is_not_where_that_person_was_named():
    """"Per Holm" does not stand where "Per Holmblad" does: the nearest full name is found by whole words."""
    document = only(
        "Köket\n\n"
        "Per Holm leder enheten sedan i våras.\n\n"
        "Per Holmblad är kocken som bytte bana.\n\n"
        "– Jag ville byta bana, säger Per.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.name == "Per Holmblad"
