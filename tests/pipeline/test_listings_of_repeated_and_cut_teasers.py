"""News lists whose headlines the page prints twice, whose teasers the site cuts with an ellipsis, and which
stand under a section's labels (issue 10, round 19: the shapes of the former test18's misses).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from reform_kb.pipeline.parse import parse_file

from .scoring import reference_context


def _titles(text):
    return [d.title for d in parse_file("sida.txt", text, reference_context())]


ITEMS = [
    ("Två nya fall på boendet", "Nyheter Förvaltningen meddelar två nya fall på ett av boendena…"),
    ("Personalen får vaccin", "Nyheter Nu får personalen i hemtjänsten sin första dos, meddelar kommunen i dag…"),
    ("”Vi ser ljuset i tunneln nu”", "Nyheter Enhetschefen är glad över beskedet om vaccinet till boendena. …"),
    ("Färre fall i omsorgen", "Nyheter Antalet fall fortsätter att minska i vecka sju…"),
]


def test_a_tag_page_printing_each_headline_twice_over_a_cut_teaser_is_a_list_of_its_items():
    text = "hemtjänsten\n\n" + "\n\n".join(f"{title}\n\n{title}\n\n{teaser}" for title, teaser in ITEMS)
    assert _titles(text) == [title for title, _ in ITEMS]


SECTION_ITEMS = [
    ("Biblioteket stänger över påsk", "Biblioteken i kommunen håller stängt under helgen, liksom simhallen och "
     "idrottshallarna som annars kan bokas."),
    ("Nytt boende för äldre står klart", "Det nya boendet har plats för fyrtio äldre och de första flyttar in "
     "redan i maj enligt förvaltningen."),
    ("Färre barn i kö till förskolan", "Kön till förskolan är den kortaste på flera år, visar förvaltningens "
     "siffror som presenterades på tisdagen."),
    ("Skolmaten blir dyrare från hösten och föräldrarna i flera byar är oroliga för vad som händer med de minsta "
     "skolornas kök", "Priset på livsmedel har stigit och nämnden vill nu se över hur"),
]


def test_a_section_page_under_its_menu_labels_with_image_labels_is_a_list_of_its_items():
    text = "Lokalt\n\nOmsorg & skola\n\nMest läst senaste veckan\n\nLokalt\n\n" + "\n\n".join(
        f"Nyhetsbild\n\n{title}\n\n{teaser}" for title, teaser in SECTION_ITEMS
    )
    assert _titles(text) == [title for title, _ in SECTION_ITEMS]


def test_an_article_under_a_section_label_with_crossheads_stays_one_document():
    text = (
        "Lokalt\n\nNy plan för hemtjänsten\n\n"
        "Kommunen ska anställa fler i hemtjänsten och korta tiderna mellan besöken, enligt den nya planen.\n\n"
        "Fler anställda\n\n"
        "Tio nya tjänster inrättas under året och de första börjar redan i mars, säger förvaltningen.\n\n"
        "Kortare tider\n\n"
        "Tiden mellan besöken ska bli kortare i alla områden, även ute i byarna där resorna är långa."
    )
    assert _titles(text) == ["Ny plan för hemtjänsten"]


def test_a_contents_label_under_the_headline_is_no_headline():
    text = (
        "• Hem\n • Valprogram 20...\n\nValprogram 2026\n\nInnehåll\n\n"
        "Klicka på rubrikerna för att läsa mer om varje del av programmet.\n\n"
        "Trygg omsorg\nSkola för alla\nKultur och fritid\n\n"
        "Vi vill att alla i kommunen ska kunna leva ett tryggt liv, med en omsorg som finns nära när den behövs."
    )
    assert _titles(text) == ["Valprogram 2026"]


def test_a_motions_kind_and_session_under_its_headline_is_no_headline():
    text = (
        "Försörjningsstöd\n\nMotion 2003/04\nStockholm den 5 oktober 2003\n\nFörslag till riksdagsbeslut\n\n"
        "Riksdagen tillkännager för regeringen som sin mening vad i motionen anförs om normen för försörjningsstöd."
    )
    assert _titles(text) == ["Försörjningsstöd"]


def test_a_read_more_link_naming_its_topic_is_no_document():
    text = (
        "Stöd i vardagen\n\nStödet vänder sig till dig som har svårt att få vardagen att fungera och behöver hjälp "
        "i kontakter med myndigheter.\n\nDet kostar ingenting och du bestämmer själv vad stödet ska handla om.\n\n"
        "Läs mer om stöd i vardagen\n\nSenast uppdaterad den 2 mars 2024\n\nTranslate the website with Google translate."
    )
    assert _titles(text) == ["Stöd i vardagen"]
