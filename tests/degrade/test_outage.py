"""With the database away, cached pages are still served and the rest answer 503 in Swedish.

Measured before (issue 11): a PostgreSQL restart gave 192 × 500 in 0.56 s, and a 10-second stop made every
request, cached pages included, a 500 with a 4 KB traceback in the log.
"""

import logging

import pytest
from django.urls import reverse

from reform_kb.kb import content_version

pytestmark = pytest.mark.usefixtures("page_cache")


def test_a_cached_page_is_still_served_while_the_database_is_away(client, world, outage):
    url = world.url("theme_detail")
    first = client.get(url)
    with outage():
        response = client.get(url)
    assert response.status_code == 200
    assert response.content == first.content
    assert response["ETag"] == first["ETag"]


def test_a_page_not_in_the_cache_answers_503_with_retry_after_in_swedish(client, world, outage):
    client.get(world.url("theme_detail"))  # the process knows the version; this page is not cached
    with outage():
        response = client.get(world.url("document_detail"))
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    page = response.content.decode()
    assert '<html lang="sv">' in page  # the site's own frame (base.html), built without the database
    assert "<h1>Kunskapsbanken är inte tillgänglig just nu</h1>" in page
    assert "Försök igen om en stund" in page


def test_a_process_that_never_read_the_version_answers_503_too(client, world, fresh_process, outage):
    with outage():
        response = client.get(world.url("theme_detail"))
    assert response.status_code == 503
    assert "Kunskapsbanken är inte tillgänglig just nu" in response.content.decode()


def test_the_remembered_version_is_trusted_only_for_a_short_while(client, world, monkeypatch, outage):
    url = world.url("theme_detail")
    client.get(url)
    version, read_at = content_version._last_read
    monkeypatch.setattr(
        content_version, "_last_read", (version, read_at - content_version.OUTAGE_GRACE_SECONDS - 1)
    )
    with outage():
        response = client.get(url)
    assert response.status_code == 503


def test_without_the_page_cache_pages_answer_503(client, world, settings, outage):
    settings.KB_PAGE_CACHE_SECONDS = 0
    with outage():
        response = client.get(world.url("quote_list"))
    assert response.status_code == 503


@pytest.mark.parametrize("save_every_request", [False, True])
def test_an_editor_with_a_session_gets_503_not_500(
    editor_client, world, settings, save_every_request, outage
):
    # Saved on every request (the editors' idle timeout), the session would be read again on the way out.
    settings.SESSION_SAVE_EVERY_REQUEST = save_every_request
    with outage():
        public = editor_client.get(world.url("theme_detail"))
        admin = editor_client.get(reverse("admin:index"))
    assert (public.status_code, admin.status_code) == (503, 503)
    # Still logged in once the database is back: the 503 neither deleted nor replaced the session cookie.
    assert settings.SESSION_COOKIE_NAME not in public.cookies
    assert editor_client.get(reverse("admin:index")).status_code == 200


def test_each_failure_is_logged_in_one_line_without_a_traceback(client, world, caplog, outage):
    hostile = world.url("document_list") + "?organisation=" + "a%0A" * 400
    with outage(), caplog.at_level(logging.INFO):
        assert client.get(hostile).status_code == 503
    assert [(record.name, record.levelname) for record in caplog.records] == [("reform_kb.outage", "ERROR")]
    record = caplog.records[0]
    assert record.exc_info is None
    line = record.getMessage()
    assert "\n" not in line
    assert len(line) < 600
    assert "GET /dokument/" in line
    assert "OperationalError" in line or "InterfaceError" in line
    assert "Traceback" not in caplog.text


def test_healthz_says_whether_the_database_answers_and_is_never_cached(client, db, outage):
    url = reverse("healthz")
    response = client.get(url)
    assert (response.status_code, response.content) == (200, b"ok")
    assert "no-cache" in response["Cache-Control"]
    assert "ETag" not in response
    with outage():
        down = client.get(url)
    assert down.status_code == 503
    assert "no-cache" in down["Cache-Control"]
    assert client.get(url).status_code == 200


def test_everything_works_again_on_the_next_request_once_the_database_is_back(
    client, world, outage, django_capture_on_commit_callbacks
):
    from django.db import transaction

    url = world.url("document_detail")
    client.get(world.url("theme_detail"))
    with outage():
        assert client.get(url).status_code == 503
        assert client.get(reverse("healthz")).status_code == 503
    assert client.get(url).status_code == 200
    assert client.get(reverse("healthz")).status_code == 200
    # The version is read from the database again: an edit after the outage shows at once.
    theme_page = world.url("theme_detail")
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        world.theme.description = "Beskrivning efter avbrottet."
        world.theme.save()
    assert "Beskrivning efter avbrottet." in client.get(theme_page).content.decode()
