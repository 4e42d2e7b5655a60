"""Shapes of quotes and speakers seen in real, unseen texts (issue 10, items 4, 5 and 7), each on an
invented text of the same shape: the real texts are other people's writing and stay out of the suite."""

import pytest

from reform_kb.pipeline.organisations import reference_organisations
from reform_kb.pipeline.quotes import extract_quotes
from reform_kb.pipeline.quotes.speakers import CUT_OFF_NOTE


def quotes_of(matcher, *paragraphs: str):
    body = "\n\n".join(paragraphs)
    found = extract_quotes(body, matcher)
    for quote in found:
        assert body[quote.start : quote.end] == quote.text
    return found


def who(quote):
    s = quote.speaker
    return (s.name, s.role, s.organisation) if s else None


def test_an_attribution_without_commas_keeps_its_quote_and_the_next(matcher):
    found = quotes_of(
        matcher,
        "Förbundet har frågat sina medlemmar om arbetsmiljön.",
        "– Det är bra att lagen kommer nu, säger Anna Andersson ordförande i Vision",
        "– Men pengarna räcker inte till allt som ska göras, säger hon.",
    )
    assert [(q.text, who(q)) for q in found] == [
        ("Det är bra att lagen kommer nu", ("Anna Andersson", "ordförande", "Vision")),
        ("Men pengarna räcker inte till allt som ska göras", ("Anna Andersson", "ordförande", "Vision")),
    ]


def test_a_dash_quote_cut_off_by_the_end_of_a_stored_copy_is_kept_and_flagged(matcher):
    found = quotes_of(
        matcher,
        "Anna Andersson är ordförande i Vision och har följt reformen.",
        "– Vi behöver mer resurser för att kunna göra det som lagen kräver av oss och",
    )
    assert [(q.text, who(q)) for q in found] == [
        ("Vi behöver mer resurser för att kunna göra det som lagen kräver av oss och", who(found[0]))
    ]
    assert found[0].speaker.name == "Anna Andersson"
    assert found[0].needs_review and found[0].review_note == CUT_OFF_NOTE


def test_a_bullet_list_at_the_end_of_a_text_stays_no_quote(matcher):
    found = quotes_of(
        matcher,
        "Förslaget innehåller tre delar:",
        "– fler socionomer",
        "– mindre administration",
        "– bättre stöd till nya socialsekreterare i hela",
    )
    assert found == []


def test_a_sentence_about_the_speaker_after_the_attribution_is_not_glued_to_the_quote(matcher):
    found = quotes_of(
        matcher,
        "– Det är bra att lagen kommer nu, säger Anna Andersson. Hon har arbetat som socialsekreterare i tjugo år.",
    )
    assert [q.text for q in found] == ["Det är bra att lagen kommer nu"]


def test_speech_going_on_after_the_attribution_stays_one_speaker(matcher):
    found = quotes_of(
        matcher,
        "– Det är bra att lagen kommer nu, säger Anna Andersson. Vi har väntat länge på den.",
    )
    assert [q.text for q in found] == ["Det är bra att lagen kommer nu", "Vi har väntat länge på den."]


def test_image_alt_text_glued_to_a_name_is_no_part_of_the_name(matcher):
    found = quotes_of(
        matcher,
        "Porträttbild Anna Andersson",
        "– Det är bra att lagen kommer nu, säger Anna Andersson.",
    )
    assert found[0].speaker.name == "Anna Andersson"


def test_a_minister_speaks_for_the_government(matcher):
    found = quotes_of(matcher, "– Det här är en historisk reform, säger socialminister Jakob Forssmed (KD).")
    assert who(found[0]) == ("Jakob Forssmed", "socialminister", "Regeringen")
    assert found[0].speaker.party == "KD"


def test_a_pronoun_points_back_to_the_minister_named_two_paragraphs_earlier(matcher):
    found = quotes_of(
        matcher,
        "Socialminister Jakob Forssmed presenterade lagen på en presskonferens.",
        "Lagen träder i kraft i juli.",
        "– Det här är en historisk reform för socialtjänsten, säger han.",
    )
    assert who(found[0]) == ("Jakob Forssmed", "socialminister", "Regeringen")
    assert not found[0].needs_review


def test_a_sentence_opening_title_is_not_part_of_the_name(matcher):
    found = quotes_of(
        matcher,
        "Ordförande Karin Berg tycker att förslaget är bra.",
        "– Det är en bra början, säger Karin Berg.",
    )
    assert found[0].speaker.name == "Karin Berg"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Det säger Hyresgästföreningen i ett uttalande.", ("Hyresgästföreningen", "intresseorganisation")),
        ("Enligt Trafikverkets prognos blir det dyrare.", ("Trafikverket", "myndighet")),
        ("Fastighetsmäklarinspektionen granskade mäklaren i våras.", ("Fastighetsmäklarinspektionen", "myndighet")),
        ("Tillväxtstyrelsen fördelar pengarna.", ("Tillväxtstyrelsen", "myndighet")),
    ],
)
def test_organisations_beyond_the_gazetteer_are_recognised_by_their_swedish_form(matcher, text, expected):
    assert [(o.name, o.kind) for o in matcher.find_unknown(text)] == [expected]


@pytest.mark.parametrize("text", ["Kommunstyrelsen beslutade i går.", "Föreningen är bra.", "Verket svarar."])
def test_a_municipal_board_or_a_bare_common_noun_is_no_organisation_of_its_own(matcher, text):
    assert matcher.find_unknown(text) == []


# --- Titles and page furniture (issue 10, item 2) ------------------------------------------------

_PROSE = (
    "Kommunen har under året sett fler ansökningar om ekonomiskt bistånd än tidigare. Förvaltningen "
    "räknar med att trenden håller i sig under nästa år, och nämnden vill därför anställa fler handläggare."
)


def _titles(text: str):
    from reform_kb.pipeline.records import ParseContext
    from reform_kb.pipeline.segment import split_documents

    docs = split_documents(text, "sida.txt", ParseContext(organisations=reference_organisations()))
    return [(d.title, d.kind) for d in docs]


@pytest.mark.parametrize(
    "furniture",
    ["Skip to main content", "Bild: Maria Holm", "Hej", "Bild", "ANNONS"],
)
def test_a_skip_link_photo_credit_greeting_or_advert_label_is_never_the_title(furniture):
    text = f"{furniture}\n\nFler söker ekonomiskt bistånd i kommunen\n\n{_PROSE}\n"
    assert [t for t, _ in _titles(text)] == ["Fler söker ekonomiskt bistånd i kommunen"]


def test_a_one_word_section_label_above_the_headline_is_not_the_title():
    text = f"Omsorg\n\n\nFler söker ekonomiskt bistånd i kommunen\n\n{_PROSE}\n"
    assert [t for t, _ in _titles(text)] == ["Fler söker ekonomiskt bistånd i kommunen"]


def test_an_opinion_label_makes_a_debate_article():
    text = f"ÅSIKT\n\nStaten måste ta sitt ansvar för socialtjänsten\n\n{_PROSE}\n"
    assert _titles(text) == [("Staten måste ta sitt ansvar för socialtjänsten", "debattartikel")]


def test_a_one_word_quote_cut_off_by_the_end_of_the_text_is_kept_for_the_paragraphs_subject(matcher):
    found = quotes_of(
        matcher,
        "Lena Holm känner igen det som Per Ek beskriver. Hon arbetar nattetid på ett äldreboende i Umeå.",
        "– De som bor hä",
    )
    assert [(q.text, q.speaker.name if q.speaker else None) for q in found] == [
        ("De som bor hä", "Lena Holm")
    ]
    assert found[0].review_note == CUT_OFF_NOTE


@pytest.mark.parametrize(
    ("attribution", "expected"),
    [
        ("säger Sofia Holm, socialsekreterare i Kalix.", ("Sofia Holm", "socialsekreterare", "Kalix kommun")),
        ("säger Sofia Holm, undersköterska i Lund.", ("Sofia Holm", "undersköterska", "Lunds kommun")),
        ("säger Sofia Holm, forskare i Lund.", ("Sofia Holm", "forskare i Lund", None)),
    ],
)
def test_a_municipal_job_in_a_place_is_a_job_at_that_municipality(matcher, attribution, expected):
    [quote] = quotes_of(matcher, f"– Vi känner igen oss i rapporten, {attribution}")
    assert who(quote) == expected


def test_how_the_words_were_given_after_the_speaker_is_no_part_of_the_speaker(matcher):
    [quote] = quotes_of(
        matcher,
        "Granskningen visar allvarliga brister.",
        "”Det som har framkommit är oerhört allvarligt”, säger socialminister Karin Ek (KD) i en skriftlig "
        "kommentar till TT.",
    )
    assert who(quote) == ("Karin Ek", "socialminister", "Regeringen")
    assert quote.speaker.party == "KD"


@pytest.mark.parametrize(
    ("attribution", "role"),
    [
        ("konstaterar kommunalrådet Maria Lind (V).", "kommunalråd"),
        ("säger kommundirektören Ola Berg.", "kommundirektör"),
    ],
)
def test_a_definite_title_before_the_speaker_is_stored_as_the_title(matcher, attribution, role):
    [quote] = quotes_of(matcher, f"– Det blir den största förändringen på länge, {attribution}")
    assert quote.speaker.role == role


@pytest.mark.parametrize(
    ("head", "tail", "authors"),
    [
        ("Författare: Eva Ek och Irja Holm\n\n", "", ["Eva Ek", "Irja Holm"]),
        ("", "\n\nSidan publicerad av • Lotta Berg", ["Lotta Berg"]),
    ],
)
def test_real_byline_labels_name_the_authors(head, tail, authors):
    from reform_kb.pipeline.records import ParseContext
    from reform_kb.pipeline.segment import split_documents

    text = f"{head}Fler söker ekonomiskt bistånd i kommunen\n\n{_PROSE}\n\nNämnden beslutar i maj.{tail}\n"
    [doc] = split_documents(text, "sida.txt", ParseContext(organisations=reference_organisations()))
    assert [a.name for a in doc.authors] == authors
    assert "publicerad av" not in doc.body and "Författare" not in doc.body
