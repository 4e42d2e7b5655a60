"""Which lines make a document's headline (pipeline/segment/*): a headline broken over two or three lines, a
kicker ending on a colon over it, a headline closing on a quotation, a quoted headline under the date, the
lead photo or glued to its first paragraph; and the lines that look like one and are not (a quoted sentence
ending a line, a label ending on a separator, hard-wrapped prose, a name over a colon). A wrong headline names
the document wrongly everywhere the knowledge base shows it.

Shapes from issue 10's tuning rounds 3 and 4 (and the rounds 9-11 the test docstrings name). Every text here
is invented: other names, other words, the same layout."""

from datetime import date

import pytest

from reform_kb.pipeline.segment.lines import split_glued_headline

from .invented import MORE, PROSE, split


def test_a_headline_over_two_lines_is_one_headline():
    text = f"Fritidsgården öppnar igen\nefter två års renovering\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Fritidsgården öppnar igen efter två års renovering"


def test_a_headline_over_three_lines_is_one_headline():
    """Round 9 (a real page's shape): a headline broken after a comma and again before its last words."""
    text = f"Hopp, medmänsklighet\noch en matkasse\nnär livet är svårt\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Hopp, medmänsklighet och en matkasse när livet är svårt"


def test_hard_wrapped_sentences_are_no_headline():
    text = (
        "Fritidsgården öppnar igen\n\nMånga unga har väntat\nlänge. Nu öppnar gården\nigen efter "
        f"renoveringen.\n\n{MORE}\n"
    )
    [doc] = split(text)
    assert doc.title == "Fritidsgården öppnar igen"


def test_a_two_part_headline_may_run_longer():
    title = (
        "Unga i förorten saknar mötesplatser på kvällarna - föreningen vill se fler fritidsgårdar "
        "öppna till midnatt alla dagar"
    )
    text = f"Nyhet -\n\n{title}\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == title


def test_a_kicker_with_a_colon_over_the_headline_makes_one_title():
    text = f"Krönika i Tidningen Omsorg (4/9):\nVem bär ansvaret för de äldre?\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Krönika i Tidningen Omsorg (4/9): Vem bär ansvaret för de äldre?"


def test_a_name_with_a_colon_over_a_short_line_is_no_kicker():
    text = f"Nya tider på fritidsgården\n\n{PROSE}\n\nSara Holm:\nDet blev bättre än vi trodde\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Nya tider på fritidsgården"


def test_a_headline_closing_on_a_quotation_is_a_headline():
    text = f"Zoom\n\nRegionen sänker avgiften: ”Ett lyft för många”\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Regionen sänker avgiften: ”Ett lyft för många”"


def test_a_headline_closing_on_a_long_quotation_is_a_headline():
    """Round 10 (a real agency page's shape): the report's name, a colon and a quotation of 70 characters."""
    headline = "Ny rapport från myndigheten: ”Mer samverkan behövs för att hjälpa unga som varken arbetar eller studerar”"
    [doc] = split(f"{headline}\n\n{PROSE}\n\n{MORE}\n")
    assert doc.title == headline


def test_a_quoted_sentence_ending_a_line_is_no_headline():
    text = f"Fritidsgården öppnar igen\n\n{PROSE}\n\nHon sammanfattar det med orden ”det går framåt.”\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Fritidsgården öppnar igen"


def test_a_tag_or_label_ending_on_a_separator_is_no_headline():
    text = f"Barn och unga ·\n\nFritidsgården öppnar igen\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Fritidsgården öppnar igen"


@pytest.mark.parametrize(
    ("above", "title"),
    [
        ("Äldreomsorgen i Ekby", "”Vi ville aldrig spara pengar”"),
        ("Granskning: Nya lagen om spelproblem väcker frågor hos kommunerna", None),
    ],
    ids=["section-label-over-a-quoted-headline", "headline-over-its-pull-quote"],
)
def test_a_few_words_over_a_quoted_headline_are_its_section_label(above, title):
    """Round 9: a label of up to four words over a quotation standing alone is no headline; a longer headline
    over one keeps its title (the quotation is its pull-quote)."""
    text = f"{above}\n\n”Vi ville aldrig spara pengar”\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == (title or above)


def test_a_quotation_standing_alone_under_the_pages_date_is_the_headline():
    """Round 11 (a union magazine's shape): the date, then the quoted headline, then a name standing alone."""
    text = f"2017-01-25\n\n”Stort behov av fler specialister i kommunerna”\n\n{PROSE}\n\nEva Lind\n\n{MORE}\n"
    [doc] = split(text)
    assert (doc.title, doc.published) == ("”Stort behov av fler specialister i kommunerna”", date(2017, 1, 25))


def test_a_quoted_headline_under_the_lead_photo_is_the_headline():
    text = (
        "Det behövs fler vikarier i sommar, säger Eva Lund, ordförande i nämnden.\nFoto: Per Ek\n\n"
        f"”Vi behöver fler händer”\n\n– Vi behöver fler händer i sommar, säger Eva Lund.\n\n{PROSE}\n\n{MORE}\n"
    )
    [doc] = split(text)
    assert doc.title == "”Vi behöver fler händer”"


def test_a_quoted_headline_glued_to_its_first_paragraph_is_the_title():
    text = f"”Varför får vi inte bo kvar?”Förra hösten fick hyresgästerna ett brev från värden.\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "”Varför får vi inte bo kvar?”"
    assert doc.body.startswith("Förra hösten fick hyresgästerna")


def test_a_quotation_opening_a_sentence_is_not_split_off():
    text = f"Nya tider på fritidsgården\n\n”Det är bra”, säger hon. Förra hösten ändrades öppettiderna.\n\n{PROSE}\n"
    [doc] = split(text)
    assert "”Det är bra”, säger hon." in doc.body


def test_a_quoted_sentence_glued_to_the_next_one_is_no_headline():
    glued = "”Vi är glada över beslutet.”Det sa Sara Holm efter mötet i går."
    assert split_glued_headline(glued) == [glued]
    text = f"Nya tider på fritidsgården\n\n{PROSE}\n\n”Vi är glada över beslutet.”Det sa Sara Holm efter mötet i går.\n"
    [doc] = split(text)
    assert doc.title == "Nya tider på fritidsgården"
    assert "Det sa Sara Holm" in doc.body


def test_a_long_two_part_headline_after_a_genre_label_is_the_title():
    """The label is no part of the headline's length (round 14): "Pressmeddelande: …" over a long headline."""
    head = (
        "Pressmeddelande: Inget nytt äldreboende i Ösby kommun – ny planering för att möta "
        "behovet av särskilda boendeplatser för äldre"
    )
    text = f"Artikeln publicerades 26 juni 2019\n\n{head}\n\n{PROSE}\n\nÖversyn av antalet platser\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == head
