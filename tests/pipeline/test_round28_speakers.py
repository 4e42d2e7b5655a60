"""Speakers in the shapes of the former test part test27's misses (round 28, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

import pytest

from .invented_pages import only


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
