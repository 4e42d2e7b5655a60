"""The municipality, region or government a speaker works for (pipeline/quotes/*): a municipal politician or a
socialchef gets the one municipality the text names (none when it names two), a municipal councillor the
municipality and a regional one the region beside it, a social committee sits in the municipality, a title in
the municipal administration is the municipality's, a minister called by title alone gives the title and the
government to the one politician quoted; a board member or a relative gets none. Precision first: no
organisation is better than a wrong one.

Shapes from issue 10's tuning rounds 2-4 (the existing rules: test_speaker_organisations.py). Every text here
is invented, in the shape a real page showed (no sentence is copied)."""

from reform_kb.pipeline.quotes import extract_quotes

from .invented_pages import speakers_of


def test_municipal_politician_gets_the_one_municipality_the_text_names(matcher):
    body = (
        "Tallby kommun sänker bemanningen på två boenden.\n\n"
        "– Vi måste fördela om resurserna, säger omsorgsnämndens ordförande Gun Ek (S)."
    )
    (speaker,) = speakers_of(body, matcher)
    assert speaker.organisation == "Tallby kommun"


def test_municipal_politician_gets_no_municipality_when_the_text_names_two(matcher):
    body = (
        "Tallby kommun och Borgviks kommun jämförs i en ny rapport.\n\n"
        "– Vi måste fördela om resurserna, säger omsorgsnämndens ordförande Gun Ek (S)."
    )
    (speaker,) = speakers_of(body, matcher)
    assert speaker.organisation is None


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


def test_a_socialchef_works_for_the_municipality_the_text_names(matcher):
    body = "Tallby kommun betalar ut mer försörjningsstöd.\n\n– Det fortsätter nog i år, säger socialchef Leo Falk."
    (speaker,) = speakers_of(body, matcher)
    assert (speaker.role, speaker.organisation) == ("socialchef", "Tallby kommun")


def test_a_title_in_the_municipal_administration_is_the_municipalitys(matcher):
    body = (
        "Vetlanda kommun tecknar avtal med en behandlingsenhet.\n\n"
        "– Det ger oss snabbare hjälp, säger Hanna Ljung, enhetschef på socialförvaltningen."
    )
    assert extract_quotes(body, matcher)[0].speaker.organisation == "Vetlanda kommun"


def test_a_municipal_councillor_gets_the_municipality_beside_a_region(matcher):
    body = "Tallby kommun och Region Gävleborg samarbetar.\n\n– Vi ser fler patienter, säger kommunalrådet Bo Ek (S)."
    (speaker,) = speakers_of(body, matcher)
    assert speaker.organisation == "Tallby kommun"


def test_a_regional_councillor_gets_the_region_beside_a_municipality(matcher):
    body = "Tallby kommun och Region Gävleborg samarbetar.\n\n– Vi ser fler patienter, säger regionrådet Bo Ek (S)."
    (speaker,) = speakers_of(body, matcher)
    assert speaker.organisation == "Region Gävleborg"


def test_a_social_committee_sits_in_the_municipality_not_the_region(matcher):
    body = (
        "Tallby kommun och Region Gävleborg samarbetar.\n\n"
        "– Vi ser fler familjer, säger Bo Ek (S), ordförande i socialnämnden."
    )
    (speaker,) = speakers_of(body, matcher)
    assert speaker.organisation == "Tallby kommun"


def test_a_board_member_is_no_municipal_politician(matcher):
    body = (
        "Tallby kommun har fått kritik för väntetiderna.\n\n"
        "– Föräldrarna hörs inte, säger Ola Berg, styrelseledamot i föreningen."
    )
    (speaker,) = speakers_of(body, matcher)
    assert speaker.organisation is None


def test_a_relative_has_no_organisation_where_her_kin_lives(matcher):
    body = "– Vi får aldrig veta något, säger Anna Ek, som är anhörig till en boende på Solgården i Tallby."
    (speaker,) = speakers_of(body, matcher)
    assert speaker.organisation is None


def test_a_minister_called_by_title_alone_gives_the_title_to_the_politician_quoted(matcher):
    body = (
        "Äldreministern har haft en intensiv vår.\n\n"
        "– Vi ska bygga fler boenden för äldre, säger Karin Vall (KD).\n\n"
        "Hon växte upp i Dalarna."
    )
    speaker = extract_quotes(body, matcher)[0].speaker
    assert (speaker.role, speaker.organisation, speaker.party) == ("äldreminister", "Regeringen", "KD")


def test_a_minister_title_is_not_given_when_two_politicians_are_quoted(matcher):
    body = (
        "Äldreministern har haft en intensiv vår.\n\n"
        "– Vi ska bygga fler boenden, säger Karin Vall (KD).\n\n"
        "– Det räcker inte, säger Omar Nyberg (S)."
    )
    assert [q.speaker.role for q in extract_quotes(body, matcher)] == ["", ""]


def test_municipal_politician_gets_the_one_of_two_municipalities_the_headline_names(matcher):
    """Round 15: a text about one municipality's work with its neighbour, the headline naming the first."""
    body = (
        "Orsa kommun och Älvdalens kommun delar sedan i fjol på socialtjänstens administration.\n\n"
        "– Vi har kunnat anställa fler familjebehandlare, säger Gun Ek (S), socialnämndens ordförande."
    )
    for title, home in [("Orsa sparar miljoner på samarbetet", "Orsa kommun"), ("Samarbetet sparar miljoner", None)]:
        [quote] = extract_quotes(body, matcher, title=title)
        assert quote.speaker.organisation == home, title
