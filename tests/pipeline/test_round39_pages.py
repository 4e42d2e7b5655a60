"""Page furniture in the shapes of the development part's title misses (round 39, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only


def test_a_back_to_top_link_is_never_the_title():
    document = only(
        "Logga in\n\n"
        "Till toppen av sidan\n\n"
        "Vanliga frågor om assistansersättningen\n\n"
        "Vad är en utredning? När regeringen vill ändra en lag kan den tillsätta en utredning som lämnar förslag.\n\n"
        "Förslagen skickas sedan på remiss till myndigheter och organisationer.\n"
    )
    assert document.title == "Vanliga frågor om assistansersättningen"


def test_a_comment_count_under_a_blog_post_leaves_the_headline_its_title():
    document = only(
        "Efter avgiftningen\n\n"
        "0kommentarer\n\n"
        "Jag var på ett behandlingshem i tre månader förra året. När jag kom hem hade jag en plan för hur jag "
        "skulle klara vardagen.\n\n"
        "Det gick bra i två veckor.\n"
    )
    assert document.title == "Efter avgiftningen"
    assert "kommentar" not in document.body


def test_a_blog_label_pages_banner_is_never_a_title():
    document = only(
        "Visar inlägg med etikett hemtjänst. Visa alla inlägg\n\n"
        "Hemtjänsten igen\n\n"
        "Idag kom det en ny vikarie igen. Mamma kände inte igen henne och blev orolig hela förmiddagen.\n\n"
        "Jag ringde till enhetschefen men hon var på möte.\n"
    )
    assert document.title == "Hemtjänsten igen"
