"""Page furniture and mastheads in the shapes of the former test part test31's misses (round 32, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import parse_page


def test_a_share_button_for_social_media_and_a_contact_heading_above_a_news_item_are_no_documents():
    documents = parse_page(
        "Dela sidan på sociala medier\n\n"
        "Kontaktinformation\n\n"
        "Publicerad\n\n"
        "En bild av en klubba på ett bord\n\n"
        "Beslut från kommunfullmäktige i april\n\n"
        "Kommunfullmäktige sammanträdde i april och fattade flera beslut om nämndernas arbete framåt.\n"
    )
    assert [d.title for d in documents] == ["Beslut från kommunfullmäktige i april"]


def test_a_persons_name_alone_above_the_only_headline_is_the_writer_of_the_post():
    (document,) = parse_page(
        "Karin Lundgren\n\n"
        "Bidragen höjs igen i år\n\n"
        "Regeringen har i dag beslutat att höja normen, och jag tycker att det är fel väg att gå för landet.\n"
    )
    assert [a.name for a in document.authors] == ["Karin Lundgren"]


def test_a_short_menu_word_above_the_headline_names_no_writer():
    """Guard: a section link above the headline stays a menu item."""
    (document,) = parse_page(
        "Nyheter\n\n"
        "Bidragen höjs igen i år\n\n"
        "Regeringen har i dag beslutat att höja normen, och kommunerna räknar nu på vad det kostar dem.\n"
    )
    assert document.authors == []
