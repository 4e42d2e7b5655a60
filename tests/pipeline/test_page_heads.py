"""What stands above a headline on real pages and is not it: a section label over the page's date, and
(round 12's shapes) the furniture of a site's head. The texts are invented: other names, other words, the
layouts of real pages."""

from datetime import date

import pytest

from reform_kb.pipeline.organisations import reference_organisations
from reform_kb.pipeline.parse import parse_file
from reform_kb.pipeline.records import ParseContext

CONTEXT = ParseContext(organisations=reference_organisations())
BODY = (
    "Föreningen har under året sett ett växande behov av stöd till äldre som lever ensamma, och styrelsen "
    "vill nu att staten tar ett större ansvar för arbetet i hela landet."
)


def only(text):
    docs = parse_file("sida.txt", text, CONTEXT)
    assert len(docs) == 1, [d.title for d in docs]
    return docs[0]


@pytest.mark.parametrize("label", ["Nyheter från förbundet", "Nyheter från Seniorföreningen Ljuset"])
def test_a_news_section_named_after_its_association_over_the_date_is_not_the_title(label):
    doc = only(f"{label}\n\nGöteborg 3 maj, 2021\n\nBrev till landets regering\n\n{BODY}\n")
    assert (doc.title, doc.published) == ("Brev till landets regering", date(2021, 5, 3))


@pytest.mark.parametrize(
    "links", ["English page Verkkosivu suomeksi", "Lättläst Teckenspråk Andra språk", "Lättläst | English"]
)
def test_the_heads_links_to_other_languages_are_not_the_title(links):
    doc = only(f"{links}\n\nEtt nytt verktyg för kommunernas välfärdsteknik\n\n{BODY}\n")
    assert doc.title == "Ett nytt verktyg för kommunernas välfärdsteknik"


@pytest.mark.parametrize("date_line", ["PUBLICERAD:", "Publicerad: 4 maj 2021"])
def test_a_genre_label_between_the_headline_and_its_date_labels_the_headline(date_line):
    doc = only(f"Vi måste ta ansvar för alla barn\n\nInsändare\n{date_line}\n\n{BODY}\n\nEva Holm, ordförande\n")
    assert (doc.title, doc.kind.value) == ("Vi måste ta ansvar för alla barn", "debattartikel")


def test_a_sites_name_over_todays_date_and_its_menu_is_not_the_title():
    menu = "Hem | Om föreningen | Verksamhet | Kurser | Kontakta oss"
    doc = only(f"Seniorföreningen Ljuset\n\nmåndag, 2 maj - 2022\n\n{menu}\n\nVårt yttrande\n\n{BODY}\n")
    assert doc.title == "Vårt yttrande"


def test_a_consultation_responses_long_headline_naming_the_report_is_the_title():
    headline = (
        "Tryggare vardag för barn i familjehem – stärkt tillsyn, bättre uppföljning och fler utbildade "
        "familjehem i hela landet, SOU 2031:14, diarienummer S2031/00412"
    )
    doc = only(f"{headline}\n\nUppsala, 2 maj 2031\nTill: Socialdepartementet\n\nRemissunderlag\n\n{BODY}\n")
    assert doc.title == headline


@pytest.mark.parametrize("under", ["Av på 4 maj, 2013", "4 maj, 2013"])
def test_a_sentence_opening_the_page_over_its_byline_or_date_is_the_headline_full_stop_and_all(under):
    # Round 12: a blog template's headline written as a sentence, over "Av | date" with the author left out.
    headline = "Fler än tusen kvinnor och barn sökte stöd hos föreningens jourer under året."
    doc = only(f"{headline}\n\n{under}\n\n{BODY}\n\nStyrelsen vill se mer stöd från kommunerna i länet.\n")
    assert doc.title == headline


@pytest.mark.parametrize("crumb", ["Du är här: Hem", "Du är här: Start / Nyheter / Äldreomsorg", "Du är här"])
def test_a_breadcrumbs_label_is_not_the_title(crumb):
    doc = only(f"{crumb}\n\nNytt boende för äldre i Tallby\n\n{BODY}\n")
    assert doc.title == "Nytt boende för äldre i Tallby"


def test_a_lone_full_stop_over_a_byline_is_no_headline_and_no_error():
    # The fuzz test found 864a811's sentence headline indexing into an empty line.
    doc = only(f".\n\nAv på 4 maj, 2013\n\n{BODY}\n")
    assert doc.published == date(2013, 5, 4)


@pytest.mark.parametrize(
    "date_line", ["2023-09-04 - Omsorg", "4 september 2023 | Nyheter", " • 4 september 2023 |", "• 4 september 2023 ·"]
)
def test_a_date_with_a_section_or_a_separator_after_it_dates_the_page_under_a_lone_breadcrumb_label(date_line):
    doc = only(f"Du är här\n\n{date_line}\n\nNytt boende för äldre i Tallby\n\n{BODY}\n")
    assert doc.title == "Nytt boende för äldre i Tallby"
    assert doc.published == date(2023, 9, 4)


def test_a_dash_and_a_sentence_after_a_date_is_no_date_line():
    from reform_kb.pipeline.text import is_date_line

    assert not is_date_line("2023-09-04 – Nämnden beslutade i dag om nya boenden")


@pytest.mark.parametrize(
    "headline",
    [
        '"Allt hänger på personalen" – hemtjänsten i Tallby söker fler',
        "”Allt hänger på personalen”: hemtjänsten i Tallby söker fler",
    ],
)
def test_a_headline_opening_on_a_quotation_is_the_title_over_a_one_word_section_label(headline):
    quote = "– Vi behöver fler undersköterskor redan i dag, säger Anna Berg som är enhetschef."
    doc = only(f"Omsorg\n\n{headline}\n\n{BODY}\n\n{quote}\n")
    assert doc.title == headline
    lifted = [q for q in doc.quotes if q.in_title]
    assert [(q.kind, q.text) for q in lifted] == [("pullquote", "Allt hänger på personalen")]


def test_a_quotation_and_its_attribution_joined_by_a_comma_is_no_headline():
    from reform_kb.pipeline.segment.lines import is_title_like

    assert not is_title_like("”Det är bra”, säger Anna Berg")


@pytest.mark.parametrize("label", ["Nyhetsartikel", "Lokalt", "Äldreomsorg"])
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_word_or_two_over_the_date_with_the_headline_under_the_date_is_a_label(label, gap):
    doc = only(f"{label}\n14 okt 2021{gap}Fler platser på äldreboendena i Norrvik{gap}{BODY}\n")
    assert (doc.title, doc.published) == ("Fler platser på äldreboendena i Norrvik", date(2021, 10, 14))


def test_a_word_or_two_under_the_headline_over_the_date_are_tags_not_a_second_headline():
    doc = only(f"Ordförandens tal på förbundets kongress 2022\n\nFörbundet\n\nBlogg\n\n2022-06-01\n\n{BODY}\n")
    assert (doc.title, doc.published) == ("Ordförandens tal på förbundets kongress 2022", date(2022, 6, 1))


def test_a_two_word_headline_over_its_date_stays_the_headline():
    """Round 15's labels are single words: "Årsredovisning 2019" over its date is the page's headline."""
    doc = only(f"Årsredovisning 2021\n\n14 juli 2022\n\nHär hittar du kommunens årsredovisning för 2021\n\n{BODY}\n")
    assert (doc.title, doc.published) == ("Årsredovisning 2021", date(2022, 7, 14))


@pytest.mark.parametrize("label", ["Nyhetskategorier", "Aktuellt"])
def test_a_word_straight_over_the_headline_of_a_page_without_blank_lines_is_a_label(label):
    """Round 15: a site's one-word label set straight over the headline, the text running on under it."""
    doc = only(f"{label}\nFärre platser i hemtjänsten nästa år\n{BODY}\n")
    assert doc.title == "Färre platser i hemtjänsten nästa år"


def test_a_date_straight_over_the_headline_is_no_label():
    doc = only(f"2021-11-13 Kostnaderna för biståndet ökar\n\n{BODY}\n")
    assert (doc.title, doc.published) == ("Kostnaderna för biståndet ökar", date(2021, 11, 13))
