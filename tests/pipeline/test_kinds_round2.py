"""Issue 10, round 2: genre cues a document gives in its own words (pipeline/segment/kinds.py).

The texts are invented, in the shapes the development part showed."""

import pytest

from reform_kb.pipeline.parse import parse_file
from reform_kb.pipeline.records import DocumentKind
from tests.pipeline.scoring import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


def _kind(text, context):
    documents = parse_file("invented.txt", text, context)
    assert len(documents) == 1
    return documents[0].kind


PROSE = (
    "Hemtjänsten i länet har fått nya rutiner under hösten, och personalen har fått gå kurser i "
    "dokumentation. Förändringen har mötts av både beröm och kritik från brukarna."
)


def test_the_newspapers_opinion_disclaimer_makes_a_debate_article(context):
    text = f"Låt personalen göra sitt jobb\n\nDet här är en insändare. Åsikterna är skribentens egna.\n\n{PROSE}\n"
    assert _kind(text, context) is DocumentKind.DEBATTARTIKEL


def test_a_headline_opening_insandare_slash_debatt_makes_a_debate_article(context):
    text = f"INSÄNDARE/DEBATT: Staten måste ta ansvar för bemanningen\n\n{PROSE}\n\n{PROSE}\n"
    assert _kind(text, context) is DocumentKind.DEBATTARTIKEL


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


def _document(text, context):
    documents = parse_file("invented.txt", text, context)
    assert len(documents) == 1
    return documents[0]


def test_a_consultation_response_is_published_by_the_sender_its_opening_names(context):
    text = (
        "Betänkandet Bättre stöd till familjer (SOU 2031:12)\n\nDiarienummer: 4.2-1234/31\n\n"
        "Socialdepartementet har bett om synpunkter. Rädda Barnen välkomnar förslagen i stort men "
        f"saknar barnets perspektiv i kapitel 5. {PROSE}\n"
    )
    document = _document(text, context)
    assert document.kind is DocumentKind.REMISSVAR
    assert document.organisations == ["Rädda Barnen"]


def test_a_municipalitys_response_names_itself_in_the_genitive(context):
    text = (
        "Svar på remiss om nya socialtjänstlagen\n\nÄrendet gäller svar på remiss från Socialdepartementet. "
        f"Skrivelsen överlämnas som Lunds kommuns yttrande över betänkandet.\n\n{PROSE}\n"
    )
    document = _document(text, context)
    assert document.kind is DocumentKind.REMISSVAR
    assert document.organisations == ["Lunds kommun"]


def test_the_ministry_a_response_is_sent_to_is_not_its_sender(context):
    text = (
        "Betänkandet Bättre stöd till familjer (SOU 2031:12)\n\nDiarienummer: 4.2-1234/31\n\n"
        f"Socialdepartementet vill särskilt ha synpunkter på kapitel 5. {PROSE}\n"
    )
    assert _document(text, context).organisations == []


INFO = (
    "Ekonomiskt bistånd kan sökas av den som inte kan försörja sig på annat sätt. Ansökan görs hos "
    "socialtjänsten och prövas utifrån hushållets samlade situation och behov."
)


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
