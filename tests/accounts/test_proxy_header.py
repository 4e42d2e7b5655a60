"""X-Forwarded-Proto is trusted only when DJANGO_BEHIND_PROXY says a proxy sets it (issue 11: any
client could send it, and HSTS was sent over plain HTTP)."""

import pytest
from django.test import override_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

HSTS = "Strict-Transport-Security"


def test_a_forged_forwarded_proto_does_not_make_plain_http_secure(client):
    response = client.get(reverse("kb:home"), HTTP_X_FORWARDED_PROTO="https")
    assert response.status_code == 200
    assert HSTS not in response
    assert not response.wsgi_request.is_secure()


def test_hsts_is_sent_over_https(client):
    response = client.get(reverse("kb:home"), secure=True)
    assert response[HSTS].startswith("max-age=31536000")


@override_settings(SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"))
def test_behind_a_proxy_its_forwarded_proto_counts(client):
    # What DJANGO_BEHIND_PROXY=1 sets (tests/test_settings.py checks that it does).
    response = client.get(reverse("kb:home"), HTTP_X_FORWARDED_PROTO="https")
    assert response.wsgi_request.is_secure()
    assert HSTS in response
    assert HSTS not in client.get(reverse("kb:home"), HTTP_X_FORWARDED_PROTO="http")
