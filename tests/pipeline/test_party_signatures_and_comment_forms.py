"""What a text's closing lines say about its writer and kind (pipeline/segment/*): politicians signing with a
party letter, a lower-case letter in brackets or a party branch are the authors of an opinion piece (and the
party publishes it only when one party signs); a politician in a contact box or in a list under a colon signs
nothing; a blog platform's comment form makes a blog post. A debate article is filed under its writers, so a
wrong signature misattributes an opinion.

Shapes from issue 10's tuning round 5 (names with their roles at the foot: test_bylines_and_signatures.py).
Every text here is invented: other names, other words, the same layout."""

from reform_kb.pipeline.records import DocumentKind
from reform_kb.pipeline.segment.party_signatures import name_party

from .invented import split

PROSE = (
    "Fritidsgårdarna i stadsdelen har fått kortare öppettider under vintern, och fältassistenterna går inte "
    "längre kvällsrundor på helgerna. Det är ett beslut som drabbar de unga som behöver stödet mest."
)

MORE = (
    "Vi anser att nämnden måste ompröva beslutet innan sommaren. Annars riskerar vi att förlora kontakten med "
    "de ungdomar som ingen annan når, och det blir dyrare för kommunen i längden."
)


def test_name_party_reads_a_letter_a_lower_case_letter_in_brackets_and_a_branch():
    assert name_party("Tove Almgren, MP") == ("Tove Almgren", "Miljöpartiet")
    assert name_party("Nils Oskarsson (kd)") == ("Nils Oskarsson", "Kristdemokraterna")
    assert name_party("Greta Sjölund, Centerpartiet Ydre kommun") == ("Greta Sjölund", "Centerpartiet")
    assert name_party("Tove Almgren, utredare") is None
    assert name_party("Fritid och kultur") is None


def test_two_politicians_signing_with_party_letters_and_titles_are_the_authors_of_no_party():
    text = (
        f"{PROSE}\n\n{MORE}\n\n"
        "Tove Almgren, MP\n\nordförande i fritidsnämnden\n\n"
        "Nils Oskarsson, KD\n\nvice ordförande i fritidsnämnden\n"
    )
    [doc] = split(text)
    assert [a.name for a in doc.authors] == ["Tove Almgren", "Nils Oskarsson"]
    assert doc.authors[0].role == "ordförande i fritidsnämnden"
    assert doc.kind == DocumentKind.DEBATTARTIKEL
    assert doc.organisations == []
    assert "Nils Oskarsson" not in doc.title


def test_a_politician_signing_for_a_party_branch_publishes_for_the_party():
    text = (
        f"Stäng inte fritidsgårdarna\n\n{PROSE}\n\n{MORE}\n\n"
        "Greta Sjölund, Centerpartiet Ydre kommun\n\nLedamot i socialnämnden\n"
    )
    [doc] = split(text)
    assert [a.name for a in doc.authors] == ["Greta Sjölund"]
    assert doc.authors[0].role == "ledamot i socialnämnden"
    assert doc.organisations == ["Centerpartiet"]


def test_a_lower_case_party_letter_in_brackets_over_a_comment_prompt_signs_the_text():
    text = (
        f"Fråga till nämndens ordförande\n\n{PROSE}\n\n{MORE}\n\nNils Oskarsson (kd)\n\nSkriv en kommentar\n"
    )
    [doc] = split(text)
    assert [a.name for a in doc.authors] == ["Nils Oskarsson"]
    assert doc.authors[0].role == ""
    assert doc.organisations == ["Kristdemokraterna"]


def test_a_politician_presented_under_a_title_heading_in_a_contact_box_signs_nothing():
    text = (
        f"Fritidsnämnden\n\n{PROSE}\n\n{MORE}\n\n"
        "Ordförande i nämnden\nTove Almgren (MP)\n\nKontakta nämnden\n"
    )
    for doc in split(text):
        assert doc.authors == []
        assert doc.kind != DocumentKind.DEBATTARTIKEL


def test_politicians_listed_under_a_colon_sign_nothing():
    text = f"Fritidsnämnden\n\n{PROSE}\n\n{MORE}\n\nNämndens presidium:\n\nTove Almgren (MP)\n\nNils Oskarsson (KD)\n"
    for doc in split(text):
        assert doc.authors == []


def test_a_blog_platforms_comment_form_under_a_text_makes_it_a_blog_post():
    text = f"Tankar efter nämndmötet\n\n{PROSE}\n\n{MORE}\n\nLämna ett svar\n\nDin e-postadress kommer inte publiceras.\n"
    [doc] = split(text)
    assert doc.kind == DocumentKind.BLOGGINLAGG


def test_a_text_without_a_comment_form_is_no_blog_post_for_its_closing_lines():
    text = f"Tankar efter nämndmötet\n\n{PROSE}\n\n{MORE}\n\nLämna synpunkter till nämnden\n"
    [doc] = split(text)
    assert doc.kind != DocumentKind.BLOGGINLAGG
