"""PDF text layers made into the seeds' plain-text shape: the test files, then each rule alone."""

from pathlib import Path

import pytest

from reform_kb.pipeline.extract_pdf import Line, drop_running_lines, pdf_text, reflow, text_from_pages
from reform_kb.pipeline.records import SourceError

FILES = Path(__file__).parent / "files"


@pytest.fixture(scope="module")
def letter() -> str:
    return pdf_text((FILES / "remissvar.pdf").read_bytes())


def paragraphs(text: str) -> list[str]:
    return text.strip().split("\n\n")


def test_letter_header_lines_stay_lines_and_the_title_stands_alone(letter):
    assert paragraphs(letter)[:3] == [
        "2024-03-12\nAkademikerförbundet SSR\nFöreningen Sveriges Socialchefer",
        "Socialdepartementet\nDnr S2024/01234",
        "Yttrande över promemorian Förebyggande arbete i socialtjänsten",
    ]


def test_running_header_footer_and_page_numbers_are_dropped(letter):
    assert "Remissvar" not in letter
    assert "Box 12800" not in letter
    assert "Sida" not in letter
    assert "(2)" not in letter


def test_wrapped_lines_are_one_paragraph_with_hyphenation_undone_and_real_hyphens_kept(letter):
    first = paragraphs(letter)[3]
    assert first.startswith(
        "Akademikerförbundet SSR och Föreningen Sveriges Socialchefer (FSS) välkomnar att regeringen"
    )
    assert "genomsyra hela socialtjänsten och inte bara" in first
    assert "Särskilt barn- och ungdomsvården behöver stärkas – i dag" in first
    assert first.endswith("när budgeten är pressad.")
    assert "\n" not in first


def test_a_paragraph_cut_by_the_page_break_is_joined(letter):
    assert "måste vi säkerställa att det förebyggande arbetet möter behoven" in letter
    assert "förstärkas, och LVU-utredningarna behöver följas upp" in letter


def test_list_items_keep_one_line_each_with_wrapped_items_joined(letter):
    items = [line for line in letter.splitlines() if line.startswith("• ")]
    assert items == [
        "• Förebyggande arbete ska vara en skyldighet för kommunerna och inte bara en möjlighet "
        "som kan väljas bort när pengarna tar slut.",
        "• Insatser utan föregående behovsprövning ska kunna ges till barn, unga och vuxna.",
        "• Staten behöver finansiera omställningen med långsiktiga medel.",
    ]


def test_headings_and_signatories_stand_on_their_own_lines(letter):
    assert "Synpunkter i korthet" in paragraphs(letter)
    assert "Kompetens och bemanning" in paragraphs(letter)
    assert paragraphs(letter)[-2:] == [
        "Akademikerförbundet SSR\nHeike Erkers, förbundsordförande",
        "Föreningen Sveriges Socialchefer\nMonica Persson, ordförande",
    ]


def test_swedish_letters_dashes_and_quote_marks_survive(letter):
    assert "”Hållbar socialtjänst” (SOU 2020:47)" in letter
    assert "stärkas – i dag" in letter
    assert "Föreningen Sveriges Socialchefer" in letter


def test_scanned_pdf_without_text_layer_is_an_error():
    with pytest.raises(SourceError, match=r"saknar textlager \(inskannad\?\)"):
        pdf_text((FILES / "inskannad.pdf").read_bytes())


def test_scan_whose_only_text_is_a_printed_footer_is_still_a_scan():
    footer = "Akademikerförbundet SSR · Box 12800 · 112 96 Stockholm · www.akademssr.se"
    pages = [
        [Line(footer, n, x=70, y=40, size=8), Line(f"Sida {n} av 2", n, x=70, y=26, size=8)] for n in (1, 2)
    ]
    with pytest.raises(SourceError, match="saknar textlager"):
        text_from_pages(pages)


def test_password_protected_pdf_is_an_error():
    with pytest.raises(SourceError, match="lösenordsskyddad"):
        pdf_text((FILES / "krypterad.pdf").read_bytes())


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.4\n1 0 obj << garbage", "trasig"),
        ((FILES / "remissvar.pdf").read_bytes()[:1500], "trasig"),
        (b"<html><body>Ingen PDF</body></html>", "inte en PDF"),
    ],
)
def test_broken_or_false_pdf_is_an_error_with_a_reason(data, reason):
    with pytest.raises(SourceError, match=reason):
        pdf_text(data)


# --- rules on lines without a PDF ------------------------------------------------------------------


def lines(*texts: str, page: int = 1) -> list[Line]:
    """Lines of 11 pt text, 14 pt apart, unless a text starts with "\\n" (a paragraph gap before it)."""
    result, y = [], 800.0
    for text in texts:
        y -= 24 if text.startswith("\n") else 14
        result.append(Line(text.lstrip("\n"), page, x=70, y=y, size=11))
    return result


FULL = "Socialtjänsten behöver mer resurser för att kunna arbeta förebyggande i hela landet och"


@pytest.mark.parametrize(
    ("end", "start", "joined"),
    [
        ("hela social-", "tjänsten ska", "hela socialtjänsten ska"),
        ("barn-", "och ungdomsvården", "barn- och ungdomsvården"),
        ("vård-", "eller omsorgsinsatser", "vård- eller omsorgsinsatser"),
        ("flera LVU-", "utredningar", "flera LVU-utredningar"),
        ("nya e-", "tjänster", "nya e-tjänster"),
        ("år 2020-", "2024 ökade", "år 2020-2024 ökade"),
    ],
)
def test_hyphen_at_a_line_end_is_undone_only_when_it_splits_a_word(end, start, joined):
    text = reflow(lines(FULL, f"{FULL} {end}", f"{start} {FULL}."))
    assert f" {joined} " in text


def test_a_larger_gap_starts_a_paragraph_and_a_short_line_keeps_its_break():
    text = reflow(
        lines(FULL, "i alla kommuner.", "\n" + FULL, "snart.", "Med vänlig hälsning", "Anna Andersson")
    )
    assert text == (f"{FULL} i alla kommuner.\n\n{FULL} snart.\nMed vänlig hälsning\nAnna Andersson\n")


def test_a_first_line_indent_starts_a_paragraph():
    body = lines(FULL, f"{FULL} slut.", FULL, "slut.")
    body[2].x += 20
    assert reflow(body) == f"{FULL} {FULL} slut.\n\n{FULL} slut.\n"


def test_a_heading_in_another_font_size_is_its_own_paragraph():
    body = lines("Bakgrund", FULL, "slut.")
    body[0].size = 14
    assert reflow(body).startswith("Bakgrund\n\nSocialtjänsten")


def test_lines_repeated_at_the_same_height_on_most_pages_are_dropped_elsewhere_kept():
    pages = []
    for n, word in enumerate(["första", "andra", "tredje"], start=1):
        header = Line("Akademikerförbundet SSR", n, x=70, y=810, size=8)
        footer = Line(f"Sida {n} av 3", n, x=70, y=30, size=8)
        text = lines(f"Den {word} sidans text.", f"Mer om den {word} sidan.", page=n)
        pages.append([header, *text, footer])
    pages[2].insert(-1, Line("Akademikerförbundet SSR", 3, x=70, y=600, size=11))  # the signatory
    kept = drop_running_lines(pages)
    texts = [line.text for page in kept for line in page]
    assert texts.count("Akademikerförbundet SSR") == 1
    assert not any(t.startswith("Sida") for t in texts)
    assert len(texts) == 7


def test_a_dash_wrapped_to_the_start_of_a_line_runs_on_but_a_dash_item_starts_a_line():
    text = reflow(
        lines(f"{FULL} stärkas", "– i dag prioriteras den ned.", "Vi föreslår följande:", "– Mer pengar.")
    )
    assert text == f"{FULL} stärkas – i dag prioriteras den ned.\nVi föreslår följande:\n– Mer pengar.\n"


def test_a_list_continued_on_the_next_page_stays_a_list():
    first = lines(FULL, "• Första punkten.", page=1)
    second = lines("• Andra punkten.", FULL, page=2)
    assert "• Första punkten.\n• Andra punkten." in reflow(first + second)
