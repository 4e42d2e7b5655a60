"""Issue 10, round 4: documents, titles, dates and kinds in the shapes the former test part showed
(pipeline/segment/*). Every text here is invented: other names, other words, the same layout."""

from datetime import date

from reform_kb.pipeline.records import DocumentKind
from reform_kb.pipeline.segment.lines import split_glued_headline

from .invented import MORE, PROSE, split


def test_bulleted_post_titles_each_over_a_cut_teaser_are_one_document_each():
    text = (
        "Ordförandens blogg\n\n"
        " • Vad kostar en tom lokal?\n\n"
        "  Gick förbi den gamla fritidsgården i går och såg att skylten fortfarande hänger kvar på [\u2026]\n\n"
        " • Möte med grannkommunerna\n\n"
        "  I morse samlades vi för att diskutera hur placeringarna ska fördelas mellan [\u2026]\n\n"
        " • Tack för i år!\n\n"
        "  Året lider mot sitt slut och jag vill passa på att tacka alla som har [\u2026]\n"
    )
    docs = split(text)
    assert [d.title for d in docs] == [
        "Vad kostar en tom lokal?",
        "Möte med grannkommunerna",
        "Tack för i år!",
    ]
    assert all(d.kind == DocumentKind.BLOGGINLAGG for d in docs)
    assert "placeringarna" in docs[1].body and "placeringarna" not in docs[0].body


def test_an_articles_bulleted_list_stays_in_the_article():
    text = (
        f"Nya tider på fritidsgården\n\n{PROSE}\n\n"
        " • Längre öppettider\n\nGården är öppen till klockan tio på fredagar och lördagar.\n\n"
        " • Fler vuxna\n\nTvå nya fältassistenter anställs under hösten.\n\n"
        " • Nya lokaler\n\nKöket byggs om så att ungdomarna kan laga mat tillsammans.\n\n"
        f"{MORE}\n"
    )
    [doc] = split(text)
    assert doc.title == "Nya tider på fritidsgården"


def test_a_date_beside_a_genre_label_dates_the_quoted_headline_and_gives_its_kind():
    text = (
        "”Ge alla unga en ”fritidsgaranti” i hela landet” - Föreningen Fritid För Alla\n"
        "fritidsgaranti-foreningen\n\n"
        "”Ge alla unga en ”fritidsgaranti” i hela landet”\n\n"
        "14 mars, 2023 • Ämne: Debattartikel\n\n"
        f"{PROSE}\n\n{MORE}\n"
    )
    [doc] = split(text)
    assert doc.title == "”Ge alla unga en ”fritidsgaranti” i hela landet”"
    assert doc.published == date(2023, 3, 14)
    assert doc.kind == DocumentKind.DEBATTARTIKEL


def test_a_date_beside_a_topic_label_leaves_the_label_as_furniture():
    text = f"Nya tider på fritidsgården\n\n2 maj 2024 • Ämne: Fritid\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Nya tider på fritidsgården"
    assert doc.published == date(2024, 5, 2)
    assert "Ämne" not in doc.body


def test_an_english_share_button_is_no_title():
    text = f"Share This Post\n\nNya tider på fritidsgården\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Nya tider på fritidsgården"


def test_a_quoted_headline_glued_to_its_first_paragraph_is_the_title():
    text = f"”Varför får vi inte bo kvar?”Förra hösten fick hyresgästerna ett brev från värden.\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "”Varför får vi inte bo kvar?”"
    assert doc.body.startswith("Förra hösten fick hyresgästerna")


def test_a_quotation_opening_a_sentence_is_not_split_off():
    text = f"Nya tider på fritidsgården\n\n”Det är bra”, säger hon. Förra hösten ändrades öppettiderna.\n\n{PROSE}\n"
    [doc] = split(text)
    assert "”Det är bra”, säger hon." in doc.body


def test_a_kicker_with_a_colon_over_the_headline_makes_one_title():
    text = f"Krönika i Tidningen Omsorg (4/9):\nVem bär ansvaret för de äldre?\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Krönika i Tidningen Omsorg (4/9): Vem bär ansvaret för de äldre?"


def test_a_name_with_a_colon_over_a_short_line_is_no_kicker():
    text = f"Nya tider på fritidsgården\n\n{PROSE}\n\nSara Holm:\nDet blev bättre än vi trodde\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Nya tider på fritidsgården"


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


def test_a_bloggers_parting_wish_over_the_name_signs_the_post():
    text = (
        "Varför jag skriver\n\nJag har länge tänkt att jag borde skriva om mitt arbete, och nu gör jag det. "
        f"Jag vet inte riktigt vart det tar vägen.\n\n{PROSE}\n\nTrevlig helg!\n\nMaja Ekström\n"
    )
    [doc] = split(text)
    assert [a.name for a in doc.authors] == ["Maja Ekström"]
    assert doc.kind == DocumentKind.BLOGGINLAGG


def test_an_agency_named_only_in_the_genitive_does_not_publish_a_text_that_says_we():
    text = (
        "Vi måste våga lita på hemtjänsten\n\n2024-04-02\n\n"
        "Vi har följt frågan länge. Enligt Socialstyrelsens mätning förra året är vi många som är nöjda, "
        "och vi tycker att det visar att vår linje var rätt.\n\n"
        "Vi vill nu att vi tillsammans tar nästa steg, och vi står fast vid vårt beslut.\n"
    )
    [doc] = split(text)
    assert "Socialstyrelsen" not in doc.organisations


def test_an_agency_cited_with_a_year_does_not_publish_a_text_that_says_we():
    text = (
        "Räcker familjehemmen till?\n\n2024-04-02\n\n"
        "Allt fler barn placeras i familjehem (Socialstyrelsen, 2023b). Vi menar att vi behöver veta mer, "
        "och vi har därför frågat våra medlemmar om vad vi kan göra.\n\n"
        "Vi ser att vi måste göra mer för att vi ska nå fram.\n"
    )
    [doc] = split(text)
    assert "Socialstyrelsen" not in doc.organisations


def test_a_bulleted_line_naming_a_consultation_response_and_its_dated_label_make_a_dated_response():
    text = (
        "Gå till innehållet\n\nEn trygg fritid\n\n"
        "  • Remissvar på betänkandet En trygg fritid för alla barn (SOU 2030:12)\n\n"
        "    Remissvar från 2030-05-14:\n\n"
        "    Föreningen Fritid För Alla tillstyrker förslaget men vill att barnens egna röster hörs mer i det "
        "fortsatta arbetet, och att kommunerna får stöd att följa upp insatserna.\n"
    )
    [doc] = split(text)
    assert doc.title == "En trygg fritid"
    assert doc.published == date(2030, 5, 14)
    assert doc.kind == DocumentKind.REMISSVAR


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


def test_a_quoted_sentence_glued_to_the_next_one_is_no_headline():
    glued = "”Vi är glada över beslutet.”Det sa Sara Holm efter mötet i går."
    assert split_glued_headline(glued) == [glued]
    text = f"Nya tider på fritidsgården\n\n{PROSE}\n\n”Vi är glada över beslutet.”Det sa Sara Holm efter mötet i går.\n"
    [doc] = split(text)
    assert doc.title == "Nya tider på fritidsgården"
    assert "Det sa Sara Holm" in doc.body
