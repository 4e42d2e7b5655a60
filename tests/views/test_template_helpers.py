"""The template helpers that replace Django's slower filters write what those would have written."""

from datetime import date

import pytest
from django.http import QueryDict
from django.template.defaultfilters import date as date_filter
from django.template.defaultfilters import truncatechars
from django.utils import translation

from reform_kb.kb.templatetags.kb_tags import datum, facet_url, kort


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


def _facet_url_by_querydict(query_string, param, value):
    """What facet_url gave when it copied the QueryDict: the reference for the faster version."""
    query = QueryDict(query_string, mutable=True)
    query.pop("sida", None)
    if query.get(param) == str(value):
        query.pop(param)
    else:
        query[param] = value
    return f"?{query.urlencode()}"


@pytest.mark.parametrize(
    ("query_string", "param", "value"),
    [
        ("q=hemlöshet", "tema", "barn-och-unga"),  # adds the filter
        ("q=hemlöshet&tema=barn-och-unga&sida=3", "tema", "barn-och-unga"),  # removes it, back to page 1
        ("tema=a&q=%22första+linjen%22&ar=2024", "tema", "b"),  # replaces it in place
        ("q=insatser&organisation=skr&organisation=vision", "ar", 2025),  # repeated keys kept
        ("q=å+ä+ö&typ=remissvar", "typ", "artikel"),
        ("", "ar", "2023"),
    ],
)
def test_facet_url_matches_the_querydict_version(rf, query_string, param, value):
    request = rf.get("/sok/?" + query_string)
    assert facet_url({"request": request}, param, value) == _facet_url_by_querydict(
        query_string, param, value
    )
