"""Issue 10, round 2: more of the forms Swedish names organisations in (pipeline/organisations.py).

Invented sentences; the names are real Swedish institutions or invented ones of the same form."""

import pytest


def _names(matcher, text):
    return [m.name for m in matcher.find_all(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Åklagarmyndigheten har inlett en förundersökning.", ["Åklagarmyndigheten"]),
        ("Justitieombudsmannen riktar kritik mot nämnden.", ["Justitieombudsmannen"]),
        ("Målet gick till Högsta förvaltningsdomstolen.", ["Högsta förvaltningsdomstolen"]),
        ("Förvaltningsrätten i Växjö gav kommunen rätt.", ["Förvaltningsrätten i Växjö"]),
        ("Frågan behandlas i socialutskottet och sedan i Socialutskottet igen.", ["Socialutskottet"]),
        (
            "Hemlöshetsutredningen och Skolkommissionen lämnade förslag.",
            ["Hemlöshetsutredningen", "Skolkommissionen"],
        ),
        ("LSS-utredningen föreslog ändringar.", ["LSS-utredningen"]),
        (
            "Landstinget Jämtland och Kommunförbundet Skåne samverkar.",
            ["Landstinget Jämtland", "Kommunförbundet Skåne"],
        ),
        ("Centralförbundet för Socialt Arbete bjöd in.", ["Centralförbundet för Socialt Arbete"]),
        ("Riksförbundet för hjärt- och lungsjuka svarade.", ["Riksförbundet för hjärt- och lungsjuka"]),
    ],
)
def test_organisation_forms(matcher, text, names):
    assert _names(matcher, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Barnavårdsutredningen visade att pojken behövde stöd.",
        "Utredningen visar att fler behöver hjälp.",
        "Fackförbundet är kritiskt till förslaget.",
        "Arbetsutskottet sammanträder på tisdag.",
        "Myndigheten har fått nya uppdrag.",
    ],
)
def test_words_of_those_forms_that_name_no_organisation(matcher, text):
    assert _names(matcher, text) == []


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
