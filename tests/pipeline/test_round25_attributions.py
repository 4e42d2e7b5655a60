"""Attributions of round 25 (issue 10: the shapes of the former test part test24's misses).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import parse_page


def _quotes(text):
    [document] = parse_page(text)
    return document.quotes


def test_speech_going_on_after_the_speakers_comma_is_no_part_of_her_title():
    quotes = _quotes(
        "Slingan saknas\n\n"
        "Föreningen har granskat lokalerna under politikerveckan.\n\n"
        "– Alla talar om tillgänglighet, förklarar Unga Synskadades ordförande Mia Roos, men få gör något åt den.\n"
    )
    assert [(q.text, q.speaker.name, q.speaker.role, q.speaker.organisation) for q in quotes] == [
        ("Alla talar om tillgänglighet", "Mia Roos", "ordförande", "Unga Synskadade"),
        ("men få gör något åt den.", "Mia Roos", "ordförande", "Unga Synskadade"),
    ]


def test_the_writer_going_on_about_the_speaker_after_her_comma_is_no_quote():
    quotes = _quotes(
        "Nytt system i hemtjänsten\n\n"
        "Kommunen har bytt planeringssystem i hemtjänsten.\n\n"
        "– Vi utvärderar det i augusti, säger Rita Sand, systemutvecklare, men redan nu ser hon fördelar.\n"
    )
    assert [(q.text, q.speaker.name, q.speaker.role) for q in quotes] == [
        ("Vi utvärderar det i augusti", "Rita Sand", "systemutvecklare")
    ]


def test_an_unknown_organisation_of_two_words_in_the_genitive_is_the_speakers():
    [quote] = _quotes(
        "Läger för unga\n\n"
        "Sommarens läger fylldes på en vecka.\n\n"
        "– Intresset har aldrig varit större, säger Unga Rörelsehindrades ordförande Leo Berg.\n"
    )
    assert (quote.speaker.role, quote.speaker.organisation) == ("ordförande", "Unga Rörelsehindrade")
