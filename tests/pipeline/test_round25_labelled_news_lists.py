"""News and press archives under their own label (round 25, issue 10: the shapes of the former test part
test24's misses).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from reform_kb.pipeline.segment.labelled_news_lists import LIST_LABEL_RE

from .invented_pages import parse_page

ARCHIVE_OF_WHOLE_ITEMS = (
    "Nyheter och pressmeddelanden\n\n"
    "Region Norrmarks logotyp med en bild av länets vapen\n\n"
    "Barnpsykiatrins dagvård får nya lokaler\n\n"
    "Dagvården för barn och unga flyttar under hösten till ett hus närmare centrum.\n\n"
    "Lokalerna hyrs i fem år och anpassas för en halv miljon kronor innan inflyttningen i oktober.\n\n"
    "Regionen räknar med ett underskott\n\n"
    "Den senaste prognosen visar ett underskott på 300 miljoner kronor vid årets slut.\n\n"
    "Extra ersättning för pass i sommar\n\n"
    "Den som tar ett extra arbetspass under semesterveckorna får dubbel ersättning.\n"
)


def test_an_archive_under_its_label_has_one_document_per_headline_over_its_paragraphs():
    documents = parse_page(ARCHIVE_OF_WHOLE_ITEMS)
    assert [d.title for d in documents] == [
        "Barnpsykiatrins dagvård får nya lokaler",
        "Regionen räknar med ett underskott",
        "Extra ersättning för pass i sommar",
    ]
    assert "halv miljon" in documents[0].body


COMPACT_ARCHIVE_WITH_READ_MORE_MARKS = (
    "Nyhetsarkiv – kommun och politik\n"
    "-\n"
    "Brandövning i centrum\n"
    "Räddningstjänsten övar vid torget på tisdag kväll. -\n"
    "Biblioteket stänger för renovering\n"
    "Under två veckor i maj är biblioteket stängt. -\n"
    "Öppettider i påsk\n"
    "Under helgerna har våra verksamheter andra öppettider. -\n"
    "Informationsmöte för föreningar\n"
    "Vill du veta mer om hur föreningarna kan hjälpa till i"
)


def test_a_compact_archive_keeps_short_headlines_and_drops_the_read_more_marks():
    documents = parse_page(COMPACT_ARCHIVE_WITH_READ_MORE_MARKS)
    assert [d.title for d in documents] == [
        "Brandövning i centrum",
        "Biblioteket stänger för renovering",
        "Öppettider i påsk",
        "Informationsmöte för föreningar",
    ]
    assert documents[0].body.rstrip().endswith("tisdag kväll.")


PRESS_ARCHIVE_WITH_DATES = (
    "Pressarkiv\n\n"
    "Här hittar du de pressmeddelanden som förbundet har skickat ut de senaste två åren.\n\n"
    "Hälften av lokalerna saknar hörslinga\n\n"
    "2021-06-30\n\n"
    "Förbundet har för femte året i rad granskat lokalerna under politikerveckan.\n\n"
    "Unga granskar tillgängligheten igen\n\n"
    "2021-06-20\n\n"
    "En grupp unga ideella åker i år igen för att granska hur tillgängliga seminarierna är.\n"
)


def test_a_press_archive_dates_each_item_and_its_caption_is_no_document():
    documents = parse_page(PRESS_ARCHIVE_WITH_DATES)
    assert [(d.title, d.published.isoformat(), str(d.kind)) for d in documents] == [
        ("Hälften av lokalerna saknar hörslinga", "2021-06-30", "pressmeddelande"),
        ("Unga granskar tillgängligheten igen", "2021-06-20", "pressmeddelande"),
    ]


def test_a_bare_section_label_over_one_article_is_no_archive_label():
    """ "Nyheter" or "Pressmeddelanden" also heads a single article or release (the development part has
    both), so only an archive's own name makes headlines over text items."""
    assert LIST_LABEL_RE.match("Nyhetsarkiv – kommun och politik")
    assert not LIST_LABEL_RE.match("Pressmeddelanden")
    assert not LIST_LABEL_RE.match("Nyheter")
