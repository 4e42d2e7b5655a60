"""Dates, logos, roles and headline speakers in the shapes of the former test43's misses (round 44, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from datetime import date

from .invented_pages import only, speaker_after

PARAGRAPH = (
    "Medan kommunen som helhet räknar med ett överskott pekar nämndens prognos mot ett underskott på tolv "
    "miljoner kronor vid årets slut."
)


def test_an_iso_date_run_into_the_first_paragraph_is_the_publication_date():
    document = only(f"Nämnden går med underskott\n\n2019-03-14 {PARAGRAPH}\n\nBeslut fattas i april.\n")
    assert document.published == date(2019, 3, 14)
    assert document.body.startswith("Medan kommunen")


def test_an_iso_date_inside_a_sentence_is_no_publication_date():
    document = only(f"Nämnden går med underskott\n\nRedan den 2019-03-14 visste nämnden. {PARAGRAPH}\n")
    assert document.published is None


def test_a_logo_with_its_alt_text_and_link_is_never_the_headline():
    document = only(
        f"Ekby Kommun logo, länk till startsida\n\nDagverksamheten flyttar till nya lokaler\n\n{PARAGRAPH}\n"
    )
    assert document.title == "Dagverksamheten flyttar till nya lokaler"


def test_a_place_in_the_photo_is_no_role():
    role, organisation = speaker_after("tvåa från höger")
    assert (role, organisation) == ("", None)


def test_a_verb_phrase_after_the_name_in_a_caption_is_no_role():
    document = only(
        "Mer mat till fler\n\nEva Lund, berättar om vad föreningen har kunnat göra med pengarna.\n\n"
        "– Vi har fördubblat mängden mat som delas ut, säger Eva Lund.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.name == "Eva Lund"
    assert quote.speaker.role == ""


def test_a_group_among_which_the_speaker_is_gives_its_noun_and_organisation():
    document = only(
        "Fler frivilliga behövs\n\n"
        "Paret Eva Lund och Per Holm är bland de frivilliga som ser till att Sveriges Stadsmissioner kan hålla "
        "öppet.\n\n– Det är roligt att hjälpa till, säger Eva Lund.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.role == "frivillig"
    assert quote.speaker.organisation == "Sveriges Stadsmissioner"


def test_a_resident_word_before_a_name_is_not_part_of_it():
    document = only(
        "Nytt boende invigt\n\nEkbybon Jonas Lindqvist, kommunstyrelsens ordförande, höll talet.\n\n"
        "– Här ska unga och gamla mötas, säger Jonas Lindqvist.\n"
    )
    assert [p.name for p in document.mentioned_people] == ["Jonas Lindqvist"]
    assert document.quotes[0].speaker.name == "Jonas Lindqvist"


def test_a_group_before_a_headline_quotation_is_no_person():
    document = only(
        "Studenter: ”Vi orkar inte med fler prov”\n\n"
        "Allt fler studenter säger att pressen har ökat, visar en ny enkät från Sveriges förenade studentkårer.\n"
    )
    headline = [q for q in document.quotes if q.in_title]
    assert headline and headline[0].speaker is None
    assert "Studenter" not in [p.name for p in document.mentioned_people]


def test_a_first_name_before_a_headline_quotation_still_speaks():
    document = only(
        "Maria: ”Jag fick hjälp i tid”\n\nMaria Holm, 34, berättar om vägen tillbaka efter flera år på gatan.\n"
    )
    headline = [q for q in document.quotes if q.in_title]
    assert headline and headline[0].speaker is not None and headline[0].speaker.name.startswith("Maria")
