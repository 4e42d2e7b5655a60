"""Dates, signatures, roles and publishers read from the lines of one document."""

from datetime import date

import pytest

from reform_kb.pipeline import metadata, signatures
from reform_kb.pipeline.organisations import OrganisationMatcher
from reform_kb.pipeline.records import OrganisationInfo
from reform_kb.pipeline.reference.organisations import ORGANISATIONS
from reform_kb.pipeline.text import is_date_line, normalise_line, parse_date

MATCHER = OrganisationMatcher(
    [OrganisationInfo(**{**o, "aliases": tuple(o.get("aliases", ()))}) for o in ORGANISATIONS]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-07-04", date(2023, 7, 4)),
        ("15 november 2023", date(2023, 11, 15)),
        ("den 18 januari 2024", date(2024, 1, 18)),
        ("Stockholm 1 Mars 2022", date(2022, 3, 1)),
        ("2023-02-30", None),
        ("18 januari", None),
    ],
)
def test_parse_date_reads_iso_and_swedish_dates(text, expected):
    assert parse_date(text) == expected


def test_date_line_is_only_a_date_with_place_or_bullet():
    assert is_date_line("Stockholm 2021-12-15")
    assert is_date_line(" • 2020-02-26".strip())
    assert not is_date_line("Under 2018 gjordes 331 000 anmälningar, den 2019-01-01 och senare.")


def test_normalise_line_collapses_spaces_and_keeps_swedish_characters():
    assert normalise_line("  Hej\u00a0 världen –  ”citat”\u200b ") == "Hej världen – ”citat”"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Publicerad: 2023-07-04", (True, date(2023, 7, 4))),
        ("Publicerad 15 november 2023", (True, date(2023, 11, 15))),
        ("Uppdaterad: 2023-08-01", (True, None)),
        ("Publicerad i tidningen förra året.", (False, None)),
    ],
)
def test_published_line(line, expected):
    assert metadata.published_line(line) == expected


def test_relative_writing_date_counts_back_from_yesterday():
    found, phrase = metadata.relative_writing_date("Igår, den 18 januari 2024, samlades vi i Stockholm.")
    assert found == date(2024, 1, 19)
    assert phrase.startswith("Igår")
    assert metadata.relative_writing_date("Idag den 3 maj 2024 börjar det.")[0] == date(2024, 5, 3)
    assert metadata.relative_writing_date("Mötet hölls den 18 januari 2024.") == (None, "")


def test_split_role_separates_role_from_organisation():
    assert metadata.split_role("ordförande FSS region Skåne", MATCHER) == ("ordförande", "FSS Skåne")
    assert metadata.split_role("verksamhetschef i Lunds kommun", MATCHER) == (
        "verksamhetschef",
        "Lunds kommun",
    )
    assert metadata.split_role("socionom", MATCHER) == ("socionom", None)


def test_blog_signature_on_one_line():
    lines = [
        "Text.",
        "Hälsningar Anna Burston, ordförande FSS region Skåne",
        "Verksamhetschef i Lunds kommun",
    ]
    person, at = signatures.parse_blog_signature(lines, MATCHER)
    assert at == 1
    assert (person.name, person.role, person.organisation) == ("Anna Burston", "ordförande", "FSS Skåne")


def test_blog_signature_with_name_on_next_line_and_role_continuation():
    person, _ = signatures.parse_blog_signature(
        ["Varma hälsningar", "Eva Ek", "socialchef i Malmö stad"], MATCHER
    )
    assert (person.name, person.role, person.organisation) == ("Eva Ek", "socialchef", "Malmö stad")


def test_blog_signature_first_name_completed_by_biography():
    lines = [
        "Varma hälsningar Anna",
        "Anna Burston är regionansvarig för FSS Skåne och ledamot i riksstyrelsen.",
    ]
    person, _ = signatures.parse_blog_signature(lines, MATCHER)
    assert (person.name, person.role, person.organisation) == ("Anna Burston", "regionansvarig", "FSS Skåne")


def test_no_signature_without_greeting():
    assert signatures.parse_blog_signature(["Anna Burston, ordförande FSS"], MATCHER) == (None, -1)


def test_letter_signatories_take_organisation_and_unit_from_lines_above():
    lines = [
        "Vi uppmanar regeringen att agera.",
        "Akademikerförbundet SSR",
        "Heike Erkers, förbundsordförande",
        "Sveriges Kommuner och Regioner",
        "Beredningen för socialpolitik och individomsorg",
        "Arion Chryssafis, ordförande",
    ]
    people, start = signatures.letter_signatories(lines, MATCHER)
    assert start == 1
    assert [(p.name, p.role, p.organisation) for p in people] == [
        ("Heike Erkers", "förbundsordförande", "Akademikerförbundet SSR"),
        (
            "Arion Chryssafis",
            "ordförande, Beredningen för socialpolitik och individomsorg",
            "Sveriges Kommuner och Regioner",
        ),
    ]


def test_letter_without_signature():
    assert signatures.letter_signatories(["Vi uppmanar regeringen att agera."], MATCHER) == ([], 1)


def test_possessive_publisher_needs_role_and_name():
    assert (
        metadata.possessive_publisher("Humanas biträdande kvalitetsdirektör Damir Bandic vill se", MATCHER)
        == "Humana"
    )
    assert metadata.possessive_publisher("Humanas rapport visar att det fungerar.", MATCHER) is None


def test_signature_organisations_leave_out_workplaces():
    lines = ["Hälsningar Eva Ek, socialchef i Lunds kommun och ordförande i FSS"]
    assert signatures.signature_organisations(lines, MATCHER) == ["Föreningen Sveriges Socialchefer"]


def test_date_line_may_carry_a_time():
    assert is_date_line("2024-03-12 10:15")
    assert is_date_line("12 mars 2024 kl. 10.15")
    assert not is_date_line("2024-03-12 samlades kommunerna")
