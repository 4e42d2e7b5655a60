"""The shapes issue 10 lists as failures on texts held out by the people who filed it, each as an invented text.

One test per shape, named after what a reader of the imported document expects. The texts are invented
(names, places and words of our own); only the shape is the issue's.
"""

from datetime import date

import pytest

from reform_kb.pipeline.organisations import reference_organisations
from reform_kb.pipeline.parse import parse_file
from reform_kb.pipeline.records import ParseContext

CONTEXT = ParseContext(organisations=reference_organisations())
BODY = (
    "Kommunen har under året sett ett växande behov av stöd till familjer med barn som har "
    "funktionsnedsättningar, och nämnden vill nu pröva nya arbetssätt i hela socialtjänsten."
)


def parse(text):
    return parse_file("sida.txt", text, CONTEXT)


def only(text):
    docs = parse(text)
    assert len(docs) == 1, [d.title for d in docs]
    return docs[0]


def quote_by(doc, start):
    found = [q for q in doc.quotes if q.text.startswith(start)]
    assert found, [q.text[:40] for q in doc.quotes]
    return found[0]


# -- titles and segmentation ----------------------------------------------------------------------


def test_a_byline_name_above_the_headline_is_not_the_title():
    doc = only(f"Anders Holmlund\n\nNya krav på familjehemmen i Borgvik\n\n{BODY}\n")
    assert doc.title == "Nya krav på familjehemmen i Borgvik"


def test_a_section_label_above_the_headline_is_not_the_title():
    doc = only(f"TEMA: NY LAG\n\nSocialsekreterarna i Borgvik får mer tid för barnen\n\n{BODY}\n")
    assert doc.title == "Socialsekreterarna i Borgvik får mer tid för barnen"


@pytest.mark.parametrize("label", ["Fokus: Äldreomsorg", "NYA SOL", "Serie – Barnen i vården"])
def test_other_section_labels_are_not_the_title_either(label):
    doc = only(f"{label}\n\nSocialsekreterarna i Borgvik får mer tid för barnen\n\n{BODY}\n")
    assert doc.title == "Socialsekreterarna i Borgvik får mer tid för barnen"


def test_a_headline_set_in_capitals_stays_the_title():
    doc = only(f"KRIS I BORGVIKS HEMTJÄNST\n\n{BODY}\n")
    assert doc.title == "KRIS I BORGVIKS HEMTJÄNST"


def test_a_browser_banner_is_not_a_document():
    text = (
        "Hej! Du använder en gammal webbläsare. Uppdatera den för att sidan ska fungera.\n\n"
        f"Fler platser på äldreboenden i Borgvik\n\n{BODY}\n"
    )
    doc = only(text)
    assert doc.title == "Fler platser på äldreboenden i Borgvik"
    assert "webbläsare" not in doc.body


def test_a_headline_holding_a_quotation_is_the_title():
    doc = only(f"”Vi måste våga prioritera barnen”\n\n{BODY}\n")
    assert doc.title == "”Vi måste våga prioritera barnen”"


# -- dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, expected",
    [
        ("7 december, 2022", date(2022, 12, 7)),
        ("2 jul 2024", date(2024, 7, 2)),
        ("10 okt 2024", date(2024, 10, 10)),
        ("dec 11, 2023 | Karin Sundh", date(2023, 12, 11)),
        ("• 8 november, 2023", date(2023, 11, 8)),
        ("Publicerad 3 mars 2025. Uppdaterad 9 mars 2025", date(2025, 3, 3)),
    ],
)
def test_a_date_in_any_swedish_form_dates_the_document(line, expected):
    doc = only(f"Stödet till anhöriga byggs ut i Borgvik\n\n{line}\n\n{BODY}\n")
    assert doc.published == expected
    assert doc.title == "Stödet till anhöriga byggs ut i Borgvik"


# -- quotes ---------------------------------------------------------------------------------------


def test_an_attribution_without_commas_keeps_that_quote_and_the_next():
    text = (
        "Fler söker hjälp i Borgvik\n\n"
        f"{BODY}\n\n"
        "– Det här är en bra början säger Eva Lindqvist ordförande Föreningen Stödlinjen.\n\n"
        "– Men vi behöver fler händer, fortsätter hon.\n"
    )
    doc = only(text)
    first = quote_by(doc, "Det här är en bra början")
    assert first.speaker and first.speaker.name == "Eva Lindqvist"
    second = quote_by(doc, "Men vi behöver fler händer")
    assert second.speaker and second.speaker.name == "Eva Lindqvist"


def test_a_dash_quote_cut_off_by_the_end_of_the_text_is_kept_and_flagged():
    text = (
        "Fler söker hjälp i Borgvik\n\n"
        f"{BODY}\n\n"
        "Stig Ahlén är socialchef i Borgviks kommun.\n\n"
        "– Vi har aldrig haft så många ansökningar som i år, och det märks på alla som"
    )
    doc = only(text)
    quote = quote_by(doc, "Vi har aldrig haft så många")
    assert quote.needs_review and "ofullständigt" in quote.review_note


def test_a_paraphrase_followed_by_menar_is_never_a_direct_quote():
    text = (
        "Fler söker hjälp i Borgvik\n\n"
        f"{BODY}\n\n"
        "Kommunen borde ha agerat mycket tidigare, menar Eva Lindqvist.\n"
    )
    doc = only(text)
    assert all(q.kind != "direct" for q in doc.quotes if q.text.startswith("Kommunen borde"))


def test_a_narrative_sentence_after_the_attribution_is_not_part_of_the_quote():
    text = (
        "Fler söker hjälp i Borgvik\n\n"
        f"{BODY}\n\n"
        "– Vi behöver fler familjehem, säger Eva Lindqvist. Hon har arbetat i kommunen sedan 2010.\n"
    )
    doc = only(text)
    quote = quote_by(doc, "Vi behöver fler familjehem")
    assert "2010" not in quote.text


# -- speakers and their organisations ----------------------------------------------------------------


def test_image_alt_words_are_not_part_of_the_speakers_name():
    text = (
        "Fler söker hjälp i Borgvik\n\n"
        f"{BODY}\n\n"
        "– Vi behöver fler familjehem, säger Porträttbild Eva Lindqvist.\n"
    )
    quote = quote_by(only(text), "Vi behöver fler familjehem")
    assert quote.speaker and quote.speaker.name == "Eva Lindqvist"


def test_a_minister_speaks_for_the_government():
    text = (
        "Regeringen vill skärpa kraven\n\n"
        f"{BODY}\n\n"
        "– Socialtjänsten ska arbeta förebyggande, säger socialminister Lena Falk.\n"
    )
    quote = quote_by(only(text), "Socialtjänsten ska arbeta")
    assert quote.speaker and quote.speaker.organisation == "Regeringen"


def test_a_later_bare_dash_paragraph_belongs_to_the_minister_named_before():
    text = (
        "Regeringen vill skärpa kraven\n\n"
        "Socialminister Lena Falk presenterade förslaget på en presskonferens.\n\n"
        f"{BODY}\n\n"
        "– Det här är en viktig reform för barnen, säger hon.\n"
    )
    quote = quote_by(only(text), "Det här är en viktig reform")
    assert quote.speaker and quote.speaker.name == "Lena Falk"


def test_the_organisation_inside_the_role_phrase_is_the_speakers():
    text = (
        "Fler söker hjälp i Borgvik\n\n"
        f"{BODY}\n\n"
        "– Kommunerna behöver mer stöd, säger Nils Ek, utredare på Socialstyrelsen.\n\n"
        "– Statsbidragen räcker inte, säger Åsa Berg från SKR.\n"
    )
    doc = only(text)
    assert quote_by(doc, "Kommunerna behöver").speaker.organisation == "Socialstyrelsen"
    assert quote_by(doc, "Statsbidragen räcker").speaker.organisation == "Sveriges Kommuner och Regioner"


def test_a_party_marker_is_read_as_the_speakers_party():
    text = (
        "Fler söker hjälp i Borgvik\n\n"
        f"{BODY}\n\n"
        "– Vi måste satsa på förebyggande arbete, säger Karl Nord (C), kommunalråd.\n"
    )
    quote = quote_by(only(text), "Vi måste satsa")
    assert quote.speaker and quote.speaker.party == "C"


# -- people ---------------------------------------------------------------------------------------


def test_a_byline_makes_the_writer_an_author_and_the_photographer_nothing():
    text = f"Fler söker hjälp i Borgvik\n\nText: Maria Ståhl\n\nFoto: Olle Berg\n\n{BODY}\n"
    doc = only(text)
    assert [p.name for p in doc.authors] == ["Maria Ståhl"]
    assert "Olle Berg" not in [p.name for p in doc.mentioned_people]


def test_i_kommunen_is_the_municipality_the_text_names():
    text = (
        "Fler söker hjälp i Borgvik\n\n"
        "Socialtjänsten i Borgviks kommun får allt fler ansökningar om stöd.\n\n"
        "– Vi hinner inte med alla, säger Eva Lindqvist, enhetschef i kommunen.\n"
    )
    quote = quote_by(only(text), "Vi hinner inte med alla")
    assert quote.speaker.organisation == "Borgviks kommun"
    assert quote.speaker.role == "enhetschef"


def test_i_kommunen_without_a_named_municipality_gives_no_organisation():
    text = (
        "Fler söker hjälp\n\n"
        f"{BODY}\n\n"
        "– Vi hinner inte med alla, säger Eva Lindqvist, enhetschef i kommunen.\n"
    )
    quote = quote_by(only(text), "Vi hinner inte med alla")
    assert quote.speaker.organisation is None


def test_the_organisation_named_at_an_earlier_mention_of_the_speaker_is_theirs():
    text = (
        "Fler söker hjälp i Borgvik\n\n"
        "Eva Lindqvist är ordförande i Vision och har länge varnat för personalbristen.\n\n"
        f"{BODY}\n\n"
        "– Vi hinner inte med alla barn, säger Eva Lindqvist.\n"
    )
    quote = quote_by(only(text), "Vi hinner inte med alla")
    assert quote.speaker.organisation == "Vision"


def test_the_organisation_in_a_caption_is_the_speakers():
    text = (
        "Fler söker hjälp i Borgvik\n\n"
        "Eva Lindqvist, ordförande i Akademikerförbundet SSR. Foto: Per Ek\n\n"
        f"{BODY}\n\n"
        "– Vi hinner inte med alla barn, säger Eva Lindqvist.\n"
    )
    quote = quote_by(only(text), "Vi hinner inte med alla")
    assert quote.speaker.organisation == "Akademikerförbundet SSR"


def test_an_organisation_in_the_genitive_inside_the_role_is_the_speakers():
    text = (
        "Fler söker hjälp i Borgvik\n\n"
        f"{BODY}\n\n"
        "– Det behövs fler socionomer, säger Visions näringspolitiska chef Eva Lindqvist.\n"
    )
    quote = quote_by(only(text), "Det behövs fler socionomer")
    assert quote.speaker.name == "Eva Lindqvist"
    assert quote.speaker.organisation == "Vision"


def test_a_role_before_the_name_is_the_speakers_role():
    text = (
        "Fler söker hjälp i Borgvik\n\n"
        f"{BODY}\n\n"
        "– Det behövs fler socionomer, säger förbundsordföranden Eva Lindqvist.\n"
    )
    quote = quote_by(only(text), "Det behövs fler socionomer")
    assert quote.speaker.name == "Eva Lindqvist"
    assert "förbundsordförande" in quote.speaker.role


def test_a_riksdag_committee_role_speaks_for_the_riksdag():
    text = (
        "Fler söker hjälp i Borgvik\n\n"
        f"{BODY}\n\n"
        "– Lagen måste följas upp, säger Karl Nord (M), ordförande i socialutskottet.\n"
    )
    quote = quote_by(only(text), "Lagen måste följas upp")
    assert quote.speaker.party == "M"
    assert quote.speaker.organisation in ("Riksdagen", "Riksdagens socialutskott", "Socialutskottet")


def test_a_date_inside_a_letterhead_line_dates_the_letter():
    text = (
        "Borgviks kommun, Socialförvaltningen, 2024-03-12\n\n"
        "Yttrande över förslaget om en ny socialtjänstlag\n\n"
        "Kommunen har tagit del av förslaget och lämnar följande synpunkter.\n\n"
        f"{BODY}\n"
    )
    doc = only(text)
    assert doc.published == date(2024, 3, 12)
    assert doc.title == "Yttrande över förslaget om en ny socialtjänstlag"


def test_a_two_line_headline_is_one_title():
    text = f"Nya regler för familjehem:\nså påverkas barnen i Borgvik\n\n{BODY}\n"
    doc = only(text)
    assert doc.title == "Nya regler för familjehem: så påverkas barnen i Borgvik"


def test_a_crosshead_is_not_a_document_of_its_own():
    text = (
        "Fler söker hjälp i Borgvik\n\n"
        f"{BODY}\n\n"
        "Långa väntetider\n\n"
        "Väntetiden för ett första besök hos socialtjänsten har ökat till sex veckor under året, "
        "och nämnden vill korta den genom att anställa fler handläggare.\n"
    )
    doc = only(text)
    assert "Långa väntetider" in doc.body


def test_a_person_mentioned_with_a_role_is_linked_to_the_document():
    text = (
        "Fler söker hjälp i Borgvik\n\n"
        f"{BODY}\n\n"
        "Socialchefen Maria Ståhl har bett nämnden om mer pengar till förebyggande arbete.\n"
    )
    people = {p.name: p.role for p in only(text).mentioned_people}
    assert people.get("Maria Ståhl") == "socialchef"


@pytest.mark.parametrize(
    "line, parts",
    [
        (
            "Borgviks kommun, Socialförvaltningen, 2024-03-12",
            ["Borgviks kommun, Socialförvaltningen", "2024-03-12"],
        ),
        ("Borgvik, den 12 mars 2024", ["12 mars 2024"]),
        ("Vi träffades i Borgvik, 12 mars 2024", ["Vi träffades i Borgvik, 12 mars 2024"]),  # a sentence
        ("dec 11, 2023", ["dec 11, 2023"]),
    ],
)
def test_a_letterhead_or_dateline_gives_its_date_but_a_sentence_stays_whole(line, parts):
    from reform_kb.pipeline.segment.datelines import split_dateline

    assert split_dateline(line) == parts


def test_two_dated_posts_of_an_archive_page_are_two_documents():
    listing = (
        "Etikettarkiv: Bistånd\n\n"
        "Första inlägget om bistånd\n\n12 mars 2025\n\n"
        "Kommunen ser fler ansökningar om ekonomiskt bistånd i år än förra året.\n\n"
        "Andra inlägget om boende\n\n20 mars 2025\n\n"
        "Allt fler hemlösa familjer söker akut boende hos socialtjänsten i vår.\n"
    )
    docs = parse(listing)
    assert [(d.title, d.published) for d in docs] == [
        ("Första inlägget om bistånd", date(2025, 3, 12)),
        ("Andra inlägget om boende", date(2025, 3, 20)),
    ]


@pytest.mark.parametrize("byline", ["Av Maria Ståhl", "Text: Maria Ståhl", "Maria Ståhl\nReporter"])
def test_every_byline_form_makes_the_writer_the_author(byline):
    text = f"Fler söker hjälp i Borgvik\n\n{byline}\n\n3 mars 2025\n\n{BODY}\n"
    doc = only(text)
    assert [p.name for p in doc.authors] == ["Maria Ståhl"]
    assert doc.title == "Fler söker hjälp i Borgvik"


def test_a_municipal_politician_speaks_for_the_municipality_named_only_as_a_place():
    text = (
        "Hemtjänsten byggs ut\n\n"
        "I Sala ska hemtjänsten få fler anställda under nästa år, sedan socialnämnden beslutat om mer pengar.\n\n"
        "– Det är ett efterlängtat beslut, säger Eva Lindqvist (S), socialnämndens ordförande.\n"
    )
    quote = quote_by(only(text), "Det är ett efterlängtat beslut")
    assert quote.speaker.organisation == "Sala kommun"


def test_a_federation_post_belongs_to_the_one_federation_the_text_names():
    text = (
        "Fler söker hjälp i Borgvik\n\n"
        "Vision har granskat arbetsmiljön i socialtjänsten i hela landet.\n\n"
        "– Det här håller inte, säger Eva Lindqvist, förbundsordförande.\n"
    )
    quote = quote_by(only(text), "Det här håller inte")
    assert quote.speaker.organisation == "Vision"


def test_a_federation_post_gets_no_organisation_when_the_text_names_two_federations():
    text = (
        "Fler söker hjälp i Borgvik\n\n"
        "Vision och Akademikerförbundet SSR har granskat arbetsmiljön i socialtjänsten.\n\n"
        "– Det här håller inte, säger Eva Lindqvist, förbundsordförande.\n"
    )
    quote = quote_by(only(text), "Det här håller inte")
    assert quote.speaker.organisation is None
