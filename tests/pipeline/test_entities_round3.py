"""Issue 10, round 3: people, roles and organisations in the shapes the development part showed.

Every text here is invented (other names, other words); the organisations are real Swedish institutions
or invented ones of the same form. No sentence is copied from a corpus text."""

import pytest

from reform_kb.pipeline.organisations import OrganisationMatcher, reference_organisations
from reform_kb.pipeline.parse import parse_file
from reform_kb.pipeline.people import find_people
from reform_kb.pipeline.records import PersonMention

from .scoring import reference_context


def _names(matcher, text):
    return [m.name for m in matcher.find_all(text)]


def _people(text, matcher):
    return [span.person for span in find_people(text, matcher)]


def _document(text):
    [doc] = parse_file("artikel.txt", text, reference_context())
    return doc


# --- Organisations: forms --------------------------------------------------------------------------


def test_a_ministry_in_lower_case_or_without_its_article_is_the_ministry(matcher):
    assert _names(matcher, "Förslaget ligger nu på socialdepartementet.") == ["Socialdepartementet"]
    assert _names(matcher, "Remiss från Kulturdepartement") == ["Kulturdepartementet"]


def test_a_known_court_written_with_a_capital_is_the_known_court(matcher):
    assert _names(matcher, "Målet avgjordes i Högsta Förvaltningsdomstolen i våras.") == [
        "Högsta förvaltningsdomstolen"
    ]


def test_a_county_branch_wins_over_the_gazetteer_name_inside_it(matcher):
    assert _names(matcher, "Polismyndigheten Jämtland deltar i samverkan.") == ["Polismyndigheten Jämtland"]


def test_a_riksdag_committee_in_the_genitive_is_the_committee_not_the_riksdag(matcher):
    assert _names(matcher, "Frågan bör tas upp i Riksdagens finansutskott.") == ["Finansutskottet"]


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


def test_a_county_council_before_2019_is_a_region(matcher):
    [match] = OrganisationMatcher(reference_organisations()).find_by_form(
        "Västmanlands läns landsting betalar."
    )
    assert (match.name, match.kind) == ("Västmanlands läns landsting", "region")


def test_the_first_part_of_a_compound_names_no_organisation(matcher):
    assert _names(matcher, "Många EU-medborgare saknar bostad, och EU har inget ansvar.") == [
        "Europeiska unionen"
    ]


def test_a_county_board_without_its_county_is_no_organisation(matcher):
    assert _names(matcher, "Länsstyrelsen följer upp arbetet i länet.") == []


def test_an_agency_for_something_with_an_adjective_in_t(matcher):
    assert _names(matcher, "Myndigheten för digitalt lärande startar i vår.") == [
        "Myndigheten för digitalt lärande"
    ]


def test_an_acronym_after_an_association_is_part_of_its_name(matcher):
    assert _names(matcher, "Vårdgivarföreningen NKV och Hyresgästföreningen bjöd in.") == [
        "Vårdgivarföreningen NKV",
        "Hyresgästföreningen",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("FUB:s ordförande svarade.", "Riksförbundet FUB"),
        ("Riks-FUB vill se en ny utredning.", "Riksförbundet FUB"),
        ("PRO:s kansli i Ystad har stängt.", "PRO"),
        ("Lagen klubbades i riksdagen i juni.", "Riksdagen"),
        ("Enligt FN:s konvention har barn rätt till skydd.", "Förenta nationerna"),
        ("Frågan prövades av HFD.", "Högsta förvaltningsdomstolen"),
    ],
)
def test_the_national_actors_are_known_by_their_acronyms_and_genitives(matcher, text, name):
    assert _names(matcher, text) == [name]


# --- Organisations: what a document mentions -------------------------------------------------------

ARTICLE = """Kommunfullmäktige i Torsby kommun sa ja

Text: Lina Berg

Nya regler för hemtjänsten börjar gälla. Foto: Jonas Vik

– Det blir lättare att planera, säger Maria Holm, socialsekreterare i Kalix.

Socialtjänstminister Erik Sand (KD) välkomnar beslutet.
"""


def test_the_title_and_the_people_s_workplaces_are_mentioned_organisations():
    doc = _document(ARTICLE)
    assert "Torsby kommun" in doc.mentioned_organisations  # named in the title only
    assert "Kalix kommun" in doc.mentioned_organisations  # the speaker's workplace
    assert {o.name for o in doc.new_organisations} >= {"Torsby kommun"}


def test_a_minister_works_for_regeringen_which_the_text_does_not_name():
    doc = _document(ARTICLE)
    people = {p.name: p for p in doc.mentioned_people}
    assert people["Erik Sand"].organisation == "Regeringen"
    assert "Regeringen" not in doc.mentioned_organisations


# --- People ----------------------------------------------------------------------------------------


def test_photographers_in_every_credit_form_are_no_mentioned_people():
    text = """Sommarläger för unga

Deltagarna samlas vid sjön. foto: Nina Dahl

Ledarna Anna Vik och Per Strand har planerat veckan. Foto av lägret: Olof Rask

Veckans bilder har Olof Rask tagit.

Maten lagas i köket. Foto Karin Sjö
"""
    people = {p.name for p in _document(text).mentioned_people}
    assert {"Anna Vik", "Per Strand"} <= people
    assert not people & {"Nina Dahl", "Olof Rask", "Karin Sjö"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Journalisten Eva Lund har granskat boendena.", "Eva Lund"),
        ("Handläggare Sven Ek Sven.Ek@exempel.se", "Sven Ek"),
        ("Maja Lind Kultur- och idrottsminister", "Maja Lind"),
    ],
)
def test_a_name_is_cleaned_of_glued_words(matcher, text, name):
    assert [p.name for p in _people(text, matcher)] == [name]


def test_place_names_and_share_buttons_are_no_people(matcher):
    assert _people("Forskare i Västra Götaland har studerat frågan. Twitter Email", matcher) == []


# --- Roles -----------------------------------------------------------------------------------------


def test_an_unknown_workplace_after_a_noun_of_its_kind(matcher):
    people = _people("Det säger Lars Ström, chef på analysbyrån Nordkompass, till tidningen.", matcher)
    assert people == [PersonMention("Lars Ström", "chef", "Nordkompass")]


def test_an_unknown_workplace_with_the_country_it_works_in(matcher):
    people = _people("Det säger Ida Berg, samordnare på Ljusgården i Sverige och Norge.", matcher)
    assert people == [PersonMention("Ida Berg", "samordnare", "Ljusgården")]


def test_how_it_was_said_is_no_part_of_the_role(matcher):
    people = _people("säger Eva Ek (L), omsorgsnämndens ordförande, via ett pressmeddelande.", matcher)
    assert people[0].role == "omsorgsnämndens ordförande"


def test_an_occupation_after_is_is_the_role(matcher):
    people = _people("Eva Strand är forskare och nationalekonom. Hon leder projektet.", matcher)
    assert people[0] == PersonMention("Eva Strand", "forskare och nationalekonom")


def test_an_organisation_of_several_words_in_the_genitive_before_the_title(matcher):
    people = _people("Svenska Röda Korsets juridiska rådgivare Per Holm är kritisk.", matcher)
    assert people == [PersonMention("Per Holm", "juridisk rådgivare", "Svenska Röda Korset")]


def test_a_weak_adjective_after_a_genitive_is_given_in_the_indefinite_form(matcher):
    people = _people("Det menar SKR:s näringspolitiska chef Anna Holm.", matcher)
    assert people == [PersonMention("Anna Holm", "näringspolitisk chef", "Sveriges Kommuner och Regioner")]


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


def test_a_national_agency_written_in_lower_case_is_the_agency(matcher):
    assert _names(matcher, "Hon fick hjälp av försäkringskassan och skolverkets rådgivare.") == [
        "Försäkringskassan",
        "Skolverket",
    ]
    # A union named by a common word keeps its capital.
    assert _names(matcher, "De har en vision för framtiden.") == []


def test_riksdag_and_government_in_the_fixed_phrase_without_article(matcher):
    text = "Det är ett beslut som regering och riksdag har fattat."
    names = [
        m.name
        for m in sorted([*matcher.find_all(text), *matcher.find_government(text)], key=lambda m: m.start)
    ]
    assert names == ["Regeringen", "Riksdagen"]


def test_an_association_named_by_its_kind_and_its_genitive_before_a_title(matcher):
    assert _names(matcher, "Stiftelsen Gröna Gården har öppnat.") == ["Stiftelsen Gröna Gården"]
    assert _names(matcher, "Förbundet Vision har svarat.") == ["Vision"]
    people = _people("Det säger Förbundet Unga Rösters näringspolitiska chef Lisa Berg.", matcher)
    assert people == [PersonMention("Lisa Berg", "näringspolitisk chef", "Förbundet Unga Röster")]


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


def test_a_first_name_that_is_also_a_sentence_word_opens_a_full_name(matcher):
    assert [p.name for p in _people("Hans Lindvall inledde dagen. Hans tal var kort.", matcher)] == [
        "Hans Lindvall"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vårdforskningsinstitutet publicerade rapporten.", "Vårdforskningsinstitutet"),
        ("Institutet för arbetsliv och hälsa svarade.", "Institutet för arbetsliv och hälsa"),
        ("Samverkansdelegationen lämnade sitt förslag.", "Samverkansdelegationen"),
        ("Sveriges Dövas Riksförbund är kritiskt.", "Sveriges Dövas Riksförbund"),
        ("Statens skolverk hette myndigheten då.", "Statens skolverk"),
        ("Projektet fick pengar från Arvsfonden.", "Arvsfonden"),
        ("Enligt Brå:s rapport ökar bedrägerierna.", "Brottsförebyggande rådet"),
    ],
)
def test_institutes_delegations_federations_state_boards_and_funds(matcher, text, name):
    assert _names(matcher, text) == [name]


def test_the_kind_of_a_federation_is_guessed_from_the_trade_in_its_name(matcher):
    found = {m.name: m.kind for m in matcher.find_by_form("Psykologförbundet och Astmaförbundet svarade.")}
    assert found == {"Psykologförbundet": "fackforbund", "Astmaförbundet": "intresseorganisation"}


def test_a_unit_of_an_organisation_in_the_genitive_stays_in_the_title(matcher):
    people = _people(
        "Det säger Anna Berg, samordnare för Astmaförbundets jourlinje, till tidningen.", matcher
    )
    assert people == [
        PersonMention("Anna Berg", "samordnare för Astmaförbundets jourlinje", "Astmaförbundet")
    ]
