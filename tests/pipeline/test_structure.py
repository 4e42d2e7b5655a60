"""pipeline.structure: a body's blocks (headings, lists, captions, lifted quotes, emphasis) and the glue
scraping leaves. No database."""

from reform_kb.pipeline.structure import blocks_fit, document_blocks, headings, mend_glue

ARTICLE = (
    "Anna Berg, förbundsordförande i Testförbundet. Foto: Per Lind\n\n"
    "Socialsekreterare hindras från att göra rätt insatser. Det visar förbundets enkät.\n\n"
    "– Det är helt oacceptabelt att våra medlemmar har den arbetsmiljön, säger Anna Berg.\n\n"
    "”Det är helt oacceptabelt att våra medlemmar har den arbetsmiljön.”\n\n"
    "Löser inte grundproblemet\n\n"
    "I enkäten svarar fler att de inte genomfört rätt åtgärder på grund av resurserna."
)

LETTER = (
    "Sammanfattning\n\n"
    "Vi ställer oss i stora delar positiva till förslagen i betänkandet om en ny lag.\n\n"
    "- Socialtjänsten ska ha ett *förebyggande perspektiv*,\n\n"
    "- socialtjänsten ska *planera sina insatser*.\n\n"
    "Fördjupning\n\n"
    "Ett förebyggande perspektiv\n\n"
    "Tidiga och lätt tillgängliga insatser kan bidra till att behoven aldrig uppstår.\n\n"
    "Planering av insatser\n\n"
    "Att planera insatser kan bli ett viktigt verktyg för socialtjänsterna i landet.\n\n"
    "Med vänliga hälsningar\n\n"
    "Anna Berg"
)


def kinds(body):
    return [(b["kind"], body[b["start"] : b["end"]][:25]) for b in document_blocks(body)]


def test_an_article_has_its_caption_lifted_quote_and_crosshead():
    blocks = document_blocks(ARTICLE)
    assert [b["kind"] for b in blocks] == [
        "caption",
        "paragraph",
        "paragraph",
        "quote",
        "heading",
        "paragraph",
    ]
    caption = blocks[0]
    assert ARTICLE[caption["credit"][0] : caption["end"]] == "Foto: Per Lind"
    heading = blocks[4]
    assert ARTICLE[heading["start"] : heading["end"]] == "Löser inte grundproblemet"
    assert heading["level"] == 2 and heading["id"] == "loser-inte-grundproblemet"


def test_a_first_paragraph_naming_a_person_is_a_caption_even_without_a_credit():
    body = "Rebecca Svensson, socionom och enhetschef i Åstorps kommun.\n\nHon placerades som treåring i ett familjehem."
    assert kinds(body)[0][0] == "caption"
    assert "credit" not in document_blocks(body)[0]


def test_a_heading_straight_above_another_opens_a_section_of_subheadings():
    levels = [(b["kind"], b.get("level")) for b in document_blocks(LETTER) if b["kind"] == "heading"]
    assert levels == [("heading", 2), ("heading", 2), ("heading", 3), ("heading", 3)]
    assert [h["text"] for h in headings(document_blocks(LETTER), LETTER)] == [
        "Sammanfattning",
        "Fördjupning",
        "Ett förebyggande perspektiv",
        "Planering av insatser",
    ]


def test_dashed_paragraphs_are_one_list_with_bullets_hidden_and_asterisks_as_emphasis():
    (listing,) = [b for b in document_blocks(LETTER) if b["kind"] == "list"]
    first = listing["items"][0]
    assert [LETTER[s:e] for s, e in first["hide"]] == ["- ", "*", "*"]
    assert [LETTER[s:e] for s, e in first["em"]] == ["förebyggande perspektiv"]


def test_a_sign_off_and_a_name_are_not_headings():
    assert ("paragraph", "Med vänliga hälsningar") in kinds(LETTER)
    assert ("paragraph", "Anna Berg") in kinds(LETTER)


def test_a_spoken_answer_after_a_dash_is_a_paragraph_not_a_list():
    body = "Inledning om enkäten och vad den visar för socialtjänsten.\n\n– Vi behöver mer tid, säger Anna."
    assert [k for k, _ in kinds(body)] == ["paragraph", "paragraph"]


def test_three_short_lines_in_a_row_are_a_list_not_headings():
    body = "Träffarna i vår är:\n\nOnsdag 24 januari\n\nTorsdag 29 februari\n\nTisdag 26 mars\n\noch alltid klockan 15.00 om inget annat anges."
    assert [k for k, _ in kinds(body)] == ["paragraph", "list", "paragraph"]


def test_a_long_survey_question_is_not_a_heading():
    body = "Har du utsatts för indirekt eller direkt hot i ditt arbete som socialsekreterare?\n\nSvaren visar att många har det."
    assert kinds(body)[0][0] == "paragraph"


def test_blocks_cover_the_body_and_notice_when_it_changed():
    blocks = document_blocks(ARTICLE)
    assert blocks_fit(blocks, ARTICLE)
    assert not blocks_fit(blocks, ARTICLE + "\n\nEtt nytt stycke som en redaktör lade till.")
    assert not blocks_fit(None, ARTICLE)
    assert blocks_fit(document_blocks(""), "")


def test_glue_after_a_sentence_and_before_an_ellipsis_heading_is_mended():
    body = (
        "De får kvalitet att gå hand i hand.…men behöver göra merMen kommunerna kommer att behöva göra mer."
    )
    assert mend_glue(body).split("\n\n") == [
        "De får kvalitet att gå hand i hand.",
        "…men behöver göra mer",
        "Men kommunerna kommer att behöva göra mer.",
    ]


def test_glue_after_an_acronym_is_mended_but_an_address_is_not():
    body = "De finansieras inte längre via SKL.Nu kan vi flytta fram positionernaDärför är det glädjande."
    assert mend_glue(body).split("\n\n") == [
        "De finansieras inte längre via SKL.",
        "Nu kan vi flytta fram positionerna",
        "Därför är det glädjande.",
    ]
    assert mend_glue("Läs mer på www.SKR.Se och hos SoL.") == "Läs mer på www.SKR.Se och hos SoL."


def test_mending_adds_only_paragraph_breaks():
    body = "Ett stycke med McDonald och iPhone.\n\nDet andra styckets SKR.Sista ord."
    assert mend_glue(body).replace("\n\n", "") == body.replace("\n\n", "")
    assert "McDonald" in mend_glue(body)
