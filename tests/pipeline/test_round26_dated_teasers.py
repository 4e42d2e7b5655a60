"""Lists of dated teasers without headlines (round 26, issue 10: the shapes of the former test part test25's
misses).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import parse_page

PRESS_ROOM_WITH_DATED_TEASERS = (
    "Press\n\n"
    "Pressjouren svarar på frågor om förbundet och förmedlar kontakt med våra talespersoner.\n\n"
    "Senaste pressmeddelanden\n\n"
    "2024-05-30\n"
    "Förbundets pris för god arbetsmiljö går i år till ett äldreboende i Norrby. Juryn lyfter fram personalens delaktighet.\n"
    "2024-05-12\n"
    "Fler medlemmar än någonsin söker stöd för stress, visar förbundets nya enkät bland skyddsombuden.\n"
    "2024-04-28\n"
    "Inför avtalsrörelsen kräver förbundet högre löner för undersköterskor och bättre scheman.\n"
    "2024-04-02\n"
    "Förbundets ordförande välkomnar regeringens besked om en ny lag för bemanning i hem"
)


def test_each_dated_teaser_under_a_press_room_is_a_press_release_without_a_headline():
    documents = parse_page(PRESS_ROOM_WITH_DATED_TEASERS)
    assert [d.title for d in documents][0] == "Press"
    items = documents[1:]
    assert [d.published.isoformat() for d in items] == ["2024-05-30", "2024-05-12", "2024-04-28", "2024-04-02"]
    assert [d.kind.value for d in items] == ["pressmeddelande"] * 4
    assert items[1].body.startswith("Fler medlemmar än någonsin")
    assert documents[0].published is None  # the room's introduction takes no item's date


NEWS_PAGE_WITH_AN_ARTICLE_ABOVE = (
    "Hem / Ny rapport om spelberoende bland unga\n"
    "Allt fler unga spelar om pengar på nätet, visar en ny rapport från länets beroendecentrum.\n"
    "Läs rapporten\n"
    "2023-11-20\n"
    "Kommunerna i länet har enats om en gemensam plan mot spel om pengar bland elever på gymnasiet...\n"
    "2023-11-02\n"
    "En ny stödlinje för anhöriga till spelberoende öppnar i december och ska vara bemannad dygnet runt...\n"
    "2023-10-15\n"
    "Forskare vid högskolan ska följa tusen unga under fem år för att se hur spelvanorna förändras...\n"
    "Fält märkta med * är obligatoriska"
)


def test_dated_teasers_under_an_article_are_documents_of_their_own_and_the_foot_is_kept():
    documents = parse_page(NEWS_PAGE_WITH_AN_ARTICLE_ABOVE)
    assert len(documents) == 4
    assert documents[0].published is None
    assert [d.published.isoformat() for d in documents[1:]] == ["2023-11-20", "2023-11-02", "2023-10-15"]
    assert "obligatoriska" in documents[-1].body  # nothing of the page is lost


DATED_HEADLINES_ARE_NO_TEASERS = (
    "Nyheter från föreningen\n\n"
    "2024-03-01\n"
    "Årsmöte i april\n"
    "2024-02-10\n"
    "Ny ordförande vald\n"
    "2024-01-20\n"
    "Föreningen fyller trettio år\n"
)


def test_a_date_over_a_headline_is_no_headline_less_teaser():
    """Guard: short lines without a sentence's end between the dates are headlines, read as they were."""
    titles = [d.title for d in parse_page(DATED_HEADLINES_ARE_NO_TEASERS)]
    assert "Årsmöte i april" in titles or "Nyheter från föreningen" in titles
    assert not any(t.startswith("Årsmöte i april") and t != "Årsmöte i april" for t in titles)
