"""The vocabulary's rules, without a database: words, accent-free forms, nearest words, prefixes."""

from reform_kb.search import vocabulary
from reform_kb.search.query import parse


def test_plain_drops_diacritics_as_unaccent_does():
    assert vocabulary.plain("Socialtjänstlagen") == "socialtjanstlagen"
    assert vocabulary.plain("Åstorps Öland") == "astorps oland"


def test_the_words_of_a_text_are_letters_only_with_genitives_and_compounds_split():
    assert vocabulary.words_of("SKR:s HVB-hem 2025 e-post x") == {"skr", "hvb-hem", "hvb", "hem", "e-post", "post"}


def test_a_misspelling_is_corrected_to_the_nearest_word_then_the_most_frequent():
    candidates = [("socialtjänstlag", "socialtjanstlag", 3), ("socialtjänstlagen", "socialtjanstlagen", 40)]
    assert vocabulary.nearest("socialtjänstlagn", candidates) == "socialtjänstlagen"
    assert vocabulary.nearest("socialtjanstlagn", candidates) == "socialtjänstlagen"


def test_nothing_is_offered_when_no_word_is_near_enough():
    assert vocabulary.nearest("budget", [("bostad", "bostad", 9)]) is None
    # Short words have other words, not misspellings, as neighbours.
    assert vocabulary.nearest("lag", [("lax", "lax", 9)]) is None


def test_the_corrected_text_replaces_whole_words_whatever_their_case():
    resolution = vocabulary.Resolution(parse("x"), {"socialtjänstlagn": "socialtjänstlagen"})
    assert resolution.corrected_text('"Socialtjänstlagn" och socialtjänstlagnar') == (
        '"socialtjänstlagen" och socialtjänstlagnar'
    )


def test_a_trailing_star_makes_a_word_a_prefix_if_long_enough():
    (term,) = parse("socialtj*").must
    assert term.prefix and term.word == "socialtj"
    (short,) = parse("so*").must
    assert not short.prefix


def test_variants_add_the_stems_of_the_accented_words():
    query = parse("behovsprovning").with_variants({"behovsprovning": ("behovsprövning",)})
    (term,) = query.must
    assert term.variants == ("behovsprövning",)
    assert "behovsprövning" in term.stems
    assert "behovsprövning" in query.words()
