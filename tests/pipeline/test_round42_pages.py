"""Page furniture in the shapes of the dev part's misses (round 42, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from reform_kb.pipeline.segment.furniture import is_boilerplate

from .invented_pages import only

BODY = "Nämnden har beslutat att boendet ska byta inriktning. Beslutet gäller från hösten och berör tolv platser.\n"


def test_a_breadcrumb_ending_in_its_separator_is_no_headline():
    document = only(
        "Startsida > Församlingar > Sankt Olofs församling > Nyheter > 2019 > 03 >\n\n"
        "Härbärget flyttar till församlingshemmet\n\n" + BODY
    )
    assert document.title == "Härbärget flyttar till församlingshemmet"


def test_a_read_aloud_button_above_a_doubled_headline_is_no_headline():
    document = only(
        "Click to listen highlighted text!\n\nKommunen överklagar inte domen\n\nKommunen överklagar inte domen\n\n"
        + BODY
    )
    assert document.title == "Kommunen överklagar inte domen"


def test_an_image_named_with_its_photo_archive_number_above_a_teaser_is_no_headline():
    """A post's teaser on a blog's front page ("… Läs mer"), its image's file name between headline and text."""
    long_paragraph = (
        "Vi är ett av få länder som låser in människor för att de dricker. Andra länder har slutat med det för "
        "länge sedan, och deras resultat är inte sämre än våra. Vården kostar mycket pengar och ger ändå få "
        "varaktiga förändringar. Många som skrivs ut återfaller inom ett år och kommer tillbaka till samma "
        "avdelning. Pengarna borde i stället gå till frivillig vård nära hemmet, där personalen hinner bygga "
        "förtroende och där anhöriga kan vara med. Det är dags att riksdagen tar bort lagen och satsar på det "
        "som faktiskt fungerar för den som vill bli fri från sitt beroende. Det handlar alltid om… Läs mer\n"
    )
    document = only("Debatt: Tvånget hjälper ingen\n\nSorrow_(5512837741)\n\n" + long_paragraph)
    assert document.title == "Debatt: Tvånget hjälper ingen"


def test_a_headline_with_a_greater_than_sign_is_no_breadcrumb():
    """Guard: a sentence comparing numbers is prose, not a trail of links."""
    assert not is_boilerplate("Fler än 300 > hälften av alla ärenden gick till domstol förra året, visar rapporten.")
