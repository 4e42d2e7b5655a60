"""The scorer counts one county board as one organisation however the gold writes it (round 41)."""

from corpus.score.compare import organisation_key


def test_a_county_boards_written_forms_are_one_organisation():
    keys = {
        organisation_key(name)
        for name in ("Länsstyrelsen i Värmland", "Länsstyrelsen Värmland", "Länsstyrelsen i Värmlands län")
    }
    assert keys == {"länsstyrelsen i värmlands län"}


def test_two_county_boards_stay_two():
    assert organisation_key("Länsstyrelsen Värmland") != organisation_key("Länsstyrelsen i Dalarnas län")
