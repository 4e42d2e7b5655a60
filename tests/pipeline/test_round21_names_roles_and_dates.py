"""Authorities in lower case, roles cut where the sentence about the speaker goes on, and date lines of blog
templates (issue 10, round 21: the shapes of the former test20's misses).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from reform_kb.pipeline.parse import parse_file

from .invented_pages import CONTEXT


def _documents(text):
    return parse_file("nyhet.txt", text, CONTEXT)


def _mentioned(text):
    return [name for d in _documents(text) for name in d.mentioned_organisations]


def test_the_police_in_lower_case_is_polisen():
    text = (
        "Oro efter bränder vid skolan\n\n"
        "Under hösten har flera bränder anlagts vid skolan. Kommunen och polisen har nu ökat bevakningen, och med "
        "polisens hjälp hoppas rektorn att lugnet ska återvända till området före jul."
    )
    assert "Polisen" in _mentioned(text)


def test_another_countrys_police_and_the_police_website_are_not_polisen():
    text = (
        "Samarbete över gränsen\n\n"
        "Kommunen har i år samarbetat med den danska polisen kring ungdomar som reser över sundet. Mer om "
        "samarbetet finns på polisen.se och på kommunens egen webbplats under rubriken trygghet."
    )
    assert "Polisen" not in _mentioned(text)


def _speakers(text):
    return [(q.speaker.name, q.speaker.role) for d in _documents(text) for q in d.quotes]


def test_a_relative_clause_after_the_title_without_its_comma_is_no_part_of_the_role():
    text = (
        "Nytt boende på Väster\n\n"
        "Kommunen hyr två fastigheter för ett nytt boende för unga.\n\n"
        "– Det är ingen bra lösning att samla alla på ett ställe, kommenterar Tor Strand (L), ordförande i "
        "kommunstyrelsen som under förra veckan hade ärendet på sitt bord.\n\n"
        "– Frågan är viktig, säger Bo Lind, samordnare för frågor som rör barn."
    )
    assert _speakers(text) == [
        ("Tor Strand", "ordförande i kommunstyrelsen"),
        ("Bo Lind", "samordnare för frågor som rör barn"),
    ]


def test_a_role_that_ends_the_paragraph_on_a_comma_loses_the_comma():
    text = (
        "Platser pausas på boendet\n\n"
        "Behovet av platser har minskat under året.\n\n"
        "– Vi informerade personalen i onsdags, berättar Karin Ek, verksamhetschef för äldreomsorg och LSS,"
    )
    assert _speakers(text) == [("Karin Ek", "verksamhetschef för äldreomsorg och LSS")]
