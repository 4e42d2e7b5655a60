"""Every public page type in Chromium, in Swedish and in English: no WCAG 2.1 A/AA violation axe can
find, and reflow at 320 px."""

import pytest
from selenium.webdriver.common.by import By

from .axe import axe_violations, describe, horizontal_overflow
from .conftest import DESKTOP, NARROW

# Swedish at the root, English under /en/ (i18n, issue 14): every page type is looked at in both.
LANGUAGES = {"sv": "", "en": "/en"}
LISTS = [
    "/",
    "/teman/",
    "/organisationer/",
    "/personer/",
    "/dokument/",
    "/citat/",
    "/sok/",
    "/sok/?q=socialtjänstlagen",
    "/sok/?q=ordsomintefinns",
    # Issue 13: the organisation × theme map and the reform's timeline.
    "/karta/",
    "/tidslinje/",
    "/om/",
    "/tillganglighet/",
    "/finns-inte/",  # the not-found page
]
# Detail pages are found by following the first link from their list, as a reader would.
DETAILS = {
    "tema": "/teman/",
    "organisation": "/organisationer/",
    "person": "/personer/",
    "dokument": "/dokument/",
    "citat": "/citat/",
}
DETAIL_PREFIX = {
    "tema": "/teman/",
    "organisation": "/organisationer/",
    "person": "/personer/",
    "dokument": "/dokument/",
    "citat": "/citat/",
}


def first_detail_link(browser, kind: str, language: str) -> str:
    base = browser.site.url + LANGUAGES[language]
    browser.get(base + DETAILS[kind])
    prefix = base + DETAIL_PREFIX[kind]
    for link in browser.find_elements(By.CSS_SELECTOR, "main a[href]"):
        href = link.get_attribute("href")
        if href.startswith(prefix) and href.rstrip("/") != prefix.rstrip("/") and not set("?#") & set(href):
            return href
    raise AssertionError(f"no {kind} page linked from {base + DETAILS[kind]}")


def page_urls(browser, language: str) -> list[str]:
    base = browser.site.url + LANGUAGES[language]
    return [base + path for path in LISTS] + [first_detail_link(browser, k, language) for k in DETAILS]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", [DESKTOP, NARROW], ids=["1280px", "320px"])
def test_public_pages_have_no_axe_violations(browser, size, language):
    failures = {}
    urls = page_urls(browser, language)
    browser.set_window_size(*size)
    for url in urls:
        browser.get(url)
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == language, url
        violations = axe_violations(browser)
        if violations:
            failures[url] = describe(violations)
    assert not failures, "\n\n".join(f"{url}\n{text}" for url, text in failures.items())


@pytest.mark.parametrize("language", LANGUAGES)
def test_public_pages_reflow_at_320_px_with_text_spacing(browser, language):
    overflowing = {}
    urls = page_urls(browser, language)
    browser.set_window_size(*NARROW)
    for url in urls:
        browser.get(url)
        plain = horizontal_overflow(browser)
        spaced = horizontal_overflow(browser, text_spacing=True)
        if plain or spaced:
            overflowing[url] = f"{plain} px too wide, {spaced} px with WCAG 1.4.12 text spacing"
    assert not overflowing, "\n".join(f"{url}: {text}" for url, text in overflowing.items())
