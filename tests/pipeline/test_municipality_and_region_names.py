"""Municipalities and regions as Swedish text names them (pipeline/organisations.py, role_phrases.py): a
municipal body in the genitive of its place, a municipality's administration "i" a place, a list of
municipalities, a city calling itself "stad" or written as a "kommun", a compass word in the name, a county
council before 2019; a district, a county board without its county and an association's "Region ..." branch
name none. Most speakers work for a municipality, and a guessed one is worse than none.

Shapes from issue 10's tuning rounds 2-4 and pass 2. Every sentence here is invented; the organisations are
real Swedish institutions or invented ones of the same form."""

import pytest

from reform_kb.pipeline.organisations import OrganisationMatcher, reference_organisations
from reform_kb.pipeline.people import find_people
from reform_kb.pipeline.role_phrases import municipality_of, organisation_of_place


def _people(text, matcher):
    return [span.person.name for span in find_people(text, matcher)]


def _names(matcher, text):
    return [m.name for m in matcher.find_all(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Socialtjänsten i Boden har fått nya rutiner.", ["Bodens kommun"]),
        ("Kommunen i Kalix saknar personal.", ["Kalix kommun"]),
        ("Socialförvaltningen i Lund växer.", ["Lunds kommun"]),  # the gazetteer's name
        ("Socialtjänsten i Sverige står inför en reform.", []),
        ("Socialtjänsten i Lunds kommun växer.", ["Lunds kommun"]),
        ("Hemtjänsten i Salabacke byter lokaler.", []),  # a district, perhaps: no municipality guessed
    ],
)
def test_a_municipalitys_administration_in_a_place_is_that_municipality(matcher, text, names):
    assert _names(matcher, text) == names


def test_only_municipalities_the_gazetteer_lacks_are_new(matcher):
    found = matcher.find_unknown("Socialtjänsten i Lund och socialtjänsten i Boden samarbetar.")
    assert [o.name for o in found] == ["Bodens kommun"]


def test_a_heading_glued_to_a_municipality_is_no_part_of_its_name(matcher):
    assert _names(matcher, "Sammanfattning Huddinge kommun har fått betänkandet.") == ["Huddinge kommun"]


def test_a_list_of_municipalities_names_each_one(matcher):
    assert _names(matcher, "Mora, Orsa och Älvdalen kommuner samarbetar om jouren.") == [
        "Mora kommun",
        "Orsa kommun",
        "Älvdalens kommun",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Beslutet togs i Hudiksvalls kommunstyrelse.", "Hudiksvalls kommun"),
        ("Framtidens socialtjänst behöver fler socionomer.", None),
        ("Piteås socialnämnd vill korta väntetiderna.", "Piteå kommun"),
        ("Borås socialtjänst har fått fler anmälningar.", "Borås kommun"),
    ],
)
def test_a_place_in_the_genitive_before_a_municipal_body_names_the_municipality(matcher, text, name):
    assert _names(matcher, text) == ([name] if name else [])


def test_a_municipality_that_calls_itself_a_city_is_named_as_a_kommun_but_for_the_three_cities(matcher):
    assert _names(matcher, "Solna stad och Göteborgs Stad tecknade avtal.") == [
        "Solna kommun",
        "Göteborgs stad",
    ]


def test_a_city_written_as_a_kommun_is_the_city(matcher):
    assert _names(matcher, "Göteborgs kommun svarar inte.") == ["Göteborgs stad"]


def test_a_compass_word_is_part_of_a_municipalitys_name(matcher):
    assert _names(matcher, "Norra Ulvsjö kommun sparar.") == ["Norra Ulvsjö kommun"]


def test_a_municipality_is_one_of_swedens_or_one_the_gazetteer_knows(matcher):
    assert municipality_of("Lund", matcher) == "Lunds kommun"
    assert municipality_of("Stockholm", matcher) == "Stockholms stad"
    assert municipality_of("Ekbacken", matcher) is None


def test_a_local_service_in_a_district_names_no_municipality(matcher):
    assert organisation_of_place("hemtjänsten i Tallbacken", matcher) is None
    assert organisation_of_place("hemtjänsten i Nybro", matcher) == "Nybro kommun"
    assert _names(matcher, "Det säger socialtjänsten i Tallbacken.") == []


def test_a_county_council_before_2019_is_a_region(matcher):
    [match] = OrganisationMatcher(reference_organisations()).find_by_form(
        "Västmanlands läns landsting betalar."
    )
    assert (match.name, match.kind) == ("Västmanlands läns landsting", "region")


def test_a_county_board_without_its_county_is_no_organisation(matcher):
    assert _names(matcher, "Länsstyrelsen följer upp arbetet i länet.") == []


def test_region_is_one_of_swedens_regions_not_an_associations_branch(matcher):
    assert _names(matcher, "Det beslutade Region Sörmland och Region Jönköpings län.") == [
        "Region Sörmland",
        "Region Jönköpings län",
    ]
    text = "Det säger Tora Blom, ordförande Region Fjällbygden i föreningen."
    assert "Region Fjällbygden" not in _names(matcher, text)
    assert "Region Fjällbygden" not in _people(text, matcher)


def test_places_named_right_after_the_word_for_municipalities_are_those_municipalities(matcher):
    from reform_kb.pipeline.mentions import municipalities_as_places

    text = "I länets största kommuner Linköping och Norrköping väntar 30 barn på ett familjehem."
    assert [name for name, _known in municipalities_as_places(text, matcher)] == [
        "Linköpings kommun",
        "Norrköpings kommun",
    ]
