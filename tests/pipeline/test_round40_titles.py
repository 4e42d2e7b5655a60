"""Headlines with a section label glued on (round 40, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from reform_kb.pipeline.segment.glued_crumbs import split_glued_crumb

from .invented_pages import only


def test_a_label_glued_to_the_headline_is_cut_off_the_title():
    document = only(
        "PressPressmeddelandenOmsorgsbolaget köper två boenden i Skåne\n\n"
        "Omsorgsbolaget har tecknat avtal om att köpa två vård- och omsorgsboenden i Skåne med 80 platser.\n"
    )
    assert document.title == "Omsorgsbolaget köper två boenden i Skåne"


def test_a_two_word_label_glued_to_the_headline_is_cut_off_the_title():
    document = only(
        "Motdrag granskarLäkemedelsassisterad behandling blir allt vanligare i landet\n\n"
        "Allt fler får behandling med läkemedel vid opioidberoende, visar en ny granskning av vården.\n"
    )
    assert document.title == "Läkemedelsassisterad behandling blir allt vanligare i landet"


def test_names_with_inner_capitals_stay_whole():
    """Guards: abbreviations, names and prose keep their letters together."""
    assert split_glued_crumb("SiS renodlar LSU-uppdraget till färre ungdomshem") == [
        "SiS renodlar LSU-uppdraget till färre ungdomshem"
    ]
    assert split_glued_crumb("AnneSofie Blixt") == ["AnneSofie Blixt"]
    prose = "Enligt socialchefenAnna Berg har kommunen anställt fler handläggare under året."
    assert split_glued_crumb(prose) == [prose]
