"""Where a person's name starts and ends in running text (pipeline/people.py): glued words and e-mail
addresses are cleaned off, a first name that is also a sentence word still opens a full name, a middle initial
belongs to the name, a genitive -s before a noun is not part of it while a surname ending in -s keeps its s,
and words before a name (a party's genitive, "th"/"tv" in a caption) are no part of it; place names, share
buttons and a law named "Lex" are no person at all.

Shapes from issue 10's tuning rounds 2 and 3 and pass 2 (organisations and signature words taken for people:
test_names_that_are_no_person.py). Every text here is invented (other names, other words)."""

import pytest

from reform_kb.pipeline.people import find_people


def _people(text, matcher):
    return [span.person for span in find_people(text, matcher)]


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


def test_a_first_name_that_is_also_a_sentence_word_opens_a_full_name(matcher):
    assert [p.name for p in _people("Hans Lindvall inledde dagen. Hans tal var kort.", matcher)] == [
        "Hans Lindvall"
    ]


def test_a_middle_initial_belongs_to_the_name(matcher):
    people = _people("Kraven är orimliga, menar Per G Holm, som leder föreningen.", matcher)
    assert [p.name for p in people] == ["Per G Holm"]


def test_a_name_in_the_genitive_before_a_noun_is_the_name(matcher):
    [span] = find_people("Ministern Eva Lindqvists utspel väckte kritik.", matcher)
    assert span.person.name == "Eva Lindqvist"


@pytest.mark.parametrize("verb", ["säger", "kan", "skrev", "menade"])
def test_a_surname_ending_in_s_before_a_verb_keeps_its_s(matcher, verb):
    [span] = find_people(f"Enligt Anna Markos {verb} fler söka hjälp.", matcher)
    assert span.person.name == "Anna Markos"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Det skrev Moderaternas Eva Lind i en debattartikel.", ["Eva Lind"]),
        ("På bilden: th Per Holm och tv Sara Lind. Th Per Holm.", ["Per Holm", "Sara Lind", "Per Holm"]),
        ("Det rapporterade Sveriges Radio i går, och Uppdrag Granskning följde upp.", []),
    ],
)
def test_words_before_a_name_that_are_no_part_of_it(matcher, text, names):
    assert [p.name for p in _people(text, matcher)] == names


def test_place_names_and_share_buttons_are_no_people(matcher):
    assert _people("Forskare i Västra Götaland har studerat frågan. Twitter Email", matcher) == []


def test_a_legal_provision_named_lex_is_no_person(matcher):
    assert _people("Personalen gjorde en anmälan enligt Lex Sarah i våras.", matcher) == []


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Informatör Lena Holm vill inte säga mer om saken.", "Lena Holm", "informatör"),
        ("Kommissarie Per Vik berättar om läget i staden.", "Per Vik", "kommissarie"),
        ("Projektledare Ida Ström har lett arbetet.", "Ida Ström", "projektledare"),
        ("Psykolog Eva Berg har träffat familjerna.", "Eva Berg", "psykolog"),
    ],
)
def test_a_title_opening_the_sentence_before_a_name_is_the_role_not_the_name(matcher, text, name, role):
    """Round 15: Swedish agent nouns (-tör, -arie, -ledare, -log) are never a first name or surname."""
    assert [(p.name, p.role) for p in _people(text, matcher)] == [(name, role)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Det berättar kurator Sara Lind på skolan.", "kurator"),
        ("Undersköterska Sara Lind har arbetat i hemtjänsten i tio år.", "undersköterska"),
        ("Enligt vd Sara Lind går bolaget med vinst.", "vd"),
    ],
)
def test_an_occupation_of_the_social_sector_before_a_name_is_the_role(matcher, text, role):
    """Round 15: occupations stand before a name as titles do, in lower case or opening the sentence."""
    assert [(p.name, p.role) for p in _people(text, matcher)] == [("Sara Lind", role)]
