"""Speakers of reportage: people named by first name alone, a clause after a comma that is no title, and a pair
named in the definite form before the names (issue 10, round 19: the shapes of the former test18's misses).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from reform_kb.pipeline.quotes import extract_quotes


def _speakers(body, matcher):
    return [(q.speaker.name, q.speaker.role) for q in extract_quotes(body, matcher) if q.speaker]


def test_säger_han_points_to_the_first_name_the_paragraph_before_was_about(matcher):
    body = (
        "Jag sätter mig en stund hos Jonas och Erik, som just har kommit in för att få kaffe.\n\n"
        "Erik berättar att natten var kall och att han sov i ett trapphus.\n\n"
        "– Man vänjer sig aldrig, säger han.\n\n"
        "Jonas skakar på huvudet och ser ut genom fönstret.\n\n"
        "– Jag har inte haft en egen lägenhet på tio år, säger han."
    )
    assert [name for name, _ in _speakers(body, matcher)] == ["Erik", "Jonas"]


def test_a_pronoun_after_the_comma_opens_a_clause_not_a_title(matcher):
    body = (
        "Jag träffar Sara och Lina, de har kommit till mötesplatsen för att äta frukost.\n\n"
        "– Här får vi vara i fred, säger Lina."
    )
    assert _speakers(body, matcher) == [("Lina", "")]


def test_a_pair_named_in_the_definite_form_before_the_names_is_no_part_of_a_name(matcher):
    body = (
        "Syskonparet Karin Ström och Olle Ström har drivit föreningen sedan starten.\n\n"
        "– Vi ville göra något åt ensamheten, säger Karin Ström."
    )
    assert [name for name, _ in _speakers(body, matcher)] == ["Karin Ström"]


def test_a_quotation_opening_the_last_paragraph_and_cut_off_by_the_copy_is_kept_and_flagged(matcher):
    body = (
        "Nämnden beslutade att behålla sex platser på boendet i byn.\n\n"
        "”Vi har sett i utredningen att behovet av platser i byn ligger på ungefär"
    )
    (quote,) = extract_quotes(body, matcher)
    assert (quote.kind, quote.text, quote.needs_review) == (
        "direct",
        "Vi har sett i utredningen att behovet av platser i byn ligger på ungefär",
        True,
    )


def test_a_quoted_headline_over_a_teaser_naming_one_person_is_that_persons(matcher):
    quotes = extract_quotes(
        "Nyheter Verksamhetschefen Lena Berglund är glad över att de nya lokalerna äntligen är klara. …",
        matcher,
        title="”Nu kan vi äntligen ta emot fler besökare”",
    )
    assert [(q.kind, q.speaker.name, q.speaker.role) for q in quotes] == [
        ("pullquote", "Lena Berglund", "verksamhetschef")
    ]


def test_a_headline_naming_its_speaker_by_title_and_surname_credits_them(matcher):
    quotes = extract_quotes(
        "Regeringen väntar med beslutet till nästa vecka, men det kan komma tidigare.",
        matcher,
        title="Socialminister Lindqvist: ”Vi utesluter ingenting just nu”",
    )
    assert [(q.speaker.name, q.speaker.role) for q in quotes if q.speaker] == [("Lindqvist", "socialminister")]
