"""Quotes in the shapes of the former test part test31's misses (round 32, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only

DASHED = "– Det kommer att ta några år innan alla är med, säger Lena Berg.\n"


def test_on_a_page_that_dashes_its_speech_an_undashed_report_of_what_someone_said_is_no_quote():
    document = only(
        "Robotar tar över handläggningen\n\n"
        "I dag har tolv kommuner automatiserat sina beslut om bistånd, berättar Lena Berg som är lektor.\n\n"
        + DASHED
    )
    assert [q.text for q in document.quotes] == ["Det kommer att ta några år innan alla är med"]


def test_on_a_page_that_dashes_its_speech_an_undashed_paragraph_in_the_first_person_is_still_a_quote():
    document = only(
        "Robotar tar över handläggningen\n\n"
        "Vi byggde ett nätverk med andra kommuner och lärde oss mycket av dem, säger Lena Berg.\n\n" + DASHED
    )
    assert len(document.quotes) == 2


def test_on_a_page_without_dashes_undashed_speech_with_its_attribution_is_a_quote():
    """Guard: a page that lost its dashes keeps its speech (round 21)."""
    document = only(
        "Robotar tar över handläggningen\n\n"
        "Det är en chans att tänka nytt om hela arbetet med bistånd, säger Lena Berg.\n"
    )
    assert [q.speaker.name for q in document.quotes] == ["Lena Berg"]
