"""People, roles and dates in the shapes of the former test part test31's misses (round 32, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only, parse_page


def test_an_alt_text_word_glued_to_a_name_is_no_part_of_the_name():
    document = only(
        "Extra stöd till barnfamiljer i jul\n\n"
        "Enligt Lena Holm, enhetschef på försörjningsenheten har fler familjer sökt stöd i år.\n\n"
        "Artikelbild Lena Holm. Kommunen betalar ut ett tillägg per barn.\n\n"
        "– Barnens behov går först, säger Holm.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.name == "Lena Holm"
    assert [p.name for p in document.mentioned_people] == ["Lena Holm"]


def test_a_title_after_enligt_and_a_name_ends_where_the_sentence_goes_on_with_its_verb():
    document = only(
        "Färre söker försörjningsstöd\n\n"
        "Enligt Lena Holm, enhetschef på försörjningsenheten har andelen sökande minskat något.\n\n"
        "– Men ärendena är tyngre i dag, säger Lena Holm.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.role == "enhetschef på försörjningsenheten"


def test_writers_named_before_the_publication_date_on_one_line_are_the_authors_and_the_date_dates_it():
    (document,) = parse_page(
        "Arbetslösa får allt mindre\n\n"
        "Allt färre arbetslösa kan leva på sin ersättning, visar en granskning av tidningen.\n"
        "Eva Lind, Per Borg Publicerad 12 mars 2021, kl 10:15\n"
        "Ersättningen har inte följt lönerna på många år, och fler söker nu försörjningsstöd i kommunerna.\n"
    )
    assert [a.name for a in document.authors] == ["Eva Lind", "Per Borg"]
    assert str(document.published) == "2021-03-12"


def test_a_letters_dateline_with_a_revision_note_dates_the_document_and_is_no_title():
    (document,) = parse_page(
        "Ekby den 3 februari 2004 /Reviderad i maj 2010/\n\n"
        "Vår historia\n\n"
        "Föreningen bildades av människor som själva hade tagit sig ur ett missbruk och ville hjälpa andra.\n"
    )
    assert document.title == "Vår historia"
    assert str(document.published) == "2004-02-03"


def test_someone_presented_as_working_as_a_title_at_a_shelter_speaks_with_that_title_and_shelter():
    document = only(
        "Jouren rustar inför helgerna\n\n"
        "Sara, som inte vill ge sitt efternamn, har arbetat som kurator på Ekby kvinnojour i två år.\n\n"
        "– Trycket brukar öka i december, säger Sara.\n"
    )
    (quote,) = document.quotes
    assert (quote.speaker.role, quote.speaker.organisation) == ("kurator", "Ekby kvinnojour")
    assert "Ekby kvinnojour" in document.mentioned_organisations


def test_a_shelter_named_with_its_towns_genitive_is_the_towns_shelter():
    document = only(
        "Fler söker stöd\n\n"
        "Trycket på Lerums kvinnojour har ökat under hösten, och jouren söker fler volontärer till sitt arbete.\n"
    )
    assert document.mentioned_organisations == ["Lerum kvinnojour"]


def test_a_date_run_into_a_municipal_pages_menu_row_dates_the_article_under_it():
    (document,) = parse_page(
        "2021-04-09 Förskola | Skola och utbildning | Info | Jobb för unga\n\n"
        "Sommarjobb för unga i kommunen\n\n"
        "Kommunstyrelsen har beslutat att avsätta pengar till sommarjobb för ungdomar i alla kommundelar.\n"
    )
    assert document.title == "Sommarjobb för unga i kommunen"
    assert str(document.published) == "2021-04-09"


def test_an_outlet_and_the_day_and_month_it_printed_the_text_date_it():
    (document,) = parse_page(
        "Bolaget som växte för fort\n\n"
        "(Veckobladet 7/3 2022)\n\n"
        "I början av året drog myndigheten in tillståndet för ett av de största bolagen i branschen.\n"
    )
    assert str(document.published) == "2022-03-07"


def test_an_outlet_reference_with_no_such_day_dates_nothing_and_breaks_nothing():
    """Guard: a day the calendar has not (31 February) is no date, whatever reads it."""
    (document,) = parse_page(
        "Bolaget som växte för fort\n\n"
        "(Veckobladet 31/2 2022)\n\n"
        "I början av året drog myndigheten in tillståndet för ett av de största bolagen i branschen.\n"
    )
    assert document.published is None
