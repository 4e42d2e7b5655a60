"""A speaker's titles and an organisation the gazetteer does not know (round 27, issue 10: the shapes of the
former test part test26's misses).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

import pytest

from .invented_pages import parse_page, speaker_after


@pytest.mark.parametrize(
    ("attribution", "role", "organisation"),
    [
        ("ordförande Hopp för framtiden", "ordförande", "Hopp för framtiden"),
        ("diakon och föreståndare i Vägen Kalmar", "diakon och föreståndare", "Vägen Kalmar"),
    ],
)
def test_an_unknown_organisation_after_the_title_is_taken_out_of_it(attribution, role, organisation):
    assert speaker_after(attribution) == (role, organisation)


def test_a_district_named_by_its_quarter_is_no_organisation():
    assert speaker_after("enhetschef i Södra Innerstaden")[1] is None


def test_two_titles_in_the_definite_form_before_the_name_present_thespeaker_after():
    text = (
        "Insamlingen gick bra\n\n"
        "Föreningen har samlat in mer pengar än väntat under sitt första år.\n"
        "- Vi hade aldrig trott att så många skulle vilja ge, säger sekreteraren och tillförordnade "
        "ordföranden Lisa Holm. Nu kan fler få hjälp.\n"
    )
    quotes = parse_page(text)[0].quotes
    assert quotes[0].text.startswith("Vi hade aldrig trott")
    assert {(q.speaker.name, q.speaker.role) for q in quotes} == {("Lisa Holm", "sekreterare och tillförordnad ordförande")}


def test_a_speaker_who_laughs_as_she_speaks_keeps_her_name_alone():
    text = "Festen\n\n– Det var en fin kväll, säger Lisa Holm och skrattar.\n"
    (quote,) = parse_page(text)[0].quotes
    assert quote.speaker.name == "Lisa Holm"
    assert quote.speaker.role == ""
