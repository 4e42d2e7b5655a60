"""People's titles and workplaces in the shapes of the former test part test36's misses (round 37, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only


def test_names_presented_together_share_the_title_and_the_workplace():
    document = only(
        "Nytt team för försörjningsstöd\n\n"
        "Eva Lindgren och Karin Berg är socialsekreterare i Mjölby kommun. De träffar unga vuxna varje vecka.\n\n"
        "– Vi hinner träffa alla varje månad, säger Eva Lindgren.\n"
    )
    (quote,) = document.quotes
    assert (quote.speaker.name, quote.speaker.role, quote.speaker.organisation) == (
        "Eva Lindgren",
        "socialsekreterare",
        "Mjölby kommun",
    )


def test_a_workplace_named_by_its_own_name_after_the_title_and_before_the_verb_is_the_speakers():
    document = only(
        "Barnahuset har öppnat\n\n"
        "Anna Holm är samordnare på Barnahus Sjuhärad och berättar att polis och socialtjänst nu sitter ihop.\n\n"
        "– Barnet ska inte behöva berätta sin historia flera gånger, säger Anna Holm.\n"
    )
    (quote,) = document.quotes
    assert (quote.speaker.role, quote.speaker.organisation) == ("samordnare", "Barnahus Sjuhärad")


def test_a_place_after_the_title_is_no_workplace():
    """Guard: "på Gotland" names where, not whom she works for."""
    document = only(
        "Fler söker stöd\n\n"
        "Anna Holm är samordnare på Gotland och berättar att fler familjer hör av sig.\n\n"
        "– Vi ser det varje vecka, säger Anna Holm.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.role == "samordnare"
    assert quote.speaker.organisation is None


def test_a_relative_clause_saying_where_the_speaker_works_gives_the_organisation_past_a_unit():
    document = only(
        "Färre familjer vräks\n\n"
        "– Vi vill nå familjerna innan skulden har vuxit, säger Kim Berg, som arbetar i den uppsökande "
        "verksamheten på Kronofogden.\n"
    )
    (quote,) = document.quotes
    assert (quote.speaker.name, quote.speaker.organisation) == ("Kim Berg", "Kronofogden")


def test_a_relative_clause_after_a_comma_saying_what_the_speaker_works_as_gives_title_and_workplace():
    document = only(
        "Skuldrådgivning för unga\n\n"
        "– Många vet inte vart de ska vända sig, säger Eva Ek, som jobbar som kurator på Kronofogden.\n"
    )
    (quote,) = document.quotes
    assert (quote.speaker.role, quote.speaker.organisation) == ("kurator", "Kronofogden")
