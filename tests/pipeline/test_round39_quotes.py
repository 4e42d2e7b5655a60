"""Speakers in the shapes of the former test part test38's misses (round 39, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only


def test_a_titled_speaker_followed_by_a_relative_clause_without_a_comma_is_still_the_speaker():
    document = only(
        "Nytt torg i Hjo\n\n"
        "Arbetet har börjat och ett tjugotal förslag har kommit in. \"Förslagen tas emot till sista september\", "
        "säger kommunchef Anna Karlsson Berg som leder arbetsgruppen.\n\n"
        "Nästa steg är en workshop i oktober.\n"
    )
    (quote,) = document.quotes
    assert (quote.speaker.name, quote.speaker.role) == ("Anna Karlsson Berg", "kommunchef")


def test_a_relative_clause_that_gives_the_title_still_gives_it():
    """Guard: "säger Anna Berg som är enhetschef" keeps the title the clause gives."""
    document = only(
        "Nytt boende\n\n"
        "\"Vi flyttar in i maj\", säger Anna Berg som är enhetschef på boendet.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.name == "Anna Berg"
    assert "enhetschef" in quote.speaker.role
