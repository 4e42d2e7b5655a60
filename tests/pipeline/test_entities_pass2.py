"""Issue 10, pass 2: people, roles and organisations in the shapes the 48 new development texts showed.

Every text here is invented (other names, other words); the organisations are real Swedish institutions
or invented ones of the same form. No sentence is copied from a corpus text."""

import pytest

from reform_kb.pipeline.parse import parse_file
from reform_kb.pipeline.people import find_people, parse_person_phrase
from reform_kb.pipeline.quotes.attribution import split_attribution
from reform_kb.pipeline.records import PersonMention

from .scoring import reference_context


def _names(matcher, text):
    return [m.name for m in matcher.find_all(text)]


# --- Roles ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("forskaren Karin Holm", "forskare"),
        ("diakonen Per Ekholm", "diakon"),
        ("barnmorskan Lisa Ström", "barnmorska"),
        ("ombudsmannen Åke Lind", "ombudsman"),
        ("talesman Åke Lind", "talesman"),
        ("kyrkoherde Åke Lind", "kyrkoherde"),
    ],
)
def test_a_title_in_the_definite_form_before_a_name_is_given_in_its_base_form(matcher, phrase, role):
    assert parse_person_phrase(phrase, matcher).role == role


def test_a_definite_title_and_a_parish_before_the_name(matcher):
    person = parse_person_phrase("diakonissan i Sankta Maria församling Eva Ekdahl", matcher)
    assert person == PersonMention("Eva Ekdahl", "diakonissa", "Sankta Maria församling")


def test_a_workplace_after_the_name_of_a_person_whose_title_comes_first(matcher):
    person = parse_person_phrase("familjebehandlaren Bo Sand på socialkontoret i Mora", matcher)
    assert person == PersonMention("Bo Sand", "familjebehandlare", "Mora kommun")


def test_a_district_of_a_city_is_the_citys(matcher):
    person = parse_person_phrase("Bo Sand, sektorschef i stadsdelen Rosengård i Malmö", matcher)
    assert (person.role, person.organisation) == ("sektorschef", "Malmö stad")


def test_a_department_of_a_university_is_no_part_of_the_title(matcher):
    person = parse_person_phrase(
        "Ida Berg, universitetslektor på Institutionen för socialt arbete vid Umeå universitet", matcher
    )
    assert (person.role, person.organisation) == ("universitetslektor", "Umeå universitet")


def test_a_care_providers_name_may_end_in_what_it_runs(matcher):
    person = parse_person_phrase("Ida Berg, behandlare på Granhagen öppenvård", matcher)
    assert (person.role, person.organisation) == ("behandlare", "Granhagen öppenvård")


# --- Organisations by form --------------------------------------------------------------------------


def test_a_parish_and_a_city_mission_are_organisations(matcher):
    assert _names(matcher, "Hedemora församling och Västerås stadsmission öppnar ett härbärge.") == [
        "Hedemora församling",
        "Västerås Stadsmission",
    ]
    assert _names(matcher, "Varje församling gör sitt.") == []


def test_a_court_named_after_its_place(matcher):
    assert _names(matcher, "Målet gick från Solna tingsrätt till Svea hovrätt.") == [
        "Solna tingsrätt",
        "Svea hovrätt",
    ]


def test_a_compass_word_is_part_of_a_municipalitys_name(matcher):
    assert _names(matcher, "Norra Ulvsjö kommun sparar.") == ["Norra Ulvsjö kommun"]


def test_a_city_written_as_a_kommun_is_the_city(matcher):
    assert _names(matcher, "Göteborgs kommun svarar inte.") == ["Göteborgs stad"]


def test_an_association_name_may_hold_a_preposition(matcher):
    assert _names(matcher, "Hon är aktiv i Riksförbundet Unga Mot Spel.") == ["Riksförbundet Unga Mot Spel"]


def test_a_short_name_in_capitals(matcher):
    assert _names(matcher, "Siffrorna kommer från BRÅ.") == ["Brottsförebyggande rådet"]


def test_the_former_public_health_institute_and_the_assistance_users_association(matcher):
    assert _names(matcher, "FHI och IfA svarar.") == [
        "Statens folkhälsoinstitut",
        "Intressegruppen för assistansberättigade",
    ]


def test_an_attribution_with_the_workplace_after_the_name_is_found_before_the_gazetteer_is_used():
    text = "Vi är redo för fler, säger familjebehandlaren Bo Sand på socialkontoret i Mora."
    _end, head, _resume = split_attribution(text)
    assert head == "familjebehandlaren Bo Sand på socialkontoret i Mora"


def test_an_office_then_another_organisations_title(matcher):
    person = parse_person_phrase("Barnombudsmannen och Skolverkets generaldirektör Eva Ekdahl", matcher)
    assert (person.role, person.organisation) == ("generaldirektör", "Skolverket")


def test_som_and_a_title_without_a_verb_is_the_persons_role(matcher):
    [span] = find_people(
        "När Eva Ekdahl som nyvald förbundsordförande talade till ombuden var det tyst.", matcher
    )
    assert span.person.role == "förbundsordförande"


def test_a_relative_clause_with_an_occupation_and_no_closing_comma(matcher):
    [span] = find_people(
        "Bo Lindkvist som är enhetschef på förvaltningen är inte nöjd med beslutet.", matcher
    )
    assert span.person.role == "enhetschef på förvaltningen"


@pytest.mark.parametrize(
    "text",
    [
        "Det sa Radio Norrbotten i morse.",
        "Uppgifterna kommer från Nyhetsbyrån Kvarn.",
        "Hon arbetar på Unga Mottagningen i Kil.",
        "Verksamheten heter Solbacka Station.",
        "Ekdala Äldreomsorg har fått kritik.",
    ],
)
def test_an_outlets_or_a_services_name_is_no_person(matcher, text):
    assert find_people(text, matcher) == []


def _mentioned_organisations(text):
    [doc] = parse_file("artikel.txt", text, reference_context())
    return doc.mentioned_organisations


def test_a_municipality_named_as_a_place_in_a_sentence_about_municipal_services():
    text = (
        "Ersättningen höjs\n\nI Torsby höjs ersättningen till dem som har daglig verksamhet i kommunen. "
        "Hagfors och Sunne ger minst av länets kommuner.\n\nHon bor i Arvika sedan länge."
    )
    found = _mentioned_organisations(text)
    assert {"Torsby kommun", "Hagfors kommun", "Sunne kommun"} <= set(found)
    assert "Arvika kommun" not in found


def test_a_place_in_a_persons_name_or_another_organisations_name_is_no_municipality():
    text = "Forskning\n\nAnna Lund vid Uppsala universitet har granskat socialtjänsten i tre kommuner."
    found = _mentioned_organisations(text)
    assert "Lunds kommun" not in found and "Uppsala kommun" not in found


def test_a_name_in_the_genitive_before_a_noun_is_the_name(matcher):
    [span] = find_people("Ministern Eva Lindqvists utspel väckte kritik.", matcher)
    assert span.person.name == "Eva Lindqvist"


@pytest.mark.parametrize("verb", ["säger", "kan", "skrev", "menade"])
def test_a_surname_ending_in_s_before_a_verb_keeps_its_s(matcher, verb):
    [span] = find_people(f"Enligt Anna Markos {verb} fler söka hjälp.", matcher)
    assert span.person.name == "Anna Markos"
