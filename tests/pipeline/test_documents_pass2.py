"""Round 3, pass 2: titles, dates, kinds, authors and publishers of shapes that the 48 newest development
texts showed and the rules of pass 1 did not foresee. Every text here is invented (names, places and words
of our own); only the layout is that of real pages.
"""

from datetime import date

from reform_kb.pipeline.organisations import reference_organisations
from reform_kb.pipeline.parse import parse_file
from reform_kb.pipeline.records import DocumentKind, ParseContext
from reform_kb.pipeline.text import is_date_line, parse_date

CONTEXT = ParseContext(organisations=reference_organisations())
BODY = (
    "Kommunen har under året sett ett växande behov av stöd till familjer med barn som har "
    "funktionsnedsättningar, och nämnden vill nu pröva nya arbetssätt i hela socialtjänsten."
)
MORE = (
    "Förvaltningen räknar med att de nya rutinerna ska vara på plats före sommaren, och personalen på "
    "boendena har redan fått en första utbildning i hur arbetet ska gå till i vardagen."
)


def only(text):
    docs = parse_file("sida.txt", text, CONTEXT)
    assert len(docs) == 1, [d.title for d in docs]
    return docs[0]


# -- dates ----------------------------------------------------------------------------------------


def test_an_english_month_name_from_a_page_template_is_read():
    assert parse_date("Publicerad 07 March 2021 00:00") == date(2021, 3, 7)
    assert parse_date("Oct 3, 2019") == date(2019, 10, 3)


def test_a_publicerad_line_with_an_english_month_dates_the_document():
    doc = only(
        f"Nya regler för matlådorna i Borgvik\n\n{BODY}\n\n{MORE}\n\nPublicerad 12 August 2020 00:00\n"
    )
    assert doc.published == date(2020, 8, 12)


def test_a_date_in_figures_with_full_stops_is_a_date():
    assert parse_date("3.4.2018") == date(2018, 4, 3)
    assert is_date_line("14.09.2022 kl. 08:15")


def test_a_decimal_number_or_a_section_number_is_no_date():
    assert parse_date("Kostnaden steg med 2.5 procent till 1.2.3 i planen") is None
    assert parse_date("version 1.12.20245") is None


def test_a_timestamp_glued_to_the_end_of_the_ingress_dates_the_document_and_leaves_the_text():
    ingress = "Matlådor. Frivilliga i Norrvik lagar mat till äldre som bor ensamma över helgerna. 14.09.2022 kl. 08:15"
    doc = only(f"Frivilliga lagar mat åt äldre i Norrvik\n\n{ingress}\n\n{BODY}\n\n{MORE}\n")
    assert doc.published == date(2022, 9, 14)
    assert "08:15" not in doc.body


def test_a_date_inside_a_sentence_without_a_clock_time_is_not_a_stamp():
    ingress = "Nämnden i Norrvik fattade beslutet om matlådorna den 3 april 2018."
    doc = only(f"Frivilliga lagar mat åt äldre i Norrvik\n\n{ingress}\n\n{BODY}\n\n{MORE}\n")
    assert doc.published is None


# -- authors --------------------------------------------------------------------------------------


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


# -- kinds ----------------------------------------------------------------------------------------


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


def test_a_bylined_text_without_other_signs_is_an_article():
    text = f"{BODY}\nSamhälle|Jonas Wiklander\n{MORE}\n"
    assert only(text).kind == DocumentKind.ARTIKEL


# -- titles and documents -------------------------------------------------------------------------


def test_an_image_description_opening_bild_fran_is_not_the_title():
    text = f"Bild från förvaltningens presentation om anhörigstöd i Norrvik\n\nNytt stöd för anhöriga\n\n{BODY}\n\n{MORE}\n"
    assert only(text).title == "Nytt stöd för anhöriga"


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


def test_an_alt_text_repeated_in_the_caption_with_a_credit_is_not_the_title():
    text = (
        "Matlådorna blir dyrare\n\nMatlådorna blir dyrare Foto: Anna Ek\n\n"
        f"Pensionärer i Norrvik får betala mer för maten\n\n{BODY}\n\n{MORE}\n"
    )
    assert only(text).title == "Pensionärer i Norrvik får betala mer för maten"


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


# -- publishers -----------------------------------------------------------------------------------


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


def test_a_press_release_without_a_contact_block_is_sent_by_the_organisation_its_lead_opens_on():
    text = (
        "Fler pressmeddelanden\n\nBrister i stödet till socialsekreterare\n\n"
        "Arbetsmiljöverkets granskning av socialtjänsten i tolv kommuner visar att cheferna saknar tid för stöd.\n\n"
        f"{BODY}\n\n{MORE}\n"
    )
    doc = only(text)
    assert doc.kind == DocumentKind.PRESSMEDDELANDE
    assert doc.organisations == ["Arbetsmiljöverket"]


def test_we_from_a_party_names_the_party_as_publisher():
    text = (
        "Angående fritidsgårdarna\n\n"
        f"{BODY}\n\n"
        "Vi från Piratpartiet vill därför ha svar på följande frågor av nämndens ordförande:\n\n"
        "Hur ska fritidsgårdarna bemannas i höst?\n"
    )
    assert only(text).organisations == ["Piratpartiet"]


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
