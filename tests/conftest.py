"""Shared fixtures for the whole suite. Test data is made with tests/builders.py."""

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import cache
from django.db import connection
from django.test import Client

from tests.builders import World


@pytest.fixture
def postgres_only():
    """Skip a test on SQLite: it checks behaviour only PostgreSQL has."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL; `make test` runs the suite on PostgreSQL too when one is reachable")


@pytest.fixture
def editor(db):
    """A staff user whose only permissions come from the Redaktör group (migration kb/0003)."""
    user = User.objects.create_user("redaktor", password="hemligt-losenord-123", is_staff=True)
    user.groups.add(Group.objects.get(name="Redaktör"))
    return user


@pytest.fixture
def editor_client(editor):
    """A client logged in as the editor, separate from the anonymous `client`."""
    editor_client = Client()
    editor_client.force_login(editor)
    return editor_client


@pytest.fixture
def world(db):
    """The growable set of linked rows (tests/builders.py): `world.grow(n)`, `world.grow(n, bulk=True)`."""
    return World()


@pytest.fixture
def page_cache(settings):
    """Whole-page and per-version caching on (tests run with it off), in an empty cache."""
    settings.KB_PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()
