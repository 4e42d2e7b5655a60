"""A speaker's title and an organisation the gazetteer does not know, in the role phrase after the name (round 26,
issue 10: the shapes of the former test part test25's misses).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

import pytest

from .invented_pages import speaker_after


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
    assert speaker_after(attribution) == (role, organisation)


def test_a_municipal_unit_and_its_field_is_no_organisation_name():
    """Guard: "Socialförvaltningen för äldre" is a unit of a municipality the text does not name."""
    assert speaker_after("chef på Socialförvaltningen för äldre")[1] is None
