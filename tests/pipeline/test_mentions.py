"""Everyone a document names (issue 10, item 7), never its photographers, each once under the full name."""

from reform_kb.pipeline.parse import parse_file

from .scoring import reference_context

ARTICLE = """Fler barn får stöd i hemmet

Text: Sara Lind

2024-05-02

Anna Berg, socialchef i Lunds kommun, vill satsa mer på tidiga insatser. Foto: Per Holm

– Vi ser att familjerna kommer tidigare nu, säger Berg.

Beslutet fattades av socialnämndens ordförande Karin Ek (S) i april. Forskaren Mats Lund vid Lunds universitet
har följt arbetet.

Bild: Eva Stål
"""


def people_of(text: str):
    [doc] = parse_file("artikel.txt", text, reference_context())
    return {p.name: (p.role, p.organisation) for p in doc.mentioned_people}


def test_authors_speakers_and_presented_people_are_mentioned_with_their_roles():
    people = people_of(ARTICLE)
    assert people["Sara Lind"] == ("", None)
    assert people["Anna Berg"] == ("socialchef", "Lunds kommun")
    assert "Karin Ek" in people and "Mats Lund" in people


def test_photographers_and_short_forms_of_a_name_are_not_people_of_their_own():
    people = people_of(ARTICLE)
    assert "Per Holm" not in people and "Eva Stål" not in people
    assert "Berg" not in people
