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


CROSSHEAD_THEN_AV = """Fler unga i kö till boende

Väntetiden till boende har ökat i Exempelby, visar en ny kartläggning från kommunen.

– Kön har vuxit under hela året, säger Lena Sjöholm, enhetschef i Exempelby kommun.

Allt längre väntan

Av Socialstyrelsens nya rapport framgår att väntetiden har ökat från fyra till sex månader i hela landet. Av de fyrtio som Jonas Ekberg intervjuade hade de flesta väntat i mer än ett år. Den utvecklingen känner man igen i Exempelby, där kön har vuxit varje månad sedan i våras.

– Förr kom de flesta in inom ett halvår. Nu möter vi många som har väntat i mer än ett år, och det märks på hur de mår när de väl får en plats, säger Lena Sjöholm.
"""


def test_a_paragraph_opening_on_av_is_no_byline_unless_a_name_stands_alone_after_it():
    """Round 16: "Av rapporten framgår …" under a crosshead opened a document of its own, and hid the people
    its paragraph names."""
    docs = parse_file("artikel.txt", CROSSHEAD_THEN_AV, reference_context())
    assert [d.title for d in docs] == ["Fler unga i kö till boende"]
    assert "Jonas Ekberg" in {p.name for p in docs[0].mentioned_people}


FIRST_NAMES_LATER = """Fältarna fyller tjugo år

2024-05-06

– Vi möter ungdomarna där de är, säger fältsekreterarna Maja Lind och Tobias Ek.

– Jobbet är roligt men ibland tungt, säger Tobias.

– Ingen dag är den andra lik, säger Maja.
"""


def test_a_speaker_named_by_first_name_is_the_full_name_the_text_gives_once():
    """Round 16: "säger Tobias" after "Maja Lind och Tobias Ek" is Tobias Ek, not a person called Tobias."""
    [doc] = parse_file("artikel.txt", FIRST_NAMES_LATER, reference_context())
    assert [q.speaker.name for q in doc.quotes[1:]] == ["Tobias Ek", "Maja Lind"]
    assert {p.name for p in doc.mentioned_people} == {"Maja Lind", "Tobias Ek"}


def test_a_church_a_street_or_a_school_named_after_someone_is_no_person():
    text = (
        "Föreläsning om demens\n\n2024-02-02\n\nFöreläsningen hålls i Sofia Magdalena kyrka, nära Karl Svenssons"
        " gata. Kerstin Holm, rektor, inleder kvällen.\n"
    )
    people = people_of(text)
    assert "Sofia Magdalena" not in people and "Karl Svensson" not in people
    assert "Kerstin Holm" in people
