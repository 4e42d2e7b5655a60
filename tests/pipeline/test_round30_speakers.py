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


def test_a_quote_signed_without_a_verb_by_a_name_with_a_party_marker_or_a_title_is_that_persons():
    document = only(
        "Trygghet för äldre i kommunen\n\n"
        "Majoriteten vill ge alla över sjuttio år en bostadsgaranti.\n\n"
        "– Bostaden är en stor trygghet. Jag är glad att vi tar på oss uppdraget, Eva Lund (s), "
        "kommunstyrelsens ordförande.\n\n"
        "– Nya behov kommer med åren. Jag ser fram emot arbetet, Per Ek (kd) vice ordförande i omsorgsnämnden.\n"
    )
    first, second = document.quotes
    assert first.text == "Bostaden är en stor trygghet. Jag är glad att vi tar på oss uppdraget"
    assert (first.speaker.name, first.speaker.role, first.speaker.party) == ("Eva Lund", "kommunstyrelsens ordförande", "S")
    assert (second.speaker.name, second.speaker.role, second.speaker.party) == (
        "Per Ek",
        "vice ordförande i omsorgsnämnden",
        "KD",
    )


def test_a_quote_that_ends_on_a_name_it_talks_about_is_not_signed_by_it():
    """Guard: "…, Anna Berg." with neither party marker nor title is a name in the speech."""
    document = only(
        "Nytt boende öppnar\n\n– Vi har i dag pratat med Anna Berg, säger Per Ek (kd).\n\n"
        "– Och vi vill särskilt tacka en person, Anna Berg.\n"
    )
    assert [q.speaker.name for q in document.quotes] == ["Per Ek", "Per Ek"]


def test_a_full_stop_inside_the_marks_before_det_skriver_x_credits_the_quotation():
    document = only(
        "Utredaren pekar mot regeringen\n\n"
        "”Utredaren har flera gånger återgett vår hållning fel. Men det är regeringen som bär ansvaret.” "
        "Det skriver Karl Berg, intressepolitisk chef för Funktionsrätt Sverige, i en artikel.\n"
    )
    (quote,) = document.quotes
    assert quote.text.startswith("Utredaren har flera gånger")
    assert (quote.speaker.name, quote.speaker.organisation) == ("Karl Berg", "Funktionsrätt Sverige")
