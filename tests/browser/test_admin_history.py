"""The editors' admin in Chromium (issue 15): history and restore end to end, and axe on the pages touched."""

import itertools

import pytest
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from .axe import axe_violations, describe
from .conftest import DESKTOP, NARROW

PASSWORD = "ett-langt-losenord-for-test-42"
_names = itertools.count(1)


def click_and_wait(browser, element) -> None:
    """Click what submits a form or follows a link, and wait for the next page: reading the page
    at once may still read the old one (a stale element, or the login page's address, in CI). The old
    page carries a mark in its window; the next page, loaded in full, has none."""
    browser.execute_script("window.__vorigSida = true;")
    element.click()
    # A script asked while the page is being replaced may fail: asked again until the wait ends.
    WebDriverWait(browser, 30, ignored_exceptions=(WebDriverException,)).until(
        lambda b: b.execute_script("return !window.__vorigSida && document.readyState === 'complete';")
    )


@pytest.fixture
def editor_login(browser):
    """A new editor (create_editor on the site's database), logged in through the login form."""
    username = f"redaktor{next(_names)}"
    browser.site.manage(
        "create_editor", username, "--password-from-env", "EDITOR_PASSWORD", EDITOR_PASSWORD=PASSWORD
    )
    browser.get(browser.site.url + "/admin/login/")
    assert browser.find_element(By.TAG_NAME, "h1").text.strip()
    browser.find_element(By.ID, "id_username").send_keys(username)
    browser.find_element(By.ID, "id_password").send_keys(PASSWORD)
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "input[type=submit], button[type=submit]"))
    assert "/admin/login/" not in browser.current_url, "the editor could not log in"
    return username


def first_quote_change_url(browser) -> str:
    browser.get(browser.site.url + "/admin/kb/quote/")
    return browser.find_element(By.CSS_SELECTOR, "#result_list tbody th a").get_attribute("href")


def test_login_page_has_a_heading_and_no_axe_violation(browser):
    browser.get(browser.site.url + "/admin/login/")
    assert browser.find_element(By.TAG_NAME, "h1").text.strip()
    found = axe_violations(browser)
    assert not found, describe(found)


def first_document_change_url(browser) -> str:
    browser.get(browser.site.url + "/admin/kb/document/")
    return browser.find_element(By.CSS_SELECTOR, "#result_list tbody th a").get_attribute("href")


@pytest.mark.parametrize("size", [DESKTOP, NARROW], ids=["1280px", "320px"])
def test_editor_pages_have_no_axe_violation(browser, editor_login, size):
    quote_url = first_quote_change_url(browser)
    document_url = first_document_change_url(browser)
    pages = [
        "/admin/",
        "/admin/kb/quote/",
        "/admin/kb/document/",
        "/admin/kb/organisation/",
        quote_url.replace(browser.site.url, ""),
        quote_url.replace(browser.site.url, "").replace("/change/", "/history/"),
        "/admin/kb/quote/add/",
        # Several autocomplete fields for many choices (organisations, authors).
        document_url.replace(browser.site.url, ""),
        document_url.replace(browser.site.url, "").replace("/change/", "/history/"),
    ]
    failures = {}
    browser.set_window_size(*size)
    for path in pages:
        browser.get(browser.site.url + path)
        found = axe_violations(browser)
        if found:
            failures[path] = describe(found)
    assert not failures, "\n\n".join(f"{path}\n{text}" for path, text in failures.items())


def test_an_editor_changes_a_quote_sees_it_in_the_history_and_restores_the_earlier_version(
    browser, editor_login
):
    change_url = first_quote_change_url(browser)
    browser.get(change_url)
    note = browser.find_element(By.ID, "id_review_note")
    original = note.get_attribute("value")
    note.clear()
    note.send_keys("Kontrollerad i webbläsaren")
    click_and_wait(browser, browser.find_element(By.NAME, "_continue"))
    assert "Kontrollerad i webbläsaren" in browser.find_element(By.ID, "id_review_note").get_attribute(
        "value"
    )

    browser.get(change_url.replace("/change/", "/history/"))
    rows = browser.find_elements(By.CSS_SELECTOR, "#change-history tbody tr, table tbody tr")
    assert len(rows) >= 2, "the history shows the import and the editor's change"
    assert editor_login in browser.page_source
    # The oldest version is the last row; open it and restore it.
    click_and_wait(browser, rows[-1].find_element(By.CSS_SELECTOR, "a"))
    assert "Återställ" in browser.page_source
    click_and_wait(
        browser,
        browser.find_element(By.CSS_SELECTOR, "input[type=submit][name=_save], button[name=_save], input[type=submit]"),
    )
    browser.get(change_url)
    assert browser.find_element(By.ID, "id_review_note").get_attribute("value") == original
