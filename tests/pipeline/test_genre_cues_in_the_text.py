"""The kind a document gives itself in its own words (pipeline/segment/kinds.py): an opinion disclaimer or an
"INSÄNDARE/DEBATT" head makes a debate article, a writer speaking as "I" a blog post, a diary number line a
consultation response, a link to more press releases a press release; running text naming a person, a bylined
text, a page calling itself a news item or a photo credited to a photographer mark news, while someone else's
"I" in a quotation, a press release an article cites or an information page keep their kind. The kind decides
how the knowledge base files and weighs a text.

Shapes from issue 10's tuning rounds 2 and 4 and pass 2 (genre labels:
test_page_furniture_and_genre_labels.py; consultation responses: test_consultation_responses.py). Every text
here is invented, in the shapes the development texts showed."""

import pytest

from reform_kb.pipeline.parse import parse_file
from reform_kb.pipeline.records import DocumentKind

from .invented import split
from .invented_pages import BODY, MORE, PROSE, only
from .scoring import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


def _kind(text, context):
    documents = parse_file("invented.txt", text, context)
    assert len(documents) == 1
    return documents[0].kind


INFO = (
    "Ekonomiskt bistånd kan sökas av den som inte kan försörja sig på annat sätt. Ansökan görs hos "
    "socialtjänsten och prövas utifrån hushållets samlade situation och behov."
)


def test_the_newspapers_opinion_disclaimer_makes_a_debate_article(context):
    text = f"Låt personalen göra sitt jobb\n\nDet här är en insändare. Åsikterna är skribentens egna.\n\n{PROSE}\n"
    assert _kind(text, context) is DocumentKind.DEBATTARTIKEL


def test_a_headline_opening_insandare_slash_debatt_makes_a_debate_article(context):
    text = f"INSÄNDARE/DEBATT: Staten måste ta ansvar för bemanningen\n\n{PROSE}\n\n{PROSE}\n"
    assert _kind(text, context) is DocumentKind.DEBATTARTIKEL


def test_an_opinion_material_disclaimer_makes_a_debate_article_and_its_organisation_publishes_it():
    text = (
        "Socialtjänsten behöver mer tid för barnen\n\n"
        "Regeringens förslag räcker inte för att ge barnen det stöd de behöver, menar föreningen.\n\n"
        "Publicerad: 4 maj 2019, 08:10\n\n"
        "Det här är opinionsmaterial\n\n"
        "Åsikterna som uttrycks här står skribenten/skribenterna för.\n\n"
        "Vision har länge drivit frågan om socialsekreterarnas arbetsvillkor. Vi menar att förslaget inte räcker, "
        "och vi vill att regeringen lyssnar på dem som gör jobbet varje dag.\n\n"
        f"{MORE}\n"
    )
    doc = only(text)
    assert doc.kind == DocumentKind.DEBATTARTIKEL
    assert doc.organisations == ["Vision"]


def test_a_writer_speaking_as_i_makes_a_blog_post(context):
    text = (
        "Tankar efter en lång vecka\n\nI veckan har jag följt med en hemtjänstgrupp en hel dag. "
        f"Det fick mig att tänka om.\n\n{PROSE}\n"
    )
    assert _kind(text, context) is DocumentKind.BLOGGINLAGG


def test_someone_elses_i_in_a_quotation_keeps_the_default(context):
    text = (
        "Ny modell i hemtjänsten\n\n"
        f"{PROSE}\n\n– Jag tycker att det har blivit bättre för mig och mina kollegor, säger Eva Lund.\n"
    )
    assert _kind(text, context) is DocumentKind.ARTIKEL


def test_a_diary_number_line_makes_a_consultation_response(context):
    text = (
        "Betänkandet Bättre stöd till familjer (SOU 2031:12)\n\n"
        f"Diarienummer: 4.2-1234/31\n\nInledning\n\nNämnden tillstyrker förslagen i stort. {PROSE}\n"
    )
    assert _kind(text, context) is DocumentKind.REMISSVAR


def test_a_news_story_about_a_consultation_response_stays_an_article(context):
    text = (
        "Kritik mot nya lagen\n\nFlera kommuner kritiserar förslaget i sina remissvar, visar en genomgång. "
        f"{PROSE}\n\n– Det är för dyrt, säger Eva Lund.\n"
    )
    assert _kind(text, context) is DocumentKind.ARTIKEL


def test_a_link_to_more_press_releases_above_the_headline_makes_a_press_release():
    text = f"Fler pressmeddelanden\n\nTillsynen av hemtjänsten i Norrvik skärps\n\n{BODY}\n\n{MORE}\n"
    assert only(text).kind == DocumentKind.PRESSMEDDELANDE


def test_a_press_release_that_an_article_cites_does_not_make_it_one():
    text = (
        "Kommunen inför ett nytt stöd för unga vuxna i Norrvik från och med hösten.\n\n"
        "– Vi vill nå de unga tidigare, skriver socialnämndens ordförande Lisa Holm i ett pressmeddelande.\n\n"
        f"{MORE}\n"
    )
    assert only(text).kind != DocumentKind.PRESSMEDDELANDE


def test_running_text_that_names_a_person_is_news(context):
    text = (
        "Ny modell för stöd till familjer\n\n"
        "Under våren besökte Karin Holm, utvecklingsledare i kommunen, fem skolor för att berätta om satsningen. "
        f"{PROSE}\n"
    )
    assert _kind(text, context) is DocumentKind.ARTIKEL


def test_an_information_page_naming_a_person_outside_running_text_stays_other(context):
    text = f"Ekonomiskt bistånd\n\n{INFO}\n\nAnsvarig handläggare: Karin Holm\n"
    assert _kind(text, context) is DocumentKind.ANNAN


def test_a_bylined_text_without_other_signs_is_an_article():
    text = f"{BODY}\nSamhälle|Jonas Wiklander\n{MORE}\n"
    assert only(text).kind == DocumentKind.ARTIKEL


def test_a_page_calling_itself_a_news_item_is_an_article():
    text = (
        "Denna nyhet är äldre än 6 månader och är kanske inte aktuell längre.\n\n"
        "Nytt namn på fritidsgårdarna\n\nFritidsgårdarna kommer att byta namn till mötesplatser för unga.\n\n"
        "Kommunfullmäktige har beslutat att de nya namnen ska börja gälla den 1 januari 2031. Namnbytet ska "
        "spegla verksamheten bättre.\n"
    )
    [doc] = split(text)
    assert doc.kind == DocumentKind.ARTIKEL


def test_a_photo_credited_to_a_named_photographer_marks_news():
    text = (
        "Fältassistenter lämnar stadsdelen\n\nSex fältassistenter har slutat under våren.\n"
        "Orsaken ska vara den höga arbetsbelastningen.\nFoto: Nils Forsberg\n"
    )
    [doc] = split(text)
    assert doc.kind == DocumentKind.ARTIKEL
