"""Page shapes of the former test part test30's misses (round 31, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

import datetime

from .invented_pages import only


def test_a_listen_button_under_the_headline_leaves_the_headline_the_title():
    document = only(
        "Fritidsgårdar viktiga för ungas hälsa\n\n"
        "Lyssna\n"
        "Publicerad:\n"
        "Kategori: Nyhet\n\n"
        "En ny rapport visar att fritidsgårdarna når unga som annars står utanför. Rapporten bygger på "
        "intervjuer i tolv kommuner.\n\n"
        "Arbetet med rapporten har pågått i två år och omfattar både stad och landsbygd.\n"
    )
    assert document.title == "Fritidsgårdar viktiga för ungas hälsa"


def test_a_site_name_above_its_menu_is_still_no_title():
    """Guard: the masthead rule stays for a site's name over "Meny"."""
    document = only(
        "Föreningen Ekbacken\n"
        "Meny\n\n"
        "Fritidsgårdar viktiga för ungas hälsa\n\n"
        "En ny rapport visar att fritidsgårdarna når unga som annars står utanför. Rapporten bygger på "
        "intervjuer i tolv kommuner.\n"
    )
    assert document.title == "Fritidsgårdar viktiga för ungas hälsa"


def test_a_date_run_into_the_ingress_without_a_colon_dates_the_document():
    document = only(
        "Ett eget hem först\n\n"
        "12 mars 2024 Allt fler kommuner prövar modellen där den bostadslösa får ett kontrakt först. "
        "Bostadsbolaget har hyrt ut två lägenheter på det sättet.\n\n"
        "Modellen kommer från Nordamerika och har prövats i Sverige sedan 2010.\n"
    )
    assert document.published == datetime.date(2024, 3, 12)
    assert document.body.startswith("Allt fler kommuner")


def test_a_year_opening_a_sentence_is_no_date():
    """Guard: "2024 Allt …" without day and month dates nothing."""
    document = only(
        "Ett eget hem först\n\n"
        "Under 2024 Allt fler kommuner prövar modellen där den bostadslösa får ett kontrakt först.\n"
    )
    assert document.published is None
