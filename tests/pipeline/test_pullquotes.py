"""Pull-quotes: the words a page lifts out of its own body (pipeline/quotes/*): a caption quote or an ingress
dash quote repeated by a later, longer one, and a few quoted words under the headline that someone says later,
are pull-quotes; a one-sentence quoted paragraph still is one, while a quoted paragraph of several sentences
is a statement, an ingress quote repeated in the body and two different quotes of one speaker stay direct, and
a few quoted words nobody says are a title or a term. Counting a pull-quote as a quote of its own says it
twice.

Shapes from issue 10's tuning rounds 3-5 (and the round 9 the test docstring names). Every text here is
invented, in the shape a real page showed (no sentence is copied)."""

from reform_kb.pipeline.quotes import extract_quotes


def test_a_caption_quote_repeated_in_the_body_is_lifted(matcher):
    body = (
        "  • – Vi vill att kommunen lyssnar på de äldre, säger Rut Berg, ordförande. Foto: Kim Ask\n\n"
        "Förbundet skickade brevet i går.\n\n"
        "– Det är hög tid. Vi vill att kommunen lyssnar på de äldre och deras anhöriga, säger Rut Berg."
    )
    assert [(q.kind, q.speaker.name) for q in extract_quotes(body, matcher)] == [
        ("pullquote", "Rut Berg"),
        ("direct", "Rut Berg"),
    ]


def test_an_ingress_quote_repeated_in_the_body_stays_direct(matcher):
    body = (
        "”Vi vill att kommunen lyssnar på de äldre”, säger Rut Berg, ordförande i föreningen.\n\n"
        "– Det är hög tid. Vi vill att kommunen lyssnar på de äldre och deras anhöriga, säger Rut Berg."
    )
    assert [q.kind for q in extract_quotes(body, matcher)] == ["direct", "direct"]


def test_an_ingress_dash_quote_repeated_by_a_later_longer_one_is_a_pullquote(matcher):
    body = (
        "Gun Ek (S) menar att personalen överdriver.\n\n"
        "– Att de behöver fler timmar än andra boenden stämmer inte, säger hon.\n\n"
        "Omsorgsnämndens ordförande Gun Ek (S) har läst brevet.\n\n"
        "– Att de behöver fler timmar än andra boenden stämmer inte. Vi har räknat på det, säger hon."
    )
    kinds = [q.kind for q in extract_quotes(body, matcher)]
    assert kinds == ["pullquote", "direct"]


def test_two_different_dash_quotes_of_one_speaker_stay_direct(matcher):
    body = (
        "Gun Ek (S) har läst brevet.\n\n"
        "– Vi har räknat på det noga, säger hon.\n\n"
        "– Personalen får följa med till det nya boendet i vår, säger Gun Ek."
    )
    assert [q.kind for q in extract_quotes(body, matcher)] == ["direct", "direct"]


def test_a_quoted_paragraph_of_several_sentences_is_a_statement_not_a_pullquote(matcher):
    body = (
        "Myndigheten samlar kommunerna\n\n"
        "”Barn som far illa ska få hjälp oavsett var de bor. Därför bjuder vi in alla kommuner i länet.”"
    )
    [quote] = extract_quotes(body, matcher)
    assert quote.kind == "direct" and quote.speaker is None


def test_a_one_sentence_quoted_paragraph_is_still_a_pullquote(matcher):
    body = "”Barn som far illa ska få hjälp oavsett var de bor.”\n\n– Barn som far illa ska få hjälp, säger Ola Ek."
    assert [q.kind for q in extract_quotes(body, matcher)] == ["pullquote", "direct"]


def test_a_few_quoted_words_under_the_headline_are_a_pullquote_when_someone_says_them(matcher):
    """Round 9 (a real page's shape): ”Det finns stora utmaningar” on its own line, the speaker saying it later."""
    said = (
        "Riksdagen har beslutat om ett tydligare ansvar för kommunerna.\n\n"
        "– Vi behöver ett förtydligande. Det finns stora utmaningar i vår kommun, säger Eva Lind.\n"
    )
    quotes = extract_quotes(f"”Det finns stora utmaningar”\n\n{said}", matcher)
    assert [(q.kind, q.text, q.speaker.name) for q in quotes][0] == (
        "pullquote",
        "Det finns stora utmaningar",
        "Eva Lind",
    )


def test_a_few_quoted_words_nobody_says_are_a_title_or_term_not_a_quote(matcher):
    body = "”Trygg och säker hemma”\n\nProjektet startade i våras och har nu nått alla kommunens äldre.\n"
    assert extract_quotes(body, matcher) == []
