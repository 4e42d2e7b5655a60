"""General rules for Swedish web pages and journalism (issue 3), each on a small invented text."""

from datetime import date

import pytest

from reform_kb.pipeline import signatures
from reform_kb.pipeline.quotes import extract_quotes
from reform_kb.pipeline.segment.furniture import is_link_row, masthead_at

from .invented import split


@pytest.mark.parametrize(
    ("line", "is_row"),
    [
        ("Rädda Barnen · 90-konto 90 2003-8 · Integritetspolicy · Cookies", True),
        ("Visa: Alla inlägg | Barn och unga | Samhällsfrågor", True),
        ("Publicerad 14 mars 2025 · Uppdaterad 15 mars 2025 · Lästid 3 min", False),
        ("Vi höjer avgiften. Det blir dyrare · men bättre · för alla.", False),
        ("2025-09-18 | Av Per Hallberg", False),
    ],
)
def test_footer_and_filter_rows_are_furniture_but_datelines_are_not(line, is_row):
    assert is_link_row(line) is is_row


def test_a_site_name_above_its_menu_is_no_title():
    raw = ["Lokalbladet", "Meny", "Sök", "", "Rubrik"]
    assert masthead_at(raw) == 0
    assert masthead_at(["Rubrik om något", "", "Brödtext som börjar här."]) is None


def test_links_under_a_related_heading_are_no_documents():
    docs = split(
        "Ny lag om stöd till familjer\n\n2025-03-01\n\n"
        "Kommunerna får ett nytt uppdrag. Det säger regeringen i ett pressmeddelande om lagen.\n\n"
        "Relaterat\nSå söker du stöd\nFrågor och svar om lagen\n"
    )
    assert [d.title for d in docs] == ["Ny lag om stöd till familjer"]
    assert "Så söker du stöd" not in docs[0].body


def test_a_dated_genre_label_gives_kind_and_date():
    docs = split(
        "Pressmeddelande 2025-02-03\n\nNy vägledning om barns rätt\n\n"
        "Socialstyrelsen publicerar i dag en vägledning om barns rätt att komma till tals i socialtjänsten."
    )
    assert (docs[0].kind, str(docs[0].published)) == ("pressmeddelande", "2025-02-03")


def test_a_date_and_byline_on_one_line_give_both():
    docs = split(
        "Rubrik om socialtjänsten\n\n2025-09-18 | Av Per Hallberg\n\n"
        "Brödtexten börjar här och handlar om den nya lagen och vad den betyder för kommunerna."
    )
    assert str(docs[0].published) == "2025-09-18"
    assert [a.name for a in docs[0].authors] == ["Per Hallberg"]


def test_a_top_byline_with_a_title_is_no_headline(matcher):
    docs = split(
        "Bloggen\nMeny\n\nStart / Bloggen\n\nVarför vi behöver fler socionomer\n\n"
        "Av Maria Holm, sakkunnig på Kommunal\n2025-04-09\n\n"
        "Socialtjänsten saknar personal i nästan alla kommuner. Det måste regeringen ta på allvar nu."
    )
    assert docs[0].title == "Varför vi behöver fler socionomer"
    assert docs[0].kind == "blogginlagg"
    assert [(a.name, a.role, a.organisation) for a in docs[0].authors] == [
        ("Maria Holm", "sakkunnig", "Kommunal")
    ]


def test_a_name_and_title_line_closing_a_post_sign_it(matcher):
    lines = ["Vi fortsätter arbetet.", "Lena Ström", "Kommunikationschef, Rädda Barnen"]
    person, at = signatures.closing_signature_block(lines, matcher)
    assert (person.name, person.role, person.organisation, at) == (
        "Lena Ström",
        "kommunikationschef",
        "Rädda Barnen",
        1,
    )
    assert signatures.closing_signature_block(["Vi fortsätter.", "Lena Ström", "reporter"], matcher) == (
        None,
        -1,
    )


def test_signing_for_an_organisation_covers_the_names_under_it(matcher):
    people, _ = signatures.letter_signatories(
        [
            "Vi tillstyrker.",
            "För Region Gotland",
            "Eva Ek (S)",
            "Regionstyrelsens ordförande",
            "Per Al",
            "Föredragande",
        ],
        matcher,
    )
    assert [(p.name, p.role, p.organisation, p.party) for p in people] == [
        ("Eva Ek", "regionstyrelsens ordförande", "Region Gotland", "S"),
        ("Per Al", "föredragande", "Region Gotland", ""),
    ]


def test_labelled_answers_are_the_interviewees_quotes(matcher):
    body = (
        "Vi ställde två frågor till Nils Berg, utredare på Socialstyrelsen.\n\n"
        "Fråga: Vad är nytt?\n\nSvar: Att lagen är förebyggande.\n\n"
        "Fråga: Och sedan?\n\nSvar: Uppföljning av varje insats."
    )
    quotes = extract_quotes(body, matcher)
    assert [(q.text, q.speaker.name, q.speaker.organisation) for q in quotes] == [
        ("Att lagen är förebyggande.", "Nils Berg", "Socialstyrelsen"),
        ("Uppföljning av varje insats.", "Nils Berg", "Socialstyrelsen"),
    ]


def test_a_municipal_politicians_title_and_municipality(matcher):
    body = (
        "Borås kommun vill ändra arbetssättet.\n\n"
        "Socialnämndens ordförande Eva Ek (S) är positiv.\n\n"
        "– Det här är rätt väg, säger Eva Ek.\n\n"
        "Oppositionsrådet Bo Lind (M) är kritisk.\n\n"
        "– Det är för dyrt, säger Bo Lind."
    )
    speakers = [
        (q.speaker.name, q.speaker.role, q.speaker.organisation) for q in extract_quotes(body, matcher)
    ]
    assert speakers == [
        ("Eva Ek", "socialnämndens ordförande", "Borås kommun"),
        ("Bo Lind", "oppositionsråd", "Borås kommun"),
    ]


def test_the_outlet_and_the_particle_are_no_part_of_the_speaker(matcher):
    body = (
        "– Vi ser en ökning i hela länet, säger Maria Sand, utvecklingsledare på Socialstyrelsen, till Ekot.\n\n"
        "Hon får medhåll.\n\n"
        "– Och det måste mätas, fyller Anna Berg i."
    )
    speakers = [(q.speaker.name, q.speaker.role) for q in extract_quotes(body, matcher)]
    assert speakers == [("Maria Sand", "utvecklingsledare"), ("Anna Berg", "")]


def test_a_title_set_before_the_name_between_commas(matcher):
    body = (
        "SKR:s avdelningschef för vård och omsorg, Henrik Lund, välkomnar lagen men varnar för kostnaderna.\n\n"
        "– Vi behöver tid, säger Henrik Lund."
    )
    quote = extract_quotes(body, matcher)[0]
    assert (quote.speaker.role, quote.speaker.organisation) == (
        "avdelningschef för vård och omsorg",
        "Sveriges Kommuner och Regioner",
    )


# Round 7: furniture above a page's headline, from former test texts of several publishers (corpus/RESULTS.md).
HEADLINE = "Nya platser på korttidsboendet"
BODY = "Kommunen öppnar tolv nya platser för barn och unga med funktionsnedsättning under hösten i år."


@pytest.mark.parametrize(
    "above",
    [
        "Hoppa till huvudinnehåll Hoppa till senaste nytt Hoppa till ortsmeny",
        "Gå till innehåll Hoppa till navigeringen Gå till nyhetsarkiv Gå till söksida",
        "Visa endast rubriker",
        "Stöd vårt arbete!",
        "Nr 5, 2006, årgång 41 - Utges av kommunstyrelsen i Ekby kommun",
        f"{HEADLINE} | Ekby kommun",
        "Logotyp Ekbynytt",
        "0\n\nInga produkter i varukorgen.",
        "Home\n\nÖka teckenstorlek\nMinska teckenstorlek",
        f"Hem Nyheter {HEADLINE}",
        "Sida 10\n\nMedlemsbladet #8 2019",
        '"False"\nHoppa direkt till innehållet\nprinticon\nHuvudmenyn dold.',
        "Du är på Region Ekbys webbplats.\n\nRegion Ekby Region Ekby\nSök",
    ],
    ids=[
        "skip-links",
        "skip-links-mixed",
        "view-toggle",
        "donation-button",
        "issue-line",
        "browser-title",
        "logo",
        "shop-basket",
        "page-tools",
        "breadcrumb-run-into-the-headline",
        "magazine-page-and-issue",
        "template-values-and-screen-reader-notes",
        "site-note-and-doubled-logo",
    ],
)
def test_furniture_above_the_headline_is_neither_a_title_nor_a_document(above):
    docs = split(f"{above}\n\n{HEADLINE}\n\n{BODY}\n")
    assert [d.title for d in docs] == [HEADLINE]


def test_a_headline_with_a_bar_and_no_repeat_keeps_its_words():
    (doc,) = split(f"Rösträtt | Så röstar partierna om assistansen\n\n{BODY}\n")
    assert doc.title == "Rösträtt | Så röstar partierna om assistansen"



def test_the_last_teaser_of_a_feed_cut_off_before_its_read_more_link_is_an_item_of_its_own():
    """Round 9 (a real listing's shape): two teasers closed by "Läs mer", the third cut off where the stored
    copy ends."""
    teaser = "Kommunen satsar nu på fler platser i hemtjänsten och på kortare väntetider för alla äldre."
    text = (
        f"Ny satsning på hemtjänsten\n\n{teaser}\n\nLäs mer\n\nFler platser på äldreboenden\n\n{teaser}\n\n"
        "Läs mer\n\nBudgeten för nästa år är klar\n\nMajoriteten i kommunen presenterade i dag sitt förslag till "
        "budget för nästa år, med mer pengar till skolan och"
    )
    assert [d.title for d in split(text)] == [
        "Ny satsning på hemtjänsten",
        "Fler platser på äldreboenden",
        "Budgeten för nästa år är klar",
    ]


TEASER = "Kommunen har under våren arbetat med att ge fler äldre plats på ett boende nära hemmet."


def test_a_numbered_listing_of_teasers_gives_one_document_an_item_the_alt_text_left_out():
    """Round 10 (a real news list's shape): numbered items, one numbered line being its photo's alt text."""
    text = (
        "Filtrerat på:\n\n 1. Sommarfest för alla på gruppbostäderna\n\n"
        f"  {TEASER}\n\n 2. Cigarettfimp\n  Allt färre röker bland kommunens vuxna\n\n  {TEASER}\n\n"
        f" 3. Ny utbildning om valet för personer med funktionsnedsättning\n\n  {TEASER}\n"
    )
    assert [d.title for d in split(text)] == [
        "Sommarfest för alla på gruppbostäderna",
        "Allt färre röker bland kommunens vuxna",
        "Ny utbildning om valet för personer med funktionsnedsättning",
    ]


def test_a_numbered_list_inside_an_article_splits_nothing():
    text = (
        f"Om den nya lagen\n\n{TEASER} {TEASER}\n\nLagen har tre delar:\n\n"
        "1. Inledande bestämmelser (1-5 kap.)\n2. Övergripande uppgifter (6-9 kap.)\n3. Insatser (10-13 kap.)\n"
    )
    assert [d.title for d in split(text)] == ["Om den nya lagen"]


def test_a_compact_listing_of_headlines_each_over_its_teaser_gives_one_document_each():
    """Round 10 (a real news widget's shape): headline and teaser lines with no blank line anywhere."""
    titles = ["Samverkan kring stöd till unga anhöriga", "Förskolebarn lär sig odla grönsaker", "Delta i utmaningen att cykla till skolan!"]
    text = "\n".join(f"{title}\n{TEASER}" for title in titles) + "\n"
    assert [d.title for d in split(text)] == titles


def test_a_compact_listing_copied_from_mid_listing_opens_on_a_headless_teaser_of_its_own():
    """Round 12 (an association's news widget, its stored copy starting under the first item's headline)."""
    titles = ["Samverkan kring stöd till unga anhöriga", "Förskolebarn lär sig odla grönsaker", "Delta i utmaningen att cykla till skolan!"]
    text = f"{TEASER}\n" + "\n".join(f"{title}\n{TEASER}" for title in titles) + "\n"
    docs = split(text)
    assert [d.title for d in docs[1:]] == titles
    assert len(docs) == 4 and docs[0].body.startswith(TEASER[:30])


@pytest.mark.parametrize(
    "first", ["Ekby kommun, länk till startsidan", "Du är på Ekby kommuns webbplats."], ids=["logo-link", "site-note"]
)
def test_a_logo_link_or_site_note_on_the_first_line_names_the_publisher_and_is_no_title(first):
    (doc,) = split(f"{first}\n\n{HEADLINE}\n\n{BODY}\n")
    assert (doc.title, doc.organisations) == (HEADLINE, ["Ekby kommun"])


def test_news_items_whose_teasers_open_on_their_date_are_items_of_their_own_dated_so():
    """Round 11 (a municipal news list's shape): "2020-10-21: …" opening each teaser, an image's alt text set
    straight above one headline."""
    text = (
        "Nyheter\n\n\nFler platser på kommunens äldreboenden\n\n2020-10-21: Kommunen öppnar i vår ett nytt boende "
        "med fyrtio platser för äldre.\n\n\nFotografi av kommunvapnet på stadshuset\nKrisledningen är igång igen\n\n"
        "2020-10-20: I går samlades kommunens krisledning på nytt med anledning av smittspridningen.\n"
    )
    assert [(d.title, d.published) for d in split(text)] == [
        ("Fler platser på kommunens äldreboenden", date(2020, 10, 21)),
        ("Krisledningen är igång igen", date(2020, 10, 20)),
    ]


def test_a_dated_entry_heading_of_a_page_updated_as_news_comes_in_does_not_date_the_page():
    """Round 12 (a municipality's running information page): each entry is headed "2020-10-21: What happened:"."""
    text = (
        f"{HEADLINE}\n\nHär samlar vi det senaste om smittan i kommunens verksamheter.\n\n"
        f"2020-10-21: Smitta konstaterad på boendet Ekgården:\n\n{BODY}\n"
    )
    (doc,) = split(text)
    assert (doc.title, doc.published) == (HEADLINE, None)


def test_an_attached_file_with_its_size_and_upload_time_does_not_date_the_page():
    """Round 11 (an association's consultation response page): the attachment's line carries its upload time."""
    text = f"{HEADLINE}\n\nYttrande över betänkandet.pdf Pdf, 153.8 kB. 153.8 kB 2021-11-23 13.05\n\n{BODY}\n"
    (doc,) = split(text)
    assert (doc.title, doc.published) == (HEADLINE, None)


def test_a_bare_byline_word_over_the_writers_address_names_the_writer():
    """Round 17 (the former test16): "Av" / "anna.berg@tidning.se" above the headline; "Av" was the title."""
    from .invented import MORE, PROSE, split

    [doc] = split(f"Av\nanna-lena.berg@tidningen.se\n\nFritidsgården öppnar igen\n\n{PROSE}\n\n{MORE}\n")
    assert doc.title == "Fritidsgården öppnar igen"
    assert [a.name for a in doc.authors] == ["Anna-Lena Berg"]
