"""Organisations, letters and section labels in the shapes of the dev part's misses (round 43, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from reform_kb.pipeline.civil_society_forms import coordinated_opening

from .invented_pages import only

BODY = "Nämnden har beslutat att boendet ska byta inriktning. Beslutet gäller från hösten och berör tolv platser.\n"


def _mentioned(text: str) -> list[str]:
    return only("Nytt samarbete i länet\n\n" + text + "\n").mentioned_organisations


def test_a_name_opening_with_a_coordinated_compound_keeps_its_first_word():
    found = _mentioned(
        "Projektet drivs av Eritreanska Kultur- och Idrottsföreningen tillsammans med Brottsoffer- och "
        "Kvinnojouren Linnea i Ekby."
    )
    assert "Eritreanska Kultur- och Idrottsföreningen" in found
    assert "Brottsoffer- och Kvinnojouren Linnea" in found
    assert "Idrottsföreningen" not in found


def test_a_lower_case_word_before_the_hyphen_is_running_text_not_the_name():
    text = "Vi talade om barn- och Idrottsföreningen"
    assert coordinated_opening(text, text.index("Idrottsföreningen")) is None


def test_folk_high_schools_study_associations_and_congregations_are_organisations():
    found = _mentioned(
        "Kursen ges på Tornedalens folkhögskola med stöd av Medborgarskolan, Studieförbundet Vuxenskolan och "
        "Ekbygdens studieförbund. Sedan bjuder Ekbackakyrkan in till samtal."
    )
    for name in (
        "Tornedalens folkhögskola",
        "Medborgarskolan",
        "Studieförbundet Vuxenskolan",
        "Ekbygdens studieförbund",
        "Ekbackakyrkan",
    ):
        assert name in found


def test_a_study_associations_short_name_is_no_person():
    document = only(
        "Föräldrar möts i cirklar\n\nIbn Rushd ordnar träffar för föräldrar i stadsdelen varje vecka.\n\n"
        "– Vi vill att fler ska våga fråga, säger Sara Holm, verksamhetsutvecklare på Ibn Rushd.\n"
    )
    assert "Studieförbundet Ibn Rushd" in document.mentioned_organisations
    assert [p.name for p in document.mentioned_people] == ["Sara Holm"]


def test_the_cathedral_is_a_building_not_a_congregation():
    assert "Domkyrkan" not in _mentioned("Konserten hålls i Domkyrkan på lördag.")


def test_a_headline_about_the_prime_minister_opens_a_news_page_not_a_letter():
    document = only(
        "Publiceringsdatum: 03 mar 2021\n\nStatsministern besökte hemtjänsten i Ekby\n\nAnna Berg Holm\n\n"
        "Sektionens ordförande Anna Berg Holm.\n\n" + BODY
    )
    assert document.title == "Statsministern besökte hemtjänsten i Ekby"
    assert document.kind.value == "artikel"


def test_a_municipal_sites_care_section_above_the_headline_is_no_headline():
    document = only("Ekby kommun\n\nOmsorg och stöd\n\nKön till äldreboende har blivit kortare\n\n" + BODY)
    assert document.title == "Kön till äldreboende har blivit kortare"


def test_a_press_releases_label_and_sender_over_its_date_is_no_writer():
    document = only(
        "Ekby Hörselförening bjuder in till temadag\n\nPressmeddelande Ekby Hörselförening\n13 februari 2018\n\n"
        + BODY
    )
    assert document.authors == []
    assert "Pressmeddelande Ekby Hörselförening" not in [p.name for p in document.mentioned_people]


def test_a_writers_name_over_the_date_is_still_the_byline():
    document = only("Kön till äldreboende har blivit kortare\n\nAnna Berg\n13 februari 2018\n\n" + BODY)
    assert [a.name for a in document.authors] == ["Anna Berg"]
