"""Associations, federations and the national actors known by acronyms (pipeline/organisations.py): an acronym
after an association's name, a name holding a preposition, coordinated compounds and plural federations, an
association named after its kind ("föreningen Solrosen") and its genitive, "Förening" with a capital, a known
acronym alone (the national body) or before a place (the local branch), short names in capitals; a
federation's kind guessed from its trade; and a compound's first part, a lower-case "förening" or a sentence
word name none.

Shapes from issue 10's tuning rounds 2-5 and pass 2. Every sentence here is invented; the organisations are
real Swedish institutions or invented ones of the same form."""

import pytest

from reform_kb.pipeline.people import find_people


def _names(matcher, text):
    return [m.name for m in matcher.find_all(text)]


def _people(text, matcher):
    return [span.person.name for span in find_people(text, matcher)]


def _orgs(matcher, text):
    return [(m.name, m.known) for m in matcher.find_all(text)]


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


def test_a_short_name_in_capitals(matcher):
    assert _names(matcher, "Siffrorna kommer från BRÅ.") == ["Brottsförebyggande rådet"]


def test_the_former_public_health_institute_and_the_assistance_users_association(matcher):
    assert _names(matcher, "FHI och IfA svarar.") == [
        "Statens folkhälsoinstitut",
        "Intressegruppen för assistansberättigade",
    ]


def test_a_known_acronym_then_a_place_is_the_local_branch(matcher):
    assert _orgs(matcher, "Hon är länsordförande i FUB Uppsala sedan i våras.") == [("FUB Uppsala", False)]
    assert _orgs(matcher, "Enligt FUB Västerbotten saknas platser.") == [("FUB Västerbotten", False)]


def test_a_known_acronym_alone_or_before_another_word_is_the_national_organisation(matcher):
    assert _orgs(matcher, "Enligt FUB Det är fel.") == [("Riksförbundet FUB", True)]
    assert _orgs(matcher, "Enligt FUB är det fel.") == [("Riksförbundet FUB", True)]


def test_an_acronym_after_an_association_is_part_of_its_name(matcher):
    assert _names(matcher, "Vårdgivarföreningen NKV och Hyresgästföreningen bjöd in.") == [
        "Vårdgivarföreningen NKV",
        "Hyresgästföreningen",
    ]


def test_an_association_name_may_hold_a_preposition(matcher):
    assert _names(matcher, "Hon är aktiv i Riksförbundet Unga Mot Spel.") == ["Riksförbundet Unga Mot Spel"]


def test_coordinated_compound_association_is_one_organisation(matcher):
    found = matcher.find_by_form("Det säger Syn- och Hörselförbundet i ett uttalande.")
    assert [m.name for m in found] == ["Syn- och Hörselförbundet"]


def test_plural_federation_is_an_organisation(matcher):
    found = matcher.find_by_form("Enligt Idrottsförbunden behövs mer stöd.")
    assert [m.name for m in found] == ["Idrottsförbunden"]


def test_the_kind_of_a_federation_is_guessed_from_the_trade_in_its_name(matcher):
    found = {m.name: m.kind for m in matcher.find_by_form("Tandläkarförbundet och Astmaförbundet svarade.")}
    assert found == {"Tandläkarförbundet": "fackforbund", "Astmaförbundet": "intresseorganisation"}


def test_the_first_part_of_a_compound_names_no_organisation(matcher):
    assert _names(matcher, "Många EU-medborgare saknar bostad, och EU har inget ansvar.") == [
        "Europeiska unionen"
    ]


def test_an_association_calling_itself_forening_with_a_capital_is_an_organisation(matcher):
    text = "Svensk Barnpolitisk Förening bjöd in till samtal."
    assert _names(matcher, text) == ["Svensk Barnpolitisk Förening"]
    assert _people(text, matcher) == []


def test_a_lower_case_forening_is_no_name(matcher):
    assert _names(matcher, "Hon är med i en förening för pensionärer.") == []


def test_an_association_named_after_its_kind_in_lower_case_is_an_organisation(matcher):
    text = "Avtalet mellan Lunds kommun och föreningen Solrosen som driver caféet löper ut."
    assert _orgs(matcher, text) == [("Lunds kommun", True), ("Solrosen", False)]
    assert _orgs(matcher, "Hjälpen samordnas av nätverket Varma Händer i år.") == [("Varma Händer", False)]


def test_the_genitive_of_an_association_named_after_its_kind_is_its_name(matcher):
    assert _orgs(matcher, "Enligt stiftelsen Ekuddens styrelse räcker pengarna.") == [("Ekudden", False)]


def test_a_compound_kind_word_or_a_sentence_word_names_no_association(matcher):
    assert _orgs(matcher, "Hon gick med i bostadsföreningen Lärkan förra året.") == []
    assert _orgs(matcher, "Vi kontaktade föreningen Men ingen svarade.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ett brev från Svenska Tallföreningens styrelse.", "Svenska Tallföreningen"),
        ("Ett brev från Sveriges Tallförening och Ekföreningen.", "Ekföreningen"),
    ],
)
def test_a_national_opener_belongs_to_the_associations_name(matcher, text, name):
    assert name in _names(matcher, text)
