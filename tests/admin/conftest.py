import pytest
from django.contrib.auth.models import Group, User


@pytest.fixture(autouse=True)
def _plain_http(settings):
    # settings.py turns SSL redirects on whenever DEBUG is off, which includes tests.
    settings.SECURE_SSL_REDIRECT = False


@pytest.fixture
def editor(db):
    """A staff user whose only permissions come from the Redaktör group (migration kb/0003)."""
    user = User.objects.create_user("redaktor", password="hemligt-losenord-123", is_staff=True)
    user.groups.add(Group.objects.get(name="Redaktör"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
