"""Quotes in pages that lost their paragraph breaks or whose copy stops mid-word (pipeline/quotes/*): a person
presented by name and title, or a dateline, after the attribution is the writer's sentence, while words after
it without a mark of the writer are still the speaker's; a quotation cut off by the end of the text is kept
and flagged, a name cut off is no speaker but keeps the person's organisation, and a quotation mark left open
inside the text is no quote. Saved pages are often copied this way; a quote must not swallow the next
paragraph.

Shapes from issue 10's tuning rounds 3 and 5. Every text here is invented, in the shape a real page showed (no
sentence is copied)."""

from reform_kb.pipeline.quotes import extract_quotes


def _said(body, matcher):
    return [(q.text, q.speaker.name if q.speaker else None) for q in extract_quotes(body, matcher)]


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


def test_quotation_cut_off_by_the_end_of_the_text_is_kept_and_flagged(matcher):
    body = "Förarbetena är tydliga.\n\nI lagens tredje kapitel sägs att den enskilde ska kunna ”leva ett självständ"
    [quote] = extract_quotes(body, matcher)
    assert quote.text == "leva ett självständ"
    assert quote.needs_review and "avklippt" in quote.review_note


def test_unclosed_quotation_mark_inside_the_text_is_no_quote(matcher):
    body = "I lagen sägs att den enskilde ska kunna ”leva ett självständigt liv.\n\nMer om det nästa vecka."
    assert extract_quotes(body, matcher) == []


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
