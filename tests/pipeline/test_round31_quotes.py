"""Quotation marks in the shapes of the former test part test30's misses (round 31, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only


def test_a_quotation_credited_without_a_comma_after_its_closing_mark_is_a_quote():
    document = only(
        "Hemtjänsten byter utförare\n\n"
        "Kommunen tar över hemtjänsten i höst. ”Vi har inte kommit överens om ersättningen och lämnar därför” "
        "säger regionchef Anna Berg.\n"
    )
    (quote,) = document.quotes
    assert quote.text == "Vi har inte kommit överens om ersättningen och lämnar därför"
    assert (quote.speaker.name, quote.speaker.role) == ("Anna Berg", "regionchef")


def test_an_opening_mark_glued_after_a_full_stop_opens_the_quotation_of_the_next_sentence():
    document = only(
        "Hemtjänsten byter utförare\n\n"
        "Kommunen tar över hemtjänsten i höst.Det sker efter en lång tvist om pengarna.”Vi har inte kommit "
        "överens och lämnar därför uppdraget” säger regionchefen Anna Berg.\n"
    )
    (quote,) = document.quotes
    assert quote.text == "Vi har inte kommit överens och lämnar därför uppdraget"
    assert quote.speaker.name == "Anna Berg"


def test_a_closing_mark_glued_before_the_next_sentence_still_closes_its_quotation():
    """Guard: '… ”Vi lämnar uppdraget nu.”Sedan …': the mark closes the open quotation, the next sentence is
    the writer's."""
    document = only(
        "Hemtjänsten byter utförare\n\n"
        "Anna Berg, regionchef, var tydlig: ”Vi lämnar uppdraget när avtalet löper ut.”Sedan lämnade hon mötet "
        "utan att svara på fler frågor.\n"
    )
    (quote,) = document.quotes
    assert quote.text.startswith("Vi lämnar uppdraget")
    assert "Sedan" not in quote.text
