"""The organisation a role phrase gives a person (pipeline/people.py, role_phrases.py): an unknown workplace
after a noun of its kind, an organisation of several words in the genitive before the title, an organisation
straight after the name, a workplace after the name of a person whose title comes first, a district of a city,
a care provider named after what it runs, a minister's or a member of the riksdag's body, a back reference to
the organisation just named; a municipal job in a district or a place after "på" gets no organisation.
Precision first: no organisation is better than a wrong one.

Shapes from issue 10's tuning rounds 2-4 and pass 2 (the title itself: test_role_phrase_titles.py). Every text
here is invented (other names, other words); no sentence is copied from a corpus text."""

import pytest

from reform_kb.pipeline.people import find_people, parse_person_phrase
from reform_kb.pipeline.quotes.attribution import split_attribution
from reform_kb.pipeline.records import PersonMention
from reform_kb.pipeline.role_phrases import split_role


def _names(matcher, text):
    return [m.name for m in matcher.find_all(text)]


def _people(text, matcher):
    return [span.person for span in find_people(text, matcher)]


def _presented(text, matcher):
    [span] = find_people(text, matcher)
    return span.person


def test_an_unknown_workplace_after_a_noun_of_its_kind(matcher):
    people = _people("Det säger Lars Ström, chef på analysbyrån Nordkompass, till tidningen.", matcher)
    assert people == [PersonMention("Lars Ström", "chef", "Nordkompass")]


def test_an_unknown_workplace_with_the_country_it_works_in(matcher):
    people = _people("Det säger Ida Berg, samordnare på Ljusgården i Sverige och Norge.", matcher)
    assert people == [PersonMention("Ida Berg", "samordnare", "Ljusgården")]


def test_title_straight_after_the_name_without_comma(matcher):
    people = _people(
        "Lisa Ek ordförande för Funktionsrätt Sverige, som samlar förbunden, är kritisk.", matcher
    )
    assert people == [PersonMention("Lisa Ek", "ordförande", "Funktionsrätt Sverige")]


def test_title_after_the_name_with_an_unknown_organisation_gives_the_bare_title_and_that_organisation(
    matcher,
):
    # Round 6: a leader's title "för" a name is the organisation's post, known to the gazetteer or not.
    people = _people("Lisa Ek ordförande för RFX, som samlar förbunden, är kritisk.", matcher)
    assert people == [PersonMention("Lisa Ek", "ordförande", "RFX")]


def test_an_organisation_of_several_words_in_the_genitive_before_the_title(matcher):
    people = _people("Svenska Röda Korsets juridiska rådgivare Per Holm är kritisk.", matcher)
    assert people == [PersonMention("Per Holm", "juridisk rådgivare", "Svenska Röda Korset")]


def test_an_association_named_by_its_kind_and_its_genitive_before_a_title(matcher):
    assert _names(matcher, "Stiftelsen Gröna Gården har öppnat.") == ["Stiftelsen Gröna Gården"]
    assert _names(matcher, "Förbundet Vision har svarat.") == ["Vision"]
    people = _people("Det säger Förbundet Unga Rösters näringspolitiska chef Lisa Berg.", matcher)
    assert people == [PersonMention("Lisa Berg", "näringspolitisk chef", "Förbundet Unga Röster")]


def test_an_office_then_another_organisations_title(matcher):
    person = parse_person_phrase("Barnombudsmannen och Skolverkets generaldirektör Eva Ekdahl", matcher)
    assert (person.role, person.organisation) == ("generaldirektör", "Skolverket")


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Eva Lund från SKR menar att reformen dröjer.", "Sveriges Kommuner och Regioner"),
        ("Enligt Per Ek på Socialstyrelsen är siffran osäker.", "Socialstyrelsen"),
        ("Per Ek i Mora kommun är nöjd.", "Mora kommun"),
        ("Per Ek i Vision är nöjd.", None),
    ],
)
def test_an_organisation_straight_after_the_name_is_the_person_s(matcher, text, organisation):
    assert _people(text, matcher)[0].organisation == organisation


def test_a_workplace_after_the_name_of_a_person_whose_title_comes_first(matcher):
    person = parse_person_phrase("familjebehandlaren Bo Sand på socialkontoret i Mora", matcher)
    assert person == PersonMention("Bo Sand", "familjebehandlare", "Mora kommun")


def test_an_attribution_with_the_workplace_after_the_name_is_found_before_the_gazetteer_is_used():
    text = "Vi är redo för fler, säger familjebehandlaren Bo Sand på socialkontoret i Mora."
    _end, head, _resume = split_attribution(text)
    assert head == "familjebehandlaren Bo Sand på socialkontoret i Mora"


def test_working_in_home_care_of_a_place_is_the_municipality_with_the_title_before(matcher):
    people = _people("Undersköterskan Karin Sjö jobbar i hemtjänsten i Boden sedan i våras.", matcher)
    assert people == [PersonMention("Karin Sjö", "undersköterska", "Bodens kommun")]


def test_a_district_of_a_city_is_the_citys(matcher):
    person = parse_person_phrase("Bo Sand, sektorschef i stadsdelen Rosengård i Malmö", matcher)
    assert (person.role, person.organisation) == ("sektorschef", "Malmö stad")


def test_a_care_providers_name_may_end_in_what_it_runs(matcher):
    person = parse_person_phrase("Ida Berg, behandlare på Granhagen öppenvård", matcher)
    assert (person.role, person.organisation) == ("behandlare", "Granhagen öppenvård")


def test_a_municipal_job_in_a_district_gets_the_title_and_no_organisation(matcher):
    assert split_role("socialsekreterare i Tallbacken", matcher) == ("socialsekreterare", None)
    assert split_role("socialsekreterare i Kalix", matcher) == ("socialsekreterare", "Kalix kommun")


def test_a_place_after_pa_is_no_workplace_name(matcher):
    assert split_role("socialchef på Öland", matcher) == ("socialchef", None)
    assert split_role("enhetschef på Värmdö", matcher) == ("enhetschef", None)
    assert split_role("chef på Stödhuset Linden", matcher) == ("chef", "Stödhuset Linden")


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Det bekräftar äldre- och socialförsäkringsminister Eva Lund.", "Regeringen"),
        ("Det bekräftar riksdagsledamoten Olle Berg.", "Riksdagen"),
        ("Det bekräftar Norges socialminister Kari Dahl.", None),
    ],
)
def test_a_swedish_minister_or_member_of_the_riksdag_gets_the_body_the_title_implies(
    matcher, text, organisation
):
    assert _people(text, matcher)[-1].organisation == organisation


def test_a_back_reference_takes_only_an_organisation_of_its_kind(matcher):
    text = "Personalen i Nybro kommun vittnar om stress. Förbundets ordförande Stina Holm är oroad."
    person = _presented(text, matcher)
    assert (person.name, person.role, person.organisation) == ("Stina Holm", "ordförande", None)


def test_a_back_reference_still_finds_the_union_just_named(matcher):
    text = "Vision har frågat sina medlemmar i Nybro kommun. Förbundets ordförande Stina Holm är oroad."
    assert _presented(text, matcher).organisation == "Vision"


@pytest.mark.parametrize(
    ("phrase", "title", "organisation"),
    [
        ("Ulla Berg, direktor Ljusmissionen", "direktor", "Ljusmissionen"),
        ("Ulla Berg, kommunikationschef Nattkaféet Gryning", "kommunikationschef", "Nattkaféet Gryning"),
    ],
)
def test_a_title_then_an_unknown_organisation_without_a_preposition_is_title_and_workplace(
    matcher, phrase, title, organisation
):
    # Round 12: press releases write "direktor Räddningsmissionen", no "på" or "i" between.
    assert parse_person_phrase(phrase, matcher) == PersonMention("Ulla Berg", title, organisation)


def test_a_title_then_a_place_without_a_preposition_names_no_workplace(matcher):
    assert parse_person_phrase("Ulla Berg, socialchef Lund", matcher).organisation is None


def test_a_title_and_name_before_a_place_abroad_keep_the_title_without_an_organisation(matcher):
    person = parse_person_phrase("tf social- och hälsovårdsdirektör Pia Berg i Jakobstad", matcher)
    assert (person.name, person.role, person.organisation) == ("Pia Berg", "tf social- och hälsovårdsdirektör", None)


@pytest.mark.parametrize(
    ("role", "title", "organisation"),
    [
        # Round 15: a leader "för" a name that opens on a genitive and goes on in lower case.
        ("generalsekreterare för Resebranschens etiska råd", "generalsekreterare", "Resebranschens etiska råd"),
        # Round 15: a unit "inom" an organisation of two capitalised words or more.
        ("enhetschef för Unga vuxnas jour inom Svenska Kyrkohjälpen", "enhetschef för Unga vuxnas jour", "Svenska Kyrkohjälpen"),
        # One capitalised word after "inom" is as often a service as an organisation: none is guessed.
        ("samordnare inom Socialtjänsten", "samordnare inom Socialtjänsten", None),
    ],
)
def test_a_workplace_a_leader_is_for_or_a_unit_is_within(matcher, role, title, organisation):
    assert split_role(role, matcher) == (title, organisation)


@pytest.mark.parametrize(
    ("phrase", "person"),
    [
        # Round 15: a capitalised name and a noun in lower case after the comma, no word of a title in it.
        ("Sara Lind, Lotus kvinnojour", PersonMention("Sara Lind", "", "Lotus kvinnojour")),
        # Round 15: a town's own association after "på": the town in the genitive, a noun of its kind.
        ("Eva Ek på Norrviks tjejjour", PersonMention("Eva Ek", "", "Norrviks tjejjour")),
    ],
)
def test_an_unknown_local_association_after_a_name(matcher, phrase, person):
    assert parse_person_phrase(phrase, matcher) == person


def test_a_town_association_after_a_name_in_running_text(matcher):
    people = _people("Frågan väcktes av Eva Ek på Norrviks brukarförening under mötet.", matcher)
    assert people == [PersonMention("Eva Ek", "", "Norrviks brukarförening")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # Round 15: a title after an organisation's genitive, set off by commas in running text.
        ("Det berättar Lena Vik, Visions ordförande, i ett uttalande.", PersonMention("Lena Vik", "ordförande", "Vision")),
        ("Frågan ställdes av Olle Berg, Norrlövs fackliga företrädare, på mötet.", PersonMention("Olle Berg", "facklig företrädare", "Norrlöv")),
        # A capitalised clause after the comma is no title ("Läs mer", a sentence running on).
        ("Inlägget skrevs av Olle Berg, Läs mera här.", PersonMention("Olle Berg")),
    ],
)
def test_a_title_after_an_organisations_genitive_between_commas(matcher, text, person):
    assert _people(text, matcher) == [person]
