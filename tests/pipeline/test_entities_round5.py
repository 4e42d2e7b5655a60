"""Issue 10, round 5: role phrases in the shapes the new development texts showed at two or more publishers.

Every text here is invented (other names, other words); no sentence is copied from a corpus text. The rules
are about precision: a role holds the title, and a unit or a party marker is taken out of it
without guessing an organisation."""

from reform_kb.pipeline.parse import parse_file
from reform_kb.pipeline.people import find_people, parse_person_phrase

from .scoring import reference_context


def _people(text, matcher):
    return [span.person.name for span in find_people(text, matcher)]


def _role(phrase, matcher):
    person = parse_person_phrase(phrase, matcher)
    return person.role, person.organisation, person.party


def test_a_unit_after_the_title_is_left_out_when_its_organisation_is_not_named(matcher):
    assert _role("Sten Malm, biträdande prefekt vid Institutionen för pedagogik i Lund", matcher) == (
        "biträdande prefekt",
        None,
        "",
    )
    assert _role("Lotta Grön, enhetschef för daglig verksamhet inom avdelningen för stöd", matcher) == (
        "enhetschef för daglig verksamhet",
        None,
        "",
    )


def test_a_committee_named_after_the_title_is_kept(matcher):
    assert _role("Eva Lind, ledamot i Socialnämnden", matcher)[0] == "ledamot i Socialnämnden"


def test_a_party_marker_after_the_title_is_the_party_and_not_the_role(matcher):
    assert _role("Jonas Ek, regionråd (M)", matcher) == ("regionråd", None, "M")
    assert _role("Jonas Ek, kommunalråd (kd) och ansvarig för skolfrågor i Borås", matcher) == (
        "kommunalråd",
        None,
        "KD",
    )


def test_a_party_marker_after_the_title_keeps_the_workplace_that_follows(matcher):
    assert _role("Jonas Ek, kommunalråd (C) i Mora", matcher) == ("kommunalråd", "Mora kommun", "C")


def test_an_acronym_in_brackets_after_an_organisation_is_no_party(matcher):
    role, org, party = _role("Lena Sand, ordförande för Sveriges Kommuner och Regioner (SKR)", matcher)
    assert (role, org, party) == ("ordförande", "Sveriges Kommuner och Regioner", "")


def test_a_quote_attributed_to_a_title_with_its_party_after_it_gets_both():
    text = (
        "Fler barn anmäls\n\n"
        "Anmälningarna har blivit fler i år.\n\n"
        "– Vi tar varje anmälan på stort allvar, säger Karl Strand, kommunalråd (V) och ytterst ansvarig "
        "för skolan i Falun.\n"
    )
    [doc] = parse_file("a.txt", text, reference_context())
    [quote] = doc.quotes
    assert (quote.speaker.name, quote.speaker.role, quote.speaker.party) == (
        "Karl Strand",
        "kommunalråd",
        "V",
    )


def _orgs(matcher, text):
    return [(m.name, m.known) for m in matcher.find_all(text)]


def test_an_association_named_after_its_kind_in_lower_case_is_an_organisation(matcher):
    text = "Avtalet mellan Lunds kommun och föreningen Solrosen som driver caféet löper ut."
    assert _orgs(matcher, text) == [("Lunds kommun", True), ("Solrosen", False)]
    assert _orgs(matcher, "Hjälpen samordnas av nätverket Varma Händer i år.") == [("Varma Händer", False)]


def test_the_genitive_of_an_association_named_after_its_kind_is_its_name(matcher):
    assert _orgs(matcher, "Enligt stiftelsen Ekuddens styrelse räcker pengarna.") == [("Ekudden", False)]


def test_a_compound_kind_word_or_a_sentence_word_names_no_association(matcher):
    assert _orgs(matcher, "Hon gick med i bostadsföreningen Lärkan förra året.") == []
    assert _orgs(matcher, "Vi kontaktade föreningen Men ingen svarade.") == []


def test_a_known_acronym_then_a_place_is_the_local_branch(matcher):
    assert _orgs(matcher, "Hon är länsordförande i FUB Uppsala sedan i våras.") == [("FUB Uppsala", False)]
    assert _orgs(matcher, "Enligt FUB Västerbotten saknas platser.") == [("FUB Västerbotten", False)]


def test_a_known_acronym_alone_or_before_another_word_is_the_national_organisation(matcher):
    assert _orgs(matcher, "Enligt FUB Det är fel.") == [("Riksförbundet FUB", True)]
    assert _orgs(matcher, "Enligt FUB är det fel.") == [("Riksförbundet FUB", True)]


def test_the_countrys_name_or_its_adjective_is_no_part_of_a_persons_name(matcher):
    assert _people("Eva Ek, miljöexpert, Svenskt Byggande.", matcher) == ["Eva Ek"]
    assert _people("I rapporten finns en länk till Barnrätts Sveriges tidigare skrifter.", matcher) == []
