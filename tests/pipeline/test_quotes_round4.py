"""Issue 10, round 4: speakers and their organisations in shapes the round-3 test part showed, precision
first (no organisation is better than a wrong one).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from reform_kb.pipeline.quotes import extract_quotes


def _said(body, matcher, publishers=None):
    return [
        (q.text, q.speaker.name if q.speaker else None) for q in extract_quotes(body, matcher, publishers)
    ]


def _speakers(body, matcher, publishers=None):
    return [q.speaker for q in extract_quotes(body, matcher, publishers)]


def test_a_question_attributed_with_a_past_verb_is_the_named_speaker(matcher):
    body = (
        "Rut Ek, undersköterska, berättade om sitt arbete.\n\n"
        "– Varför ska vi flytta när allt fungerar? undrade Per Holm.\n\n"
        "– Vi vet inte ännu, svarade Lars Ahl (M)."
    )
    assert _said(body, matcher) == [
        ("Varför ska vi flytta när allt fungerar?", "Per Holm"),
        ("Vi vet inte ännu", "Lars Ahl"),
    ]


def test_a_party_writing_a_press_release_is_no_person_and_not_its_municipality(matcher):
    body = (
        "Budgeten presenterades på tisdagen.\n\n"
        "”Pengarna räcker inte ens till hälften av behoven i äldreomsorgen”, skriver Miljöpartiet i "
        "Tallby kommun i ett pressmeddelande."
    )
    (quote,) = extract_quotes(body, matcher)
    assert quote.speaker is None
    assert quote.organisation is None


def test_a_dash_after_an_organisations_quotation_is_not_the_earlier_speaker(matcher):
    body = (
        "– Det här är ett svek mot personalen, säger Kim Berg, ordförande i Vårdfacket.\n\n"
        "”Kommunerna får för lite och för sent”, skriver Vänsterpartiet i ett pressmeddelande.\n\n"
        "– Nu måste de"
    )
    assert [name for _text, name in _said(body, matcher)] == ["Kim Berg", None, None]


def test_an_unnamed_speaker_and_the_dash_paragraph_after_are_nobody_named(matcher):
    body = (
        "Lisa Marklund, ansvarig kurator, visar runt på mottagningen.\n\n"
        "Två besökare sitter i väntrummet.\n\n"
        "– Det är skönt att slippa köa i kylan, säger en av dem.\n\n"
        "De berättar om hur det var förut.\n\n"
        "– Och här blir man inte bortskickad.\n\n"
        "– Alla är välkomna, säger Lisa Marklund."
    )
    assert _said(body, matcher) == [
        ("Det är skönt att slippa köa i kylan", None),
        ("Och här blir man inte bortskickad.", None),
        ("Alla är välkomna", "Lisa Marklund"),
    ]


def test_speaker_who_goes_on_after_a_colon_keeps_the_next_paragraph(matcher):
    body = (
        "Sara Vik har en son med autism.\n\n"
        "– Han har fått ta stort ansvar tidigt. Det har format honom, berättar Sara och fortsätter:\n"
        "– Vi fick stöd tills han fyllde sju år."
    )
    assert _said(body, matcher) == [
        ("Han har fått ta stort ansvar tidigt. Det har format honom", "Sara Vik"),
        ("Vi fick stöd tills han fyllde sju år.", "Sara Vik"),
    ]


def test_one_word_said_by_a_named_speaker_is_a_quote(matcher):
    body = (
        "– Sparbudget, säger Eva Holm (C), kommunalråd i Tallby kommun, om beskedet.\n\nMer text följer här."
    )
    assert _said(body, matcher) == [("Sparbudget", "Eva Holm")]


def test_one_word_with_a_pronoun_is_still_a_stray_word(matcher):
    assert _said("Eva Holm fick frågan.\n\n– Nej, säger hon.", matcher) == []


def test_a_quotation_whose_source_is_a_document_has_no_speaker(matcher):
    body = (
        "Förbundet har skickat ut ett pressmeddelande.\n\n"
        "”Vi välkomnar att bidraget höjs. Många familjer behöver det nu”, står det i pressmeddelandet."
    )
    (quote,) = extract_quotes(body, matcher)
    assert quote.text.startswith("Vi välkomnar")
    assert quote.kind == "direct"
    assert quote.speaker is None


def test_capitalised_apposition_is_the_organisation_and_a_relative_clause_no_title(matcher):
    body = (
        "– Tidiga insatser ger resultat, berättar Karin Lööf, Högskolan Norrås, som tillsammans med en "
        "kollega har följt projektet."
    )
    (speaker,) = _speakers(body, matcher)
    assert (speaker.name, speaker.role, speaker.organisation) == ("Karin Lööf", "", "Högskolan Norrås")


def test_a_place_alone_as_apposition_is_no_organisation(matcher):
    (speaker,) = _speakers("– Det gick bra i år, säger Karin Lööf, Ljungby.", matcher)
    assert speaker.organisation is None


def test_relative_clause_after_a_title_is_cut(matcher):
    (speaker,) = _speakers(
        "– Vi ser fler unga, säger Bo Lind, enhetschef, som har arbetat här i tio år.", matcher
    )
    assert speaker.role == "enhetschef"


def test_works_as_clause_gives_the_title(matcher):
    body = "– Många har inte ätit på hela dagen, säger Tove Ahl som jobbar som kurator på mottagningen."
    (speaker,) = _speakers(body, matcher)
    assert (speaker.name, speaker.role) == ("Tove Ahl", "kurator")


def test_name_after_på_is_the_workplace_of_the_pronouns_speaker(matcher):
    body = (
        "Även Per Lund på Stödhem Syd, som driver familjehem, ser ett växande behov.\n\n"
        "– Vi får fler förfrågningar varje månad, säger han."
    )
    (speaker,) = _speakers(body, matcher)
    assert (speaker.name, speaker.organisation) == ("Per Lund", "Stödhem Syd")


def test_a_name_misspelt_by_one_letter_is_the_same_speaker(matcher):
    body = (
        "”Vi har aldrig haft så många ansökningar”, säger Maja Hellström, samordnare i Tallby kommun.\n\n"
        "– Det ökar varje vecka, säger Maja Helström.\n\n"
        "– Vi behöver fler familjer, säger Maja Hellström."
    )
    speakers = _speakers(body, matcher)
    assert {(s.name, s.organisation) for s in speakers} == {("Maja Hellström", "Tallby kommun")}


def test_names_differing_by_more_than_a_letter_stay_two_people(matcher):
    body = (
        "– Det ökar, säger Maja Lind.\n\n– Det minskar, säger Maja Lund.\n\nMaja Lund har rätt, skriver vi."
    )
    assert [s.name for s in _speakers(body, matcher)] == ["Maja Lind", "Maja Lund"]


def test_municipal_politician_gets_the_one_municipality_the_text_names(matcher):
    body = (
        "Tallby kommun sänker bemanningen på två boenden.\n\n"
        "– Vi måste fördela om resurserna, säger omsorgsnämndens ordförande Gun Ek (S)."
    )
    (speaker,) = _speakers(body, matcher)
    assert speaker.organisation == "Tallby kommun"


def test_municipal_politician_gets_no_municipality_when_the_text_names_two(matcher):
    body = (
        "Tallby kommun och Borgviks kommun jämförs i en ny rapport.\n\n"
        "– Vi måste fördela om resurserna, säger omsorgsnämndens ordförande Gun Ek (S)."
    )
    (speaker,) = _speakers(body, matcher)
    assert speaker.organisation is None


def test_a_board_member_is_no_municipal_politician(matcher):
    body = (
        "Tallby kommun har fått kritik för väntetiderna.\n\n"
        "– Föräldrarna hörs inte, säger Ola Berg, styrelseledamot i föreningen."
    )
    (speaker,) = _speakers(body, matcher)
    assert speaker.organisation is None


def test_a_socialchef_works_for_the_municipality_the_text_names(matcher):
    body = "Tallby kommun betalar ut mer försörjningsstöd.\n\n– Det fortsätter nog i år, säger socialchef Leo Falk."
    (speaker,) = _speakers(body, matcher)
    assert (speaker.role, speaker.organisation) == ("socialchef", "Tallby kommun")


def test_words_of_an_assignment_are_its_givers(matcher):
    body = (
        "Myndigheten fick i uppdrag från regeringen att ”minska kostnaderna för insatsen över tid”. "
        "Det har drabbat många familjer."
    )
    (quote,) = extract_quotes(body, matcher)
    assert (quote.speaker, quote.organisation) == (None, "Regeringen")


def test_a_relative_has_no_organisation_where_her_kin_lives(matcher):
    body = "– Vi får aldrig veta något, säger Anna Ek, som är anhörig till en boende på Solgården i Tallby."
    (speaker,) = _speakers(body, matcher)
    assert speaker.organisation is None


def test_a_municipal_councillor_gets_the_municipality_beside_a_region(matcher):
    body = "Tallby kommun och Region Gävleborg samarbetar.\n\n– Vi ser fler patienter, säger kommunalrådet Bo Ek (S)."
    (speaker,) = _speakers(body, matcher)
    assert speaker.organisation == "Tallby kommun"


def test_a_regional_councillor_gets_the_region_beside_a_municipality(matcher):
    body = "Tallby kommun och Region Gävleborg samarbetar.\n\n– Vi ser fler patienter, säger regionrådet Bo Ek (S)."
    (speaker,) = _speakers(body, matcher)
    assert speaker.organisation == "Region Gävleborg"


def test_a_social_committee_sits_in_the_municipality_not_the_region(matcher):
    body = (
        "Tallby kommun och Region Gävleborg samarbetar.\n\n"
        "– Vi ser fler familjer, säger Bo Ek (S), ordförande i socialnämnden."
    )
    (speaker,) = _speakers(body, matcher)
    assert speaker.organisation == "Tallby kommun"


def test_an_ingress_dash_quote_repeated_by_a_later_longer_one_is_a_pullquote(matcher):
    body = (
        "Gun Ek (S) menar att personalen överdriver.\n\n"
        "– Att de behöver fler timmar än andra boenden stämmer inte, säger hon.\n\n"
        "Omsorgsnämndens ordförande Gun Ek (S) har läst brevet.\n\n"
        "– Att de behöver fler timmar än andra boenden stämmer inte. Vi har räknat på det, säger hon."
    )
    kinds = [q.kind for q in extract_quotes(body, matcher)]
    assert kinds == ["pullquote", "direct"]


def test_two_different_dash_quotes_of_one_speaker_stay_direct(matcher):
    body = (
        "Gun Ek (S) har läst brevet.\n\n"
        "– Vi har räknat på det noga, säger hon.\n\n"
        "– Personalen får följa med till det nya boendet i vår, säger Gun Ek."
    )
    assert [q.kind for q in extract_quotes(body, matcher)] == ["direct", "direct"]


def test_what_the_speaker_does_as_she_speaks_is_no_part_of_her(matcher):
    (speaker,) = _speakers("– Det här är bara början, säger Vera Moln och skrattar.", matcher)
    assert (speaker.name, speaker.role) == ("Vera Moln", "")


def test_a_reflexive_after_the_verb_is_no_part_of_the_title(matcher):
    body = "”Varför får vi aldrig svar?”, frågar sig skribenten Ulla Strand och beskriver ett möte."
    (speaker,) = _speakers(body, matcher)
    assert (speaker.name, speaker.role) == ("Ulla Strand", "skribent")


def test_two_people_credited_for_a_dash_quote(matcher):
    (quote,) = extract_quotes("– Vi kräver svar före jul, skriver Anna Ek och Bo Lind.", matcher)
    assert quote.text == "Vi kräver svar före jul"
    assert (quote.speaker.name, [p.name for p in quote.co_speakers]) == ("Anna Ek", ["Bo Lind"])


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
