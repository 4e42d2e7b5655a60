"""Writers named outside a byline block (pipeline/segment/*): a byline split over two lines, a section and
writer row, a politician's portrait with party over a reply, a portrait atop a post written as "I", a reader
letter whose ingress names its writer; a portrait atop a news article and a news ingress saying what someone
thinks name whom the text is about, not who wrote it. A reply line makes a debate article.

Shapes from issue 10's tuning round 2 and pass 2 (byline blocks and signatures:
test_bylines_and_signatures.py). Every text here is invented (names, places and words of our own); only the
layout is that of real pages."""

import pytest

from reform_kb.pipeline.records import DocumentKind

from .invented_pages import BODY, MORE, PROSE, _document, only
from .scoring import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


def test_a_byline_split_over_two_lines_names_the_author():
    text = f"Fler platser i daglig verksamhet\n\n{BODY}\n\nAv\nMärta Lindkvist\n\n{MORE}\n"
    doc = only(text)
    assert [a.name for a in doc.authors] == ["Märta Lindkvist"]
    assert "Märta Lindkvist" not in doc.body


def test_a_section_and_writer_row_names_the_author():
    text = f"{BODY}\nSamhälle|Jonas Wiklander\n{MORE}\n"
    doc = only(text)
    assert [a.name for a in doc.authors] == ["Jonas Wiklander"]


def test_a_politicians_portrait_with_party_names_the_writer_of_a_reply():
    text = (
        "Gustav Ringholm (KD).\n\nGustav Ringholm (KD). Bild: Emma Tall\n\n"
        "Varför vill majoriteten lägga ner fritidsgårdarna?\n\n"
        "Jag blev förvånad när jag läste att majoriteten i Norrvik vill stänga två av kommunens fritidsgårdar.\n\n"
        "Svar på insändare av Ulla Brandt (M).\n\n"
        f"{BODY}\n\n{MORE}\n"
    )
    doc = only(text)
    assert doc.kind == DocumentKind.DEBATTARTIKEL
    assert [a.name for a in doc.authors] == ["Gustav Ringholm"]


def test_a_reply_line_makes_a_text_a_debate_article():
    text = f"Fritidsgårdarna behövs\n\nSvar till Ulla Brandt om fritidsgårdarna.\n\n{BODY}\n\n{MORE}\n"
    assert only(text).kind == DocumentKind.DEBATTARTIKEL


def test_a_portrait_atop_a_post_written_as_i_names_its_writer(context):
    text = (
        "Mer stöd till familjehemmen\n\nLena Ask. Foto: Per Ek.\n\n"
        "I veckan har jag träffat tre familjehem. Det fick mig att tänka om kring stödet. "
        f"{PROSE}\n"
    )
    document = _document(text, context)
    assert document.kind is DocumentKind.BLOGGINLAGG
    assert [a.name for a in document.authors] == ["Lena Ask"]


def test_a_portrait_atop_a_news_article_is_whom_it_is_about_not_its_writer(context):
    text = f"Ny chef för socialtjänsten\n\nLena Ask. Foto: Per Ek.\n\nLena Ask blir ny socialchef i kommunen. {PROSE}\n"
    assert _document(text, context).authors == []


def test_a_reader_letter_whose_ingress_names_its_writer_has_that_author():
    text = (
        "Samma taxa – olika service\n\n"
        "Hemtjänst. Det skiljer sig mycket mellan stadsdelarna i hur hemtjänsten planeras, tycker Rut Forsell i insändaren.\n\n"
        "Insändare 2021-02-03 06:00\n\n"
        "Det här är en insändare. Åsikterna i texten är skribentens egna.\n\n"
        f"{BODY}\n\n{MORE}\n"
    )
    doc = only(text)
    assert doc.kind == DocumentKind.DEBATTARTIKEL
    assert [a.name for a in doc.authors] == ["Rut Forsell"]


def test_a_news_ingress_naming_what_someone_thinks_names_no_author():
    text = (
        "Hemtjänsten får kritik\n\n"
        "Det skiljer sig mycket mellan stadsdelarna i hur hemtjänsten planeras, tycker Rut Forsell.\n\n"
        "Publicerad 3 februari 2021\n\n"
        f"{BODY}\n\n{MORE}\n"
    )
    assert only(text).authors == []
