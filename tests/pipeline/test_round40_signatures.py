"""Writers signing with their name alone under the last paragraph (round 40, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only


def test_a_name_alone_under_the_closing_paragraph_is_the_writer():
    document = only(
        "Vårmöte i föreningen\n\n"
        "Efter lunchen berättade Stefan Ek om hur föreningen arbetar med frågor om personlig assistans, "
        "och många medlemmar ställde frågor under eftermiddagen.\n\n"
        "Gunilla Sandberg\n"
    )
    assert [a.name for a in document.authors] == ["Gunilla Sandberg"]


def test_a_signature_with_title_and_contact_lines_gives_the_writers_title():
    document = only(
        "Om kommunen säger nej\n\n"
        "Den som har rätt till assistans behöver inte vara rädd för att kommunen ska dra in beslutet utan "
        "att först ha utrett saken ordentligt.\n\n"
        "Lisa Bergkvist\nJurist\nTfn: 08-12 34 56\nE-post: lisa@example.se\n"
    )
    (author,) = document.authors
    assert (author.name, author.role) == ("Lisa Bergkvist", "jurist")
    assert "Tfn" not in document.body


def test_a_title_set_over_the_name_is_the_writers_title():
    document = only(
        "Fullmäktige i mars\n\n"
        "Vi röstade nej till förslaget om nedläggning av dagverksamheten eftersom ingen konsekvensanalys "
        "hade gjorts för dem som berörs.\n\n"
        "Gruppledare\n\nPer Lindholm\n"
    )
    (author,) = document.authors
    assert (author.name, author.role) == ("Per Lindholm", "gruppledare")


def test_a_contact_person_under_a_question_is_not_the_writer():
    """Guard: "Frågor om nyheten?" opens a contact block; the name under it is a contact, not the writer."""
    document = only(
        "Ny leverantör av frukt\n\n"
        "Kostenheten byter leverantör av frukt och grönt från januari, och menyerna ses över under våren.\n\n"
        "Frågor om nyheten?\n\nMaria Lindqvist\nKostchef\n0612-123 45\n"
    )
    assert document.authors == []


def test_date_labels_at_the_end_of_a_post_are_not_its_writer():
    """Guard: "Publicerad Uppdaterad" looks like two capitalised words, but no first name opens it."""
    document = only(
        "Ensam i hemtjänsten\n\n"
        "Vi delar bedömningen att föreskrifterna behöver förtydligas för den som arbetar ensam i hemtjänsten.\n\n"
        "Publicerad Uppdaterad\n"
    )
    assert document.authors == []


def test_date_labels_under_a_consultation_response_are_no_signatory():
    document = only(
        "Yttrande om arbetsmiljön\n\n"
        "Vi delar bedömningen att föreskrifterna behöver förtydligas för den som arbetar ensam i hemtjänsten.\n\n"
        "Publicerad Uppdaterad\n"
    )
    assert document.authors == []
