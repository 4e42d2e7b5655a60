"""Quotes whose source is an organisation or a document, not a person (pipeline/quotes/*): an unnamed
spokesperson, a union or a municipality speaking by its generic noun after one was named, the givers of an
assignment, a party writing a press release, a quotation whose source is a document. These get the
organisation, or nobody, and never a made-up person or the party's municipality.

Shapes from issue 10's tuning round 4. Every text here is invented, in the shape a real page showed (no
sentence is copied)."""

from reform_kb.pipeline.quotes import extract_quotes


def test_an_unnamed_spokesperson_lets_the_organisation_speak(matcher):
    (quote,) = extract_quotes("– Vi ser över rutinerna, säger en talesperson för Vision.", matcher)
    assert (quote.text, quote.speaker, quote.organisation) == ("Vi ser över rutinerna", None, "Vision")


def test_an_organisation_by_its_generic_noun_after_the_verb_is_the_one_named_before(matcher):
    body = (
        "Vision har länge krävt bättre villkor för socialsekreterare.\n\n"
        "”Vi accepterar inga fler nedskärningar i socialtjänsten”, skriver förbundet på sin webbplats."
    )
    (quote,) = extract_quotes(body, matcher)
    assert (quote.speaker, quote.organisation) == (None, "Vision")


def test_a_municipality_speaking_after_a_dash_is_the_one_named_before(matcher):
    body = (
        "Tallby kommun har fått kritik för sina väntetider.\n\n"
        "– Vi tar till oss kritiken och ser över rutinerna, säger kommunen i ett uttalande."
    )
    (quote,) = extract_quotes(body, matcher)
    assert (quote.text, quote.speaker, quote.organisation) == (
        "Vi tar till oss kritiken och ser över rutinerna",
        None,
        "Tallby kommun",
    )


def test_words_of_an_assignment_are_its_givers(matcher):
    body = (
        "Myndigheten fick i uppdrag från regeringen att ”minska kostnaderna för insatsen över tid”. "
        "Det har drabbat många familjer."
    )
    (quote,) = extract_quotes(body, matcher)
    assert (quote.speaker, quote.organisation) == (None, "Regeringen")


def test_a_party_writing_a_press_release_is_no_person_and_not_its_municipality(matcher):
    body = (
        "Budgeten presenterades på tisdagen.\n\n"
        "”Pengarna räcker inte ens till hälften av behoven i äldreomsorgen”, skriver Miljöpartiet i "
        "Tallby kommun i ett pressmeddelande."
    )
    (quote,) = extract_quotes(body, matcher)
    assert quote.speaker is None
    assert quote.organisation is None


def test_a_quotation_whose_source_is_a_document_has_no_speaker(matcher):
    body = (
        "Förbundet har skickat ut ett pressmeddelande.\n\n"
        "”Vi välkomnar att bidraget höjs. Många familjer behöver det nu”, står det i pressmeddelandet."
    )
    (quote,) = extract_quotes(body, matcher)
    assert quote.text.startswith("Vi välkomnar")
    assert quote.kind == "direct"
    assert quote.speaker is None
