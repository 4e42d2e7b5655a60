""""Lägg till källa" end to end in Chromium (issue 15): an editor logs in, uploads a PDF, adds a web
address served by a local test server, watches the background task finish, fixes a flagged speaker
on the review page, publishes, and the public document page shows the source line with its link.

The local server is on 127.0.0.1, which default settings refuse to fetch (tests/importer/test_fetch.py);
only the worker of this test is allowed that one host, through KB_TEST_FETCH_ALLOWED_HOSTS, which
tests/settings.py reads and production settings do not have.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from .axe import axe_violations, describe
from .site import ROOT

PDF = ROOT / "tests" / "pipeline" / "files" / "remissvar.pdf"
PASSWORD = "kallgranskning-2026"
PAGE = """<!doctype html><html lang="sv"><head><meta charset="utf-8">
<title>Socialsekreterare larmar om ny lag</title>
<meta property="og:site_name" content="Tidningen Vision">
<meta property="article:published_time" content="2025-03-04">
</head><body><article>
<h1>Socialsekreterare larmar om ny lag</h1>
<p>Den nya socialtjänstlagen kräver mer förebyggande arbete, men resurserna saknas i många kommuner.</p>
<p>– Förebyggande arbete kostar pengar innan det sparar pengar, hörs det på förbundets möte.</p>
<p>– Vi behöver fler socialsekreterare för att lagen ska fungera i praktiken, säger Karin Ek, ordförande i Vision.</p>
</article></body></html>"""


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 – the name http.server calls
        body = PAGE.encode()
        self.send_response(200 if self.path == "/larm.html" else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def web_page():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/larm.html"
    httpd.shutdown()
    httpd.server_close()


def make_editor(site) -> str:
    name = "kallredaktor"
    site.manage(
        "shell",
        "-c",
        "from django.contrib.auth.models import Group, User\n"
        f"user, _ = User.objects.get_or_create(username='{name}', defaults={{'is_staff': True}})\n"
        f"user.set_password('{PASSWORD}'); user.save()\n"
        "user.groups.add(Group.objects.get(name='Redaktör'))\n",
    )
    return name


def run_worker(site) -> None:
    """What `manage.py db_worker` does in production, once over the queue, allowed the test host."""
    env = {**site.env(), "KB_TEST_FETCH_ALLOWED_HOSTS": "127.0.0.1"}
    subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )


def test_an_editor_adds_a_pdf_and_a_web_address_reviews_and_publishes(browser, web_page):
    site = browser.site
    wait = WebDriverWait(browser, 30)
    browser.get(site.url + "/admin/login/")
    browser.find_element(By.NAME, "username").send_keys(make_editor(site))
    browser.find_element(By.NAME, "password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
    wait.until(lambda b: "/admin/login/" not in b.current_url)

    browser.get(site.url + "/admin/kb/sourceimport/add/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Lägg till källa"
    found = axe_violations(browser)
    assert not found, "the form:\n" + describe(found)
    browser.find_element(By.NAME, "files").send_keys(str(Path(PDF).resolve()))
    browser.find_element(By.NAME, "addresses").send_keys(web_page)
    browser.find_element(By.CSS_SELECTOR, "input[type=submit][value=Importera]").click()
    wait.until(lambda b: "Väntar på att starta" in b.find_element(By.ID, "importstatus").text)

    run_worker(site)
    # The page refreshes itself until the import is done.
    wait.until(lambda b: "Klar att granska" in b.find_element(By.ID, "importstatus").text)
    log = browser.find_element(By.CSS_SELECTOR, ".kb-import-log").text
    assert f"Hämtade {web_page}." in log
    assert "remissvar.pdf:" in log and "dokument" in log

    found = axe_violations(browser)
    assert not found, "the review page:\n" + describe(found)

    flagged = browser.find_element(By.CSS_SELECTOR, "tr.kb-flagged")
    assert "Ingen talare hittades." in flagged.text
    speaker = flagged.find_element(By.CSS_SELECTOR, "input[type=text]")
    speaker.clear()
    speaker.send_keys("Anna Lind")
    browser.find_element(By.NAME, "publicera").click()
    wait.until(lambda b: "publicerades" in b.find_element(By.CSS_SELECTOR, "ul.messagelist").text)

    heading = browser.find_element(By.XPATH, "//h2[starts-with(normalize-space(), 'Socialsekreterare larmar')]")
    document_url = heading.find_element(By.XPATH, "..").find_element(By.LINK_TEXT, "Visa sidan").get_attribute("href")
    browser.delete_all_cookies()  # a reader, not the editor
    browser.get(document_url)
    source_line = browser.find_element(By.CSS_SELECTOR, "dd.kallrad")
    assert "Tidningen Vision" in source_line.text
    assert source_line.find_element(By.TAG_NAME, "a").get_attribute("href") == web_page
    assert "hämtat" in source_line.text
    assert "Anna Lind" in browser.find_element(By.ID, "citat-i-texten").find_element(By.XPATH, "..").text
