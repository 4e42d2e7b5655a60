"""The filter registry: one name per place, and one reading of a GET value for every page."""

import pytest
from django.http import QueryDict

from reform_kb.kb import filters
from reform_kb.kb.filters import FILTERS, KIND, SEARCH_FILTERS, SPEAKER, YEAR


def test_keys_parameters_and_lexemes_are_unique():
    for attribute in ("key", "param", "lexeme"):
        names = [getattr(f, attribute) for f in FILTERS.values() if getattr(f, attribute)]
        assert len(names) == len(set(names)), attribute
    assert all(f.lexeme for f in SEARCH_FILTERS)
    assert list(FILTERS) == [f.key for f in FILTERS.values()]


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2021", "2021"),
        (" 2021 ", "2021"),
        (2021, "2021"),
        ("tjugo", None),
        ("21", None),
        ("0999", None),
        ("", None),
    ],
)
def test_a_year_is_four_digits(raw, expected):
    assert YEAR.clean(raw) == expected


def test_a_kind_is_one_of_the_document_kinds():
    assert KIND.clean("remissvar") == "remissvar"
    assert KIND.clean("bogus") is None
    assert KIND.label_of("remissvar", {}) == "Remissvar/skrivelse"


def test_chosen_reads_the_get_parameters_and_drops_what_means_nothing():
    params = QueryDict("tema=boende&organisation=&typ=bogus&ar=2022&talare=eva")
    assert filters.chosen(SEARCH_FILTERS, params) == {FILTERS["theme"]: "boende", YEAR: "2022"}
    assert filters.lookups("quote", filters.chosen([*SEARCH_FILTERS, SPEAKER], params)) == {
        "themes__slug": "boende",
        "document__published__year": "2022",
        "speaker__slug": "eva",
    }


def test_documents_have_no_speaker_filter():
    with pytest.raises(ValueError):
        SPEAKER.lookup("document")
