"""The organisation × theme map at 320 px with many organisations and themes (WCAG 1.4.10): the
table scrolls inside its own labelled, focusable region; the page itself never scrolls sideways."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from .axe import axe_violations, describe, horizontal_overflow
from .conftest import NARROW

PREFIX = "reflowkarta"
# Long names with long compound words: what widened the page in CI were rows and columns added by
# other tests. Written with the ORM in one change-feed block, so the map's summary follows them.
ADD = f"""
from datetime import date
from reform_kb.kb import changes
from reform_kb.kb.models import Document, Organisation, Quote, Theme
with changes.bulk():
    themes = [Theme.objects.create(name=f"Socialtjänstlagstiftningsöversynens delfråga {{i}}", slug=f"{PREFIX}-tema-{{i}}", order=100 + i) for i in range(12)]
    for i in range(60):
        org = Organisation.objects.create(name=f"Riksorganisationen för barnrättsfrågor och familjehemsverksamhet nummer {{i}}", slug=f"{PREFIX}-org-{{i}}", kind="intresseorganisation")
        doc = Document.objects.create(title=f"Remissvar {{i}}", slug=f"{PREFIX}-dok-{{i}}", kind="remissvar", body="Vi stöder förslaget.", published=date(2021, 1, 1))
        doc.organisations.add(org); doc.themes.set(themes)
        quote = Quote.objects.create(document=doc, text="Vi stöder förslaget.", start=0, end=20, organisation=org)
        quote.themes.set(themes)
"""
REMOVE = f"""
from reform_kb.kb import changes
from reform_kb.kb.models import Document, Organisation, Theme
with changes.bulk():
    Document.objects.filter(slug__startswith="{PREFIX}-").delete()
    Organisation.objects.filter(slug__startswith="{PREFIX}-").delete()
    Theme.objects.filter(slug__startswith="{PREFIX}-").delete()
"""


@pytest.fixture
def crowded_map(site):
    site.manage("shell", "-c", ADD)
    yield
    site.manage("shell", "-c", REMOVE)


def test_the_map_reflows_at_320_px_with_many_organisations_and_themes(browser, crowded_map):
    browser.set_window_size(*NARROW)
    browser.get(browser.site.url + "/karta/")
    rows = browser.find_elements(By.CSS_SELECTOR, ".karta tbody tr")
    assert len(rows) >= 50  # a full page of rows, and 12 more theme columns than the seeds have
    assert horizontal_overflow(browser) == 0
    assert horizontal_overflow(browser, text_spacing=True) == 0
    # The table is wider than the screen and scrolls in its own region, which a keyboard can reach
    # and a screen reader names (WCAG 1.4.10's exception for data tables; 2.1.1; 4.1.2).
    region = browser.find_element(By.CSS_SELECTOR, ".kartram")
    assert region.get_attribute("role") == "region" and region.get_attribute("tabindex") == "0"
    assert region.get_attribute("aria-labelledby") or region.get_attribute("aria-label")
    widths = browser.execute_script("return [arguments[0].scrollWidth, arguments[0].clientWidth];", region)
    assert widths[0] > widths[1] and widths[1] <= NARROW[0]
    violations = axe_violations(browser)
    assert not violations, describe(violations)
