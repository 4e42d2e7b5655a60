"""Attributions and mentioned places in the shapes of the former test part test37's misses (round 38, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only


def test_a_speaker_who_smiles_is_the_speaker():
    document = only(
        "Lunch i kyrkan\n\n"
        "– Det blir soppa i dag, säger Karin Ek, volontär.\n\n"
        "– Maten är skänkt av butikerna, ler Helen Strand, diakon i församlingen.\n"
    )
    assert [q.speaker.name for q in document.quotes] == ["Karin Ek", "Helen Strand"]


def test_a_verb_of_saying_inside_the_quote_is_the_speakers_own_word():
    """ "Barnen skrattar mer" is what she says; the attribution is the verb after the comma."""
    document = only("Lunch i kyrkan\n\n– Barnen skrattar mycket mer nu, säger Karin Ek, volontär.\n")
    (quote,) = document.quotes
    assert (quote.text, quote.speaker.name, quote.speaker.role) == (
        "Barnen skrattar mycket mer nu",
        "Karin Ek",
        "volontär",
    )


def test_a_courts_seat_is_not_a_mentioned_municipality():
    document = only(
        "Nekades bistånd\n\nFörvaltningsrätten i Jönköping gick på nämndens linje, och Kammarrätten i Göteborg "
        "ändrade inte domen.\n"
    )
    assert "Förvaltningsrätten i Jönköping" in document.mentioned_organisations
    assert not {"Jönköpings kommun", "Göteborgs stad"} & set(document.mentioned_organisations)
