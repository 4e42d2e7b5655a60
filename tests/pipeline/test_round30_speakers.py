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


def test_a_partys_genitive_before_a_title_is_the_speakers_party_not_her_organisation():
    document = only(
        "Partierna kritiserar utredningen\n\n"
        "Flera politiker är skeptiska till förslagen.\n\n"
        "– Förslaget borde dras tillbaka, säger Liberalernas funktionspolitiska talesperson Bo Ek "
        "till en tidning.\n"
    )
    (quote,) = document.quotes
    speaker = quote.speaker
    assert (speaker.name, speaker.role, speaker.organisation, speaker.party) == (
        "Bo Ek",
        "funktionspolitisk talesperson",
        None,
        "L",
    )
    assert "Liberalerna" not in document.mentioned_organisations


def test_the_one_who_agrees_is_the_speaker_of_the_bare_dash_that_follows():
    document = only(
        "Partierna kritiserar utredningen\n\n"
        "– Förslaget borde dras tillbaka, säger Bo Ek (L).\n\n"
        "Han får medhåll från Vänsterpartiets socialpolitiska talesperson Maj Lund.\n\n"
        "– Det är helt fel väg att gå. Assistansen handlar om att få bestämma över sitt eget liv.\n"
    )
    second = document.quotes[-1]
    assert (second.speaker.name, second.speaker.role, second.speaker.party) == (
        "Maj Lund",
        "socialpolitisk talesperson",
        "V",
    )


def test_a_person_a_pronoun_subject_talks_about_is_not_the_next_speaker():
    """Guard (round 12's rule kept): "Han berömmer Karin Ek" over a bare dash: he goes on talking."""
    document = only(
        "Nämnden får beröm\n\n"
        "– Arbetet har gått fort i år, säger Bo Ek (L).\n\n"
        "Han berömmer Karin Lund för arbetet i nämnden.\n\n"
        "– Hon har hållit ihop det hela från början till slut.\n"
    )
    assert document.quotes[-1].speaker.name == "Bo Ek"
