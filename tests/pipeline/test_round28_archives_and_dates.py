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
