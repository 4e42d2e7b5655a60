"""A source's own metadata (a web page's head, a PDF's information, a sidecar) fills what the text leaves empty."""

from datetime import date

from reform_kb.pipeline.organisations import OrganisationMatcher, reference_organisations
from reform_kb.pipeline.parse import parse_file
from reform_kb.pipeline.provenance import Provenance
from reform_kb.pipeline.records import ParseContext
from reform_kb.pipeline.source_facts import headline_of, publisher_names

CONTEXT = ParseContext(organisations=reference_organisations())

ARTICLE = """Fler ansöker om stöd i Ekby

Antalet hushåll som söker ekonomiskt bistånd har ökat under våren.

– Vi ser fler unga vuxna än tidigare, säger Maja Lind, enhetschef i Ekby kommun.
"""

DATED_ARTICLE = """Fler ansöker om stöd i Ekby

Publicerad 3 mars 2025

Antalet hushåll som söker ekonomiskt bistånd har ökat under våren.
"""

NO_HEADLINE = """Antalet hushåll som söker ekonomiskt bistånd har ökat under våren, visar kommunens nya siffror. Fler unga vuxna söker stöd än tidigare år.

Socialnämnden ska behandla frågan i juni.
"""

PAGE = Provenance(
    url="https://ekbybladet.example/stod",
    publisher="Ekbybladet",
    title="Biståndet ökar i Ekby | Ekbybladet",
    published=date(2025, 4, 2),
)


def parse(text, provenance=None):
    return parse_file("sida.html", text, CONTEXT, provenance)


def test_a_page_without_a_publisher_in_its_text_gets_its_sites_name():
    (doc,) = parse(ARTICLE, PAGE)
    assert doc.organisations == ["Ekbybladet"]
    assert doc.source_url == "https://ekbybladet.example/stod"


def test_without_provenance_nothing_is_invented():
    (doc,) = parse(ARTICLE)
    assert doc.organisations == []
    assert doc.published is None


def test_a_known_organisation_as_publisher_is_written_as_the_gazetteer_writes_it():
    (doc,) = parse(ARTICLE, Provenance(publisher="SKL"))
    assert doc.organisations == ["Sveriges Kommuner och Regioner"]


def test_the_texts_own_headline_and_date_stand_over_the_heads():
    (doc,) = parse(DATED_ARTICLE, PAGE)
    assert doc.title == "Fler ansöker om stöd i Ekby"
    assert doc.published == date(2025, 3, 3)


def test_the_heads_date_fills_a_single_document_without_one_and_its_review_note_goes():
    (doc,) = parse(ARTICLE, PAGE)
    assert doc.published == date(2025, 4, 2)
    assert "inget datum" not in doc.review_note


def test_a_document_without_headline_takes_the_heads_title_without_the_sites_name():
    (plain,) = parse(NO_HEADLINE)
    assert "ingen rubrik hittades" in plain.review_note  # the first words stood in for a title
    (doc,) = parse(NO_HEADLINE, PAGE)
    assert doc.title == "Biståndet ökar i Ekby"
    assert "ingen rubrik" not in doc.review_note


def test_a_listings_posts_share_the_publisher_but_not_the_pages_title_or_date():
    listing = (
        "Ekbybloggen\n\n"
        " • 2025-03-12\n  Första inlägget om bistånd\n"
        "  Kommunen ser fler ansökningar om ekonomiskt bistånd i år än förra året.\n  Läs mer\n"
        " • 2025-03-20\n  Andra inlägget om boende\n"
        "  Allt fler hemlösa familjer söker akut boende hos socialtjänsten i vår.\n  Läs mer\n"
    )
    docs = parse(listing, PAGE)
    assert len(docs) == 2
    assert [d.organisations for d in docs] == [["Ekbybladet"], ["Ekbybladet"]]
    assert [d.published for d in docs] == [date(2025, 3, 12), date(2025, 3, 20)]
    assert "Biståndet ökar i Ekby" not in [d.title for d in docs]


def test_the_sites_name_is_taken_off_a_heads_title_only_when_it_is_the_publisher():
    assert headline_of("Biståndet ökar – Ekbybladet", "Ekbybladet") == "Biståndet ökar"
    assert headline_of("Stöd och hjälp – en guide", "Ekbybladet") == "Stöd och hjälp – en guide"
    assert headline_of("  Rubrik\u00a0med  mellanrum ", "") == "Rubrik med mellanrum"


def test_a_publisher_field_naming_several_known_organisations_names_each_and_a_short_form_is_dropped():
    matcher = OrganisationMatcher(reference_organisations())
    joint = "Akademikerförbundet SSR, Föreningen Sveriges Socialchefer och Sveriges Kommuner och Regioner"
    assert publisher_names(joint, matcher) == [
        "Akademikerförbundet SSR",
        "Föreningen Sveriges Socialchefer",
        "Sveriges Kommuner och Regioner",
    ]
    assert publisher_names("Föreningen Sveriges Socialchefer (FSS)", matcher) == [
        "Föreningen Sveriges Socialchefer"
    ]
    assert publisher_names("Ekbybladet och vänner", matcher) == ["Ekbybladet och vänner"]
