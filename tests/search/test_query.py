"""The query parser and compilers: pure Python, no database."""

import re

import pytest

from reform_kb.search.compile import to_fts5, to_tsquery
from reform_kb.search.query import AnyOf, Phrase, Term, adjacent, parse

HOSTILE = [
    "",
    "   ",
    '"',
    '""',
    "'",
    "''; DROP TABLE kb_document; --",
    "(((",
    ")",
    "a)b(c",
    "*",
    "insats*",
    "NEAR(a b)",
    "NEAR/3",
    "title:insats",
    "a:b:c",
    ":",
    "-",
    "--",
    "- -",
    "OR",
    "OR OR",
    "a OR",
    "!insats & (x | y)",
    "<-> <2>",
    "\\",
    "\x00",
    "😀",
    "insats 😀 ” ” –",
    '"unterminated phrase',
    "AND NOT",
    "^insats",
    "{title}: x",
    "a" * 5000,
]


def test_a_word_matches_the_stems_of_its_inflections():
    query = parse("insatser")
    assert query.must == (Term("insatser", ("insat", "insats", "insatser", "insatset")),)
    assert to_tsquery(query) == "( 'insat' | 'insats' | 'insatser' | 'insatset' )"
    assert to_fts5(query) == '("insat" OR "insats" OR "insatser" OR "insatset")'


def test_snowball_leaves_definite_forms_whole_so_they_are_added():
    assert parse("barn").must[0].stems == ("barn", "barnet")
    assert parse("skola").must[0].stems == ("skol", "skola", "skolan")


def test_words_are_all_required():
    assert to_tsquery(parse("hem lag")) == "'hem' & 'lag'"
    assert to_fts5(parse("hem lag")) == '"hem" AND "lag"'


def test_quoted_words_are_a_phrase_of_adjacent_positions():
    query = parse('"hem lag"')
    assert isinstance(query.must[0], Phrase)
    assert to_tsquery(query) == "( 'hem' <-> 'lag' )"
    assert to_fts5(query) == '"hem lag"'


def test_a_stopword_inside_a_phrase_keeps_its_place():
    query = parse('"hem och lag"')
    assert to_tsquery(query) == "( 'hem' <2> 'lag' )"
    assert to_fts5(query) == '"hem och lag"'


def test_stopwords_alone_make_an_empty_query():
    assert not parse("och det att")
    assert to_tsquery(parse("och det att")) == ""
    assert to_fts5(parse("och")) == ""


def test_minus_excludes_a_word_or_a_phrase():
    query = parse('hem -lag -"hem och lag"')
    assert query.must == (Term("hem", ("hem",)),)
    assert len(query.must_not) == 2
    assert to_tsquery(query) == "'hem' & !'lag' & !( 'hem' <2> 'lag' )"
    assert to_fts5(query) == '("hem") NOT ("lag" OR "hem och lag")'


def test_only_exclusions_is_an_empty_query():
    assert not parse("-barn")


def test_or_joins_its_neighbours_and_binds_tighter_than_and():
    query = parse("hem OR lag skr")
    assert isinstance(query.must[0], AnyOf)
    assert to_tsquery(query) == "( 'hem' | 'lag' ) & 'skr'"
    assert to_fts5(query) == '("hem" OR "lag") AND "skr"'


def test_or_without_two_sides_is_ignored():
    assert to_tsquery(parse("OR hem OR")) == "'hem'"


def test_lowercase_or_is_a_word_not_an_operator():
    assert to_tsquery(parse("hem or")) == "'hem' & 'or'"


def test_postgres_splits_colon_words_so_the_query_does_too():
    assert to_tsquery(parse("SKR:s")) == "( 'skr' <-> 's' )"
    assert to_fts5(parse("SKR:s")) == '"skr s"'


def test_hyphenated_words_match_as_postgres_indexes_them():
    assert to_tsquery(parse("HVB-hem")) == "( 'hvb-hem' <-> 'hvb' <-> 'hem' )"
    assert to_fts5(parse("HVB-hem")) == '"hvb-hem hvb hem"'


def test_adjacent_turns_plain_words_into_a_phrase_for_ranking():
    assert to_tsquery(adjacent(parse("hem lag"))) == "( 'hem' <-> 'lag' )"
    assert adjacent(parse("hem")) is None
    assert adjacent(parse('"hem lag" x')) is None


def test_highlight_stems_leave_out_excluded_words():
    assert parse("barn -vård").highlight_stems == frozenset({"barn", "barnet"})


def test_a_phrase_ors_the_combinations_of_its_words_stems():
    query = parse('"barn och unga"')
    assert to_tsquery(query) == "( ( 'barn' | 'barnet' ) <2> ( 'ung' | 'unga' | 'ungan' | 'unget' ) )"
    assert to_fts5(query).count(" OR ") == 7
    assert '"barnet och unga"' in to_fts5(query)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_compiles_to_quoted_lexemes_only(text):
    query = parse(text)
    ts = to_tsquery(query)
    fts = to_fts5(query)
    # Outside quoted lexemes only operators, parentheses and spaces remain.
    assert re.fullmatch(r"[()|&!<>\-0-9 ]*", re.sub(r"'(?:[^']|'')*'", "", ts))
    assert re.fullmatch(r"[() ]*|(?:[() ]|AND|OR|NOT)*", re.sub(r'"(?:[^"]|"")*"', "", fts))


def test_very_long_queries_are_cut():
    assert len(parse(" ".join(f"ord{i}" for i in range(100))).must) == 16


def test_restemmed_adds_another_stemmers_stems_of_the_inflections():
    # PostgreSQL 15's Snowball keeps "arbetet" whole; the query must match it there too.
    older = {"arbete": "arbet", "arbetet": "arbetet"}
    query = parse("arbete").restemmed(lambda word: older.get(word, ""))
    assert "arbetet" in query.must[0].stems
    assert "arbet" in query.must[0].stems


def test_words_lists_every_word_and_part():
    assert parse('SKR:s "barn och unga" -vård').words() == {
        "skr:s",
        "skr",
        "s",
        "barn",
        "och",
        "unga",
        "vård",
    }
