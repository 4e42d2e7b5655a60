"""Issue 10, round 5: quotes and speakers in shapes the round's new development texts showed, precision
first (no speaker is better than a wrong one).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from reform_kb.pipeline.quotes import extract_quotes


def _said(body, matcher):
    return [(q.text, q.speaker.name if q.speaker else None) for q in extract_quotes(body, matcher)]


def test_a_name_cut_by_the_end_of_the_text_is_no_speaker_but_keeps_the_persons_organisation(matcher):
    body = (
        "Tove Almqvist, samordnare på Socialstyrelsen, har följt arbetet.\n\n"
        "– Vi ser fler ansökningar än förut, säger Tove Almqvist.\n\n"
        "– Nästa steg är att följa upp alla kommuner, säger Tove Almq"
    )
    quotes = extract_quotes(body, matcher)
    assert [(q.speaker.name if q.speaker else None) for q in quotes] == ["Tove Almqvist", None]
    assert quotes[1].organisation == quotes[0].speaker.organisation == "Socialstyrelsen"


def test_a_whole_name_at_the_end_of_the_text_stays_the_speaker(matcher):
    body = (
        "Tove Almqvist har följt arbetet.\n\n"
        "– Vi ser fler ansökningar än förut, säger Tove Almqvist.\n\n"
        "– Nästa steg är att följa upp alla kommuner, säger Tove Almqvist"
    )
    assert [name for _text, name in _said(body, matcher)] == ["Tove Almqvist", "Tove Almqvist"]


def test_a_person_presented_by_name_and_title_after_the_attribution_is_the_writers_sentence(matcher):
    # A page that lost its paragraph breaks: the writer's next paragraph, which presents the next
    # speaker, runs on after the attribution, and the next dash paragraph is hers.
    body = (
        "– Fler söker stöd i år, säger Nils Berggren, kommunalråd (S). Siffrorna redovisades på ett möte "
        "i går. Där fanns bland andra Agnes Wik, enhetschef för barn och unga.\n\n"
        "– Vi har anställt två nya handläggare."
    )
    assert _said(body, matcher) == [
        ("Fler söker stöd i år", "Nils Berggren"),
        ("Vi har anställt två nya handläggare.", "Agnes Wik"),
    ]


def test_a_dateline_after_the_attribution_is_the_writers_sentence(matcher):
    body = (
        "– Det var en lång kamp, säger Rune Sjölin. MORA. Föreningen bildades av några föräldrar 1962 och "
        "har i dag flera hundra medlemmar."
    )
    assert _said(body, matcher) == [("Det var en lång kamp", "Rune Sjölin")]


def test_the_words_after_the_attribution_are_still_the_speakers_without_a_mark_of_the_writer(matcher):
    body = "– Det var en lång kamp, säger Rune Sjölin. Vi gav aldrig upp."
    assert _said(body, matcher) == [
        ("Det var en lång kamp", "Rune Sjölin"),
        ("Vi gav aldrig upp.", "Rune Sjölin"),
    ]


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


def test_a_quotation_closed_after_its_comma_inside_running_text_is_a_quote(matcher):
    body = (
        "Kommunen välkomnar förslaget och betonar vikten av att agera tidigt. ”Vi måste hjälpa dem som "
        "behöver det snarast, och lagen är ett steg i rätt riktning,” säger Eva Lind, socialchef.\n"
    )
    assert _said(body, matcher) == [
        ("Vi måste hjälpa dem som behöver det snarast, och lagen är ett steg i rätt riktning", "Eva Lind")
    ]


def test_a_quotation_in_running_text_said_by_someone_unnamed_is_a_quote_without_a_speaker(matcher):
    body = (
        "Kommunen välkomnar förslaget. ”Vi måste hjälpa dem som behöver det snarast”, säger en "
        "socialsekreterare som vill vara anonym.\n"
    )
    assert _said(body, matcher) == [("Vi måste hjälpa dem som behöver det snarast", None)]


def test_a_statement_under_its_speakers_presenting_line_closed_by_a_colon_is_theirs(matcher):
    """Round 11 (a municipality's annual report page): "Eva Lind (S), kommunstyrelsens ordförande:" / "”…”"."""
    body = (
        "Så här säger kommunens ledning om året:\n\nEva Lind (S), kommunstyrelsens ordförande:\n\n"
        "”Ekby är en fantastisk kommun! En trygg och stabil kommun att leva i.”\n"
    )
    (quote,) = extract_quotes(body, matcher)
    assert (quote.speaker.name, quote.speaker.role, quote.speaker.party) == ("Eva Lind", "kommunstyrelsens ordförande", "S")
