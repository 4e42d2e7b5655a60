"""A relative time stamp or a line of contact details at a page's head, and a rank before a title in the definite
form, in the shapes of the development part's misses (round 48, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

import pytest

from reform_kb.pipeline.segment.page_stamps import is_page_stamp

from .invented_pages import BODY, only


@pytest.mark.parametrize("stamp", ["3 dagar sedan", "för 2 timmar sedan", "Igår 14:32", "1 vecka sedan"])
def test_a_relative_time_stamp_between_the_writer_and_the_date_is_neither_title_nor_a_break(stamp):
    document = only(
        "Hot mot personalen i hemtjänsten ökar – nu utbildas alla\n\n"
        "Karin Sjölund\n\n"
        f"{stamp}\n\n|\n\n"
        "12/03/2025\n"
        f"{BODY}\n"
    )
    assert document.title == "Hot mot personalen i hemtjänsten ökar – nu utbildas alla"
    assert [a.name for a in document.authors] == ["Karin Sjölund"]
    assert str(document.published) == "2025-03-12"


@pytest.mark.parametrize(
    "line", ["Kontakt: info@ekbygarden.se | 0155-22 27 70", "E-post: kommun@ekby.se  Telefon: 0520-65 95 00", "08-123 45 67"]
)
def test_a_line_of_contact_details_above_the_headline_is_not_the_title(line):
    document = only(f"{line}\n\nMatkassar till dem som behöver\n\n{BODY}\n")
    assert document.title == "Matkassar till dem som behöver"


@pytest.mark.parametrize(
    "line",
    ["Ring 0155-22 27 70 om du vill bli volontär", "För tio år sedan startade vi", "I dag är det fest", "Idag", "08-05-2024"],
)
def test_a_sentence_with_a_number_or_a_time_is_no_stamp(line):
    assert not is_page_stamp(line)


@pytest.mark.parametrize(
    ("before", "role"),
    [
        ("Nämndkollegan och vice ordföranden Lars Kopp (M):\n\n– ", "vice ordförande"),
        ("– ", "vice ordförande"),
    ],
)
def test_vice_before_a_definite_title_stays_in_the_role(before, role):
    attribution = ", säger vice ordföranden Lars Kopp." if before == "– " else ""
    document = only(
        "Två avdelningar stänger i sommar\n\n"
        "Nämnden beslutade i går att stänga två avdelningar tillfälligt.\n\n"
        f"{before}Ingen kunde förutse att ekonomin skulle bli så här ansträngd{attribution or '.'}\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.name == "Lars Kopp"
    assert quote.speaker.role == role


def test_a_deputy_in_the_definite_form_keeps_the_rank():
    document = only(
        "Fler platser i hemtjänsten\n\n"
        "– Vi tar ansvar för att alla får hjälp i tid, säger biträdande socialchefen Per Ek.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.role == "biträdande socialchef"


def test_a_workplace_given_with_its_own_acronym_is_the_speakers_organisation():
    document = only(
        "Tuffare tider för föreningen\n\n"
        "Maria Lind är ordförande i Hemlösa i Ekby (HIE) och en av dem som håller lokalen öppen.\n\n"
        "– Det har varit svårt under vintern, säger Maria.\n"
    )
    (quote,) = document.quotes
    assert (quote.speaker.name, quote.speaker.role, quote.speaker.organisation) == (
        "Maria Lind",
        "ordförande",
        "Hemlösa i Ekby",
    )


def test_a_place_after_the_title_without_an_acronym_is_no_workplace():
    document = only(
        "Tuffare tider för föreningen\n\n"
        "Maria Lind är ordförande i Ekby och en av dem som håller lokalen öppen.\n\n"
        "– Det har varit svårt under vintern, säger Maria.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.organisation != "Ekby"


def test_a_shelters_name_ending_in_s_keeps_it_before_a_small_word():
    document = only(
        "Trettio år av stöd\n\n"
        "I höst börjar en grupp jourkvinnor planera en tantjour i Kvinnojouren Alvis med inriktning på äldre kvinnor.\n"
    )
    assert "Kvinnojouren Alvis" in document.mentioned_organisations


def test_an_interview_greeting_in_the_second_person_presents_the_interviewees_role():
    document = only(
        "Möt projektledaren\n\n"
        "Hej Karin Sjölund, du är projektledare. Hur tänker du kring programmet?\n\n"
        "Vi vill ge medarbetarna något tillbaka efter ett tungt år.\n"
    )
    assert [(p.name, p.role) for p in document.mentioned_people] == [("Karin Sjölund", "projektledare")]
