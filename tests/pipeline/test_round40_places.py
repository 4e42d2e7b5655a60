"""Municipalities named as places in sentences about their social services (round 40, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only


def test_social_workers_in_a_place_name_its_municipality():
    document = only(
        "Hög arbetsbelastning\n\n"
        "Under hösten har socialarbetare i bland annat Kalix, Boden och Piteå vittnat om för många ärenden.\n"
    )
    assert {"Kalix kommun", "Bodens kommun", "Piteå kommun"} <= set(document.mentioned_organisations)


def test_a_place_before_its_councils_compound_name_is_the_municipality():
    document = only(
        "Fullmäktige i juni\n\n"
        "Vid Hedemora kommunfullmäktige i juni behandlades motionen om fler platser i äldreboende.\n"
    )
    assert "Hedemora kommun" in document.mentioned_organisations


def test_a_place_where_someone_lives_is_not_the_municipality():
    """Guard: a sentence about no municipal service names a place, not the municipality."""
    document = only("Ny bok\n\nAnna Berg bor i Kalix och skriver om sin barndom vid älven.\n")
    assert "Kalix kommun" not in document.mentioned_organisations
