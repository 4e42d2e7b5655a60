"""Kinds in the shapes of the former test part test39's misses (round 40, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from reform_kb.pipeline.records import DocumentKind

from .invented_pages import only


def test_a_title_naming_the_senders_response_heads_a_consultation_response():
    document = only(
        "Sveriges Pensionärsförbunds remissvar till: Äldreomsorgsutredningen\n\n"
        "Förbundet tillstyrker i huvudsak förslagen men vill lyfta fram behovet av mer personal i hemtjänsten.\n"
    )
    assert document.kind == DocumentKind.REMISSVAR


def test_a_headline_about_other_senders_responses_is_no_response():
    """Guard: news about responses ("kritiska remissvar") is not itself one."""
    document = only(
        "Många kritiska remissvar om LSS\n\n"
        "Flera kommuner är kritiska i sina remissvar till utredningen, och regeringen väntas återkomma.\n"
    )
    assert document.kind != DocumentKind.REMISSVAR
