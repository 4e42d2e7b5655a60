"""The people and organisations a parsed document records as mentioned (pipeline/parse.py, mentions.py): the
organisations in the title and the people's workplaces, the government a minister works for though the text
does not name it, a municipality named as a place in a sentence about municipal services or on an island;
photographers in any credit form are no mentioned people, and a place inside a person's or another
organisation's name, or where someone merely lives, names no municipality. The mentions feed the editor's
lists of new people and organisations.

Shapes from issue 10's tuning rounds 3 and 4 and pass 2. Every text here is invented (other names, other
words); the organisations are real Swedish institutions or invented ones of the same form."""

from reform_kb.pipeline.mentions import municipalities_as_places
from reform_kb.pipeline.parse import parse_file

from .scoring import reference_context


def _document(text):
    [doc] = parse_file("artikel.txt", text, reference_context())
    return doc


ARTICLE = """Kommunfullmäktige i Torsby kommun sa ja

Text: Lina Berg

Nya regler för hemtjänsten börjar gälla. Foto: Jonas Vik

– Det blir lättare att planera, säger Maria Holm, socialsekreterare i Kalix.

Socialtjänstminister Erik Sand (KD) välkomnar beslutet.
"""


def _mentioned_organisations(text):
    [doc] = parse_file("artikel.txt", text, reference_context())
    return doc.mentioned_organisations


def test_the_title_and_the_people_s_workplaces_are_mentioned_organisations():
    doc = _document(ARTICLE)
    assert "Torsby kommun" in doc.mentioned_organisations  # named in the title only
    assert "Kalix kommun" in doc.mentioned_organisations  # the speaker's workplace
    assert {o.name for o in doc.new_organisations} >= {"Torsby kommun"}


def test_a_minister_works_for_regeringen_which_the_text_does_not_name():
    doc = _document(ARTICLE)
    people = {p.name: p for p in doc.mentioned_people}
    assert people["Erik Sand"].organisation == "Regeringen"
    assert "Regeringen" not in doc.mentioned_organisations


def test_photographers_in_every_credit_form_are_no_mentioned_people():
    text = """Sommarläger för unga

Deltagarna samlas vid sjön. foto: Nina Dahl

Ledarna Anna Vik och Per Strand har planerat veckan. Foto av lägret: Olof Rask

Veckans bilder har Olof Rask tagit.

Maten lagas i köket. Foto Karin Sjö
"""
    people = {p.name for p in _document(text).mentioned_people}
    assert {"Anna Vik", "Per Strand"} <= people
    assert not people & {"Nina Dahl", "Olof Rask", "Karin Sjö"}


def test_a_municipality_named_as_a_place_in_a_sentence_about_municipal_services():
    text = (
        "Ersättningen höjs\n\nI Torsby höjs ersättningen till dem som har daglig verksamhet i kommunen. "
        "Hagfors och Sunne ger minst av länets kommuner.\n\nHon bor i Arvika sedan länge."
    )
    found = _mentioned_organisations(text)
    assert {"Torsby kommun", "Hagfors kommun", "Sunne kommun"} <= set(found)
    assert "Arvika kommun" not in found


def test_a_place_in_a_persons_name_or_another_organisations_name_is_no_municipality():
    text = "Forskning\n\nAnna Lund vid Uppsala universitet har granskat socialtjänsten i tre kommuner."
    found = _mentioned_organisations(text)
    assert "Lunds kommun" not in found and "Uppsala kommun" not in found


def test_a_municipality_on_an_island_is_named_with_pa(matcher):
    text = "Andelen med försörjningsstöd är högre på Värmdö än i andra kommuner."
    assert [name for name, _ in municipalities_as_places(text, matcher)] == ["Värmdö kommun"]


def test_a_sentence_about_a_committee_or_elder_care_names_its_municipality(matcher):
    text = "I en skrivelse till nämnden oroar sig pensionärerna i Tranås för köerna."
    assert [name for name, _ in municipalities_as_places(text, matcher)] == ["Tranås kommun"]
    assert municipalities_as_places("Hon bor i Tranås sedan i fjol.", matcher) == []
