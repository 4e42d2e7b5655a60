"""Who speaks a dash paragraph (pipeline/quotes/*): the speaker named after a question with a past verb, one
who goes on after a colon, the person named paragraphs earlier for a bare dash; nobody named after an unnamed
speaker, and not the earlier speaker after an organisation's quotation; one word is a quote from a named
speaker but a stray word after a pronoun. Precision first: no speaker is better than a wrong one.

Shapes from issue 10's tuning rounds 3 and 4 (how dashes are typed: test_quote_dashes.py). Every text here is
invented, in the shape a real page showed (no sentence is copied)."""

from reform_kb.pipeline.quotes import extract_quotes


def _said(body, matcher, publishers=None):
    return [
        (q.text, q.speaker.name if q.speaker else None) for q in extract_quotes(body, matcher, publishers)
    ]


def test_a_question_attributed_with_a_past_verb_is_the_named_speaker(matcher):
    body = (
        "Rut Ek, undersköterska, berättade om sitt arbete.\n\n"
        "– Varför ska vi flytta när allt fungerar? undrade Per Holm.\n\n"
        "– Vi vet inte ännu, svarade Lars Ahl (M)."
    )
    assert _said(body, matcher) == [
        ("Varför ska vi flytta när allt fungerar?", "Per Holm"),
        ("Vi vet inte ännu", "Lars Ahl"),
    ]


def test_speaker_who_goes_on_after_a_colon_keeps_the_next_paragraph(matcher):
    body = (
        "Sara Vik har en son med autism.\n\n"
        "– Han har fått ta stort ansvar tidigt. Det har format honom, berättar Sara och fortsätter:\n"
        "– Vi fick stöd tills han fyllde sju år."
    )
    assert _said(body, matcher) == [
        ("Han har fått ta stort ansvar tidigt. Det har format honom", "Sara Vik"),
        ("Vi fick stöd tills han fyllde sju år.", "Sara Vik"),
    ]


def test_a_bare_dash_belongs_to_the_person_named_paragraphs_earlier(matcher):
    body = (
        "Socialminister Tove Lund (S) presenterade förslaget i dag.\n\n"
        "Lagen ska gälla från den första juli nästa år.\n\n"
        "– Det här är en stor dag för alla som arbetar i socialtjänsten."
    )
    speaker = extract_quotes(body, matcher)[0].speaker
    assert (speaker.name, speaker.organisation) == ("Tove Lund", "Regeringen")


def test_an_unnamed_speaker_and_the_dash_paragraph_after_are_nobody_named(matcher):
    body = (
        "Lisa Marklund, ansvarig kurator, visar runt på mottagningen.\n\n"
        "Två besökare sitter i väntrummet.\n\n"
        "– Det är skönt att slippa köa i kylan, säger en av dem.\n\n"
        "De berättar om hur det var förut.\n\n"
        "– Och här blir man inte bortskickad.\n\n"
        "– Alla är välkomna, säger Lisa Marklund."
    )
    assert _said(body, matcher) == [
        ("Det är skönt att slippa köa i kylan", None),
        ("Och här blir man inte bortskickad.", None),
        ("Alla är välkomna", "Lisa Marklund"),
    ]


def test_a_dash_after_an_organisations_quotation_is_not_the_earlier_speaker(matcher):
    body = (
        "– Det här är ett svek mot personalen, säger Kim Berg, ordförande i Vårdfacket.\n\n"
        "”Kommunerna får för lite och för sent”, skriver Vänsterpartiet i ett pressmeddelande.\n\n"
        "– Nu måste de"
    )
    assert [name for _text, name in _said(body, matcher)] == ["Kim Berg", None, None]


def test_one_word_said_by_a_named_speaker_is_a_quote(matcher):
    body = (
        "– Sparbudget, säger Eva Holm (C), kommunalråd i Tallby kommun, om beskedet.\n\nMer text följer här."
    )
    assert _said(body, matcher) == [("Sparbudget", "Eva Holm")]


def test_one_word_with_a_pronoun_is_still_a_stray_word(matcher):
    assert _said("Eva Holm fick frågan.\n\n– Nej, säger hon.", matcher) == []


def test_a_panels_answers_belong_to_the_name_and_title_set_over_them(matcher):
    """Round 15: each panellist's name and title on a line of its own, a question, then bare dashes."""
    body = (
        "Eva Lund, statssekreterare på Socialdepartementet\n\n"
        "När kommer beskedet om hemtjänsten?\n\n"
        "– Vi räknar med ett besked före sommaren.\n\n"
        "Per Ek, ordförande för Pensionärernas Riksorganisation\n\n"
        "Vad behöver kommunerna göra?\n\n"
        "– De måste börja planera redan nu."
    )
    assert _said(body, matcher) == [
        ("Vi räknar med ett besked före sommaren.", "Eva Lund"),
        ("De måste börja planera redan nu.", "Per Ek"),
    ]


def test_speech_cut_off_in_its_last_short_dash_paragraph_is_no_bullet_list(matcher):
    """Round 15: a stored copy ending inside the speaker's next paragraph ("– Anhörigvår")."""
    body = (
        "Eva Holm, chef på Solbacka, har nya förslag.\n\n"
        "– Vi har skapat ett program för anhöriga. Vi erbjuder dagverksamhet varje vecka.\n\n"
        "– Anhörigvår"
    )
    assert _said(body, matcher)[0] == (
        "Vi har skapat ett program för anhöriga. Vi erbjuder dagverksamhet varje vecka.",
        "Eva Holm",
    )
