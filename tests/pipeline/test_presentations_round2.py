"""Issue 10, round 2: more of the ways Swedish text presents a person, and the quotes that borrow them.

Every text here is invented, in the shape the development part showed (no sentence is copied)."""

import pytest

from reform_kb.pipeline.people import find_people
from reform_kb.pipeline.quotes import extract_quotes
from reform_kb.pipeline.records import PersonMention


def _people(text, matcher):
    return [span.person for span in find_people(text, matcher)]


def test_definite_occupation_before_a_name_is_the_role(matcher):
    people = _people("Det berättar sjuksköterskan Maja Lind. Hon har jobbat natt i tio år.", matcher)
    assert people == [PersonMention("Maja Lind", "sjuksköterska")]


def test_relative_clause_without_comma_gives_role_and_organisation(matcher):
    people = _people(
        "Per Holm som är jurist vid Socialstyrelsens enhet i Umeå har sett liknande fall.", matcher
    )
    assert people == [PersonMention("Per Holm", "jurist", "Socialstyrelsen")]


def test_title_straight_after_the_name_without_comma(matcher):
    people = _people(
        "Lisa Ek ordförande för Funktionsrätt Sverige, som samlar förbunden, är kritisk.", matcher
    )
    assert people == [PersonMention("Lisa Ek", "ordförande", "Funktionsrätt Sverige")]


def test_title_after_the_name_with_an_unknown_organisation_gives_the_bare_title_and_that_organisation(
    matcher,
):
    # Round 6: a leader's title "för" a name is the organisation's post, known to the gazetteer or not.
    people = _people("Lisa Ek ordförande för RFX, som samlar förbunden, är kritisk.", matcher)
    assert people == [PersonMention("Lisa Ek", "ordförande", "RFX")]


def test_a_clause_after_the_name_is_no_title(matcher):
    assert _people("Lisa Ek när lagen kom var hon ny.", matcher) == [PersonMention("Lisa Ek")]


def test_working_in_home_care_of_a_place_is_the_municipality_with_the_title_before(matcher):
    people = _people("Undersköterskan Karin Sjö jobbar i hemtjänsten i Boden sedan i våras.", matcher)
    assert people == [PersonMention("Karin Sjö", "undersköterska", "Bodens kommun")]


def test_coordinated_compound_association_is_one_organisation(matcher):
    found = matcher.find_by_form("Det säger Syn- och Hörselförbundet i ett uttalande.")
    assert [m.name for m in found] == ["Syn- och Hörselförbundet"]


def test_quote_borrows_the_role_given_when_the_speaker_was_first_named(matcher):
    body = (
        "Personalen larmar om brister. Det berättar undersköterskan Maja Lind, som tog upp saken.\n\n"
        "– Vi hinner inte med de äldre, det är ohållbart, säger Maja Lind.\n\n"
        "Johan Berg som är jurist vid Socialstyrelsens enhet i Umeå känner igen bilden.\n\n"
        "– Lagen är tydlig på den punkten, säger han."
    )
    quotes = extract_quotes(body, matcher)
    assert [(q.speaker.name, q.speaker.role, q.speaker.organisation) for q in quotes] == [
        ("Maja Lind", "undersköterska", None),
        ("Johan Berg", "jurist", "Socialstyrelsen"),
    ]


def test_plural_federation_is_an_organisation(matcher):
    found = matcher.find_by_form("Enligt Idrottsförbunden behövs mer stöd.")
    assert [m.name for m in found] == ["Idrottsförbunden"]


def test_swedish_guillemets_quote_a_paragraph_with_its_speaker(matcher):
    body = "Kritiken har vuxit under året.\n\n»Det här är ett tydligt besked om hårdare tag«, skrev Lena Ask i en kommentar."
    quotes = extract_quotes(body, matcher)
    assert [(q.text, q.speaker.name) for q in quotes] == [
        ("Det här är ett tydligt besked om hårdare tag", "Lena Ask")
    ]


def test_party_in_the_genitive_before_the_speaker_is_the_party(matcher):
    body = "Frågan delar riksdagen.\n\n”Reformen kommer för sent för många familjer”, skrev exempelvis Moderaternas Olle Lund."
    quotes = extract_quotes(body, matcher)
    speaker = quotes[0].speaker
    assert (speaker.name, speaker.party, speaker.role) == ("Olle Lund", "M", "")


def test_lower_case_party_marker_is_the_party_in_capitals(matcher):
    people = _people("Ulla Berg (kd) tycker annorlunda.", matcher)
    assert [(p.name, p.party) for p in people] == [("Ulla Berg", "KD")]


def test_municipal_title_after_is_gets_the_municipality_the_text_is_about(matcher):
    body = (
        "Hemtjänsten i Lunds kommun får kritik.\n\n"
        "Ulla Berg (kd) är kommunalråd med ansvar för äldrefrågor:\n\n"
        "– Vi ser över schemaläggningen nu."
    )
    speaker = extract_quotes(body, matcher)[0].speaker
    assert (speaker.name, speaker.role, speaker.organisation, speaker.party) == (
        "Ulla Berg",
        "kommunalråd med ansvar för äldrefrågor",
        "Lunds kommun",
        "KD",
    )


def test_a_presentation_ends_where_the_sentence_goes_on_with_a_verb_of_saying(matcher):
    body = (
        "Per Ek (V), vice ordförande i socialnämnden, säger att kostnaderna ökar av nya regler.\n\n"
        "– Det är oroande, säger han."
    )
    speaker = extract_quotes(body, matcher)[0].speaker
    assert (speaker.name, speaker.role) == ("Per Ek", "vice ordförande i socialnämnden")


def test_a_legal_provision_named_lex_is_no_person(matcher):
    assert _people("Personalen gjorde en anmälan enligt Lex Sarah i våras.", matcher) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Facket är kritiskt: ”Bemanningen räcker inte till för de äldre i länet.”",
        "I beslutet konstaterade ministern att ”tvång bör i princip aldrig användas mot barn”.",
        "Förbundet anklagar regionen för att ha ”lämnat de minsta åt sitt öde helt och hållet”.",
        "Åtgärderna räcker enligt Arbetsmiljöverket ändå inte ”för att personalen ska känna sig trygg”.",
        "Tonen har hårdnat. ”Hemtjänsten är kommunens viktigaste uppgift just nu”, var budskapet i våras.",
    ],
)
def test_a_quotation_introduced_in_running_text_is_a_direct_quote(matcher, paragraph):
    quotes = extract_quotes(f"Debatten om äldreomsorgen fortsätter.\n\n{paragraph}", matcher)
    assert len(quotes) == 1 and str(quotes[0].kind) == "direct"
    assert quotes[0].text.strip("”.") in paragraph


@pytest.mark.parametrize(
    "paragraph",
    [
        "I projektet ”Tidiga insatser för barn i skolan” deltar fem kommuner.",
        "Seminariet ”Att leda socialt arbete – styrkan i relationer” lockade många.",
        "Vi ska gå ”från mycket administration till mer socialt arbete” enligt planen.",
        "I lagens 4 kap. 1 § ”om behoven inte kan tillgodoses på annat sätt” finns kvar.",
        "Satsningen ”Fler Vägar In Till Jobbet” är nu igång.",
    ],
)
def test_a_quoted_name_or_phrase_is_no_quote(matcher, paragraph):
    assert extract_quotes(f"Arbetet fortsätter.\n\n{paragraph}", matcher) == []


@pytest.mark.parametrize("label", ["LÄS OCKSÅ", "Läs mer", "FAKTA"])
def test_a_link_label_before_a_quoted_headline_is_no_quote(matcher, label):
    body = f"Arbetet fortsätter.\n\nHon har jobbat länge med frågan. {label}: ”Så lyckades Lund med nya arbetssätt i socialtjänsten”"
    assert extract_quotes(body, matcher) == []


def test_a_middle_initial_belongs_to_the_name(matcher):
    people = _people("Kraven är orimliga, menar Per G Holm, som leder föreningen.", matcher)
    assert [p.name for p in people] == ["Per G Holm"]


def test_one_of_a_group_has_the_groups_noun_as_role(matcher):
    people = _people("Sara Lind, en av de volontärer som lagar maten, är trött.", matcher)
    assert [(p.name, p.role) for p in people] == [("Sara Lind", "volontär")]


def test_the_unit_before_the_organisation_is_no_part_of_the_title(matcher):
    people = _people("Per Holm, enhetschef Socialförvaltningen i Lunds kommun, svarar.", matcher)
    assert [(p.role, p.organisation) for p in people] == [("enhetschef", "Lunds kommun")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Det skrev Moderaternas Eva Lind i en debattartikel.", ["Eva Lind"]),
        ("På bilden: th Per Holm och tv Sara Lind. Th Per Holm.", ["Per Holm", "Sara Lind", "Per Holm"]),
        ("Det rapporterade Sveriges Radio i går, och Uppdrag Granskning följde upp.", []),
    ],
)
def test_words_before_a_name_that_are_no_part_of_it(matcher, text, names):
    assert [p.name for p in _people(text, matcher)] == names
