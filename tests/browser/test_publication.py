"""Issue 14 in the browser: the seeds' documents read with their structure, the layout uses the
screen at 1280 px and is one column at 390 px, and a printout says where it came from."""

import pytest
from selenium.webdriver.common.by import By

from .axe import horizontal_overflow
from .conftest import DESKTOP, NARROW, PHONE

REMISSVAR = "/dokument/beredningen-av-hallbar-socialtjanst-sou-202047/"
ARTICLE = "/dokument/hot-och-vald-och-ekonomi-hindrar-socialsekreterare/"


def texts(browser, selector: str) -> list[str]:
    return [e.text for e in browser.find_elements(By.CSS_SELECTOR, selector)]


def test_the_seed_remissvar_has_its_crossheads_as_headings_and_a_table_of_contents(browser):
    browser.get(browser.site.url + REMISSVAR)
    assert texts(browser, ".brodtext h2")[:2] == ["Sammanfattning", "Fördjupning"]
    assert "Ett förebyggande perspektiv" in texts(browser, ".brodtext h3")
    assert "Planering av insatser" in texts(browser, ".innehallsforteckning a")
    assert len(browser.find_elements(By.CSS_SELECTOR, ".brodtext ul li em")) == 4  # the *asterisks*
    assert "*" not in browser.find_element(By.CSS_SELECTOR, ".brodtext").text


def test_a_seed_article_shows_its_photo_caption_as_a_caption_and_its_quotes_in_place(browser):
    browser.get(browser.site.url + ARTICLE)
    caption = browser.find_element(By.CSS_SELECTOR, ".brodtext figure figcaption")
    assert "Foto: Magnus Länje" in caption.text
    assert "Foto:" not in " ".join(texts(browser, ".brodtext p"))
    assert "Löser inte grundproblemet" in texts(browser, ".brodtext h2")
    mark = browser.find_element(By.CSS_SELECTOR, ".brodtext mark.citat[id^='citat-']")
    assert mark.is_displayed()


def test_at_1280_px_the_text_keeps_its_measure_and_the_facts_stand_beside_it(browser):
    browser.set_window_size(*DESKTOP)
    browser.get(browser.site.url + REMISSVAR)
    paragraph = browser.find_element(By.CSS_SELECTOR, ".brodtext p")
    characters_per_line = browser.execute_script(
        "const p = arguments[0]; const r = document.createRange(); r.selectNodeContents(p);"
        "const lines = Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight));"
        "return p.textContent.length / lines;",
        paragraph,
    )
    assert 55 <= characters_per_line <= 80, characters_per_line
    text_right = paragraph.rect["x"] + paragraph.rect["width"]
    facts = browser.find_element(By.CSS_SELECTOR, ".dokumentfakta")
    assert facts.rect["x"] > text_right and facts.rect["y"] < 600


def test_at_390_px_the_document_is_one_column_without_sideways_scrolling(browser):
    browser.set_window_size(*PHONE)
    browser.get(browser.site.url + REMISSVAR)
    text = browser.find_element(By.CSS_SELECTOR, ".brodtext")
    facts = browser.find_element(By.CSS_SELECTOR, ".dokumentfakta")
    assert facts.rect["y"] > text.rect["y"] + text.rect["height"] - 1
    assert horizontal_overflow(browser) == 0


@pytest.mark.parametrize("path", [REMISSVAR, ARTICLE, "/organisationer/?alla=1", "/om/", "/tillganglighet/"])
def test_publication_pages_reflow_at_320_px_with_text_spacing(browser, path):
    browser.set_window_size(*NARROW)
    browser.get(browser.site.url + path)
    assert horizontal_overflow(browser) == 0
    assert horizontal_overflow(browser, text_spacing=True) == 0


def test_a_printout_names_the_site_the_address_and_the_date_and_leaves_the_navigation_out(browser):
    browser.get(browser.site.url + REMISSVAR)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        note = browser.find_element(By.CSS_SELECTOR, ".utskrift")
        assert note.is_displayed()
        assert "Nya socialtjänstlagen" in note.text and REMISSVAR in note.text and "utskriven" in note.text
        assert not browser.find_element(By.CSS_SELECTOR, ".sidhuvud").is_displayed()
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
