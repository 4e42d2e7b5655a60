"""People in Swedish text: presenting phrases, names and roles in running text, the people a document knows."""

import pytest

from reform_kb.pipeline.people import find_people, parse_person_phrase
from reform_kb.pipeline.people_index import PeopleIndex
from reform_kb.pipeline.records import PersonMention


def test_name_then_role_and_organisation(matcher):
    person = parse_person_phrase("Heike Erkers, förbundsordförande i Akademikerförbundet SSR", matcher)
    assert person == PersonMention("Heike Erkers", "förbundsordförande", "Akademikerförbundet SSR")


def test_role_with_description_keeps_the_whole_title(matcher):
    person = parse_person_phrase(
        "Rebecka Sand, socionom och enhetschef för barn och familj i Åstorps kommun.", matcher
    )
    assert person == PersonMention(
        "Rebecka Sand", "socionom och enhetschef för barn och familj", "Åstorps kommun"
    )


def test_role_before_name_with_genitive_organisation(matcher):
    person = parse_person_phrase("Visions förbundsordförande Veronica Magnusson", matcher)
    assert person == PersonMention("Veronica Magnusson", "förbundsordförande", "Vision")


def test_role_before_name_with_abbreviation_genitive(matcher):
    person = parse_person_phrase("SKR:s avdelningschef Karin Lund", matcher)
    assert person == PersonMention("Karin Lund", "avdelningschef", "Sveriges Kommuner och Regioner")


def test_party_marker_is_a_party_not_an_organisation(matcher):
    person = parse_person_phrase("socialtjänstminister Camilla Waltersson Grönvall (M)", matcher)
    assert person == PersonMention("Camilla Waltersson Grönvall", "socialtjänstminister", None, "M")


def test_photo_credit_is_dropped_from_a_caption(matcher):
    person = parse_person_phrase("Eva Ström, utredare på Socialstyrelsen. Foto: Magnus Berg", matcher)
    assert person == PersonMention("Eva Ström", "utredare", "Socialstyrelsen")


def test_a_list_of_first_names_is_not_one_person(matcher):
    assert parse_person_phrase("Socionomerna Louise, Suzan och Katarina arbetar i Uppsala.", matcher) is None


def test_local_branch_after_the_union_keeps_the_union(matcher):
    person = parse_person_phrase("Lise Holm, ordförande för Akademikerförbundet SSR i Malmö stad", matcher)
    assert person.organisation == "Akademikerförbundet SSR"
    assert person.role == "ordförande"


def test_find_people_reads_role_before_and_after_names(matcher):
    text = (
        "Humanas biträdande kvalitetsdirektör Damir Bandic vill se mer samarbete. "
        "Vi lyssnade på Eva Lind, professor i socialt arbete på Lunds universitet, om metoden."
    )
    people = [span.person for span in find_people(text, matcher)]
    assert people == [
        PersonMention("Damir Bandic", "biträdande kvalitetsdirektör", "Humana"),
        PersonMention("Eva Lind", "professor i socialt arbete", "Lunds universitet"),
    ]


def test_find_people_ignores_organisations_and_sentence_openers(matcher):
    text = "Hela Socialtjänstsverige väntar. Region Stockholm och Sveriges Kommuner och Regioner svarar."
    assert find_people(text, matcher) == []


def test_find_people_reads_workplace_of_a_group(matcher):
    index = PeopleIndex()
    for name in ("Suzan", "Katarina", "Louise"):
        index.add(PersonMention(name))
    text = "Socionomerna Suzan, Katarina och Louise arbetar inom socialtjänsten i Uppsala."
    spans = find_people(text, matcher, index)
    # The plural occupation before the names is each one's role.
    assert [s.person for s in spans] == [
        PersonMention(name, role="socionom", organisation="Uppsala kommun")
        for name in ("Suzan", "Katarina", "Louise")
    ]


def test_people_index_completes_first_names_and_roles():
    index = PeopleIndex()
    index.add(PersonMention("Anna Berg", "socionom", "Malmö stad"))
    assert index.full_name("Anna") == "Anna Berg"
    assert index.enrich(PersonMention("Anna")) == PersonMention("Anna Berg", "socionom", "Malmö stad")
    assert index.full_name("Olle") == "Olle"


def test_find_people_skips_greetings_and_english_organisation_names(matcher):
    text = "Hälsningar Anna Burston. Vi besökte Suffolk County Council och Oxford Brookes University."
    assert [span.person.name for span in find_people(text, matcher)] == ["Anna Burston"]


def test_title_before_name_is_not_taken_from_a_verb(matcher):
    [span] = find_people("I radio säger rikspolischef Anders Thornberg att det är allvarligt.", matcher)
    assert (span.person.name, span.person.role) == ("Anders Thornberg", "rikspolischef")


def test_name_followed_by_a_colon_is_still_a_full_name(matcher):
    spans = find_people("Åtgärderna är, enligt Veronica Magnusson: fler chefer.", matcher)
    assert [span.person.name for span in spans] == ["Veronica Magnusson"]


def test_people_index_resolves_surnames_and_genitives():
    index = PeopleIndex()
    index.add(PersonMention("Camilla Waltersson Grönvall", "socialtjänstminister", party="M"))
    index.add(PersonMention("Heike Erkers", "förbundsordförande", "Akademikerförbundet SSR"))
    assert index.full_name("Waltersson Grönvall") == "Camilla Waltersson Grönvall"
    assert index.full_name("Erkers") == "Heike Erkers"
    assert index.enrich(PersonMention("Grönvall")).party == "M"
    spans = find_people("Camilla Waltersson Grönvalls besked välkomnas.", None, index)
    assert [s.person.name for s in spans] == ["Camilla Waltersson Grönvall"]


def test_surname_shared_by_two_people_stays_unresolved():
    index = PeopleIndex()
    index.add(PersonMention("Anna Berg"))
    index.add(PersonMention("Olle Berg"))
    assert index.full_name("Berg") == "Berg"


def test_definite_title_and_workplace_before_a_name_in_apposition(matcher):
    [span] = find_people("Socialchefen i Malmö stad, Per Lindqvist, delar bilden av läget.", matcher)
    assert (span.person.name, span.person.role, span.person.organisation) == (
        "Per Lindqvist",
        "socialchef",
        "Malmö stad",
    )


def test_interjection_opening_an_answer_is_not_a_name(matcher):
    assert parse_person_phrase("Ja, budgeten är ansträngd", matcher) is None


def test_union_genitive_before_a_title_points_back_to_the_union_just_named(matcher):
    text = "Det visar en enkät från Akademikerförbundet SSR. Förbundets ordförande Heike Erkers är bekymrad."
    [span] = find_people(text, matcher)
    assert (span.person.name, span.person.role, span.person.organisation) == (
        "Heike Erkers",
        "ordförande",
        "Akademikerförbundet SSR",
    )


def test_party_markers_are_never_organisations(matcher):
    text = "Anna Berg (S), Olle Ek (M) och Eva Ström (KD) vill se en ny lag."
    assert matcher.find_all(text) == []
    assert [(s.person.name, s.person.party) for s in find_people(text, matcher)] == [
        ("Anna Berg", "S"),
        ("Olle Ek", "M"),
        ("Eva Ström", "KD"),
    ]


def test_a_long_double_barrelled_surname_is_a_name(matcher):
    person = parse_person_phrase("Birgitta Lindén-Karlsson, chef för Välfärdsavdelningen", matcher)
    assert person == PersonMention("Birgitta Lindén-Karlsson", "chef för Välfärdsavdelningen")


def test_an_age_between_commas_after_the_name_is_no_role(matcher):
    assert parse_person_phrase("Inga Holm, 95, vill flytta till Stockholm", matcher).role == ""


def test_a_capitalised_board_after_for_stays_in_the_title_in_lower_case(matcher):
    person = parse_person_phrase("Eva Lind, ordförande för Socialnämnden i Lunds kommun", matcher)
    assert person == PersonMention("Eva Lind", "ordförande för socialnämnden", "Lunds kommun")


def test_a_church_parish_named_by_its_place_is_the_persons_organisation(matcher):
    person = parse_person_phrase("Lars Ek, biträdande kyrkoherde i Ekby pastorat", matcher)
    assert person == PersonMention("Lars Ek", "biträdande kyrkoherde", "Ekby pastorat")


def test_an_organisation_of_two_words_in_the_genitive_before_the_title_is_not_the_name(matcher):
    person = parse_person_phrase("Ekby Stadsmissions direktor Anders Holm", matcher)
    assert (person.name, person.role) == ("Anders Holm", "direktor")


def test_a_conjunction_opening_a_sentence_is_no_first_name(matcher):
    """Round 11: "Eftersom Lena Lundgren …" names Lena Lundgren; "Eftersom Vägen ut! arbetar …" names no one."""
    names = [p.person.name for p in find_people("Eftersom Lena Lundgren leder arbetet går det fort. Medan Vägen ut! växer.", matcher)]
    assert names == ["Lena Lundgren"]


def test_a_title_before_a_bracketed_abbreviation_in_running_text_is_the_persons(matcher):
    """Round 11: "…, menar Eva Lind, generaldirektör på Statens institutionsstyrelse (Sis)."."""
    text = "Fler platser behövs, menar Eva Lind, generaldirektör på Statens institutionsstyrelse (Sis)."
    (found,) = find_people(text, matcher)
    assert (found.person.role, found.person.organisation) == ("generaldirektör", "Statens institutionsstyrelse")


def test_the_next_person_of_a_list_after_a_comma_is_no_title(matcher):
    text = "Bland talarna fanns, förutom Eva Lind, kommunalrådet Per Holm (C), samt företrädare för byggbolaget."
    eva = next(p.person for p in find_people(text, matcher) if p.person.name == "Eva Lind")
    assert eva.role == ""


def test_a_relative_clause_ends_where_the_main_clause_goes_on_without_a_comma(matcher):
    text = "Men Per Holm som är skyddsombud på Ekhemmet delar inte Socialstyrelsens bild av läget."
    (found,) = find_people(text, matcher)
    assert "delar" not in found.person.role and found.person.organisation != "Socialstyrelsen"


@pytest.mark.parametrize(
    "phrase, organisation",
    [("Roks ordförande Lina Berg", "Roks"), ("SKR ordförande Lina Berg", "Sveriges Kommuner och Regioner")],
    ids=["name-ending-in-s", "acronym"],
)
def test_an_organisation_whose_genitive_reads_as_its_name_stands_before_the_post(matcher, phrase, organisation):
    # Round 12: a name ending in -s and an acronym without ":s" open the role phrase as a genitive does.
    assert parse_person_phrase(phrase, matcher) == PersonMention("Lina Berg", "ordförande", organisation)


def test_one_of_a_group_gives_way_to_the_title_the_document_gives_elsewhere(matcher):
    index = PeopleIndex()
    index.add(PersonMention("Ulla Berg", "en av fältarbetarna"))
    index.add(PersonMention("Ulla Berg", "fältarbetare vid socialtjänsten"))
    assert index.enrich(PersonMention("Ulla Berg", "en av fältarbetarna")).role == "fältarbetare vid socialtjänsten"
    assert index.enrich(PersonMention("Ulla Berg", "samordnare")).role == "samordnare"


def test_a_deponent_verb_after_the_presentation_ends_the_role(matcher):
    person = parse_person_phrase("Ulla Berg, fältarbetare vid socialtjänsten, hoppas att föräldrar kommer ut", matcher)
    assert (person.name, person.role) == ("Ulla Berg", "fältarbetare vid socialtjänsten")
