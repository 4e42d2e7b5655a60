"""The publisher a text names in so many words (pipeline/segment/*): "Vi på ..." and "Vi från ..." in the
narrative, the organisation a press release's lead opens on, the sender a consultation response's opening
names or its own genitive ("Lunds kommuns yttrande"); a quoted "we", a "we" from a place and the ministry a
response is sent to name no publisher. A wrong publisher puts a text in another organisation's name.

Shapes from issue 10's tuning round 2 and pass 2 (the "we" voice and copyright footers:
test_publishers_in_their_own_voice.py). Every text here is invented (names, places and words of our own); only
the layout is that of real pages."""

import pytest

from reform_kb.pipeline.records import DocumentKind

from .invented_pages import BODY, MORE, PROSE, _document, only
from .scoring import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


def test_we_at_an_organisation_in_the_narrative_names_the_publisher():
    text = (
        "Så fungerar ledsagarservice\n\n"
        "Ledsagarservice är en insats enligt LSS som ger stöd att delta i samhällets gemenskap och leva som andra.\n\n"
        f"{MORE}\n\n"
        "Vi på Rättsbyrån hjälper er gärna med frågor om ledsagning, så hör av er till oss!\n"
    )
    assert only(text).organisations == ["Rättsbyrån"]


def test_we_in_a_place_or_a_quoted_we_names_no_publisher():
    text = (
        "Så fungerar ledsagarservice\n\n"
        f"{BODY}\n\n"
        "– Vi på Lindgården märker att behoven växer, säger enhetschefen Eva Holm.\n\n"
        "Vi från Umeå har länge önskat oss fler platser.\n"
    )
    assert only(text).organisations == []


def test_we_from_a_party_names_the_party_as_publisher():
    text = (
        "Angående fritidsgårdarna\n\n"
        f"{BODY}\n\n"
        "Vi från Piratpartiet vill därför ha svar på följande frågor av nämndens ordförande:\n\n"
        "Hur ska fritidsgårdarna bemannas i höst?\n"
    )
    assert only(text).organisations == ["Piratpartiet"]


def test_a_press_release_without_a_contact_block_is_sent_by_the_organisation_its_lead_opens_on():
    text = (
        "Fler pressmeddelanden\n\nBrister i stödet till socialsekreterare\n\n"
        "Arbetsmiljöverkets granskning av socialtjänsten i tolv kommuner visar att cheferna saknar tid för stöd.\n\n"
        f"{BODY}\n\n{MORE}\n"
    )
    doc = only(text)
    assert doc.kind == DocumentKind.PRESSMEDDELANDE
    assert doc.organisations == ["Arbetsmiljöverket"]


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
