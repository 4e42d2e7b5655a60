"""Finding an editor's quote in a document body; no database needed."""

import pytest

from reform_kb.kb.quote_anchoring import anchor_quote, locate_quote

BODY = (
    "Vision välkomnar förslaget.\n\n"
    "– Vi har väntat länge på en socialtjänstlag som sätter det förebyggande arbetet i centrum,\n"
    "säger Veronica Magnusson, förbundsordförande.\n\n"
    "Förbundet pekar på ”kompetensförsörjningen” som den största utmaningen – i hela landet."
)


def span(text, **kwargs):
    found = locate_quote(BODY, text, **kwargs)
    assert found is not None, text
    return BODY[found[0] : found[1]]


def test_exact_text_is_found_at_its_offsets():
    start, end = locate_quote(BODY, "Vision välkomnar förslaget.")
    assert (start, end) == (0, 27)


def test_newline_in_the_body_matches_a_space_in_the_quote():
    found = span("i centrum, säger Veronica Magnusson")
    assert found == "i centrum,\nsäger Veronica Magnusson"


def test_non_breaking_and_repeated_spaces_are_ignored():
    assert span("Vision\u00a0välkomnar   förslaget") == "Vision välkomnar förslaget"


def test_straight_quotes_match_swedish_quote_marks():
    assert span('pekar på "kompetensförsörjningen" som') == "pekar på ”kompetensförsörjningen” som"


def test_guillemets_and_low_quotes_match_too():
    assert span("på »kompetensförsörjningen« som") == "på ”kompetensförsörjningen” som"
    assert span("på „kompetensförsörjningen“ som") == "på ”kompetensförsörjningen” som"


def test_hyphen_and_em_dash_match_an_en_dash():
    assert span("utmaningen - i hela landet") == "utmaningen – i hela landet"
    assert span("utmaningen — i hela landet") == "utmaningen – i hela landet"


def test_leading_dash_and_surrounding_quotes_are_not_part_of_the_anchor():
    found = span("”– Vi har väntat länge på en socialtjänstlag”")
    assert found == "Vi har väntat länge på en socialtjänstlag"


def test_quote_over_several_paragraphs_maps_back_to_the_original_body():
    text = "förbundsordförande. Förbundet pekar på 'kompetensförsörjningen' som den största utmaningen"
    assert span(text) == (
        "förbundsordförande.\n\nFörbundet pekar på ”kompetensförsörjningen” som den största utmaningen"
    )


def test_anchor_text_is_the_exact_substring_of_the_body():
    anchor = anchor_quote(BODY, "  Vision välkomnar\nförslaget ")
    assert anchor.text == BODY[anchor.start : anchor.end] == "Vision välkomnar förslaget"


def test_swedish_letters_must_match_exactly():
    assert locate_quote(BODY, "Forbundet pekar pa") is None
    assert span("Förbundet pekar på") == "Förbundet pekar på"


def test_decomposed_swedish_letters_in_the_body_still_match():
    body = "Socialtja\u0308nsten ma\u030aste fa\u030a resurser."
    start, end = locate_quote(body, "Socialtjänsten måste få")
    assert body[start:end] == "Socialtja\u0308nsten ma\u030aste fa\u030a"


def test_missing_text_is_none():
    assert locate_quote(BODY, "Det här står inte i texten") is None


@pytest.mark.parametrize("text", ["", "   ", "”–”"])
def test_text_without_content_is_none(text):
    assert locate_quote(BODY, text) is None


def test_match_inside_a_word_is_rejected():
    assert locate_quote("Socialtjänsten behöver resurser.", "ver resurser") is None


def test_first_occurrence_wins_unless_a_nearby_offset_is_given():
    body = "Mer resurser. Sedan igen: mer resurser."
    assert locate_quote(body, "mer resurser") == (26, 38)  # case is significant
    assert locate_quote(body, "resurser.") == (4, 13)
    assert locate_quote(body, "resurser.", near=30) == (30, 39)
