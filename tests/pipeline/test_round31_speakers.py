"""Speakers in the shapes of the former test part test30's misses (round 31, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only


def test_a_surname_with_a_capital_inside_is_a_name():
    document = only(
        "Nytt boende planeras i norr\n\n"
        "Nämnden vill bygga ett boende med tjugo platser.\n\n"
        "– Det är en satsning som lönar sig på sikt, säger nämndens ordförande Eva McLeod.\n"
    )
    (quote,) = document.quotes
    assert (quote.speaker.name, quote.speaker.role) == ("Eva McLeod", "nämndens ordförande")


def test_the_paragraph_under_a_bare_dash_quote_that_says_who_commented_names_its_speaker():
    document = only(
        "Förbundet om regeringens förslag\n\n"
        "– Äntligen drar regeringen i nödbromsen, men mycket återstår.\n\n"
        "Så kommenterar Funktionsrätt Sveriges ordförande Karin Berg dagens besked från regeringen.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.name == "Karin Berg"
    assert quote.speaker.organisation == "Funktionsrätt Sverige"
    assert not quote.needs_review  # the "no speaker found" flag goes once the speaker is named


def test_a_paragraph_that_only_opens_with_a_saying_verb_credits_no_one():
    """Guard: "Det säger sig självt …" names no person, so the bare dash above keeps no speaker."""
    document = only(
        "Förbundet om regeringens förslag\n\n"
        "– Äntligen drar regeringen i nödbromsen, men mycket återstår.\n\n"
        "Det säger sig självt att beskedet välkomnas av många.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker is None


def test_a_shelter_named_by_its_kind_and_county_is_the_speakers_organisation_not_her_title():
    document = only(
        "Jourerna oroas av den nya lagen\n\n"
        "– Vi vet inte om vi kan fortsätta, säger Lena Berg, Tjejjouren Hallands län.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.organisation == "Tjejjouren Hallands län"
    assert quote.speaker.role == ""
    assert "Tjejjouren Hallands län" in document.mentioned_organisations


def test_a_headline_naming_organisation_person_and_title_before_a_quotation_credits_it_and_the_body():
    document = only(
        "Socialstyrelsen, Lena Berg, utredare – ”Vi ser att fler kommuner behöver stöd i arbetet”\n\n"
        "Allt fler kommuner hör av sig med frågor om den nya lagen, säger Lena Berg.\n\n"
        "– Det gäller särskilt de små kommunerna, som har få handläggare.\n"
    )
    headline = [q for q in document.quotes if q.in_title]
    assert [q.kind for q in headline] == ["pullquote"]
    assert (headline[0].speaker.name, headline[0].speaker.role) == ("Lena Berg", "utredare")
    body = [q for q in document.quotes if not q.in_title]
    assert body and all(q.speaker.organisation == "Socialstyrelsen" for q in body)
    assert document.title.startswith("Socialstyrelsen, Lena Berg, utredare")


def test_a_universitys_common_short_form_is_that_university():
    document = only(
        "Forskare vill se ny debatt om socialt arbete\n\n"
        "– Samtalet om vad socialt arbete kan vara har stannat av, säger Per Lund, professor i socialt arbete, LiU.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.organisation == "Linköpings universitet"


def test_an_interviewers_question_opening_on_an_imperative_names_no_speaker():
    document = only(
        "Ny projektchef på stiftelsen\n\n"
        "Eva Lind är ny projektchef på stiftelsen sedan i våras.\n\n"
        "Berätta, vad innebär tjänsten för dig?\n\n"
        "– Jag ser det som en möjlighet att bygga upp något nytt tillsammans med kollegorna.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.name == "Eva Lind"
    assert "Berätta" not in [person.name for person in document.mentioned_people]
