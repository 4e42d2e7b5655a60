"""Date forms page templates print and the numbers that only look like dates (text.py, pipeline/segment/*): an
English month name, figures with full stops, a timestamp glued to the end of the ingress; a decimal or section
number, and a date inside a sentence without a clock time, are no publication date. A wrong date misorders the
documents and their quotes.

Shapes from issue 10's pass 2 over 48 development texts (the Swedish date forms: test_dates.py; where a date
stands: test_dates_in_pages.py). Every text here is invented (names, places and words of our own); only the
layout is that of real pages."""

from datetime import date

import pytest

from reform_kb.pipeline.text import is_date_line, parse_date

from .invented_pages import BODY, MORE, only


def test_an_english_month_name_from_a_page_template_is_read():
    assert parse_date("Publicerad 07 March 2021 00:00") == date(2021, 3, 7)
    assert parse_date("Oct 3, 2019") == date(2019, 10, 3)


def test_a_publicerad_line_with_an_english_month_dates_the_document():
    doc = only(
        f"Nya regler för matlådorna i Borgvik\n\n{BODY}\n\n{MORE}\n\nPublicerad 12 August 2020 00:00\n"
    )
    assert doc.published == date(2020, 8, 12)


def test_a_date_in_figures_with_full_stops_is_a_date():
    assert parse_date("3.4.2018") == date(2018, 4, 3)
    assert is_date_line("14.09.2022 kl. 08:15")


def test_a_decimal_number_or_a_section_number_is_no_date():
    assert parse_date("Kostnaden steg med 2.5 procent till 1.2.3 i planen") is None
    assert parse_date("version 1.12.20245") is None


def test_a_timestamp_glued_to_the_end_of_the_ingress_dates_the_document_and_leaves_the_text():
    ingress = "Matlådor. Frivilliga i Norrvik lagar mat till äldre som bor ensamma över helgerna. 14.09.2022 kl. 08:15"
    doc = only(f"Frivilliga lagar mat åt äldre i Norrvik\n\n{ingress}\n\n{BODY}\n\n{MORE}\n")
    assert doc.published == date(2022, 9, 14)
    assert "08:15" not in doc.body


def test_a_date_inside_a_sentence_without_a_clock_time_is_not_a_stamp():
    ingress = "Nämnden i Norrvik fattade beslutet om matlådorna den 3 april 2018."
    doc = only(f"Frivilliga lagar mat åt äldre i Norrvik\n\n{ingress}\n\n{BODY}\n\n{MORE}\n")
    assert doc.published is None


def test_a_year_month_and_day_set_apart_by_spaces_on_a_line_of_their_own_dates_the_document():
    doc = only(f"Frivilliga lagar mat åt äldre i Norrvik\n\n2024 03 06\n\n{BODY}\n\n{MORE}\n")
    assert doc.published == date(2024, 3, 6)


def test_a_phone_number_in_groups_of_digits_is_no_date():
    assert parse_date("Ring växeln på 0771 10 20 eller 08 12 34 56.") is None


def test_the_pages_source_before_a_publicerad_label_leaves_the_date_to_the_label():
    doc = only(f"Frivilliga lagar mat åt äldre i Norrvik\n\nNorrviks kommun • Publicerad 8 augusti 2020\n\n{BODY}\n\n{MORE}\n")
    assert doc.published == date(2020, 8, 8)


def test_a_publicerad_line_with_its_update_after_a_bullet_keeps_the_first_publication():
    doc = only(
        f"Frivilliga lagar mat åt äldre i Norrvik\n\nPublicerad 18 oktober 2021 • Uppdaterad 30 november 2021\n\n"
        f"{BODY}\n\n{MORE}\n"
    )
    assert doc.published == date(2021, 10, 18)


@pytest.mark.parametrize(
    ("line", "day"), [("12/3-2024", date(2024, 3, 12)), ("19/12-06   -   Pressmeddelande", date(2006, 12, 19))]
)
def test_the_short_form_with_a_dash_before_the_year_dates_the_document(line, day):
    doc = only(f"Frivilliga lagar mat åt äldre i Norrvik\n\n{line}\n\n{BODY}\n\n{MORE}\n")
    assert doc.published == day


def test_a_period_between_two_slashed_dates_is_no_date():
    assert parse_date("Utställningen är öppen 1/3-15/3 i biblioteket.") is None
