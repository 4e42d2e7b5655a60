"""The publisher a page shows by speaking for itself (pipeline/segment/*): a copyright footer, an organisation
writing about itself as "we"; and the "we" that names nobody: inside someone's quotation, beside a place, or
in a text that cites an agency in the genitive or with a year. A wrong publisher puts a text in another
organisation's name.

Shapes from issue 10's tuning rounds 3 and 4 ("Vi på ...", press releases and responses:
test_publishers_named_outright.py). Every text here is invented: other names, other words, the same layout."""

from .invented import MORE, PROSE, split


def test_a_copyright_footer_names_the_publisher():
    text = f"Fritidsgården öppnar igen\n\n{PROSE}\n\n{MORE}\n\n© 2025 Vision. Alla rättigheter förbehållna.\n"
    [doc] = split(text)
    assert doc.organisations == ["Vision"]


def test_an_organisation_writing_as_we_publishes_its_own_news():
    text = (
        "Nytt stöd till familjehem\n\nI dag lämnar Rädda Barnen sina förslag till regeringen. "
        "I vårt arbete möter vi familjehem som saknar stöd.\n\n"
        "Vi vill se en nationell satsning på utbildning för familjehem, och Rädda Barnen erbjuder sin hjälp.\n\n"
        f"{MORE}\n"
    )
    [doc] = split(text)
    assert doc.organisations == ["Rädda Barnen"]


def test_we_inside_a_quotation_is_someone_elses_voice():
    text = (
        "Nytt stöd till familjehem\n\nRädda Barnen lämnar i dag förslag till regeringen.\n\n"
        "– Vi möter familjehem som saknar stöd, och vi vill se en satsning, säger Eva Lund.\n\n"
        f"{MORE}\n"
    )
    [doc] = split(text)
    assert doc.organisations == []


def test_a_place_named_in_an_organisations_own_voice_is_not_its_publisher():
    text = (
        "På besök i Västerås\n\nVilka frågor är viktigast för våra medlemmar? I veckan mötte vi några av "
        f"våra förtroendevalda i Västerås.\n\n{MORE}\n"
    )
    [doc] = split(text)
    assert doc.organisations == []


def test_an_agency_named_only_in_the_genitive_does_not_publish_a_text_that_says_we():
    text = (
        "Vi måste våga lita på hemtjänsten\n\n2024-04-02\n\n"
        "Vi har följt frågan länge. Enligt Socialstyrelsens mätning förra året är vi många som är nöjda, "
        "och vi tycker att det visar att vår linje var rätt.\n\n"
        "Vi vill nu att vi tillsammans tar nästa steg, och vi står fast vid vårt beslut.\n"
    )
    [doc] = split(text)
    assert "Socialstyrelsen" not in doc.organisations


def test_an_agency_cited_with_a_year_does_not_publish_a_text_that_says_we():
    text = (
        "Räcker familjehemmen till?\n\n2024-04-02\n\n"
        "Allt fler barn placeras i familjehem (Socialstyrelsen, 2023b). Vi menar att vi behöver veta mer, "
        "och vi har därför frågat våra medlemmar om vad vi kan göra.\n\n"
        "Vi ser att vi måste göra mer för att vi ska nå fram.\n"
    )
    [doc] = split(text)
    assert "Socialstyrelsen" not in doc.organisations
