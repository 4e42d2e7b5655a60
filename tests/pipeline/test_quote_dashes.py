"""Dashes as Swedish pages type them (pipeline/quotes/*): a hyphen glued to the first word, a double hyphen, a
dash quote glued to the previous sentence or mid-paragraph after a full stop, a bullet before the dash, dashed
paragraphs after a verb of saying and a colon; a hyphen glued to a lower-case word is no dash and dashed
points under a label are a list. A dash missed loses a quote; a list read as speech invents one.

Shapes from issue 10's tuning round 3 (who speaks a dash paragraph: test_dash_quote_speakers.py). Every text
here is invented, in the shape the development part showed (no sentence is copied)."""

from reform_kb.pipeline.parse import parse_file
from reform_kb.pipeline.quotes import extract_quotes

from .scoring import reference_context


def _said(quotes):
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes]


def test_hyphen_glued_to_the_first_word_opens_speech(matcher):
    body = (
        "Karin Dahl, chef för Hemlöshetsjouren, ser ett växande mörkertal.\n\n"
        "-Vi möter fler unga varje vecka än för ett år sedan."
    )
    assert _said(extract_quotes(body, matcher)) == [
        ("Vi möter fler unga varje vecka än för ett år sedan.", "Karin Dahl")
    ]


def test_double_hyphen_opens_speech(matcher):
    body = "Olle Brandt är socialchef i Tranås kommun.\n\n-- Och kostnaderna stiger för varje månad som går, säger han."
    quotes = extract_quotes(body, matcher)
    assert _said(quotes) == [("Och kostnaderna stiger för varje månad som går", "Olle Brandt")]


def test_hyphen_glued_to_a_lower_case_word_is_no_dash(matcher):
    assert extract_quotes("Frågan gäller barn- och\n\n-boende för unga i kommunen, skriver nämnden.", matcher) == []


def test_dash_quote_glued_to_the_previous_sentence_is_split_off(matcher):
    body = (
        "Fyrtio familjer har fått vänta sedan 2019.-Det här måste lösas innan sommaren, "
        "säger Nils Berg, ordförande i Hyresgästföreningen."
    )
    assert _said(extract_quotes(body, matcher)) == [("Det här måste lösas innan sommaren", "Nils Berg")]


def test_hyphen_quote_mid_paragraph_after_a_full_stop(matcher):
    body = (
        "Mottagningen öppnar i mars och leds av Sara Ling. - Ungdomarna ska få hjälp nära hemmet, säger hon."
    )
    assert _said(extract_quotes(body, matcher)) == [("Ungdomarna ska få hjälp nära hemmet", "Sara Ling")]


def test_bullet_before_the_dash_is_still_speech(matcher):
    body = (
        "  • – Vi kräver att äldreomsorgen får egna pengar i budgeten, säger Greta Holm, förbundsordförande."
    )
    assert _said(extract_quotes(body, matcher)) == [
        ("Vi kräver att äldreomsorgen får egna pengar i budgeten", "Greta Holm")
    ]


def test_dashed_points_under_a_label_are_a_list(matcher):
    body = (
        "Kort om granskningen:\n\n"
        "- Hälften av boendena saknade rutiner för nattbemanning.\n\n"
        "- Inspektörerna besökte trettio boenden under våren.\n\n"
        "- Forskare menar att fler utbildade behövs."
    )
    assert extract_quotes(body, matcher) == []


def test_dashed_paragraphs_after_a_verb_of_saying_and_colon_stay_speech(matcher):
    body = "Linnea Berg, ordförande i nämnden, säger:\n\n– Vi bygger om boendet i år.\n\n– Sedan ser vi över köerna."
    assert [q.text for q in extract_quotes(body, matcher)] == [
        "Vi bygger om boendet i år.",
        "Sedan ser vi över köerna.",
    ]


def test_dashed_answers_in_the_first_person_under_a_colon_stay_speech(matcher):
    body = (
        "Anna Ek, enhetschef i Orsa kommun, om det nya arbetssättet:\n\n"
        "– Vi träffar familjerna tidigare än förut.\n\n"
        "– Det har gjort mitt arbete roligare."
    )
    assert _said(extract_quotes(body, matcher)) == [
        ("Vi träffar familjerna tidigare än förut.", "Anna Ek"),
        ("Det har gjort mitt arbete roligare.", "Anna Ek"),
    ]


def test_a_minus_sign_opens_a_dash_quote_as_an_en_dash_does():
    """A web editor's minus sign (U+2212) for the dash of speech: "− En av de största utmaningarna …" (round 14)."""
    body = (
        "– Det är synd att diskussionen har fallit i skymundan, säger Anna Berg.\n\n"
        "Berg påpekar att tryggheten i vardagen är viktig.\n\n"
        "\u2212 En av de största utmaningarna är ensamheten bland de äldre. Vi behöver nya lösningar."
    )
    [doc] = parse_file("artikel.txt", f"Regeringen har glömt de äldre\n\n{body}\n", reference_context())
    assert any(q.text.startswith("En av de största utmaningarna") for q in doc.quotes)


def test_a_colloquial_dom_after_the_verb_of_saying_leaves_the_quote_without_a_named_speaker(matcher):
    """ "sa dom": they said, a group, no one named (round 14)."""
    body = (
        "– Det här har aldrig hänt förut, säger diakonen Eva Ek.\n\n"
        "Familjen flydde för sju år sedan.\n\n"
        "– Vi riskerade vårt liv för att komma hit, sa dom."
    )
    quotes = extract_quotes(body, matcher)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Eva Ek", None]
