"""Organisations in the shapes of the former test part test33's misses (round 34, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only


def test_a_county_hospital_written_in_lower_case_is_an_organisation_and_the_speakers_workplace():
    document = only(
        "Stöd till anhöriga\n\n"
        "– Jag kan träffa familjen redan första dagen, säger Eva Berg, kurator vid länssjukhuset Ekås i Borås.\n"
    )
    (quote,) = document.quotes
    assert (quote.speaker.role, quote.speaker.organisation) == ("kurator", "Länssjukhuset Ekås")
    assert document.mentioned_organisations == ["Länssjukhuset Ekås"]


def test_a_hospitals_definite_genitive_names_no_hospital():
    """Guard: "Länssjukhusets personal" says whose staff, not which hospital."""
    document = only("Stöd till anhöriga\n\nLänssjukhusets personal har fått utbildning i bemötande av anhöriga.\n")
    assert document.mentioned_organisations == []
