"""Editors' sessions end after two idle hours (issue 11: they lasted two weeks whatever happened);
each request starts the two hours again."""

import pytest
from django.conf import settings
from django.urls import reverse

from tests.accounts.clock import later

pytestmark = pytest.mark.django_db


def logged_in(client) -> bool:
    response = client.get(reverse("admin:index"))
    assert response.status_code in (200, 302)
    return response.status_code == 200


def test_the_idle_timeout_is_two_hours():
    assert settings.SESSION_COOKIE_AGE == 2 * 60 * 60


def test_a_session_left_idle_for_two_hours_is_over(editor_client):
    assert logged_in(editor_client)
    with later(hours=2, minutes=1):
        assert not logged_in(editor_client)


def test_each_request_starts_the_two_hours_again(editor_client):
    with later(hours=1, minutes=30):
        assert logged_in(editor_client)
    with later(hours=3):
        assert logged_in(editor_client)
    with later(hours=5, minutes=1):
        assert not logged_in(editor_client)


def test_the_cookie_expires_with_the_session(editor_client):
    editor_client.get(reverse("admin:index"))
    assert editor_client.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == 2 * 60 * 60


def test_anonymous_visitors_get_no_session(client):
    response = client.get(reverse("kb:home"))
    assert settings.SESSION_COOKIE_NAME not in response.cookies
