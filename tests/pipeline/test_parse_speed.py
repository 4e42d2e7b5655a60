"""What makes parsing fast (issue 4) must give the results the plain way gives: built once per context,
one pass for all themes, stems of a quote taken from its body, first names found without a regex."""

import re

import pytest

from reform_kb.pipeline.classify import StemmedText, ThemeIndex, count_hits, theme_index_for
from reform_kb.pipeline.organisations import matcher_for, reference_organisations
from reform_kb.pipeline.people import _FirstNames
from reform_kb.pipeline.records import OrganisationInfo, ParseContext, ThemeRule
from reform_kb.pipeline.swedish import stems
from reform_kb.pipeline.text import normalise_line

RULES = [
    ThemeRule("forebyggande", "Förebyggande", ("förebyggande arbete", "tidiga insatser")),
    ThemeRule("utan-prov", "Utan behovsprövning", ("insats utan behovsprövning", "insatser")),
    ThemeRule("dubbel", "Dubbel", ("insatser", "insatser")),  # a repeated keyword counts twice
]
TEXT = (
    "Förebyggande arbete och tidiga insatser. Insatser utan behovsprövning, fler insatser, "
    "och mer förebyggande arbete i SKR:s HVB-hem."
)


def test_the_matcher_is_built_once_per_context_and_again_when_the_gazetteer_changes():
    context = ParseContext(organisations=reference_organisations())
    first = matcher_for(context)
    assert matcher_for(context) is first
    context.organisations.append(OrganisationInfo("Barnens Röst"))
    rebuilt = matcher_for(context)
    assert rebuilt is not first and rebuilt.resolve("Barnens Röst") == "Barnens Röst"


def test_the_theme_index_is_built_once_per_context():
    context = ParseContext(themes=list(RULES))
    assert theme_index_for(context) is theme_index_for(context)


def test_one_pass_counts_each_theme_as_rule_by_rule_counting_does():
    text_stems = stems(TEXT)
    assert ThemeIndex(RULES).hits(text_stems) == [count_hits(text_stems, rule) for rule in RULES]


def test_a_repeated_keyword_counts_twice():
    text_stems = stems("Insatser behövs.")
    assert ThemeIndex(RULES).hits(text_stems)[2] == 2


@pytest.mark.parametrize(
    "part", ["Förebyggande arbete", "Insatser utan behovsprövning, fler insatser", "SKR:s HVB-hem.", TEXT]
)
def test_a_quotes_stems_come_from_its_body(part):
    start = TEXT.index(part)
    assert StemmedText(TEXT).part(start, start + len(part)) == stems(part)


def test_a_part_that_cuts_a_word_is_stemmed_on_its_own():
    assert StemmedText(TEXT).part(3, 20) is None  # starts inside "Förebyggande"


FIRST_NAME_TEXTS = [
    "Anna-Karin och Anna talade, Annas bok och Anna:s och Anna:sX och Bo.",
    "Bo Boo Bo_ xBo :Bo Bo:s Bo:s.",
    "Anna Annika Ann Anna",
]


@pytest.mark.parametrize("text", FIRST_NAME_TEXTS)
def test_first_names_are_found_as_the_alternation_regex_finds_them(text):
    firsts = frozenset({"Anna", "Anna-Karin", "Bo", "Ann"})
    ordered = sorted(firsts, key=len, reverse=True)
    regex = re.compile(r"(?<![\w:])(?P<name>" + "|".join(map(re.escape, ordered)) + r")(?!\w|:s\b)")
    expected = [m.span("name") for m in regex.finditer(text)]
    assert [m.span("name") for m in _FirstNames(firsts).finditer(text)] == expected


@pytest.mark.parametrize(
    "line", ["  Vanlig rad  ", "Två  mellanslag", "Hårt\u00a0mellanslag", "Osynligt\u200btecken", "\tTabb"]
)
def test_normalising_a_line_is_unchanged_by_its_fast_path(line):
    slow = re.sub(
        r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+", " ", re.sub(r"[\u200b-\u200d\u2060\ufeff]", "", line)
    )
    assert normalise_line(line) == slow.strip()
