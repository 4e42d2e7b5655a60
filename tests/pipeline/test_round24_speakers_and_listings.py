"""Speakers and listing pages of round 24 (issue 10: the shapes of the former test23's misses).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""


from .invented_pages import parse_page

PLAIN_PARAGRAPH_QUOTE = (
    "Efter fullmäktige\n\n"
    "Vi hade hoppats på en ny simhall, men förslaget föll i kväll, säger Sara Lindholm (S) kommunalråd.\n\n"
    "Debatten handlade mest om skolans lokaler och om hyrorna för föreningarna.\n\n"
    "– Vi ger inte upp frågan om simhallen och kommer tillbaka med den i våren, säger Sara.\n\n"
    "– Föreningarna ska inte betala för det, avslutar Sara Lindholm.\n"
)


def test_a_quote_set_as_a_plain_paragraph_presents_its_speaker_for_her_later_quotes():
    [document] = parse_page(PLAIN_PARAGRAPH_QUOTE)
    speakers = [(q.speaker.name, q.speaker.role, q.speaker.party) for q in document.quotes]
    assert speakers == [("Sara Lindholm", "kommunalråd", "S")] * 3


ARCHIVE_DATED_BELOW = (
    "Nyhetsarkiv\n"
    "Sökträffar: 212\n"
    "Vi vill ha fler platser på korttidsboendet\n"
    "Kommunen har stängt två avdelningar under sommaren och anhöriga har fått vänta i veckor på en…\n"
    "september 3, 2024\n"
    "Höj bidraget till föreningarna\n"
    "Replik på majoritetens förslag om ”en ny föreningspolitik”\n"
    "Föreningslivet bär mycket av arbetet med barn och unga i våra bostadsområden och det…\n"
    "augusti 19, 2024\n"
    "Ett år med den nya lagen\n"
    "När socialtjänstlagen byttes ut lovade regeringen mer förebyggande arbete, men i vår kommun har…\n"
    "juni 30, 2024\n"
    "Hemtjänsten behöver mer tid\n"
    "Den 12 juni"
)


def test_a_news_archive_dating_each_item_under_its_teaser_is_split_into_dated_items():
    documents = parse_page(ARCHIVE_DATED_BELOW)
    assert [(d.title, d.published and d.published.isoformat()) for d in documents] == [
        ("Vi vill ha fler platser på korttidsboendet", "2024-09-03"),
        ("Höj bidraget till föreningarna", "2024-08-19"),
        ("Ett år med den nya lagen", "2024-06-30"),
        ("Hemtjänsten behöver mer tid", None),
    ]


ARTICLE_WITH_DATES_IN_ITS_TEXT = (
    "Tidslinje för den nya socialtjänstlagen\n\n"
    "Lagen har gått igenom flera steg sedan utredningen lämnade sitt förslag till regeringen.\n"
    "2 juni 2020\n"
    "Utredningen lämnar sitt betänkande och föreslår en helt ny lag.\n"
    "1 mars 2025\n"
    "Regeringen lämnar sin proposition till riksdagen efter remissrundan.\n"
    "1 juli 2025\n"
)


def test_a_timeline_of_dates_in_an_article_stays_one_article():
    [document] = parse_page(ARTICLE_WITH_DATES_IN_ITS_TEXT)
    assert document.title == "Tidslinje för den nya socialtjänstlagen"


LABELLED_TEASERS = (
    "Nyheter Socialnämnden i kommunen vill öppna ett nytt boende för unga vuxna redan under hösten…\n"
    "Sport Helgens cupfinal avgjordes först på straffar efter en jämn match på konstgräset…\n"
    "Nyheter Regeringen ger länsstyrelserna i uppdrag att fördela pengar till kommunernas arbete mot våld…\n"
    "Notiser Äldreboendet vid torget får en ny enhetschef från och med första september, meddelar kommunen…\n"
    "Nyheter Kommunen uppdat"
)


def test_a_news_list_of_teasers_behind_their_section_names_is_one_document_per_teaser():
    documents = parse_page(LABELLED_TEASERS)
    assert len(documents) == 5
    assert documents[0].body.startswith("Socialnämnden i kommunen vill öppna")
    assert documents[3].body.startswith("Äldreboendet vid torget")


ARTICLE_NAMING_A_SECTION = (
    "Lokaltidningen byter namn\n\n"
    "Nyheter Sverige heter tidningens nya bilaga, och den kommer ut varje lördag från och med i höst.\n\n"
    "Redaktionen har arbetat med den under hela våren och hoppas att läsarna tar emot den väl.\n\n"
    "Chefredaktören säger att bilagan ska handla mer om vård, omsorg och skola än den gamla gjorde.\n"
)


def test_an_article_with_one_line_opening_on_a_section_name_stays_one_article():
    [document] = parse_page(ARTICLE_NAMING_A_SECTION)
    assert document.title == "Lokaltidningen byter namn"


PARTY_NEWS_PAGE = (
    "Nyheter\n\n"
    "Läs det senaste från Centerpartiet Västra Götalands Län\n\n"
    "Vi måste prata om ensamheten bland äldre, för den växer i varje…\n\n"
    "Varje vecka träffar jag människor som inte har pratat med någon på flera dagar, och det är något vi...\n\n"
    "Distriktsstämman valde ny styrelse\n\n"
    "Ett fyrtiotal ombud samlades i helgen för att välja styrelse och anta ett nytt program för de närmaste...\n\n"
    "Satsa på hemtjänsten i glesbygden\n\n"
    "Hemtjänsten på landsbygden har längre resor och mindre tid hos varje brukare, och det måste synas i"
)


def test_a_party_news_page_of_cut_teasers_names_its_branch_and_splits_into_posts():
    documents = parse_page(PARTY_NEWS_PAGE)
    assert [d.title for d in documents] == [
        "Vi måste prata om ensamheten bland äldre, för den växer i varje…",
        "Distriktsstämman valde ny styrelse",
        "Satsa på hemtjänsten i glesbygden",
    ]
    assert all(d.organisations == ["Centerpartiet Västra Götalands län"] for d in documents)


LONG_TWO_PART_HEADLINE = (
    "Media\n\n"
    "Barnombudsmannens rundabordssamtal: Placerade barn ska få bättre stöd efter 18 – kommunernas "
    "eftervård i fokus för höstens arbete\n\n"
    "barnombudsmannen\n"
    "Utgivningsdatum 3.10.2024 9.00\n"
    "Pressmeddelande\n\n"
    "Kommunerna behöver ta ett större ansvar för unga som lämnar samhällsvården, konstaterade deltagarna vid ett "
    "möte om eftervården på tisdagen.\n\n"
    "I mötet deltog socialchefer från tio kommuner och företrädare för flera organisationer som arbetar med unga.\n"
)


def test_a_two_part_headline_of_150_characters_is_the_title_not_the_section_label_above_it():
    [document] = parse_page(LONG_TWO_PART_HEADLINE)
    assert document.title.startswith("Barnombudsmannens rundabordssamtal: Placerade barn")


TITLE_AND_SURNAME = (
    "Nytt råd för barnets rättigheter\n\n"
    "Rådets ordförande, barn- och jämställdhetsminister Sofia Nordqvist vill att arbetet börjar direkt.\n\n"
    "”Barnen ska höras i allt som rör dem, och det gäller också när kommunerna planerar sina tjänster”, "
    "konstaterar minister Nordqvist.\n"
)


def test_a_title_and_a_surname_in_the_attribution_are_the_person_presented_in_full():
    [quote] = parse_page(TITLE_AND_SURNAME)[0].quotes
    assert quote.speaker.name == "Sofia Nordqvist"
    assert quote.speaker.role == "barn- och jämställdhetsminister"


UNKNOWN_SURNAME = (
    "Nytt råd för barnets rättigheter\n\n"
    "Rådet samlas för första gången i dag.\n\n"
    "”Barnen ska höras i allt som rör dem”, säger ordförande Nordqvist.\n"
)


def test_a_title_and_a_surname_nobody_presented_is_not_made_a_person_by_this_rule():
    [quote] = parse_page(UNKNOWN_SURNAME)[0].quotes
    assert quote.speaker is None or quote.speaker.name != "ordförande Nordqvist"
