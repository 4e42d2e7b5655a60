"""Archive headings of blog themes, Drupal's month-first dates and other shapes of the former test part test27's
misses (round 28, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

import pytest

from .invented_pages import parse_page

POST_UNDER_ARCHIVE_HEADING = (
    "{heading}\n\n"
    "Ge hemtjänsten tid att göra sitt jobb\n\n"
    "Personalen i hemtjänsten springer mellan besöken och hinner inte prata med de äldre. Vi vill införa "
    "tillitsbaserad styrning och låta arbetslagen själva planera sina dagar, som flera kommuner redan gjort.\n\n"
    "Nämndens majoritet har hittills sagt nej, men vi ger inte upp frågan."
)


@pytest.mark.parametrize(
    "heading", ["Alla inlägg: ons mar 2022", "Category Archives: Äldreomsorg", "Månadsarkiv: mars 2022"]
)
def test_a_blog_themes_archive_heading_is_neither_a_title_nor_a_document_and_its_posts_are_blog_posts(heading):
    documents = parse_page(POST_UNDER_ARCHIVE_HEADING.format(heading=heading))
    assert [d.title for d in documents] == ["Ge hemtjänsten tid att göra sitt jobb"]
    assert documents[0].kind.value == "blogginlagg"
    assert heading not in documents[0].body


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Publicerad 03/21/2015 - 09:05", "2015-03-21"),  # month first: no 21st month
        ("Publicerad 03/11/2015 - 14:30", "2015-03-11"),  # month first though a day-first reading exists
        ("Publicerad 11/3 2015", "2015-03-11"),  # the Swedish short form stays day first
        ("11/03/2015", "2015-03-11"),
    ],
)
def test_a_slashed_date_with_drupals_time_after_it_is_read_month_first(line, expected):
    from reform_kb.pipeline.text import parse_date

    assert parse_date(line).isoformat() == expected


def test_items_dated_in_drupals_format_get_their_dates():
    documents = parse_page(
        "March 2015\n\n"
        "Publicerad 03/11/2015 - 14:30\n\n"
        "Projektet har kartlagt hur unga vuxna dricker under en kväll på stan och resultaten presenteras i en ny "
        "rapport från förvaltningen.\n\n"
        "Publicerad 03/02/2015 - 10:12\n\n"
        "En ny utbildning för krogpersonal om ansvarsfull alkoholservering startar i april och är öppen för alla "
        "restauranger i kommunen.\n\n"
        "Publicerad 03/01/2015 - 08:45\n\n"
        "Förvaltningen söker nu krogar som vill delta i nästa mätning av berusningsnivåer under hösten.\n"
    )
    dated = [d.published.isoformat() for d in documents if d.published]
    assert dated == ["2015-03-11", "2015-03-02", "2015-03-01"]


NEWS_LIST_WITH_STANDFIRSTS = (
    "Insändare\n\n"
    "Vem ska betala för de nya LSS-boendena, majoriteten?\n\n"
    "Anna Berg och Johan Ek svarar på majoritetens debattinlägg om budgeten i Lokaltidningen 12/3\n\n"
    "Majoriteten försöker i sitt debattinlägg förklara varför man skjuter upp byggandet av två nya gruppbostäder, "
    "men svaret håller inte när kön växer för varje månad som går och familjerna väntar.\n\n"
    "Läs mer\n\n"
    "Hur länge ska de äldre vänta på trygghetsboendet?\n\n"
    "Karin Linds krönika tar upp frågan om de långa väntetiderna till kommunens trygghetsboenden\n\n"
    "För två år sedan lovade nämnden ett nytt trygghetsboende i centrum, men ännu har inte ens en detaljplan tagits "
    "fram och de äldre som anmält intresse har inte fått något besked alls.\n\n"
    "Läs mer\n"
)


def test_a_long_line_under_a_news_items_headline_is_its_standfirst_not_its_title():
    documents = parse_page(NEWS_LIST_WITH_STANDFIRSTS)
    assert [d.title for d in documents] == [
        "Vem ska betala för de nya LSS-boendena, majoriteten?",
        "Hur länge ska de äldre vänta på trygghetsboendet?",
    ]
    assert documents[0].body.startswith("Anna Berg och Johan Ek svarar")


def test_a_date_glued_to_the_end_of_the_link_above_it_dates_the_next_news_item():
    documents = parse_page(
        "Omsorgsförvaltningen i Lövsta kommun\n\n"
        "Nyheter och information från Omsorgsförvaltningen\n\n"
        "2022-07-04\n\n"
        "Tänk på vätskan i sommarvärmen\n\n"
        "Äldre och personer med kroniska sjukdomar är särskilt känsliga när det är varmt, och personalen i "
        "hemtjänsten påminner därför om att dricka ofta.\n\n"
        "Läs mer om värmeböljor hos vårdguiden1177 och kommunens råd för hemtjänsten2022-05-16\n\n"
        "Öppet hus på Björkgården\n\n"
        "Nu välkomnar vi anhöriga till öppet hus på Björkgården med fika och visning av de nya lägenheterna "
        "på våning två.\n"
    )
    assert [(d.title, d.published and d.published.isoformat()) for d in documents] == [
        ("Tänk på vätskan i sommarvärmen", "2022-07-04"),
        ("Öppet hus på Björkgården", "2022-05-16"),
    ]


@pytest.mark.parametrize(("headline", "expected"), [("Ordföranden har ordet, 3/5 2023", "2023-05-03"), ("Månadsbrev, 7 mars 2024", "2024-03-07")])
def test_a_column_dated_at_the_end_of_its_own_headline_gets_that_date(headline, expected):
    documents = parse_page(
        f"{headline}\n\n"
        "Våren har varit intensiv för föreningen. Vi har svarat på två remisser om den nya socialtjänstlagen och "
        "träffat socialutskottet för att tala om bemanningen inom individ- och familjeomsorgen.\n\n"
        "Nu ser vi fram emot höstens konferens, där medlemmarna får diskutera hur lagen ska tillämpas.\n"
    )
    assert [d.published.isoformat() for d in documents] == [expected]
