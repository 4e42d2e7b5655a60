"""Speakers in the shapes of the former test part test27's misses (round 28, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

import pytest

from .invented_pages import only, speaker_after


@pytest.mark.parametrize("name", ["Marco D’Angelo", "Siobhan O'Neill"])
def test_a_surname_with_an_elided_prefix_is_read_whole_as_the_speakers_name(name):
    document = only(
        "Nytt gruppboende byggs i Tallby\n\n"
        "Byggföretaget har fått uppdraget att bygga ett gruppboende med sex lägenheter.\n\n"
        f"– Vi ser fram emot att börja bygga redan i vår, säger {name}, regionchef på Byggbolaget Norr.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.name == name
    assert quote.speaker.role == "regionchef"


@pytest.mark.parametrize(
    ("attribution", "role", "organisation"),
    [
        ("ansvarig samhällsfastigheter Byggbolaget Norr", "ansvarig samhällsfastigheter", "Byggbolaget Norr"),
        ("chef äldreboenden Omsorgsgruppen Väst", "chef äldreboenden", "Omsorgsgruppen Väst"),
    ],
)
def test_a_head_of_a_field_then_an_unknown_company_parts_role_and_organisation(attribution, role, organisation):
    assert speaker_after(attribution) == (role, organisation)
