"""Web pages made into the seeds' plain-text shape: main text only, headline, date and source on top."""

from pathlib import Path

import pytest

from reform_kb.pipeline.extract_html import decode_html, html_text
from reform_kb.pipeline.records import SourceError

FILES = Path(__file__).parent / "files"


@pytest.fixture(scope="module")
def article() -> list[str]:
    return html_text((FILES / "artikel.html").read_bytes()).strip().split("\n\n")


def page(body: str, head: str = "<meta charset='utf-8'>") -> bytes:
    return f"<!DOCTYPE html><html lang='sv'><head>{head}</head><body>{body}</body></html>".encode()


def test_headline_first_then_date_and_canonical_url(article):
    assert article[:3] == [
        "Socialsekreterare larmar om arbetsmiljön",
        "Publicerad: 2024-02-14",
        "Källa: https://socionomen.example.se/nyheter/socialsekreterare-larmar",
    ]


def test_navigation_cookie_banner_share_buttons_related_links_and_footer_are_left_out(article):
    text = "\n".join(article)
    for boilerplate in (
        "kakor",
        "Nyheter",
        "Prenumerera",
        "Dela på",
        "Skriv ut",
        "Läs också",
        "Ny socialtjänstlag börjar gälla",
        "Ansvarig utgivare",
        "Om oss",
    ):
        assert boilerplate not in text


def test_paragraphs_dash_quotes_and_subheadings_are_kept_in_order(article):
    assert article[3].startswith("Var tredje socialsekreterare har blivit hotad")
    assert article[5].startswith("Enkäten besvarades av drygt 2 000 socialsekreterare")
    assert article[6].startswith("– Det är helt oacceptabelt")
    assert article[6].endswith(", säger Heike Erkers.")
    assert article[7] == (
        "– Vi ser också att hoten gör det svårare att rekrytera erfarna kollegor till "
        "barn- och ungdomsvården, säger hon."
    )
    assert article[8] == "Kommunerna pressade"
    assert len(article) == 10


def test_photo_caption_is_its_own_paragraph_where_the_picture_stood(article):
    assert article[4] == "Heike Erkers, förbundsordförande i Akademikerförbundet SSR. Foto: Per Persson"


def test_caption_credit_in_its_own_element_is_not_glued_to_the_caption():
    html = page(
        "<article><h1>Nya lagen på plats</h1>"
        "<p>Den nya socialtjänstlagen träder i kraft i sommar och ställer nya krav på kommunerna.</p>"
        "<figure><img src='a.jpg'><figcaption>Anna Andersson, ordförande.<span>Foto: Per Persson</span>"
        "</figcaption></figure>"
        "<p>– Vi är redo, men vi behöver mer pengar för att klara omställningen, säger Anna Andersson.</p>"
        "</article>"
    )
    assert "\n\nAnna Andersson, ordförande. Foto: Per Persson\n\n" in html_text(html)


def test_windows_1252_page_keeps_swedish_letters_dashes_and_quote_marks():
    text = html_text((FILES / "blogg-latin1.html").read_bytes())
    assert text.startswith("Vår syn på den nya socialtjänstlagen\n\nPublicerad: 2023-11-20\n\n")
    assert "har läst ”Hållbar socialtjänst” och är" in text
    assert "blir omställningen svår – särskilt för" in text
    assert "Hälsningar Anna Burston, ordförande FSS region Skåne" in text
    assert "Senaste inläggen" not in text and "Årsmöte" not in text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("<meta charset=utf-8><p>Åäö – ””</p>".encode(), "Åäö – ””"),
        ("<p>Åäö</p>".encode(), "Åäö"),  # no declaration: UTF-8
        ("<meta charset='windows-1252'><p>Åäö – ”</p>".encode("cp1252"), "Åäö – ”"),
        # ISO-8859-1 is read as windows-1252, as browsers do, so that – and ” are not control codes.
        (
            "<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'><p>– ”</p>".encode(
                "cp1252"
            ),
            "– ”",
        ),
        # Declared ISO-8859-1 over bytes that are UTF-8: a saved page's stale <meta>.
        ("<meta charset='iso-8859-1'><p>Åäö</p>".encode(), "Åäö"),
        # Undeclared and not UTF-8: the web's other default.
        ("<p>Åäö</p>".encode("cp1252"), "Åäö"),
    ],
)
def test_encoding_from_the_meta_charset_with_utf8_by_default(data, expected):
    assert expected in decode_html(data)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"Bara vanlig text, inga taggar alls.", "inte ut som HTML"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binär"),
        (page("<nav><a href='/'>Start</a> <a href='/nyheter'>Nyheter</a></nav>"), "ingen artikeltext"),
    ],
)
def test_what_is_not_an_article_page_is_an_error_with_a_reason(data, reason):
    with pytest.raises(SourceError, match=reason):
        html_text(data)
