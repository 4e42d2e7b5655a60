"""What stands above or around a headline without being one (pipeline/segment/*): lone separators and buttons,
pop-up dialogs, a shop's basket, an old-browser banner, share buttons and images' alt texts are furniture; a
genre label ("Pressmeddelande -", "Debattinlägg", an opinion disclaimer under the ingress) gives the document
its kind and is not its title. Furniture taken for a title hides the real one, and a genre label read as text
loses the kind.

Shapes from issue 10's tuning rounds 3 and 4. Every text here is invented: other names, other words, the same
layout."""

import pytest

from reform_kb.pipeline.records import DocumentKind

from .invented import MORE, PROSE, split


@pytest.mark.parametrize("junk", ["·", "•", "×", "Zoom", "• Läs mer"])
def test_lone_separators_and_buttons_are_furniture(junk):
    text = f"{junk}\n\nFritidsgården öppnar igen\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Fritidsgården öppnar igen"
    assert junk not in doc.body


def test_a_pop_up_dialog_between_close_buttons_is_furniture():
    dialog = "×\n\nBli medlem i förbundet – två månader gratis\n\nLäs om medlemskapet\n\nGå vidare\n\n×"
    text = f"{dialog}\n\nFritidsgården öppnar igen\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Fritidsgården öppnar igen"
    assert "medlem" not in doc.body


def test_a_shops_basket_is_furniture():
    text = f"2 artiklar i varukorgen\n\nLagt i varukorgen\n\nFritidsgården öppnar igen\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Fritidsgården öppnar igen"


def test_an_old_browser_banner_is_no_document():
    text = (
        "Hej! Du använder en gammal webbläsare. Uppdatera den för att se sidan som den är tänkt.\n\n"
        f"Fritidsgården öppnar igen\n\n{PROSE}\n\n{MORE}\n"
    )
    [doc] = split(text)
    assert doc.title == "Fritidsgården öppnar igen"
    assert "webbläsare" not in doc.body


def test_an_english_share_button_is_no_title():
    text = f"Share This Post\n\nNya tider på fritidsgården\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Nya tider på fritidsgården"


def test_an_images_alt_text_is_no_headline():
    text = f"Bostadsbidrag\n\nBild på en nyckelknippa\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Bostadsbidrag"


def test_a_genre_label_with_a_trailing_dash_gives_the_kind_not_the_title():
    text = f"Gå direkt till innehåll\n\nPressmeddelande -\n\nFritidsgården öppnar igen\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Fritidsgården öppnar igen"
    assert doc.kind == DocumentKind.PRESSMEDDELANDE


def test_debattinlagg_under_a_caption_is_a_genre_label():
    text = (
        "Lisa Berg, socionom. Foto: Per Ek\nDebattinlägg\n\n”Lyssna på socionomerna”\n\n"
        f"Kommunen.\n\n{PROSE}\n\n{MORE}\n"
    )
    [doc] = split(text)
    assert doc.title == "”Lyssna på socionomerna”"
    assert doc.kind == DocumentKind.DEBATTARTIKEL


def test_the_opinion_disclaimer_under_the_ingress_and_photo_makes_a_debate_article():
    text = (
        "Ge hemtjänsten tid\n\nPersonalen springer mellan besöken.\n\nUndersköterskor på väg. Foto: Per Ek\n\n"
        "Foto: Per Ek\n\nKrönika2025-01-10 06:00\n\nDet här är en krönika. Åsikterna i texten är skribentens egna.\n\n"
        f"{PROSE}\n\n{MORE}\n"
    )
    [doc] = split(text)
    assert doc.kind == DocumentKind.DEBATTARTIKEL


def test_a_site_banner_between_the_browser_title_and_the_headline_is_not_the_title():
    """'Rubriken | Site', then the site's welcome banner, then the headline printed again (round 14)."""
    text = (
        "Fler platser i hemtjänsten | Föreningen Äldrekraft i Ösby\nVälkommen till Äldrekraft Ösby\n\n"
        f"Fler platser i hemtjänsten\n\n{PROSE}\n\n{MORE}\n"
    )
    [doc] = split(text)
    assert doc.title == "Fler platser i hemtjänsten"


def test_a_date_between_the_browser_title_and_the_headline_still_dates_the_document():
    text = (
        "Fler platser i hemtjänsten | Föreningen Äldrekraft i Ösby\n12 mars 2024\n\n"
        f"Fler platser i hemtjänsten\n\n{PROSE}\n\n{MORE}\n"
    )
    [doc] = split(text)
    assert doc.title == "Fler platser i hemtjänsten"
    assert str(doc.published) == "2024-03-12"


def test_a_teaser_sentence_between_the_browser_title_and_the_headline_stays_in_the_text():
    text = (
        "Fler platser i hemtjänsten | Ösbybladet\n• I hela kommunen väntar 40 personer på hemtjänst i år.\n\n"
        f"Fler platser i hemtjänsten\n\n{PROSE}\n\n{MORE}\n"
    )
    [doc] = split(text)
    assert doc.title == "Fler platser i hemtjänsten"
    assert "väntar 40 personer" in doc.body


@pytest.mark.parametrize("link", ["This page in English", "This page is also available in English"])
def test_a_link_to_the_english_page_is_not_the_headline(link):
    text = f"{link}\n\nForskningsprojekt\n\nStöd till unga anhöriga\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title != link


@pytest.mark.parametrize("junk", ["Hoppa över navigering", "Utskrift från www.exempelby.se", "Ladda ner årsrapport 2021"])
def test_a_skip_link_a_print_header_and_a_download_link_are_no_title(junk):
    """Round 16: a page's print view and its links on the line above the headline."""
    text = f"{junk}\nFritidsgården öppnar igen\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Fritidsgården öppnar igen"


@pytest.mark.parametrize(
    "junk",
    ["Till innehåll", "Till innehåll på sidan", "Gå till sidans innehåll", "Ängeby kommuns logga, till startsidan",
     "Translate this page to another language"],
)
def test_a_skip_link_a_logo_link_and_a_translate_button_are_no_title(junk):
    """Round 17: a municipal page's head, from the former test16's misses, a paragraph above its headline."""
    text = f"{junk}\n\nFritidsgården\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Fritidsgården"


def test_a_contact_box_over_the_news_is_furniture_not_its_headline():
    """Round 17 (the former test16): a municipal template's contact box above the news; its telephone number
    was taken for the headline."""
    box = "Kontakta oss\n\nTelefon:\n\n0123-456 00\n\nE-post:\n\nkommun@exempelby.se\n\nBesöksadress:\n\nStorgatan 1, Exempelby"
    [doc] = split(f"{box}\n\nFritidsgården öppnar igen\n\n{PROSE}\n\n{MORE}\n")
    assert doc.title == "Fritidsgården öppnar igen"
    assert "0123-456 00" not in doc.body


def test_a_telephone_number_in_a_sentence_stays_in_the_text():
    text = f"Fritidsgården öppnar igen\n\n{PROSE}\n\nTelefon: Ring 0123-456 00 om du vill boka en tid hos oss i höst.\n"
    [doc] = split(text)
    assert "0123-456 00" in doc.body


def test_a_templates_empty_field_labels_are_no_title():
    """Round 17 (the former test16): a university's news template, "Text" / "Datum …" / "Artikeltyp Aktuellt"."""
    text = f"Text\n\nDatum 2019-03-20\nArtikeltyp Aktuellt\n\nFritidsgården öppnar igen\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Fritidsgården öppnar igen"


def test_a_back_link_and_a_magazine_source_line_are_no_title():
    """Round 17 (the former test16): a blog republishing its own article under the magazine and its issue."""
    text = f"» tillbaka\nFritidsgården öppnar igen\n\nTidningen Exempelbladet, 35/2003\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Fritidsgården öppnar igen"


def test_a_notice_to_browsers_without_scripts_is_furniture():
    """Round 17 (the former test16): a municipal site's first line."""
    notice = "Antingen stödjer din webbläsare inte javascript, eller är javascript inaktiverat. Denna webbplats fungerar bäst om du aktiverar javascript."
    [doc] = split(f"{notice}\n\nFritidsgården öppnar igen\n\n{PROSE}\n\n{MORE}\n")
    assert doc.title == "Fritidsgården öppnar igen"
    assert "javascript" not in doc.body
