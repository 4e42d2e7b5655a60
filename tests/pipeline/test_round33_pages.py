"""Page furniture and lead photos in the shapes of the former test part test32's misses (round 33, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import parse_page


def test_an_image_file_name_above_a_post_is_no_headline():
    (document,) = parse_page(
        "Jourens höst\n\n"
        "IMG_2207\n\n"
        "I helgen träffade jag två av jourens volontärer, och de berättade om hur de tar emot samtal på kvällarna.\n"
    )
    assert document.title == "Jourens höst"


def test_a_resized_images_file_name_opening_the_page_is_no_headline():
    (document,) = parse_page(
        "Spelkollen beroende bild spread 1280x640 spread\n\n"
        "Fler kommuner ger stöd vid spelberoende\n\n"
        "Allt fler kommuner erbjuder nu behandling för spelberoende, visar en ny sammanställning från i år.\n"
    )
    assert document.title == "Fler kommuner ger stöd vid spelberoende"


def test_a_site_notice_closed_by_its_button_above_the_page_is_no_document():
    documents = parse_page(
        "Vintervägar och halka i kommunen\n\n"
        "Här samlar vi råd om hur du tar dig fram när vägarna är hala och vad kommunen gör för att sanda.\n\n"
        "Stäng meddelande\n\n"
        "Nytt boendestöd startar i höst\n\n"
        "Socialnämnden har beslutat att starta ett nytt boendestöd för unga vuxna från och med oktober.\n"
    )
    assert [d.title for d in documents] == ["Nytt boendestöd startar i höst"]


def test_a_translation_widget_above_the_headline_is_no_document():
    documents = parse_page(
        "Translate this page\n\n"
        "Use Google to translate the web site.\n"
        "We take no responsibility for the accuracy of the translation.\n\n"
        "Close\n\n"
        "Stiftelsen driver vård och socialt arbete utan vinstsyfte, i Stockholm sedan många år.\n\n"
        "Verksamhetschefen om det första året med det nya boendet\n\n"
        "I januari öppnade vi ett nytt boende för kvinnor som behöver skydd och stöd under en längre tid.\n"
    )
    assert [d.title for d in documents] == ["Verksamhetschefen om det första året med det nya boendet"]


# The story names the place of the photo's caption again and again, as the real one did.
STORY = (
    "Kommunstyrelsen beslutade i mars att flytta familjecentralen till lokaler närmare vårdcentralen, och den "
    "ersätter då Solgården.\n\n"
    "Den nya familjecentralen ska ha fler anställda än Solgården hade, bland dem en socionom på halvtid.\n\n"
    "Solgården startade som ett projekt mellan kommunen och regionen för tio år sedan.\n"
)


def test_the_caption_between_a_headline_and_its_photo_credit_is_no_headline():
    (document,) = parse_page(
        "Familjecentralen flyttar till nya lokaler\n\n"
        "Lekrummet på Solgårdens öppna förskola\n\n"
        "Foto: Lena Berg\n\n" + STORY
    )
    assert document.title == "Familjecentralen flyttar till nya lokaler"


def test_a_section_label_over_the_headline_and_its_photo_credit_leaves_the_headline():
    """Guard: a one-word label above keeps the line above the credit the headline."""
    (document,) = parse_page(
        "Omsorg\n\n"
        "Familjecentralen flyttar till nya lokaler\n\n"
        "Foto: Lena Berg\n\n" + STORY
    )
    assert document.title == "Familjecentralen flyttar till nya lokaler"


def test_a_logo_link_over_the_translation_widget_is_no_headline_and_names_the_publisher():
    (document,) = parse_page(
        "Åsele kommun Till startsidan Åsele kommun\n"
        "Use Google to translate the web. We take no responsibility for the accuracy of the translation.\n\n"
        "Enkät om hemtjänsten\n\n"
        "Socialstyrelsen frågar varje år alla som har hemtjänst vad de tycker om den hjälp de får hemma.\n"
    )
    assert document.title == "Enkät om hemtjänsten"
    assert document.organisations == ["Åsele kommun"]
