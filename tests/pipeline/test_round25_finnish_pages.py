"""Finland-Swedish pages of round 25 (issue 10: the shapes of the former test part test24's misses, and the
older Finnish pages of the development part).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from reform_kb.pipeline.finnish_government import is_finnish

from .invented_pages import parse_page

FINNISH_MINISTER = (
    "Minister Laine: Äldreomsorgen i Finland behöver fler händer\n\n"
    "Social- och hälsovårdsministeriet har i dag presenterat en plan för vårdpersonalen i Finland.\n\n"
    "– Vi måste göra yrket mer lockande för unga, säger social- och hälsovårdsminister Tiina Laine.\n\n"
    "Planen bereds vidare av regeringen under hösten.\n"
)


def test_a_finnish_minister_speaks_for_finlands_regering_not_for_swedens():
    [document] = parse_page(FINNISH_MINISTER)
    [quote] = document.quotes
    assert (quote.speaker.name, quote.speaker.organisation) == ("Tiina Laine", "Finlands regering")
    assert "Regeringen" not in document.mentioned_organisations
    assert "Finlands regering" in document.mentioned_organisations


def test_a_finnish_ministry_is_recognised_by_its_form_and_named_with_a_capital():
    [document] = parse_page(
        "Fler kuratorer i skolan\n\n"
        "Bidraget betalas av undervisnings- och kulturministeriet, och Inrikesministeriet följer upp det.\n"
    )
    assert document.mentioned_organisations == ["Undervisnings- och kulturministeriet", "Inrikesministeriet"]


SWEDISH_MINISTER_NAMING_FINLAND = (
    "Ny plan för äldreomsorgen\n\n"
    "Socialdepartementet har tittat på hur Finland och Norge bemannar sina äldreboenden i Sverige och grannländerna.\n\n"
    "– Vi kan lära oss mycket av grannländerna, säger socialminister Per Holm.\n"
)


def test_a_swedish_minister_naming_finland_in_passing_still_speaks_for_regeringen():
    [document] = parse_page(SWEDISH_MINISTER_NAMING_FINLAND)
    [quote] = document.quotes
    assert quote.speaker.organisation == "Regeringen"


def test_a_text_is_finnish_when_it_speaks_of_finland_more_than_of_sweden():
    assert is_finnish("Justitieministeriet i Finland meddelar att lagen ändras.")
    assert not is_finnish("Regeringen i Sverige jämför med Finland.")
    assert not is_finnish("Socialdepartementet följer arbetet i Finland.")


BILINGUAL_FINNISH_SITE = (
    "Ajankohtaista\n\n"
    "Kaikki uutiset\n\n"
    "Julkaistu 4.3.2019\n\n"
    "Nu kan anhöriga ringa stödlinjen också på svenska\n\n"
    "Stödlinjen för anhöriga till personer med demens har hittills svarat på finska. Från och med mars "
    "svarar den också på svenska varje vardag.\n"
)


def test_a_bilingual_sites_finnish_navigation_is_never_the_headline():
    [document] = parse_page(BILINGUAL_FINNISH_SITE)
    assert document.title == "Nu kan anhöriga ringa stödlinjen också på svenska"
    assert document.published.isoformat() == "2019-03-04"
