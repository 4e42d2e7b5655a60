"""Splitting source files into documents: the five seeds against hand-checked truth, and each rule alone."""

import json
from datetime import date
from pathlib import Path

import pytest

from reform_kb.pipeline.records import OrganisationInfo, ParseContext
from reform_kb.pipeline.reference.organisations import ORGANISATIONS
from reform_kb.pipeline.segment import body_paragraphs, split_documents, split_glued

from .scoring import report, score_documents

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
TEXTS = Path(__file__).parent / "texts"
EXPECTED = json.loads((Path(__file__).parent / "expected" / "documents.json").read_text(encoding="utf-8"))

CONTEXT = ParseContext(
    organisations=[OrganisationInfo(**{**o, "aliases": tuple(o.get("aliases", ()))}) for o in ORGANISATIONS]
)


def split(text: str, name: str = "test.txt"):
    return split_documents(text, name, CONTEXT)


@pytest.mark.parametrize("file_name", sorted(EXPECTED))
def test_seed_matches_hand_checked_documents(file_name):
    docs = split((SEEDS / file_name).read_text(encoding="utf-8"), file_name)
    expected = EXPECTED[file_name]
    assert [d.title for d in docs] == [e["title"] for e in expected], "document count or titles differ"
    scores = score_documents({file_name: docs}, {file_name: expected})
    assert not scores.misses, report(scores)
    # Beyond the scorer, which compares authors and organisations as sets: the text's order, and
    # the body's first words.
    for doc, want in zip(docs, expected, strict=True):
        label = f"[{doc.position}] {doc.title!r}"
        assert [a.name for a in doc.authors] == [a["name"] for a in want["authors"]], label
        assert doc.organisations == want["organisations"], label
        words = want["first_words"].split()
        assert doc.body.split()[: len(words)] == words, label


@pytest.mark.parametrize("file_name", sorted(EXPECTED))
def test_seed_bodies_are_clean_paragraphs(file_name):
    for doc in split((SEEDS / file_name).read_text(encoding="utf-8"), file_name):
        assert doc.body and "\n\n\n" not in doc.body and doc.body == doc.body.strip()
        assert not doc.body.startswith(doc.title + "\n")
        assert doc.source_file == file_name
        paragraphs = doc.body.split("\n\n")
        assert all(p == p.strip() and p for p in paragraphs)
        assert all(a != b for a, b in zip(paragraphs, paragraphs[1:], strict=False)), "repeated paragraph"
        assert "Läs mer" not in paragraphs


def test_seed_positions_count_from_zero():
    docs = split((SEEDS / "004_2ea0f9a9e9b88459.txt").read_text(encoding="utf-8"), "004_2ea0f9a9e9b88459.txt")
    assert [d.position for d in docs] == list(range(len(docs)))


def test_glued_subheading_becomes_its_own_paragraph():
    text = "Det ökar kraftigt.Högt tryck på socialtjänstenAtt bedöma barns behov är svårt.De senaste åren har det ökat."
    assert split_glued(text) == [
        "Det ökar kraftigt.",
        "Högt tryck på socialtjänsten",
        "Att bedöma barns behov är svårt.",
        "De senaste åren har det ökat.",
    ]


def test_glued_split_leaves_abbreviations_and_web_addresses_alone():
    assert split_glued("Enligt nya SoL ska IVO:s tillsyn ändras.") == [
        "Enligt nya SoL ska IVO:s tillsyn ändras."
    ]
    assert split_glued("Läs mer på www.Skr.se i dag.") == ["Läs mer på www.Skr.se i dag."]


def test_page_break_in_mid_sentence_is_joined():
    first = (
        "När socialtjänsten ska göra denna omställning måste vi säkerställa att vi gör rätt saker och att det"
    )
    assert body_paragraphs([first, "förebyggande arbete som genomförs ger effekt."]) == [
        first + " förebyggande arbete som genomförs ger effekt."
    ]


def test_short_lines_before_lower_case_are_not_joined():
    assert body_paragraphs(["Tisdag 28 maj", "och alltid klockan 15."]) == [
        "Tisdag 28 maj",
        "och alltid klockan 15.",
    ]


def test_repeated_photo_caption_is_kept_once():
    caption = "Eva Ek, ordförande. Foto: Per Persson"
    assert body_paragraphs([caption, caption, "Text."]) == [caption, "Text."]


def test_dash_quote_lines_are_separate_paragraphs():
    assert body_paragraphs(["Hon säger:", "– Det är bra.", "– Det är också viktigt."]) == [
        "Hon säger:",
        "– Det är bra.",
        "– Det är också viktigt.",
    ]


def test_navigation_boilerplate_and_published_line_are_removed():
    text = (
        "Hem\n\nKontakta oss\n\nNy lag om socialtjänst\n\nPublicerad: 15 november 2023\n\n"
        "Humanas kvalitetsdirektör Eva Ek vill se mer samarbete.\n\nLäs mer\n"
    )
    [doc] = split(text)
    assert doc.title == "Ny lag om socialtjänst"
    assert doc.published == date(2023, 11, 15)
    assert doc.body == "Humanas kvalitetsdirektör Eva Ek vill se mer samarbete."
    assert doc.kind == "artikel"
    assert doc.organisations == ["Humana"]


def test_listing_with_bullet_dates():
    docs = split((TEXTS / "seg_listing.txt").read_text(encoding="utf-8"))
    assert [(d.title, d.published) for d in docs] == [
        ("Tidiga insatser lönar sig", date(2024, 3, 5)),
        ("Ny lag på väg", date(2024, 2, 1)),
    ]
    assert {d.kind for d in docs} == {"blogginlagg"}
    assert docs[0].organisations == ["Sveriges Kommuner och Regioner"]
    assert docs[0].body.split("\n\n") == [
        "Förebyggande arbete minskar behovet av placeringar.",
        "Kommunerna har länge efterfrågat stöd.",
        "Vad säger forskningen",
        "Studier visar att tidiga insatser ger effekt.",
    ]
    assert "Prenumeration" not in docs[1].body


def test_letter_with_signatories():
    [doc] = split((TEXTS / "seg_letter.txt").read_text(encoding="utf-8"))
    assert doc.kind == "remissvar"
    assert doc.title == "Yttrande över förslag till ny socialtjänstlag"
    assert doc.published == date(2024, 5, 20)
    assert doc.organisations == ["Vision", "Sveriges Kommuner och Regioner"]
    assert [(a.name, a.role, a.organisation) for a in doc.authors] == [
        ("Anna Andersson", "förbundsordförande", "Vision"),
        ("Bo Berg", "ordförande, Sektionen för vård och omsorg", "Sveriges Kommuner och Regioner"),
    ]
    assert doc.body.endswith("som en grund för hela socialtjänsten. Det kräver dock resurser.")


def test_blog_posts_split_at_titles_after_signatures():
    docs = split((TEXTS / "seg_blog.txt").read_text(encoding="utf-8"))
    assert [d.title for d in docs] == ["Ett år med nya lagen", "Tankar inför hösten"]
    assert [d.kind for d in docs] == ["blogginlagg", "blogginlagg"]
    assert [(a.name, a.role, a.organisation) for a in docs[0].authors] == [
        ("Eva Ek", "ordförande", "FSS Skåne")
    ]
    # "Hälsningar Eva": the first name is completed from the other signature in the same file.
    assert [a.name for a in docs[1].authors] == ["Eva Ek"]
    assert docs[1].organisations == ["FSS Skåne"]
    assert docs[0].published is None and docs[0].needs_review
    assert docs[1].published == date(2024, 9, 3) and not docs[1].needs_review


def test_fact_box_heading_stays_in_its_article():
    text = (
        "Socionomer larmar om arbetsmiljön\n\n"
        + "– Det är tufft just nu, säger Eva Ek. " * 20
        + "\n\nOm undersökningen\n\nUndersökningen gjordes i maj 2024 bland 500 socionomer.\n"
    )
    [doc] = split(text)
    assert doc.body.endswith("Om undersökningen\n\nUndersökningen gjordes i maj 2024 bland 500 socionomer.")
    assert doc.kind == "artikel"


def test_source_url_line_is_taken_out_of_the_body():
    [doc] = split("Källa: https://example.org/a\n\nEn rubrik\n\nEn text som är kort.\n")
    assert doc.source_url == "https://example.org/a"
    assert "example.org" not in doc.body


@pytest.mark.parametrize("text", ["", "Hem\n\nKontakt\n", " • 2020-01-01\n • 2020-01-02\n  En rubrik\n"])
def test_empty_or_degenerate_input_gives_no_broken_documents(text):
    assert all(d.title and d.body is not None for d in split(text))


def test_text_without_title_gets_one_flagged_document():
    [doc] = split("Bara en mening utan rubrik som är lång nog att vara en text.")
    assert doc.needs_review and "rubrik" in doc.review_note


# --- Generalisation: genres and shapes beyond the seeds --------------------------------------------

LONG = (
    "Kommunerna har länge efterfrågat stöd för att ställa om arbetet. Många förvaltningar har redan börjat "
    "bygga upp öppna insatser, men arbetet går långsamt när personalen byts ut ofta och budgeten är pressad. "
)


def test_single_article_with_sub_headings_stays_one_document():
    text = (
        f"Nyheter\n\nKommunerna kräver mer pengar\n\nPublicerad: 12 mars 2024\n\n{LONG * 3}\n\n"
        f"Förebyggande arbete kräver tid\n\n{LONG * 2}\n\n{LONG * 2}\n\nKrav på bättre arbetsmiljö\n\n"
        f"{LONG * 2}\n\n{LONG * 2}\n"
    )
    [doc] = split(text)
    assert doc.title == "Kommunerna kräver mer pengar"
    assert "Förebyggande arbete kräver tid" in doc.body.split("\n\n")
    assert doc.kind == "artikel" and doc.published == date(2024, 3, 12)


def test_articles_under_their_own_dates_on_one_page_are_separate():
    text = f"Första nyheten\n\n2024-03-01\n\n{LONG * 4}\n\nAndra nyheten\n\n2024-03-05\n\n{LONG * 4}\n"
    assert [(d.title, d.published) for d in split(text)] == [
        ("Första nyheten", date(2024, 3, 1)),
        ("Andra nyheten", date(2024, 3, 5)),
    ]


def test_read_also_link_is_neither_title_nor_body():
    text = f"Kommunerna kräver mer pengar\n\n{LONG * 3}\n\nLÄS OCKSÅ: Så lyckades kommunen\n\n{LONG * 3}\n"
    [doc] = split(text)
    assert doc.title == "Kommunerna kräver mer pengar"
    assert "LÄS OCKSÅ" not in doc.body


def test_debate_article_with_signatories_at_the_end():
    text = (
        f"DEBATT\n\nGe socialtjänsten ro\n\nPublicerad 3 februari 2025\n\n{LONG * 3}\n\n"
        "Heike Erkers, förbundsordförande, Akademikerförbundet SSR\n"
        "Veronica Magnusson, förbundsordförande, Vision\n"
    )
    [doc] = split(text)
    assert (doc.title, doc.kind, doc.published) == ("Ge socialtjänsten ro", "debattartikel", date(2025, 2, 3))
    assert [(a.name, a.role, a.organisation) for a in doc.authors] == [
        ("Heike Erkers", "förbundsordförande", "Akademikerförbundet SSR"),
        ("Veronica Magnusson", "förbundsordförande", "Vision"),
    ]
    assert doc.organisations == ["Akademikerförbundet SSR", "Vision"]
    assert "Veronica Magnusson" not in doc.body


def test_press_release_with_date_line_and_contact_block():
    text = (
        "Pressmeddelande\n\nNy lag välkomnas\n\n2025-03-05\n\n"
        "Riksdagen har i dag röstat igenom lagen. Lagen träder i kraft den 1 juli 2025.\n\n"
        "– Det är ett historiskt beslut, säger Heike Erkers, förbundsordförande.\n\n"
        "För mer information, kontakta:\nMaria Sandberg, presschef, Akademikerförbundet SSR, 070-123 45 67\n"
    )
    [doc] = split(text)
    assert (doc.title, doc.kind, doc.published) == ("Ny lag välkomnas", "pressmeddelande", date(2025, 3, 5))
    assert doc.organisations == ["Akademikerförbundet SSR"]
    assert doc.authors == []


def test_consultation_response_with_diary_number_sections_and_signatures_on_separate_lines():
    text = (
        "Remissvar\n\nSocialdepartementet\n103 33 Stockholm\n\nDnr S2024/01234\n\n"
        "Yttrande över betänkandet Ett förebyggande stöd (SOU 2024:10)\n\n"
        f"Vision har beretts möjlighet att lämna synpunkter.\n\n4.2 Förslaget om insatser\n\n{LONG * 3}\n\n"
        f"5.1 Förslaget om ikraftträdande\n\n{LONG * 3}\n\nStockholm den 15 maj 2024\n\nFör Vision\n\n"
        "Veronica Magnusson\nförbundsordförande\n\nLena Holm\nutredare\n"
    )
    [doc] = split(text)
    assert doc.kind == "remissvar"
    assert doc.title == "Yttrande över betänkandet Ett förebyggande stöd (SOU 2024:10)"
    assert doc.published == date(2024, 5, 15)
    assert [(a.name, a.role, a.organisation) for a in doc.authors] == [
        ("Veronica Magnusson", "förbundsordförande", "Vision"),
        ("Lena Holm", "utredare", "Vision"),
    ]
    assert doc.organisations == ["Vision"]
    assert "4.2 Förslaget om insatser" in doc.body.split("\n\n")
    assert "För Vision" not in doc.body


def test_quoted_headline_after_a_genre_label_is_the_title():
    text = f"Intervju\n\n”Vi måste våga prioritera”\n\nKarin Lund är socialchef i Malmö stad.\n\n{LONG}\n"
    [doc] = split(text)
    assert doc.title == "”Vi måste våga prioritera”"
    assert doc.kind == "artikel"


def test_byline_gives_the_author_and_leaves_the_body():
    text = f"Kommunerna kräver mer pengar\n\nAv Anna Berg\n\n2024-03-12 10:15\n\n{LONG * 3}\n"
    [doc] = split(text)
    assert [a.name for a in doc.authors] == ["Anna Berg"]
    assert doc.published == date(2024, 3, 12)
    assert "Anna Berg" not in doc.body


def test_site_navigation_is_neither_title_nor_body():
    text = (
        f"Hem\n\nOm oss\n\nBli medlem\n\nLogga in\n\nKommunerna kräver mer pengar\n\n{LONG * 3}\n\nFölj oss\n"
    )
    [doc] = split(text)
    assert doc.title == "Kommunerna kräver mer pengar"
    assert "Följ oss" not in doc.body


def test_short_dated_news_items_on_one_page_are_separate():
    text = (
        "Lagen klubbad\n\n2025-03-05\n\nRiksdagen röstade i dag igenom den nya lagen.\n\n"
        "Ny vägledning\n\n2025-02-20\n\nSocialstyrelsen har publicerat en vägledning.\n"
    )
    assert [(d.title, d.published) for d in split(text)] == [
        ("Lagen klubbad", date(2025, 3, 5)),
        ("Ny vägledning", date(2025, 2, 20)),
    ]
