"""Titles, page furniture and an institute's name of round 23 (issue 10: the shapes of the former test22's misses).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""


from .invented_pages import parse_page


def test_a_press_release_read_more_link_is_never_its_title():
    text = (
        "Myndigheten lämnar en rapport till regeringen om stödet till unga vuxna som lämnar samhällsvården i "
        "hela landet\n\n"
        "Många unga som lämnar ett familjehem eller ett HVB saknar stöd när de fyller arton år, visar en ny "
        "granskning som myndigheten har gjort på uppdrag av regeringen under det senaste året.\n\n"
        "Läs hela pressmeddelandet\n"
    )
    [document] = parse_page(text)
    assert document.title.startswith("Myndigheten lämnar en rapport")
    assert document.title.endswith("i hela landet")
    assert "Läs hela pressmeddelandet" not in document.body


def test_a_lead_photo_credit_above_an_interview_does_not_name_the_untitled_document():
    text = (
        "Foto: Karin Dahl\n\n"
        "Hej där Lena Ek…\n\n"
        "…nämndordförande som nyss har lagt fram en plan mot ensamhet bland äldre i kommunen.\n\n"
        "Varför behövs planen?\n"
        "Många äldre bor ensamma och träffar sällan någon. Vi vill samla det som görs och göra mer av det.\n"
    )
    [document] = parse_page(text)
    assert document.title == "Hej där Lena Ek…"


def test_a_blog_comment_form_is_furniture_and_never_a_headline():
    text = (
        "en vanlig tisdag\n\n"
        "Jobbade kväll på boendet igen. Det var lugnt men en av de boende var orolig och ville prata länge om "
        "sin familj, så jag satt hos henne en stund efter att de andra hade somnat.\n\n"
        "Kommentarer\n\n"
        "Kommentera inlägget här:\n\n"
        "Namn:\n"
        "Kom ihåg mig?\n\n"
        "E-postadress: (publiceras ej)\n\n"
        "URL/Bloggadress:\n\n"
        "Kommentar:\n\n"
        "RSS 2.0\n"
    )
    [document] = parse_page(text)
    assert document.title == "en vanlig tisdag"
    assert "publiceras ej" not in document.body


def test_a_fact_row_of_a_label_and_figures_is_no_headline_and_an_about_tab_no_page_name():
    text = (
        "Ungdomsmottagningen\n\n"
        "Om verksamheten\n\n"
        "Åldrar: 13–25\n\n"
        "Mottagningen erbjuder samtal och stöd till unga som mår dåligt, har frågor om relationer eller behöver "
        "hjälp att hitta rätt i vården. Du kan komma ensam eller med en vän.\n"
    )
    [document] = parse_page(text)
    assert document.title == "Ungdomsmottagningen"


def test_an_institute_named_for_an_adjective_and_its_noun_keeps_both_words():
    text = (
        "Ny granskning av stödet\n\n"
        "Karin Berg är chef för Institutet för sociala rättigheter och hon har lett arbetet med granskningen "
        "under hösten.\n\n"
        "– Stödet måste bli bättre, säger Karin Berg.\n"
    )
    [document] = parse_page(text)
    assert "Institutet för sociala rättigheter" in document.mentioned_organisations
    assert not any(name.endswith(" och hon") for name in document.mentioned_organisations)
    [quote] = document.quotes
    assert quote.speaker.organisation == "Institutet för sociala rättigheter"


def test_the_three_regions_that_keep_their_county_in_their_names_are_named_so():
    text = (
        "Läget i vården\n\n"
        "Region Jönköping och Region Kalmar har fler inlagda i år, medan Region Skåne har färre. Även Region "
        "Örebro läns sjukhus rapporterar ett ansträngt läge.\n"
    )
    [document] = parse_page(text)
    found = set(document.mentioned_organisations)
    assert {"Region Jönköpings län", "Region Kalmar län", "Region Örebro län", "Region Skåne"} <= found
    assert not found & {"Region Jönköping", "Region Kalmar", "Region Örebro"}
