"""The template helpers that replace Django's slower filters write what those would have written."""

from datetime import date

import pytest
from django.template.defaultfilters import date as date_filter
from django.template.defaultfilters import truncatechars
from django.utils import translation

from reform_kb.kb.templatetags.kb_tags import datum, kort


@pytest.mark.parametrize("day", [date(2022, 3, 3), date(2019, 12, 31), date(2024, 5, 1), date(2021, 8, 17)])
def test_datum_writes_the_swedish_date_in_a_time_element(day):
    with translation.override("sv"):
        expected = f'<time datetime="{date_filter(day, "Y-m-d")}">{date_filter(day, "j F Y")}</time>'
    assert datum(day) == expected


def test_datum_writes_nothing_without_a_date():
    assert datum(None) == ""


@pytest.mark.parametrize(
    "text", ["Kort.", "x" * 40, "y" * 41, "Socialtjänsten ska vara förebyggande – och lätt att nå."]
)
def test_kort_cuts_as_truncatechars_does(text):
    assert kort(text, 40) == truncatechars(text, 40)
