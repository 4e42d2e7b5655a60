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


def test_a_clause_with_vars_after_a_first_name_ends_the_attribution():
    document = only(
        "Stöd till anhöriga\n\n"
        "– Det viktigaste är att hon vet att hon inte har gjort fel, säger Karin vars son till slut tog emot hjälp.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.name == "Karin"
    assert quote.text == "Det viktigaste är att hon vet att hon inte har gjort fel"


FIGURES = (
    "– Under 2015 betalades 12,4 miljoner kronor ut i ekonomiskt bistånd i kommunen.\n\n"
    "– Året efter steg beloppet till 13,1 miljoner kronor.\n\n"
    "– Under 2017 sjönk kostnaden till 11,9 miljoner kronor, en minskning med nio procent.\n"
)


def test_dashed_figures_in_no_ones_voice_are_points_not_quotes():
    document = only(f"Biståndet i siffror\n\nEn läsare bad om en sammanställning av biståndet.\n\n{FIGURES}")
    assert document.quotes == []


def test_dashed_paragraphs_in_the_first_person_stay_speech():
    document = only(
        "Vägen ur spelberoendet\n\nEva Lund har varit spelfri i tre år.\n\n"
        "– Jag har sökt hjälp på många ställen.\n\n– Men det var gruppen som hjälpte mig.\n\n"
        "– Nu går jag på möten varje vecka.\n"
    )
    assert len(document.quotes) == 3


def test_a_speakers_run_going_on_without_jag_stays_speech():
    document = only(
        "Vägen ur spelberoendet\n\nEva Lund har varit spelfri i tre år.\n\n"
        "– Jag sökte hjälp på många ställen.\n\n– Gruppen träffas varje vecka.\n\n"
        "– Samtalen är öppna för alla.\n\n– Kommunen betalar lokalen.\n"
    )
    assert len(document.quotes) == 4
