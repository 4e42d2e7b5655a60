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


NAMED_THINGS = """Nytt stöd för unga vuxna

2024-09-12

Unik Resurs öppnar en mottagning i centrum, och Helsingborgs Dagblad har skrivit om satsningen.
Kontaktsyster Maja Holm tar emot på tisdagar. Mussa Selim, fritidsledare i Gävle kommun, berättar om den.
"""


def test_two_capitalised_words_are_a_person_only_when_they_open_with_a_first_name_or_have_a_role():
    """A service and a newspaper are nobody; a title glued to a name gives way to the name; a rarer first name
    stays when the text gives its bearer a role (first_names.py)."""
    people = people_of(NAMED_THINGS)
    assert "Unik Resurs" not in people and "Helsingborgs Dagblad" not in people
    assert "Maja Holm" in people and "Kontaktsyster Maja Holm" not in people
    assert people["Mussa Selim"][0] == "fritidsledare"


def test_first_names_come_from_the_name_lists_and_each_part_of_a_double_name_counts():
    from reform_kb.pipeline.first_names import is_first_name

    assert all(map(is_first_name, ["Anna", "Ann-Marie", "Yusuf", "Björn"]))
    assert not any(map(is_first_name, ["Unik", "Kontakta", "Helsingborgs", "Publicerad"]))


NATIONAL = """Fler unga söker stöd

2024-10-01

Statskontoret har granskat stödet, och Fryshuset och Attendo har svarat på remissen. Läkarförbundet och
Psykologförbundet vill se fler insatser, liksom RFHL.
"""


def test_national_organisations_without_a_form_to_know_them_by_are_mentioned_under_their_names():
    [doc] = parse_file("artikel.txt", NATIONAL, reference_context())
    assert {
        "Statskontoret",
        "Fryshuset",
        "Attendo",
        "Sveriges läkarförbund",
        "Sveriges Psykologförbund",
        "Riksförbundet för hjälp åt läkemedels- och narkotikabrukare",
    } <= set(doc.mentioned_organisations)
