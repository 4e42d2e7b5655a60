"""Speakers' roles in the shapes of the former test part test39's misses (round 40, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only


def test_an_occasion_after_the_speakers_name_is_no_role():
    document = only(
        "Djuren glöms bort\n\n"
        "– Vi måste se djuren också, sa Karin Lund, under seminariet ”Djur i kris” som hölls i Stockholm.\n\n"
        "– Det gäller alla, sa Per Ek, inför mötet i riksdagen.\n"
    )
    first, second = document.quotes
    assert (first.speaker.name, first.speaker.role) == ("Karin Lund", "")
    assert (second.speaker.name, second.speaker.role, second.speaker.organisation) == ("Per Ek", "", None)


def test_an_organisation_after_the_speakers_name_is_still_read():
    """Guard: "säger Eva Berg, på Socialstyrelsen" names her employer."""
    document = only("Ny vägledning\n\n– Det är viktigt, säger Eva Berg, på Socialstyrelsen.\n")
    (quote,) = document.quotes
    assert quote.speaker.organisation == "Socialstyrelsen"
