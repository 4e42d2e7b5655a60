"""The browser suite: pages in Debian's Chromium, driven by Selenium, checked with axe-core.

Chromium and ChromeDriver come from Debian's packages (`make test` installs them with apt when it
can; `CHROMIUM`/`CHROMEDRIVER` point elsewhere), axe-core from npm (`npm ci`). Nothing is downloaded
at run time: Selenium is given both paths, so its driver manager never runs.

Without them the suite is skipped with the reason; under CI (`CI` set) a missing browser fails
instead, so CI can never pass without having looked at the pages.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from .axe import AXE_SCRIPT
from .site import Site

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver") or "/usr/bin/chromedriver"

DESKTOP = (1280, 900)
NARROW = (320, 800)
PHONE = (390, 844)


def missing() -> list[str]:
    """What the browser suite needs and this machine lacks."""
    needs = {
        f"Chromium ({CHROMIUM})": Path(CHROMIUM).exists(),
        f"ChromeDriver ({CHROMEDRIVER})": Path(CHROMEDRIVER).exists(),
        f"axe-core ({AXE_SCRIPT}; run `npm ci`)": AXE_SCRIPT.exists(),
    }
    try:
        import selenium  # noqa: F401
    except ImportError:
        needs["selenium (requirements.txt)"] = False
    return [name for name, present in needs.items() if not present]


def pytest_collection_modifyitems(config, items):
    lacking = missing()
    for item in items:
        if "tests/browser/" not in str(item.fspath).replace(os.sep, "/"):
            continue
        item.add_marker(pytest.mark.browser)
        if lacking and not os.environ.get("CI"):
            item.add_marker(pytest.mark.skip(reason="no browser here: missing " + "; ".join(lacking)))


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The site with the five seeds imported, served by gunicorn for the whole session."""
    lacking = missing()
    if lacking:  # only reached under CI, where skipping would hide that nothing was checked
        pytest.fail("the browser suite must run under CI, but this machine lacks " + "; ".join(lacking))
    running = Site(tmp_path_factory.mktemp("browser-site")).start()
    yield running
    running.stop()


@pytest.fixture(scope="session")
def chromium():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--lang=sv-SE",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_script_timeout(60)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture
def browser(chromium, site):
    """Chromium at desktop size with no cookies from an earlier test; `browser.site` is the site."""
    chromium.delete_all_cookies()
    chromium.set_window_size(*DESKTOP)
    chromium.site = site
    return chromium
