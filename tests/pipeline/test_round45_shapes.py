"""Page notices above the headline and organisations defined by their acronym, in the shapes of the
development part's misses (round 45, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

import pytest

from reform_kb.pipeline.acronym_names import definitions

from .invented_pages import only

PARAGRAPH = (
    "Nämnden beslutade på måndagen att lägga två miljoner kronor extra på förebyggande arbete bland barn och "
    "unga under resten av året."
)


@pytest.mark.parametrize(
    "notice",
    [
        'Tryck "Enter" för att hoppa till kommentarerna',
        "Nyheten har passerat sitt bäst före-datum",
        "Den här artikeln är äldre än ett år",
        "Välkommen till Ekby kommuns webbplats",
        "Posts Tagged 'LSS'",
        "Inlägg taggade med ”LSS”",
        # Round 46: a logo's link, site menus and a select box.
        "Ekby kommun - startsida",
        "Ekby kommun – länk till startsida",
        "Våra webbplatser",
        "Välj en sida",
        "Webbkarta        Press        Logga in        RSS",
    ],
)
def test_a_notice_or_tag_heading_above_the_headline_is_never_the_headline(notice):
    document = only(f"{notice}\n\nExtra pengar till unga i Ekby\n\n{PARAGRAPH}\n")
    assert document.title == "Extra pengar till unga i Ekby"


def test_a_hashtag_alone_above_a_quoted_headline_is_never_the_headline():
    document = only(
        "#ettbättreekby\n\n”Det är vanligt att unga bär på oro …\n\n”Det är vanligt att unga bär på oro för sina "
        "föräldrar, och det märks i skolan”, säger Eva Lind.\n\nPå föreningen arbetar vi med stöd.\n"
    )
    assert document.title == "”Det är vanligt att unga bär på oro …"


def test_a_welcome_to_a_place_may_be_the_headline():
    document = only(f"Välkommen till Ekby\n\n{PARAGRAPH}\n")
    assert document.title == "Välkommen till Ekby"


def test_a_hashtag_opening_a_headline_keeps_the_headline():
    document = only(f"#Vårdresan: Långa avstånd i glesbygden\n\n{PARAGRAPH}\n")
    assert document.title == "#Vårdresan: Långa avstånd i glesbygden"


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        ("Konferensen ordnades av Forum för Familjestöd (FfF) i mars.", "Forum för Familjestöd", "FfF"),
        ("I samarbete med Assyriska kvinnoförbundet (AKF) bjöd vi in.", "Assyriska kvinnoförbundet", "AKF"),
        ("Föreningen Hundar Omtanke Om Utsatta (HOOU) hjälper djur.", "Hundar Omtanke Om Utsatta", "HOOU"),
        ("bidrag från Stiftelsen Ekbyhemmet (SE) i år", "Stiftelsen Ekbyhemmet", "SE"),
    ],
)
def test_a_name_spelt_by_the_acronym_in_brackets_after_it_is_defined(text, name, acronym):
    (found,) = definitions(text)
    assert (found.name, found.acronym) == (name, acronym)


@pytest.mark.parametrize(
    "text",
    [
        "Kommunen följer Lagen om valfrihet (LOV) sedan 2010.",  # a law
        "Alla arbetar med Arbetsintegrerande socialt företagande (ASF) här.",  # a term, no body
        "Debattören Eva Lind Berg (MP) svarar.",  # a party marker
        "Enligt Kommunlistan (KL) är frågan viktig.",  # one word cannot spell two letters' names
    ],
)
def test_a_bracket_after_a_law_a_term_a_party_or_one_word_defines_no_organisation(text):
    assert definitions(text) == []


def test_a_genitive_before_the_acronym_is_the_name_without_its_s():
    text = "Forum för Familjestöd håller möte. RFF är en av Forum för Familjestöds (FfF) medlemmar."
    assert [d.name for d in definitions(text)] == ["Forum för Familjestöd"]


def test_a_speaker_at_a_defined_acronym_works_for_the_full_name():
    document = only(
        "Fler får stöd hemma\n\nSamverkan för Självständigt Liv (SSL) har i år hjälpt fler än förut.\n\n"
        "– Vi ser att behoven växer, säger Karin Holm, jurist på SSL.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.organisation == "Samverkan för Självständigt Liv"
    assert "Samverkan för Självständigt Liv" in document.mentioned_organisations
    assert "SSL" not in document.mentioned_organisations


def test_an_acronym_the_gazetteer_knows_means_the_texts_own_definition():
    document = only(
        "Jourerna larmar\n\nSveriges Kvinno- och Tjejjourers Riksförbund (SKTR) larmar om platsbrist.\n\n"
        "– Vi har inte plats för alla, säger Lena Ek, ordförande i SKTR.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.organisation == "Sveriges Kvinno- och Tjejjourers Riksförbund"


@pytest.mark.parametrize(
    ("title", "role", "organisation"),
    [
        ("t.f. förbundssekreterare på ABF", "t.f. förbundssekreterare", "ABF"),
        ("f.d. socialchef i Lunds kommun", "f.d. socialchef", "Lunds kommun"),
    ],
)
def test_an_abbreviated_title_keeps_the_speaker_and_the_rest_of_the_title(title, role, organisation):
    document = only(
        f"Mer pengar till studieförbunden\n\n– Det är ett bra besked för oss, säger Sven Ekholm, {title}.\n\n"
        "– Vi jobbar mycket ad hoc i dag, säger Sven Ekholm.\n"
    )
    first, second = document.quotes
    assert first.text == "Det är ett bra besked för oss"
    for quote in (first, second):
        assert (quote.speaker.name, quote.speaker.role, quote.speaker.organisation) == (
            "Sven Ekholm",
            role,
            organisation,
        )


def test_a_point_before_a_capital_still_ends_the_attribution():
    document = only(
        "Mer pengar till studieförbunden\n\n– Det är ett bra besked, säger Sven Ekholm, ordf. Nästa år blir "
        "det ännu bättre.\n"
    )
    assert document.quotes[0].speaker.name == "Sven Ekholm"


def test_the_word_organisationen_before_a_name_is_no_part_of_it():
    document = only(
        "Varför behövs ett märke?\n\nOrganisationen Trygga Gåvor Sverige arbetar för tryggt givande, liksom "
        "Förbundet Unga Givare.\n"
    )
    assert "Trygga Gåvor Sverige" in document.mentioned_organisations
    assert "Förbundet Unga Givare" in document.mentioned_organisations
    assert not any(name.startswith("Organisationen") for name in document.mentioned_organisations)
