"""A speaker's title and an organisation the gazetteer does not know, in the role phrase after the name (round 26,
issue 10: the shapes of the former test part test25's misses).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

import pytest

from .invented_pages import parse_page


def _speaker(attribution):
    text = f"Förbundet kräver åtgärder\n\n– Vi har väntat alldeles för länge på beslutet, säger Eva Lund, {attribution}.\n"
    (quote,) = parse_page(text)[0].quotes
    return quote.speaker.role, quote.speaker.organisation


@pytest.mark.parametrize(
    ("attribution", "role", "organisation"),
    [
        ("kommunikationsansvarig chef, Framtidsfacket", "kommunikationsansvarig chef", "Framtidsfacket"),
        ("Ungdomspanelens expert på skola och hälsa", "expert på skola och hälsa", "Ungdomspanelen"),
        ("distriktsordförande i UFK Norrbotten", "distriktsordförande", "UFK Norrbotten"),
        ("advokat på Byrån för barnrätt och ett av familjens ombud", "advokat", "Byrån för barnrätt"),
    ],
)
def test_the_organisation_in_a_role_phrase_is_taken_out_of_the_title(attribution, role, organisation):
    assert _speaker(attribution) == (role, organisation)


def test_a_municipal_unit_and_its_field_is_no_organisation_name():
    """Guard: "Socialförvaltningen för äldre" is a unit of a municipality the text does not name."""
    assert _speaker("chef på Socialförvaltningen för äldre")[1] is None
