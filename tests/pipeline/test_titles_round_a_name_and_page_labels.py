"""Speakers presented with a title on both sides of the name or a -ledare title without a comma, and the
labels a page sets around its headline (issue 10, round 18: the shapes of the former test17's misses).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from reform_kb.pipeline.quotes import extract_quotes


def _speakers(body, matcher):
    return [(q.speaker.name, q.speaker.role, q.speaker.organisation, q.speaker.party) for q in extract_quotes(body, matcher)]


def test_a_title_before_the_name_and_another_after_its_comma_are_both_the_role(matcher):
    body = (
        "Drygt tusen barn bor i familjehem i länet.\n"
        "– Insatserna ska ges i rätt tid och efter barnens behov, säger regionrådet Lena Holm (S), 2:e vice "
        "ordförande i hälso- och sjukvårdsnämnden i Region Örebro län, som i dag tog upp frågan."
    )
    assert _speakers(body, matcher) == [
        ("Lena Holm", "regionråd, 2:e vice ordförande i hälso- och sjukvårdsnämnden", "Region Örebro län", "S")
    ]


def test_a_ledare_title_after_the_name_without_a_comma_is_the_role(matcher):
    body = (
        "Reglerna börjar gälla i juli.\n\n"
        "– Vi prövar varje adress för sig, säger Karin Blom processledare på Migrationsverket."
    )
    assert _speakers(body, matcher) == [("Karin Blom", "processledare", "Migrationsverket", "")]


def test_a_party_in_the_genitive_before_the_title_is_the_speakers_party_not_the_role(matcher):
    body = (
        "Partiet reagerar på rapporten om hemtjänsten.\n"
        "- Det är orimligt att de äldre inte får gå ut, säger miljöpartiets socialpolitiska talesperson Åsa Lind."
    )
    assert _speakers(body, matcher) == [("Åsa Lind", "socialpolitisk talesperson", None, "MP")]


def _titles(text):
    from reform_kb.pipeline.parse import parse_file

    from .scoring import reference_context

    return [(d.title, str(d.kind)) for d in parse_file("sida.txt", text, reference_context())]


BODY = (
    "Kommunen och regionen har kommit överens om hur barn som placeras ska få sin hälsa undersökt. "
    "Överenskommelsen gäller från hösten och ska följas upp varje år av de båda parterna.\n\n"
    "Arbetet har pågått i två år och flera verksamheter har varit med och tagit fram rutinerna för samarbetet."
)


def test_a_more_news_link_opening_the_page_is_no_headline():
    assert _titles(f"Fler nyheter\n\n3 mars 2021\n\nNy rutin för placerade barn\n\n{BODY}")[0][0] == "Ny rutin för placerade barn"


def test_a_section_label_with_an_ampersand_above_the_headline_is_no_headline():
    text = f"Barn & unga\n\nNy rutin för placerade barn\n\n{BODY}"
    assert _titles(text)[0][0] == "Ny rutin för placerade barn"


def test_a_caption_closed_by_its_credit_without_a_colon_is_no_headline():
    text = f"Två kvinnor vid ett bord i ett kök. Foto Region Gävleborg\n\nNy rutin för placerade barn\n\n{BODY}"
    assert _titles(text)[0][0] == "Ny rutin för placerade barn"


def test_a_portrait_caption_and_a_genre_line_naming_its_sender_are_no_headline():
    text = (
        f"Pressmeddelande\n\n1 2 3 17\n\nNy rutin för placerade barn\n\nPressmeddelande från Miljöpartiet Gävle\n\n"
        f"Eva Lund (MP) Kommunalråd\n\n{BODY}"
    )
    assert _titles(text)[0] == ("Ny rutin för placerade barn", "pressmeddelande")


def test_a_headline_closed_by_its_full_stop_is_the_title_whole():
    text = f"Pressmeddelande -\n\nKommunerna i norr kräver en rättvis fördelning av stödet till den nya lagen.\n\n{BODY}"
    assert _titles(text)[0][0] == "Kommunerna i norr kräver en rättvis fördelning av stödet till den nya lagen."


def test_another_writers_debate_article_named_early_makes_no_debate_article():
    text = (
        "Nyheter\n\nMinistern tog emot förbundet\n\nFörbundets ordförande har lyft frågan om äldres ensamhet hela "
        "sommaren och fått gehör.\n\n- Det gläder mig att ministern svarade på Förbundet Xs debattartikel i "
        "tidningen så snabbt, säger Anna Holm.\n\nMötet ska följas upp under hösten med fler organisationer."
    )
    assert _titles(text)[0] == ("Ministern tog emot förbundet", "artikel")


def test_a_search_pages_own_label_is_furniture():
    from reform_kb.pipeline.segment.furniture import is_boilerplate

    assert is_boilerplate("Sökning på förvaltningspolitiskt ämnesord: Social omsorg")
    assert not is_boilerplate("Sökningar på nätet ökar bland unga")


def test_a_news_archive_of_headlines_over_one_paragraph_each_is_a_listing():
    items = [
        ("Bolaget bygger nytt boende i Årsta", "Bolaget har tecknat avtal om ett nytt vård- och omsorgsboende med 60 platser."),
        ("Nya hyror klara för nästa år", "Bolaget och hyresgästerna har kommit överens om hyrorna för nästa år."),
        ("Tre arkitektkontor tävlar om uppdraget", "Tre kontor går vidare i tävlingen om det nya boendet vid vattnet."),
    ]
    text = "Nyhetsarkiv\n\n" + "\n\n".join(f"{t}\n\n{p}" for t, p in items)
    assert [title for title, _kind in _titles(text)] == [t for t, _p in items]


def test_bulleted_posts_each_under_a_user_name_and_date_row_are_a_listing():
    text = (
        "Välkommen till Centerpartiet Ydre\n\n"
        "• Öppet möte i Österbymo\n\nVälkomna på torsdag\n\nAv centerydre den 2 mars, 2020\n\n"
        "Vi bjuder på kaffe och berättar om budgeten för äldreomsorgen. Alla är välkomna att ställa frågor.\n\n"
        "• Från kommunfullmäktige i februari\n\nAv centerydre den 13 februari, 2020\n\n"
        "På måndagens möte tog vi upp frågan om hemtjänstens bemanning under sommaren och fick svar."
    )
    assert [title for title, _kind in _titles(text)] == ["Öppet möte i Österbymo", "Från kommunfullmäktige i februari"]


def test_a_headline_sentence_taken_as_the_title_still_presents_the_speaker_of_the_quote_under_it(matcher):
    from reform_kb.pipeline.parse import parse_file

    from .scoring import reference_context

    text = (
        "Eva Holm, ordförande i Vision, kräver att staten tar ett större ansvar för bemanningen.\n\n"
        "– Kommunerna klarar inte detta på egen hand, det har vi sett i flera år nu och det blir bara värre, säger hon.\n\n"
        "Förbundet har drivit frågan sedan i våras och lämnar nu sina förslag."
    )
    [doc] = parse_file("sida.txt", text, reference_context())
    assert doc.title.startswith("Eva Holm, ordförande i Vision")
    assert [(q.speaker.name, q.speaker.role) for q in doc.quotes] == [("Eva Holm", "ordförande")]
