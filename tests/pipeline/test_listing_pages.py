"""Pages that list several texts (pipeline/segment/*): teasers closed by read-more links, briefs opening on a
vignette word and bulleted post titles over cut teasers are documents of their own, while an article's own
bulleted list stays in the article. A listing read as one document glues unrelated texts together; an article
cut at its bullets loses its body.

Shapes from issue 10's tuning rounds 3 and 4. Every text here is invented: other names, other words, the same
layout."""

from datetime import date

from reform_kb.pipeline.records import DocumentKind

from .invented import MORE, PROSE, split


def test_teasers_closed_by_read_more_links_are_documents_of_their_own():
    items = [
        ("Förbundet kommenterar vårbudgeten", "Förbundet välkomnar tillskotten men saknar långsiktighet."),
        ("Nytt stöd till ensamma äldre", "Förbundet vill se fler träffpunkter i varje kommun."),
        ("Rapport om kommunernas ekonomi", "Nästan hälften av kommunerna räknar med underskott i år."),
    ]
    text = "Nyheter i flödet\n\n" + "".join(f"• Läs mer\n\n{t}\n\n\n{b}\nLäs mer\n\n" for t, b in items)
    docs = split(text)
    assert [d.title for d in docs] == [t for t, _b in items]
    assert all(d.kind == DocumentKind.ARTIKEL for d in docs)


def test_briefs_opening_on_a_vignette_word_are_documents_of_their_own():
    text = (
        "Kort om omsorg\n\n\nNy vägledning om tillsyn\n\nTILLSYN. Myndigheten har tagit fram en vägledning för "
        "kommunernas tillsyn av boenden.\n\nFler söker stöd för spelberoende\n\nSPEL. Antalet som söker hjälp "
        "för spelproblem har ökat med en fjärdedel på två år.\n"
    )
    docs = split(text)
    assert [d.title for d in docs] == ["Ny vägledning om tillsyn", "Fler söker stöd för spelberoende"]
    assert all(d.kind == DocumentKind.ARTIKEL for d in docs)


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


def test_a_press_rooms_bulleted_listing_gives_one_press_release_an_item_the_last_one_cut_off():
    """Round 13 (a municipal press room's shape): bulleted headlines, some long, each over one teaser; the
    stored copy ends on a headline."""
    teaser = "Kommunen har under våren arbetat med att ge fler äldre plats på ett boende nära hemmet."
    long_headline = "Tallby kommun ber vårdnadshavare med samhällsviktiga yrken att anmäla behov av plats på förskola under våren"
    text = (
        "Press\n\nHär hittar du kommunens pressmeddelanden och pressbilder.\n\nPressmeddelanden\n\n"
        f" • {long_headline}\n\n  {teaser}\n\n • Nya besökstider på äldreboendena\n\n  {teaser}\n\n"
        " • Färdtjänsten kör som vanligt\n"
    )
    docs = split(text)
    assert [d.title for d in docs] == [long_headline, "Nya besökstider på äldreboendena", "Färdtjänsten kör som vanligt"]
    assert {d.kind for d in docs} == {DocumentKind.PRESSMEDDELANDE}


def test_bulleted_sections_of_an_information_page_are_not_a_listing():
    """An accordion's bulleted sections run over several paragraphs each: one page, not teasers."""
    text = (
        f"Stöd vid våld i nära relation\n\n{PROSE}\n\nOm stödet\n\n • Vad är våld?\n\n  {PROSE}\n\n  {PROSE}\n\n"
        f"  {PROSE}\n\n • Vem kan få stöd?\n\n  {PROSE}\n\n  {PROSE}\n\n  {PROSE}\n"
    )
    assert [d.title for d in split(text)] == ["Stöd vid våld i nära relation"]


SPACED_TEASER = "Kommunen och föreningen har tecknat ett nytt avtal om stöd till äldre som bor ensamma hemma."


def test_a_news_list_of_headlines_each_over_one_teaser_set_apart_by_blank_lines_gives_one_document_each():
    """Round 13 (a municipal news list's shape): headline, blank line, one teaser paragraph, blank line."""
    titles = ["Hemtjänsten handlar åt de äldre", "Protokoll från fullmäktige i maj", "Ändringar i skolan", "Årets förening utsedd"]
    text = "".join(f"{t}\n\n{SPACED_TEASER}\n\n" for t in titles) + f"{PROSE}\n"
    assert [d.title for d in split(text)] == titles


def test_an_article_with_one_paragraph_under_each_short_crosshead_stays_one_document():
    text = (
        f"Hemtjänsten handlar åt de äldre\n\n{SPACED_TEASER}\n\nNytt avtal\n\n{SPACED_TEASER}\n\n"
        f"Fler bud\n\n{SPACED_TEASER}\n\nMer tid\n\n{SPACED_TEASER}\n"
    )
    assert [d.title for d in split(text)] == ["Hemtjänsten handlar åt de äldre"]


def test_the_dated_steps_of_a_procedure_are_the_pages_facts_not_a_listing():
    """Round 13 (a parliament question's page): each step a word or two over its date, nothing between."""
    steps = "Inlämnad\n2023-04-03\nÖverlämnad\n2023-04-04\nAnmäld\n2023-04-11\nBesvarad\n2023-04-19\n"
    text = f"Bristen på familjehem i Tallby\n\nSkriftlig fråga av Eva Ek (S)\n\nHändelser\n\n{steps}\n{PROSE}\n"
    [doc] = split(text)
    assert doc.title == "Bristen på familjehem i Tallby"


def test_dated_headlines_of_a_news_list_stay_a_listing():
    text = "2023-04-03\nNya öppettider på fritidsgården\n2023-04-04\nFler platser i förskolan i höst\n"
    assert [d.title for d in split(text)] == ["Nya öppettider på fritidsgården", "Fler platser i förskolan i höst"]


def test_two_headlines_over_teasers_cut_with_an_excerpt_mark_are_two_documents():
    """A blog's category page: each post's headline over its excerpt, which the theme ends with "[…]"
    (round 14). Two items suffice: the mark says they are excerpts, not an article's sections."""
    text = (
        "Bättre hemtjänst i Ösby – fler händer behövs\n\n"
        "Under mandatperioden har majoriteten dragit ner på hemtjänsten i flera delar av kommunen och "
        "personalen har fått allt fler besök per pass. Vi vill vända utvecklingen. […]\n\n"
        "Vårt valprogram för en trygg välfärd\n\n"
        "Vi går till val på en välfärd som håller hela livet. I programmet finns förslag om skolan, "
        "äldreomsorgen och stödet till barnfamiljer som vi vill genomföra. […]\n"
    )
    docs = split(text)
    assert [d.title for d in docs] == ["Bättre hemtjänst i Ösby – fler händer behövs", "Vårt valprogram för en trygg välfärd"]


def test_an_article_with_one_crosshead_is_one_document_though_its_last_paragraph_ends_with_an_excerpt_mark():
    text = (
        "Bättre hemtjänst i Ösby – fler händer behövs\n\n"
        "Under mandatperioden har majoriteten dragit ner på hemtjänsten i flera delar av kommunen och "
        "personalen har fått allt fler besök per pass. Vi vill vända utvecklingen.\n\n"
        "Vårt förslag till en trygg välfärd\n\n"
        "Vi går till val på en välfärd som håller hela livet. I programmet finns förslag om skolan, "
        "äldreomsorgen och stödet till barnfamiljer som vi vill genomföra. […]\n"
    )
    assert len(split(text)) == 1


def test_a_blog_archive_of_posts_without_headlines_under_weekday_dates_gives_one_document_a_post():
    """Blogger's archive page when the blogger writes no headlines: each post under its weekday date
    ("måndag 13 december 2010"), nothing between (round 14)."""
    text = (
        "måndag 13 december 2010\n\nJag orkar inte skriva om nyheterna i kväll. Jag vill hellre skriva om "
        "socialsekreterarna, som gör ett fantastiskt arbete varje dag.\n\nNu dusch och sen säng.\n\n"
        "onsdag 8 december 2010\n\nIkväll visade tv ett program om hemlösheten i stan. Jag blev ledsen av "
        "det, för det handlar om människor som ingen ser.\n\n"
        "tisdag 7 december 2010\n\nIdag träffade jag en kvinna som har bott på härbärget i tre år och"
    )
    docs = split(text)
    assert [str(d.published) for d in docs] == ["2010-12-13", "2010-12-08", "2010-12-07"]
    assert [d.body.split()[0] for d in docs] == ["Jag", "Ikväll", "Idag"]


def test_teasers_the_site_cut_off_before_their_read_more_links_are_items_each():
    """Round 15 (a party branch's news list): headline, a teaser cut mid-sentence by the site, "läs mer"."""
    titles = ["Satsa på landsbygdens skolor", "Unga och äldre möts i parken", "Värna hemtjänsten i hela kommunen"]
    cut = "Vi vill att fler ska kunna bo kvar och arbeta här och att kommunen gör mer för att det ska vara möjligt att"
    whole = "Partiet har lagt fram sitt program inför valet och vill nu höra vad väljarna i kommunen tycker."
    # The first item's headline is a sentence ("…, valprogrammet."), so the page reads as a stream of headings.
    first = f"Nytt avsnitt av vår podd, valprogrammet.\n\n{whole}\n\nläs mer\n\n"
    text = first + "".join(f"{t}\n\n{cut}\n\nläs mer\n\n" for t in titles)
    assert [d.title for d in split(text)][-3:] == titles


TEASERS = [
    "Under helgen brann det i två förråd vid kommunens förskolor, och polisen har inlett en utredning om saken.",
    "Kommunen har länge haft svårt att rekrytera sjuksköterskor, men under vintern kunde alla tjänster tillsättas.",
]


def test_a_municipal_news_list_with_a_category_row_under_each_headline_gives_one_document_an_item():
    """Round 17 (the former test16's d1636): " • Rubrik" / "| Omsorg och stöd" / the teaser, item by item."""
    text = (
        "Ängeby kommuns nyheter\n\nFiltrera\n"
        f" • Bränder vid två förskolor under helgen\n\n  | Barnomsorg och utbildning\n\n  {TEASERS[0]}\n\n"
        f" • Framgångsrik rekrytering av sjuksköterskor\n\n  | Omsorg och stöd\n\n  {TEASERS[1]}\n"
    )
    docs = split(text)
    assert [d.title for d in docs] == ["Bränder vid två förskolor under helgen", "Framgångsrik rekrytering av sjuksköterskor"]
    assert all("Omsorg och stöd" not in d.body for d in docs)


def test_a_landing_pages_text_above_its_dated_news_list_is_a_document_and_each_item_has_its_date():
    """Round 17 (the former test16's d1645): a section's heading and two paragraphs, then " • Rubrik" / its date /
    the teaser."""
    text = (
        f"Omsorg och stöd\n\n{PROSE}\n\n{MORE}\n\n"
        f" • Bränder vid två förskolor under helgen\n\n  26 januari 2031\n\n  {TEASERS[0]}\n\n"
        f" • Framgångsrik rekrytering av sjuksköterskor\n\n  25 april 2031\n\n  {TEASERS[1]}\n"
    )
    docs = split(text)
    assert [d.title for d in docs] == [
        "Omsorg och stöd", "Bränder vid två förskolor under helgen", "Framgångsrik rekrytering av sjuksköterskor"
    ]
    assert [d.published for d in docs[1:]] == [date(2031, 1, 26), date(2031, 4, 25)]
