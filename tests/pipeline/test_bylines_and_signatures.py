"""Who wrote a document, read from its byline or its signature (pipeline/segment/*): a name alone above the
date, a newsroom role under the name, a byline block printed twice, a byline below the ingress, a writers' box
under a debate head, names with their roles at the foot, a blogger's parting wish over the name, a name and a
party signing a letter; a name under a greeting stays a signature and a name beside a word that is no party
signs nothing. An author taken for the title, or left in the body, is wrong twice.

Shapes from issue 10's tuning rounds 3 and 4 (party letters and branches, comment forms:
test_party_signatures_and_comment_forms.py; portraits, rows and ingresses:
test_authors_from_rows_portraits_and_ingresses.py). Every text here is invented: other names, other words, the
same layout."""

from datetime import date

from reform_kb.pipeline.records import DocumentKind

from .invented import MORE, PROSE, split


def test_a_name_alone_above_the_date_is_the_byline_not_the_title():
    text = f"Petra Lindqvist\n\n14 mar 2025\n\nFältassistenter går kvällsrundor\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Fältassistenter går kvällsrundor"
    assert [a.name for a in doc.authors] == ["Petra Lindqvist"]
    assert doc.published == date(2025, 3, 14)
    assert "Petra Lindqvist" not in doc.body


def test_a_newsroom_role_under_the_name_goes_with_the_byline():
    text = f"Oskar Wiklund\n\nReporter\n\n3 feb 2024\n\nNya tider på fritidsgården\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Nya tider på fritidsgården"
    assert [(a.name, a.role) for a in doc.authors] == [("Oskar Wiklund", "reporter")]
    assert "Reporter" not in doc.body


def test_a_byline_block_printed_again_under_the_ingress_leaves_the_body_once_and_for_all():
    block = "Petra Lindqvist\n\n14 mar 2025\n\n14 mar 2025"
    ingress = "Stadsdelen satsar på de unga i vinter."
    text = f"{block}\n\nFältassistenter går kvällsrundor\n\n{ingress}\n\n{block}\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert [a.name for a in doc.authors] == ["Petra Lindqvist"]
    assert doc.published == date(2025, 3, 14)
    assert "14 mar 2025" not in doc.body and "Lindqvist" not in doc.body


def test_a_byline_below_the_ingress_and_dateline_is_still_the_byline():
    text = (
        "”Vi ger aldrig upp”\nÅrsmöte 2024 | Årsmöte 2024\n\n”Vi ger aldrig upp”\n\n"
        "Ett år av förhandlingar är över. Föreningen fick igenom en del av sina krav.\n\n"
        f"Maja Holmgren\nPublicerad 2024-05-06\n\n{PROSE}\n\n{MORE}\n"
    )
    [doc] = split(text)
    assert doc.title == "”Vi ger aldrig upp”"
    assert [a.name for a in doc.authors] == ["Maja Holmgren"]
    assert doc.published == date(2024, 5, 6)


def test_a_name_under_a_greeting_stays_a_signature():
    text = f"Tack för i år\n\n{PROSE}\n\nVänliga hälsningar\n\nPetra Lindqvist\n\n2025-12-20\n"
    [doc] = split(text)
    assert doc.title == "Tack för i år"
    assert "Av Petra" not in doc.body


def test_the_writers_box_under_a_debate_head_gives_the_authors():
    text = (
        "Debatt\n\nGe socionomerna tid\n\nKommunerna måste sluta spara på socialtjänsten.\n\nOm debattörerna\n\n"
        "Karin Holm\nFörbundsordförande Vision\nJonas Ek\nUtredare Vision\n\n"
        f"{PROSE}\n\n{MORE}\n"
    )
    [doc] = split(text)
    assert doc.kind == DocumentKind.DEBATTARTIKEL
    assert [a.name for a in doc.authors] == ["Karin Holm", "Jonas Ek"]


def test_a_name_with_its_role_below_is_no_two_line_headline():
    text = (
        f"Debatt\n\nGe socionomerna tid\n\n{PROSE}\n\n{MORE}\n\nKarin Holm\nförbundsordförande, Vision\n\n"
        "Jonas Ek\nutredare, Vision\n"
    )
    [doc] = split(text)
    assert [a.name for a in doc.authors] == ["Karin Holm", "Jonas Ek"]


def test_a_bloggers_parting_wish_over_the_name_signs_the_post():
    text = (
        "Varför jag skriver\n\nJag har länge tänkt att jag borde skriva om mitt arbete, och nu gör jag det. "
        f"Jag vet inte riktigt vart det tar vägen.\n\n{PROSE}\n\nTrevlig helg!\n\nMaja Ekström\n"
    )
    [doc] = split(text)
    assert [a.name for a in doc.authors] == ["Maja Ekström"]
    assert doc.kind == DocumentKind.BLOGGINLAGG


def test_a_letter_signed_with_a_name_and_a_party_is_an_opinion_piece_by_that_politician():
    text = (
        f"(rubrik saknas)\n\nUnder hösten har jag talat med många föräldrar om fritidsgårdarna.\n\n{PROSE}\n\n"
        f"{MORE}\n\nGustav Lindahl Centerpartiet\n"
    )
    [doc] = split(text)
    assert doc.kind == DocumentKind.DEBATTARTIKEL
    assert [a.name for a in doc.authors] == ["Gustav Lindahl"]
    assert doc.organisations == ["Centerpartiet"]
    assert "Centerpartiet" not in doc.body


def test_a_name_and_a_word_that_is_no_party_signs_nothing():
    text = f"Nya tider på fritidsgården\n\n{PROSE}\n\n{MORE}\n\nGustav Lindahl Fritidsgården\n"
    [doc] = split(text)
    assert doc.kind != DocumentKind.DEBATTARTIKEL


def test_a_text_credit_closing_the_article_names_its_author_with_a_middle_initial():
    """Round 15: "Text: Anna K Berg" under the last paragraph, as a magazine credits its writer."""
    [doc] = split(f"Ny forskarskola för socialarbetare\n\n{PROSE}\n\n{MORE}\n\nText: Anna K Berg\n")
    assert [a.name for a in doc.authors] == ["Anna K Berg"]


def test_a_byline_in_lower_case_under_the_headline_names_the_author():
    """Round 15: "av Fredrik Ek" under the headline, the preposition in lower case."""
    [doc] = split(f"Bostadslöshet\n\nav Fredrik Ek\n\n{PROSE}\n")
    assert [a.name for a in doc.authors] == ["Fredrik Ek"]


def test_a_name_alone_under_the_headline_over_running_text_is_the_byline():
    """Round 15: the writer's name without its "Av", straight under the headline."""
    [doc] = split(f"Barnen fick inte komma hem\n\nRuben Alm Ek\n\n{PROSE}\n")
    assert [a.name for a in doc.authors] == ["Ruben Alm Ek"]


def test_a_name_alone_under_the_headline_that_the_text_speaks_of_is_no_byline():
    [doc] = split(f"Volontären som vände\n\nRuben Ek\n\n{PROSE}\n\nI dag föreläser Ruben Ek om skulder.\n")
    assert doc.authors == []


def test_a_members_question_under_its_headline_names_its_writer_and_party():
    """Round 15: "Skriftlig fråga 2023/24:101 av Eva Ek (S)" under the headline of a parliament page."""
    [doc] = split(f"Bristen på boenden i Norrvik\n\nSkriftlig fråga 2023/24:101 av Eva Ek (S)\n\n{PROSE}\n")
    assert [(a.name, a.party) for a in doc.authors] == [("Eva Ek", "S")]
