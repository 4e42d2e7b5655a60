"""People's titles in the shapes of the former test part test35's misses (round 36, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only


def test_a_title_in_capitals_after_a_names_comma_is_the_title_and_gives_the_workplace():
    document = only(
        "Ungdomsgården fyller tjugo år\n\n"
        "Gården öppnade 2005. Karin Holm, VD på Kulturhuset, berättar om åren som gått.\n\n"
        "– Här möts unga som annars aldrig skulle träffas, säger hon.\n"
    )
    (quote,) = document.quotes
    assert (quote.speaker.name, quote.speaker.role, quote.speaker.organisation) == (
        "Karin Holm",
        "VD",
        "Kulturhuset",
    )


def test_a_short_verb_after_the_title_ends_the_title():
    document = only(
        "Kön till matbanken växer\n\n"
        "Lena Berg, diakon, ser allt fler pensionärer i kön varje vecka.\n\n"
        "– Många kommer hit först när allt annat är prövat, säger hon.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.role == "diakon"


def test_and_going_on_after_the_name_leaves_the_title_before_it_alone():
    document = only(
        "Fler insatser utan biståndsbeslut\n\n"
        "Socialnämnden beslutade i veckan att öppna fler insatser för alla.\n\n"
        "– Vi vill sänka trösklarna, säger nämndens ordförande Maria Ek (S), och fortsätter:\n\n"
        "– Ingen ska behöva en utredning för att få råd.\n"
    )
    first, second = document.quotes
    assert (first.speaker.role, first.speaker.party) == ("nämndens ordförande", "S")
    assert second.speaker.role == "nämndens ordförande"


def test_a_capitalised_word_after_a_names_comma_that_is_no_title_stays_out_of_the_role():
    """Guard: a place or a report after the comma is no title, capitals or not."""
    document = only(
        "Rapporten väcker oro\n\n"
        "Enligt Nils Ek, IVO-rapporten från i våras, saknas rutiner på flera boenden.\n\n"
        "– Det här måste rättas till, säger Nils Ek.\n"
    )
    (quote,) = document.quotes
    assert not quote.speaker.role
