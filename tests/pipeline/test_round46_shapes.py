"""First names that look like noun endings, quotations that are sentences of their own, page furniture above the
headline and a writer's newsroom title as a byline, in the shapes of the development part's misses (round 46,
issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

import pytest

from reform_kb.pipeline.names import is_name_token

from .invented_pages import BODY, only

PARAGRAPH = BODY  # invented_pages' running text, shared with the other page tests


@pytest.mark.parametrize("first_name", ["Erna", "Jens", "Verna"])
def test_a_first_name_made_of_a_noun_ending_still_speaks(first_name):
    document = only(
        "Fler lyft utan hjälpmedel\n\n– Ingen ska behöva bli skadad på grund av sitt jobb, säger "
        f"{first_name} Holmlund, generaldirektör vid Arbetsmiljöverket.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.name == f"{first_name} Holmlund"
    assert quote.speaker.role == "generaldirektör"
    assert quote.speaker.organisation == "Arbetsmiljöverket"


@pytest.mark.parametrize("noun", ["Politikerna", "Eleverna", "Kommunens", "Gruppens"])
def test_a_definite_plural_or_genitive_noun_is_still_no_name(noun):
    assert not is_name_token(noun)


@pytest.mark.parametrize(
    ("paragraph", "opening"),
    [
        (
            "”När hyran och elen var betald hade jag tre euro kvar för resten av månaden.” Orden kommer från en "
            "pensionär i Ekby, och de är inte ovanliga.",
            "När hyran och elen var betald",
        ),
        (
            "Allt fler söker stöd hos föreningen i år. ”Vi har aldrig sett så många familjer be om matkassar som "
            "under den här hösten.” Så ser det ut i hela regionen.",
            "Vi har aldrig sett så många familjer",
        ),
    ],
)
def test_a_quoted_sentence_of_its_own_is_a_quote_even_with_no_one_named(paragraph, opening):
    document = only(f"Maten räcker inte till\n\n{paragraph}\n\nAllt fler söker stöd hos föreningen.\n")
    (quote,) = document.quotes
    assert quote.text.startswith(opening)
    assert quote.kind == "direct"
    assert quote.speaker is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "”Tidiga insatser för familjer i Ekby” är ett projekt som nämnden startade i fjol.",
        "Projektet heter ”Tidiga insatser för familjer i Ekby” och drivs av nämnden sedan i fjol.",
    ],
)
def test_a_quoted_name_with_no_full_stop_is_no_quote(paragraph):
    assert only(f"Nytt projekt i Ekby\n\n{paragraph}\n").quotes == []


# Round 46's furniture above the headline is in test_round45_shapes' notice test, the same shape.


def test_a_spaced_menu_row_is_read_as_a_link_row_but_a_row_of_figures_is_not():
    from reform_kb.pipeline.segment.spaced_rows import as_link_row

    assert as_link_row("Webbkarta    Press    Logga in    RSS") == "Webbkarta · Press · Logga in · RSS"
    assert as_link_row("2019      2020      2021") == "2019      2020      2021"
    assert as_link_row("–      Vi vet inte vad det beror på, säger hon.") == "–      Vi vet inte vad det beror på, säger hon."


def test_a_greeting_with_a_heart_under_the_headline_is_not_the_headline():
    document = only(
        "VardagenHosOss\n\nKorttidsboendet\n\nGodmorgon alla fina läsare. 💛\n\nHoppas ni har haft en fin helg. "
        "Vår har varit lugn med fokus på god mat och långa promenader längs ån, och barnen har sovit länge.\n"
    )
    assert document.title == "Korttidsboendet"


def test_a_headline_ending_with_a_pictograph_keeps_it():
    from reform_kb.pipeline.text import last_character

    assert only(f"Sommar på stan ☀️\n\n{PARAGRAPH}\n").title == "Sommar på stan ☀️"
    assert last_character("Vänner. ❤️") == "."
    assert last_character("❤️") == "️"


def test_a_writer_with_a_newsroom_title_under_the_ingress_is_the_author_not_a_second_document():
    document = only(
        "Belastningsskador granskas i vården\n\nInspektörerna ska besöka tusen arbetsplatser under hösten.\n\n"
        f"Lina Nordqvist, Redaktör\nSenast uppdaterad 3 mars 2021\n\n{PARAGRAPH}\n"
    )
    assert [(a.name, a.role) for a in document.authors] == [("Lina Nordqvist", "redaktör")]


def test_a_name_with_a_role_outside_a_newsroom_is_no_byline():
    from reform_kb.pipeline.segment.lines import name_bylines

    date = "Senast uppdaterad 3 mars 2021"
    assert name_bylines(["Lina Nordqvist, Redaktör", date])[0] == "Av Lina Nordqvist, redaktör"
    assert name_bylines(["Lina Nordqvist, socialsekreterare", date])[0] == "Lina Nordqvist, socialsekreterare"
    assert name_bylines(["Socialtjänsten i Ekby, Redaktör", date])[0] == "Socialtjänsten i Ekby, Redaktör"
    # a labelled byline stays as it is, for bylines.py to read
    assert name_bylines(["Av Lina Nordqvist, reporter", date])[0] == "Av Lina Nordqvist, reporter"


@pytest.mark.parametrize(
    "head",
    ["Ekbyverket\n\n2016-02-09\n\nPressmeddelande", "Pressmeddelande\n\n2016-02-09"],
)
def test_a_genre_label_by_the_date_above_the_headline_gives_the_headline_its_kind(head):
    document = only(f"{head}\n\nFler beslag under höstens kontroller\n\n{PARAGRAPH}\n")
    assert (document.title, document.kind, str(document.published)) == (
        "Fler beslag under höstens kontroller",
        "pressmeddelande",
        "2016-02-09",
    )


def test_a_genre_label_under_the_headline_and_its_date_still_labels_that_headline():
    document = only(f"Satsa på de unga i Ekby\n\n22 juni 2021\n\nDebattartikel\n\n{PARAGRAPH}\n")
    assert (document.title, document.kind) == ("Satsa på de unga i Ekby", "debattartikel")
