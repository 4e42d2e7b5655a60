"""Issue 10, round 3: documents, titles, dates, kinds and authors in the shapes real pages showed
(pipeline/segment/*, text.py). Every text here is invented: other names, other words, the same layout."""

from datetime import date

import pytest

from reform_kb.pipeline.records import DocumentKind

from .invented import MORE, PROSE, split


def test_a_name_alone_above_the_date_is_the_byline_not_the_title():
    text = f"Petra Lindqvist\n\n14 mar 2025\n\nFältassistenter går kvällsrundor\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Fältassistenter går kvällsrundor"
    assert [a.name for a in doc.authors] == ["Petra Lindqvist"]
    assert doc.published == date(2025, 3, 14)
    assert "Petra Lindqvist" not in doc.body


def test_a_newsroom_role_under_the_name_goes_with_the_byline():
    text = f"Oskar Wiklund\n\nReporter\n\n3 feb 2024\n\nNya tider på fritidsgården\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Nya tider på fritidsgården"
    assert [(a.name, a.role) for a in doc.authors] == [("Oskar Wiklund", "reporter")]
    assert "Reporter" not in doc.body


def test_a_byline_block_printed_again_under_the_ingress_leaves_the_body_once_and_for_all():
    block = "Petra Lindqvist\n\n14 mar 2025\n\n14 mar 2025"
    ingress = "Stadsdelen satsar på de unga i vinter."
    text = f"{block}\n\nFältassistenter går kvällsrundor\n\n{ingress}\n\n{block}\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert [a.name for a in doc.authors] == ["Petra Lindqvist"]
    assert doc.published == date(2025, 3, 14)
    assert "14 mar 2025" not in doc.body and "Lindqvist" not in doc.body


def test_a_name_under_a_greeting_stays_a_signature():
    text = f"Tack för i år\n\n{PROSE}\n\nVänliga hälsningar\n\nPetra Lindqvist\n\n2025-12-20\n"
    [doc] = split(text)
    assert doc.title == "Tack för i år"
    assert "Av Petra" not in doc.body


def test_a_byline_below_the_ingress_and_dateline_is_still_the_byline():
    text = (
        "”Vi ger aldrig upp”\nÅrsmöte 2024 | Årsmöte 2024\n\n”Vi ger aldrig upp”\n\n"
        "Ett år av förhandlingar är över. Föreningen fick igenom en del av sina krav.\n\n"
        f"Maja Holmgren\nPublicerad 2024-05-06\n\n{PROSE}\n\n{MORE}\n"
    )
    [doc] = split(text)
    assert doc.title == "”Vi ger aldrig upp”"
    assert [a.name for a in doc.authors] == ["Maja Holmgren"]
    assert doc.published == date(2024, 5, 6)


def test_a_headline_closing_on_a_quotation_is_a_headline():
    text = f"Zoom\n\nRegionen sänker avgiften: ”Ett lyft för många”\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Regionen sänker avgiften: ”Ett lyft för många”"


def test_a_quoted_sentence_ending_a_line_is_no_headline():
    text = f"Fritidsgården öppnar igen\n\n{PROSE}\n\nHon sammanfattar det med orden ”det går framåt.”\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Fritidsgården öppnar igen"


def test_a_tag_or_label_ending_on_a_separator_is_no_headline():
    text = f"Barn och unga ·\n\nFritidsgården öppnar igen\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Fritidsgården öppnar igen"


def test_a_genre_label_with_a_trailing_dash_gives_the_kind_not_the_title():
    text = f"Gå direkt till innehåll\n\nPressmeddelande -\n\nFritidsgården öppnar igen\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Fritidsgården öppnar igen"
    assert doc.kind == DocumentKind.PRESSMEDDELANDE


def test_a_two_part_headline_may_run_longer():
    title = (
        "Unga i förorten saknar mötesplatser på kvällarna - föreningen vill se fler fritidsgårdar "
        "öppna till midnatt alla dagar"
    )
    text = f"Nyhet -\n\n{title}\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == title


def test_debattinlagg_under_a_caption_is_a_genre_label():
    text = (
        "Lisa Berg, socionom. Foto: Per Ek\nDebattinlägg\n\n”Lyssna på socionomerna”\n\n"
        f"Kommunen.\n\n{PROSE}\n\n{MORE}\n"
    )
    [doc] = split(text)
    assert doc.title == "”Lyssna på socionomerna”"
    assert doc.kind == DocumentKind.DEBATTARTIKEL


@pytest.mark.parametrize("junk", ["·", "•", "×", "Zoom", "• Läs mer"])
def test_lone_separators_and_buttons_are_furniture(junk):
    text = f"{junk}\n\nFritidsgården öppnar igen\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Fritidsgården öppnar igen"
    assert junk not in doc.body


def test_a_dateline_under_the_ingress_and_photo_dates_the_document():
    text = (
        "Fritidsgården öppnar igen\n\nStadsdelen satsar på de unga i vinter.\n\n"
        "Ungdomar vid fritidsgården i centrum.\n\nFoto: Per Ek\n\nVästerås2024-10-08 09:12\n\n"
        f"{PROSE}\n\n{MORE}\n"
    )
    [doc] = split(text)
    assert doc.published == date(2024, 10, 8)


def test_a_date_label_alone_above_its_date_reads_as_its_label_says():
    text = f"Fritidsgården\n\n{PROSE}\n\n{MORE}\n\nSenast uppdaterad:\nmåndag 3 mars 2025\n"
    [doc] = split(text)
    assert doc.published is None
    text = f"Fritidsgården\n\nPublicerad:\ntisdag 4 mars 2025\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.published == date(2025, 3, 4)


@pytest.mark.parametrize(
    "dateline, day",
    [
        ("2023-09-14 08:05:41", date(2023, 9, 14)),
        ("Pressmeddelande • Okt 2, 2023 14:30 CEST", date(2023, 10, 2)),
        ("Apr 3, 2022 09:00 CET", date(2022, 4, 3)),
    ],
)
def test_a_dateline_with_seconds_or_a_time_zone_dates_the_document(dateline, day):
    text = f"Fritidsgården öppnar igen\n\n{dateline}\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.published == day


def test_a_short_date_field_with_its_writer_gives_both():
    text = f"Fritidsgården öppnar igen\n\n• Datum: 19-04-23, Publicerad av Tove Ekman\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.published == date(2019, 4, 23)
    assert [a.name for a in doc.authors] == ["Tove Ekman"]
    assert "Datum" not in doc.body


def test_short_digits_without_a_date_label_are_no_date():
    text = f"Fritidsgården öppnar igen\n\n19-04-23\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.published is None


def test_a_date_under_the_agency_signature_at_the_foot_dates_the_text():
    text = f"Fritidsgården öppnar igen\n\n{PROSE}\n\n{MORE}\n\nNYHETSBYRÅN/TT\n\n\n12 januari 2013\n"
    [doc] = split(text)
    assert doc.published == date(2013, 1, 12)
    assert "12 januari 2013" not in doc.body


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


def test_a_date_with_the_genre_after_it_dates_and_labels_the_document():
    text = (
        "Kostnad 0 kr\n12 mars 2025 Remissvar\n\nEn samlad lag om stöd till unga\n\nDnr: 12-345\n\n"
        "Myndigheten yttrar sig över förslagen i betänkandet och tillstyrker dem i stort.\n\n"
        f"{MORE}\n"
    )
    [doc] = split(text)
    assert doc.published == date(2025, 3, 12)
    assert doc.kind == DocumentKind.REMISSVAR
    assert doc.title == "En samlad lag om stöd till unga"


def test_a_response_whose_sender_yttrar_sig_names_its_sender():
    text = (
        "Remissvar\n\nEn samlad lag om stöd till unga\n\nDnr: 12-345\n\n"
        "Socialstyrelsen yttrar sig över förslagen i betänkandet och tillstyrker dem i stort.\n\n"
        f"{MORE}\n"
    )
    [doc] = split(text)
    assert doc.organisations == ["Socialstyrelsen"]


@pytest.mark.parametrize(
    "title, opening",
    [
        ("Remissvar Ds 2030:4 Stöd till anhöriga", PROSE),
        ("Avgivet remissvar om ny lag för hemtjänst", PROSE),
        (
            "Föreningens syn på ny lag",
            f"Föreningen har lämnat synpunkter på betänkandet som varit på remiss. {PROSE}",
        ),
        ("Anhörigstöd i fokus", f"I vårt remissyttrande lyfter vi behovet av stöd. {PROSE}"),
    ],
)
def test_a_response_named_in_its_title_or_by_its_sender_is_a_consultation_response(title, opening):
    [doc] = split(f"{title}\n\n{opening}\n\n{MORE}\n")
    assert doc.kind == DocumentKind.REMISSVAR


def test_a_news_headline_about_responses_stays_news():
    text = f"Kommuner kritiska i sina remissvar\n\n{PROSE}\n\n– Det är för dyrt, säger Eva Lund.\n"
    [doc] = split(text)
    assert doc.kind == DocumentKind.ARTIKEL


def test_the_opinion_disclaimer_under_the_ingress_and_photo_makes_a_debate_article():
    text = (
        "Ge hemtjänsten tid\n\nPersonalen springer mellan besöken.\n\nUndersköterskor på väg. Foto: Per Ek\n\n"
        "Foto: Per Ek\n\nKrönika2025-01-10 06:00\n\nDet här är en krönika. Åsikterna i texten är skribentens egna.\n\n"
        f"{PROSE}\n\n{MORE}\n"
    )
    [doc] = split(text)
    assert doc.kind == DocumentKind.DEBATTARTIKEL


def test_a_post_dated_with_its_weekday_above_the_title_is_a_blog_post():
    text = f"onsdag 4 mars 2015\n\nTankar om hemtjänsten\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.kind == DocumentKind.BLOGGINLAGG
    assert doc.published == date(2015, 3, 4)


def test_a_weekday_date_under_the_title_keeps_news_news():
    text = f"Tankar om hemtjänsten\n\nonsdag 4 mars 2015\n\n{PROSE}\n\n– Det går bra, säger Eva Lund.\n"
    [doc] = split(text)
    assert doc.kind == DocumentKind.ARTIKEL


def test_a_copyright_footer_names_the_publisher():
    text = f"Fritidsgården öppnar igen\n\n{PROSE}\n\n{MORE}\n\n© 2025 Vision. Alla rättigheter förbehållna.\n"
    [doc] = split(text)
    assert doc.organisations == ["Vision"]


def test_an_organisation_writing_as_we_publishes_its_own_news():
    text = (
        "Nytt stöd till familjehem\n\nI dag lämnar Rädda Barnen sina förslag till regeringen. "
        "I vårt arbete möter vi familjehem som saknar stöd.\n\n"
        "Vi vill se en nationell satsning på utbildning för familjehem, och Rädda Barnen erbjuder sin hjälp.\n\n"
        f"{MORE}\n"
    )
    [doc] = split(text)
    assert doc.organisations == ["Rädda Barnen"]


def test_we_inside_a_quotation_is_someone_elses_voice():
    text = (
        "Nytt stöd till familjehem\n\nRädda Barnen lämnar i dag förslag till regeringen.\n\n"
        "– Vi möter familjehem som saknar stöd, och vi vill se en satsning, säger Eva Lund.\n\n"
        f"{MORE}\n"
    )
    [doc] = split(text)
    assert doc.organisations == []


def test_a_place_named_in_an_organisations_own_voice_is_not_its_publisher():
    text = (
        "På besök i Västerås\n\nVilka frågor är viktigast för våra medlemmar? I veckan mötte vi några av "
        f"våra förtroendevalda i Västerås.\n\n{MORE}\n"
    )
    [doc] = split(text)
    assert doc.organisations == []


def test_the_writers_box_under_a_debate_head_gives_the_authors():
    text = (
        "Debatt\n\nGe socionomerna tid\n\nKommunerna måste sluta spara på socialtjänsten.\n\nOm debattörerna\n\n"
        "Karin Holm\nFörbundsordförande Vision\nJonas Ek\nUtredare Vision\n\n"
        f"{PROSE}\n\n{MORE}\n"
    )
    [doc] = split(text)
    assert doc.kind == DocumentKind.DEBATTARTIKEL
    assert [a.name for a in doc.authors] == ["Karin Holm", "Jonas Ek"]


def test_a_headline_over_two_lines_is_one_headline():
    text = f"Fritidsgården öppnar igen\nefter två års renovering\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Fritidsgården öppnar igen efter två års renovering"


def test_a_headline_over_three_lines_is_one_headline():
    """Round 9 (a real page's shape): a headline broken after a comma and again before its last words."""
    text = f"Hopp, medmänsklighet\noch en matkasse\nnär livet är svårt\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Hopp, medmänsklighet och en matkasse när livet är svårt"


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


def test_a_headline_closing_on_a_long_quotation_is_a_headline():
    """Round 10 (a real agency page's shape): the report's name, a colon and a quotation of 70 characters."""
    headline = "Ny rapport från myndigheten: ”Mer samverkan behövs för att hjälpa unga som varken arbetar eller studerar”"
    [doc] = split(f"{headline}\n\n{PROSE}\n\n{MORE}\n")
    assert doc.title == headline


def test_a_quotation_standing_alone_under_the_pages_date_is_the_headline():
    """Round 11 (a union magazine's shape): the date, then the quoted headline, then a name standing alone."""
    text = f"2017-01-25\n\n”Stort behov av fler specialister i kommunerna”\n\n{PROSE}\n\nEva Lind\n\n{MORE}\n"
    [doc] = split(text)
    assert (doc.title, doc.published) == ("”Stort behov av fler specialister i kommunerna”", date(2017, 1, 25))


def test_hard_wrapped_sentences_are_no_headline():
    text = (
        "Fritidsgården öppnar igen\n\nMånga unga har väntat\nlänge. Nu öppnar gården\nigen efter "
        f"renoveringen.\n\n{MORE}\n"
    )
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


def test_a_name_with_its_role_below_is_no_two_line_headline():
    text = (
        f"Debatt\n\nGe socionomerna tid\n\n{PROSE}\n\n{MORE}\n\nKarin Holm\nförbundsordförande, Vision\n\n"
        "Jonas Ek\nutredare, Vision\n"
    )
    [doc] = split(text)
    assert [a.name for a in doc.authors] == ["Karin Holm", "Jonas Ek"]


def test_an_images_alt_text_is_no_headline():
    text = f"Bostadsbidrag\n\nBild på en nyckelknippa\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Bostadsbidrag"


def test_a_quoted_headline_under_the_lead_photo_is_the_headline():
    text = (
        "Det behövs fler vikarier i sommar, säger Eva Lund, ordförande i nämnden.\nFoto: Per Ek\n\n"
        f"”Vi behöver fler händer”\n\n– Vi behöver fler händer i sommar, säger Eva Lund.\n\n{PROSE}\n\n{MORE}\n"
    )
    [doc] = split(text)
    assert doc.title == "”Vi behöver fler händer”"


def test_a_letterhead_date_with_its_reference_dates_the_letter():
    text = f"Fritidsgården öppnar igen\n\nDatum 2024-05-02 Vår referens KS 2024/17\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.published == date(2024, 5, 2)
