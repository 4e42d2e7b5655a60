"""Speakers in the shapes of the former test part test28's misses (round 29, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

import pytest

from .invented_pages import only, speaker_after


def test_what_the_words_were_about_after_the_title_is_not_part_of_the_title():
    assert speaker_after("förvaltare hos Bostadsbolaget Lindhem, om beslutet att gå med") == (
        "förvaltare",
        "Bostadsbolaget Lindhem",
    )


def test_what_the_words_were_about_after_a_bare_name_ends_the_attribution():
    document = only(
        "Lindhem går med i fastighetsägarnas förening\n\n"
        "Bostadsbolaget har sedan i våras varit medlem i föreningen.\n\n"
        "– Vi vill bidra till tryggheten och lära känna fler grannar, säger Karin Berg om beslutet.\n"
    )
    (quote,) = document.quotes
    assert quote.text == "Vi vill bidra till tryggheten och lära känna fler grannar"
    assert quote.speaker.name == "Karin Berg"


def test_a_field_of_responsibility_with_om_stays_in_the_title():
    """Guard: only a comma before "om" ends the title; "frågor om LSS" is what she is responsible for."""
    assert speaker_after("handläggare för frågor om LSS på Förbundet Norr")[0] == "handläggare för frågor om LSS"


def test_a_workplace_ending_the_attribution_is_never_taken_for_the_speakers_name():
    document = only(
        "Seniorer lär sig använda mobilen\n\n"
        "Ett hundratal seniorer fick hjälp med sina telefoner under dagen.\n\n"
        "– Vi vill att fler ska våga använda tekniken, säger Projekt-volontären Eva Lund, "
        "planeringschef på Ekbergs Bygg.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.name == "Eva Lund"
    assert quote.speaker.organisation == "Ekbergs Bygg"


@pytest.mark.parametrize("title", ["koncern-vd", "vice vd"])
def test_a_compound_or_qualified_vd_then_a_company_parts_title_and_company(title):
    assert speaker_after(f"{title} Lindhem Bostäder") == (title, "Lindhem Bostäder")


@pytest.mark.parametrize(("genitive", "party"), [("KD:s", "KD"), ("Liberalernas", "L")])
def test_a_partys_genitive_after_the_name_is_the_speakers_party_not_her_organisation(genitive, party):
    document = only(
        "Partiet vill ge mer till äldreomsorgen\n\n"
        "Förslaget fick stöd av ett enigt utskott på tisdagen.\n\n"
        f"– Vi har drivit frågan länge och är glada att den nu går igenom, säger Eva Lund, {genitive} "
        "äldrepolitiska talesperson.\n"
    )
    (quote,) = document.quotes
    assert (quote.speaker.role, quote.speaker.organisation, quote.speaker.party) == (
        "äldrepolitisk talesperson",
        None,
        party,
    )
