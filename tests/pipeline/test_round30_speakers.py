"""Speakers in the shapes of the former test part test29's misses (round 30, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only


def test_a_comma_between_the_title_and_the_name_is_not_part_of_the_title():
    document = only(
        "Vården av unga måste bli bättre\n\n"
        "Nämnden fick på onsdagen en uppföljning av hur vårdcentralerna tar emot unga.\n\n"
        "– Vi tar rapporten på stort allvar, säger beredningens ordförande, Karin Berg (KD).\n"
    )
    (quote,) = document.quotes
    assert (quote.speaker.name, quote.speaker.role, quote.speaker.party) == (
        "Karin Berg",
        "beredningens ordförande",
        "KD",
    )


def test_a_title_between_dashes_after_a_name_is_the_persons_title_for_her_later_quotes():
    document = only(
        "Sämre villkor för socialsekreterare\n\n"
        "Karin Berg – forskare vid Institutionen för socialt arbete på Umeå universitet – har följt upp en "
        "studie av arbetsvillkoren.\n\n"
        "– Det är oroande hur mycket som har blivit sämre på tio år.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.name == "Karin Berg"
    assert quote.speaker.organisation == "Umeå universitet"
    assert quote.speaker.role.startswith("forskare")


def test_an_aside_between_dashes_that_is_a_clause_gives_no_title():
    """Guard: "– som alla andra –" or a verb after the dash is an aside, never a title."""
    document = only(
        "Sämre villkor för socialsekreterare\n\n"
        "Karin Berg – som har arbetat länge i yrket – följer nu upp studien.\n\n"
        "– Det är oroande hur mycket som har blivit sämre, säger Karin Berg.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.role == ""


def test_a_question_word_after_the_title_opens_the_sentence_not_the_title():
    document = only(
        "Kostnaderna för placeringar ökar\n\n"
        "I november förklarade Per Lund (C), ordförande i socialnämnden, varför kostnaderna har ökat.\n\n"
        "”Vi har fler placeringar än i fjol och några av dem är mycket dyra”, sa han till tidningen.\n"
    )
    (quote,) = document.quotes
    assert (quote.speaker.name, quote.speaker.role, quote.speaker.party) == ("Per Lund", "ordförande i socialnämnden", "C")
