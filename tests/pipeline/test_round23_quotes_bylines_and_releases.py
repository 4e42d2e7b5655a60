"""Quotes, bylines and press releases of round 23 (issue 10: the shapes of the former test22's misses).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from datetime import date

from reform_kb.pipeline.records import DocumentKind

from .invented_pages import parse_page

MINISTRY_RELEASE = (
    "Socialminister Eva Lindqvist: Stödet till anhöriga måste bli enklare att söka\n\n"
    "socialministeriet\n"
    "Utgivningsdatum 12.3.2019 9.30\n"
    "Pressmeddelande -\n\n"
    "Regeringen har i dag lagt fram en plan för stödet till anhöriga som vårdar en närstående i hemmet, och "
    "ministeriet vill att fler ska hitta rätt.\n\n"
    "- Många vet inte vilket stöd de har rätt till. Det vill vi ändra på, säger Eva Lindqvist.\n"
)


def test_a_named_minister_a_colon_and_plain_words_in_the_headline_are_her_pull_quote():
    [document] = parse_page(MINISTRY_RELEASE)
    pullquotes = [q for q in document.quotes if q.kind == "pullquote"]
    assert [q.text for q in pullquotes] == ["Stödet till anhöriga måste bli enklare att söka"]
    assert pullquotes[0].in_title
    assert pullquotes[0].speaker.name == "Eva Lindqvist"
    assert pullquotes[0].speaker.role == "socialminister"


def test_a_genre_label_under_the_senders_name_and_the_date_makes_the_headline_a_press_release():
    [document] = parse_page(MINISTRY_RELEASE)
    assert document.kind == DocumentKind.PRESSMEDDELANDE


def test_a_label_and_a_colon_before_plain_words_is_no_pull_quote():
    text = (
        "Socialtjänsten: Så ansöker du om ekonomiskt bistånd\n\n"
        "Du som inte kan försörja dig själv kan ansöka om ekonomiskt bistånd hos socialtjänsten i kommunen där "
        "du bor. Ansökan görs digitalt eller på papper.\n"
    )
    [document] = parse_page(text)
    assert document.quotes == []


def test_a_quotation_credited_in_the_next_sentence_with_det_sager_has_its_speaker():
    text = (
        "Stödet efter flytten\n\n"
        "”Det är en svår tid för hela familjen när den äldre flyttar till ett boende. Många anhöriga känner "
        "skuld fast de har gjort allt de kunnat”. Det säger Karin Lund som är samordnare för anhörigstödet i "
        "Anhörigstöd Vasa ry. Hon har mött många familjer i den situationen.\n"
    )
    [document] = parse_page(text)
    [quote] = document.quotes
    assert quote.text.startswith("Det är en svår tid")
    assert quote.speaker.name == "Karin Lund"
    assert "Anhörigstöd Vasa ry" in document.mentioned_organisations


def test_a_role_a_name_and_a_workplace_in_a_named_region_keep_the_name_not_the_region():
    text = (
        "Råd till anhöriga\n\n"
        "– Ta hjälp i tid, säger minnesrådgivare Lena Ström på Minnesmottagningen i Egentliga Finland.\n"
    )
    [document] = parse_page(text)
    [quote] = document.quotes
    assert quote.text == "Ta hjälp i tid"
    assert quote.speaker.name == "Lena Ström"
    assert quote.speaker.role == "minnesrådgivare"


def test_a_byline_in_capitals_names_the_writer_and_the_translator_as_authors():
    text = (
        "Att vara anhörig på avstånd\n\n"
        "TEXT: ANNA-KARIN BERG\n"
        "ÖVERSÄTTNING: PER ÅSTRÖM\n\n"
        "När en närstående flyttar till ett boende förändras vardagen för den som har vårdat hemma i många år, "
        "och många behöver stöd även efteråt.\n"
    )
    [document] = parse_page(text)
    assert [a.name for a in document.authors] == ["Anna-Karin Berg", "Per Åström"]
    assert "ANNA-KARIN" not in document.body


def test_a_finnish_registered_association_is_named_without_a_verb_or_a_preposition_before_it():
    text = (
        "Samarbete kring stödet\n\n"
        "Kommunen samarbetar med Närståendevårdarna rf om stödet, och Eva Ek leder Minnesstöd ry sedan i fjol.\n"
    )
    [document] = parse_page(text)
    assert "Närståendevårdarna rf" in document.mentioned_organisations
    assert "Minnesstöd ry" in document.mentioned_organisations
    assert not any(name.startswith(("Kommunen", "Eva")) for name in document.mentioned_organisations)


def test_a_municipal_logos_alt_text_names_the_page_publisher():
    text = (
        "Borgviks kommun logotyp. Länk till www.borgvik.se.\n\n"
        "2020-11-05\n\n"
        "Nytt dagcenter för äldre öppnar\n\n"
        "Omsorgsförvaltningen öppnar ett nytt dagcenter för äldre med demenssjukdom i centrum. Där kan den som "
        "bor hemma få aktiviteter och gemenskap några dagar i veckan.\n"
    )
    [document] = parse_page(text)
    assert document.organisations == ["Borgviks kommun"]
    assert document.title == "Nytt dagcenter för äldre öppnar"


def test_a_press_wires_date_and_time_run_into_the_lead_date_the_release_and_a_join_button_is_furniture():
    text = (
        "Bli Medlem!\n\n"
        "Nordopinion är ett fristående analysföretag som mäter vad invånarna tycker om kommunens service. Vi "
        "gör undersökningar på uppdrag av föreningar och företag.\n\n"
        "Få har förtroende för hemtjänsten\n\n"
        "14 mar 2016, 09.15 En ny mätning från Nordopinion visar att bara var tredje invånare har stort "
        "förtroende för hemtjänsten i kommunen. Äldre är mer positiva än yngre.\n"
    )
    documents = parse_page(text)
    assert [d.title for d in documents] == ["Få har förtroende för hemtjänsten"]
    assert documents[0].published == date(2016, 3, 14)
    assert "En ny mätning från Nordopinion" in documents[0].body
    assert "11.28" not in documents[0].body and "09.15" not in documents[0].body
