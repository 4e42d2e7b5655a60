"""Which line is the title when images, captions and links stand around it, and where one dated post ends
(pipeline/segment/*): an image description opening "Bild från", an alt text repeated in a credited caption and
a "Läs hela artikeln här" link are neither title nor text, a quoted headline keeps its speaker after it, and
each post dated above its headline is a document of its own even when the copy cuts the last one.

Shapes from issue 10's pass 2 over 48 development texts (headlines and kickers:
test_headlines_and_kickers.py). Every text here is invented (names, places and words of our own); only the
layout is that of real pages."""

from datetime import date

from reform_kb.pipeline.parse import parse_file

from .invented_pages import BODY, CONTEXT, MORE, only


def test_an_image_description_opening_bild_fran_is_not_the_title():
    text = f"Bild från förvaltningens presentation om anhörigstöd i Norrvik\n\nNytt stöd för anhöriga\n\n{BODY}\n\n{MORE}\n"
    assert only(text).title == "Nytt stöd för anhöriga"


def test_an_alt_text_repeated_in_the_caption_with_a_credit_is_not_the_title():
    text = (
        "Matlådorna blir dyrare\n\nMatlådorna blir dyrare Foto: Anna Ek\n\n"
        f"Pensionärer i Norrvik får betala mer för maten\n\n{BODY}\n\n{MORE}\n"
    )
    assert only(text).title == "Pensionärer i Norrvik får betala mer för maten"


def test_a_read_the_whole_article_here_link_is_neither_a_title_nor_text():
    doc = only(
        f"Läs hela artikeln här\n\nNytt stöd för anhöriga\n\n{BODY}\n\n{MORE}\n\nLäs hela artikeln här\n"
    )
    assert doc.title == "Nytt stöd för anhöriga"
    assert "Läs hela artikeln" not in doc.body


def test_a_quoted_headline_with_its_speaker_after_it_is_the_title():
    headline = '"Vi vill bestämma över våra egna liv" - Karin Alm, FUB'
    doc = only(f"{headline}\n\n{BODY}\n\n{MORE}\n\nLäs hela artikeln här\n")
    assert doc.title == headline


def test_each_post_dated_above_its_headline_is_a_document_even_when_the_copy_cuts_the_last_one():
    text = (
        f"måndag 3 oktober 2016\n\nFler platser i gruppbostad\n\n{BODY}\n\n{MORE}\n\n"
        "fredag 30 september 2016\n\nVad vill regeringen?\n\n\n"
        "Nyligen skrev ministern i en tidning några saker som får en att tro att regeringen vill ändra"
    )
    docs = parse_file("sida.txt", text, CONTEXT)
    assert [(d.title, d.published) for d in docs] == [
        ("Fler platser i gruppbostad", date(2016, 10, 3)),
        ("Vad vill regeringen?", date(2016, 9, 30)),
    ]
