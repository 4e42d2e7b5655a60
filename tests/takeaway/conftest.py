"""Fixtures for the take-away tests."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_cache():
    """The API's rate limit counts in the cache: start each test with no requests counted (the
    fuzzing tests send hundreds from the same address)."""
    cache.clear()
    yield
    cache.clear()
