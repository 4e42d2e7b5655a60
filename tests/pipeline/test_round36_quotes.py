"""Quotations in the shapes of the former test part test35's misses (round 36, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only


def test_a_first_person_quotation_under_a_sentence_saying_someone_tells_is_hers():
    document = only(
        "Föreningen fyller trettio år\n\n"
        "Föreningen startade 1994 och har vuxit sedan dess. Karin Holm, ordförande i föreningen, berättar om "
        "arbetet.\n\n"
        "”Vi är framför allt en mötesplats där människor möts. Det är vår styrka.”\n\n"
        "Hon fortsätter med att beskriva planerna för hösten.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker is not None and quote.speaker.name == "Karin Holm"


def test_a_quotation_under_a_report_that_describes_gets_no_speaker_from_it():
    """Guard: the subject that describes is a report, and nobody is named."""
    document = only(
        "Enkäten är klar\n\n"
        "Rapporten beskriver läget i kommunerna.\n\n"
        "”Vi har fått för lite stöd.”\n\n"
        "Det skriver en socialsekreterare i enkäten.\n"
    )
    assert all(q.speaker is None for q in document.quotes)
