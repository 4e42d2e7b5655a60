"""Speakers in the shapes of the former test part test28's misses (round 29, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

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
