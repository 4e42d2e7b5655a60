"""Every public page type in both languages, and the editors' main pages, in Chromium: no WCAG 2.1
A/AA violation axe can find at 1280 and 320 px, and reflow at 320 px (WCAG 1.4.10, also with 1.4.12's
text spacing).

The pages are surveyed once per size (module fixtures) and the tests read the survey: a page load
and an axe run cost about a second on a loaded machine, and every check of a size can share them.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import pytest
from selenium.webdriver.common.by import By

from .axe import axe_violations, describe, horizontal_overflow
from .conftest import DESKTOP, NARROW

LANGUAGES = ["", "/en"]  # Swedish at the root, English under /en/
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
    "/taggar/socialtjänst/",  # the seeds' most used tag: most documents have none to follow
]
# Detail pages are found by following the first link from their list, as a reader would.
DETAILS = {
    "tema": "/teman/",
    "organisation": "/organisationer/",
    "person": "/personer/",
    "dokument": "/dokument/",
    "citat": "/citat/",
}
ADMIN = [
    "/admin/",
    "/admin/kb/document/",
    "/admin/kb/quote/",
    "/admin/kb/organisation/",
    "/admin/kb/quote/add/",
]
# Django's autocomplete (select2) for a document's organisations and authors: its search box has no
# label and its <ul> holds a <span>. Checked apart, so every other page stays held to zero.
SELECT2_PAGE = "/admin/kb/document/"
PASSWORD = "ett-langt-losenord-for-sidkontroll-7"
_editors = itertools.count(1)


@dataclass
class Survey:
    """What one window size showed: axe's findings and the overflow, per page."""

    violations: dict[str, str] = field(default_factory=dict)
    overflow: dict[str, str] = field(default_factory=dict)
    pages: list[str] = field(default_factory=list)


def first_link(driver, base: str, source: str, prefix: str) -> str:
    driver.get(base + source)
    prefix = base + prefix
    for link in driver.find_elements(By.CSS_SELECTOR, "main a[href]"):
        href = link.get_attribute("href")
        if href.startswith(prefix) and href.rstrip("/") != prefix.rstrip("/") and not set("?#") & set(href):
            return href
    raise AssertionError(f"no page under {prefix} linked from {base + source}")


def public_urls(driver, site_url: str) -> list[str]:
    urls = []
    for language in LANGUAGES:
        base = site_url + language
        urls += [base + path for path in LISTS]
        urls += [first_link(driver, base, source, source) for source in DETAILS.values()]
        urls.append(base + "/finns-inte/")  # the not-found page
    return urls


def log_in(driver, site) -> None:
    username = f"sidkontroll{next(_editors)}"
    site.manage("create_editor", username, "--password-from-env", "EDITOR_PASSWORD", EDITOR_PASSWORD=PASSWORD)
    driver.get(site.url + "/admin/login/")
    driver.find_element(By.ID, "id_username").send_keys(username)
    driver.find_element(By.ID, "id_password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "input[type=submit], button[type=submit]").click()
    assert "/admin/login/" not in driver.current_url, "the editor could not log in"


def admin_urls(driver, site_url: str) -> list[str]:
    urls = [site_url + path for path in ADMIN]
    for changelist in ("/admin/kb/document/", "/admin/kb/quote/"):
        driver.get(site_url + changelist)
        urls.append(driver.find_element(By.CSS_SELECTOR, "#result_list tbody th a").get_attribute("href"))
    return urls


def check(driver, url: str, survey: Survey, *, reflow: bool) -> None:
    driver.get(url)
    survey.pages.append(url)
    violations = axe_violations(driver)
    if violations:
        survey.violations[url] = describe(violations)
    if reflow:
        plain = horizontal_overflow(driver)
        spaced = horizontal_overflow(driver, text_spacing=True)
        if plain or spaced:
            survey.overflow[url] = f"{plain} px too wide, {spaced} px with WCAG 1.4.12 text spacing"


def survey_at(chromium, site, size) -> Survey:
    chromium.delete_all_cookies()
    chromium.set_window_size(*size)
    survey = Survey()
    narrow = size == NARROW
    for url in public_urls(chromium, site.url):
        check(chromium, url, survey, reflow=narrow)
    check(chromium, site.url + "/admin/login/", survey, reflow=narrow)
    log_in(chromium, site)
    for url in admin_urls(chromium, site.url):
        check(chromium, url, survey, reflow=False)  # the admin is Django's; reflow is asked of the public pages
    chromium.delete_all_cookies()
    return survey


@pytest.fixture(scope="module")
def desktop(chromium, site) -> Survey:
    return survey_at(chromium, site, DESKTOP)


@pytest.fixture(scope="module")
def narrow(chromium, site) -> Survey:
    return survey_at(chromium, site, NARROW)


def report(found: dict[str, str]) -> str:
    return "\n\n".join(f"{url}\n{text}" for url, text in found.items())


def test_every_page_type_was_looked_at_in_both_languages(desktop):
    english = [url for url in desktop.pages if "/en/" in url]
    assert len(english) == len(LISTS) + len(DETAILS) + 1
    assert sum("/admin/" in url for url in desktop.pages) == len(ADMIN) + 3  # + login, two change forms


def without_select2_form(found: dict[str, str]) -> dict[str, str]:
    return {url: text for url, text in found.items() if not (SELECT2_PAGE in url and url.endswith("/change/"))}


def test_pages_have_no_axe_violations_at_1280_px(desktop):
    found = without_select2_form(desktop.violations)
    assert not found, report(found)


def test_pages_have_no_axe_violations_at_320_px(narrow):
    found = without_select2_form(narrow.violations)
    assert not found, report(found)


@pytest.mark.xfail(
    strict=True,
    reason="select2 in Django's admin: the autocomplete's search box is unlabelled and its <ul> holds a <span>",
)
def test_the_document_change_form_has_no_axe_violations(desktop, narrow):
    found = {**desktop.violations, **narrow.violations}
    found = {url: text for url, text in found.items() if url not in without_select2_form(found)}
    assert not found, report(found)


@pytest.mark.xfail(
    strict=True,
    reason="issue 14 (layout): /organisationer/ and quote pages are wider than 320 px; strict, so the fix flips it",
)
def test_public_pages_reflow_at_320_px_with_text_spacing(narrow):
    assert not narrow.overflow, "\n".join(f"{url}: {text}" for url, text in narrow.overflow.items())
