"""Fixtures for the public pages' tests."""

import pytest
from django.core.cache import cache


@pytest.fixture
def small_pages(settings):
    """Pages of 2 items, so pagination shows with a handful of rows."""
    settings.KB_PAGE_SIZE = 2


@pytest.fixture
def page_cache(settings):
    """Whole-page and per-version caching on (tests run with it off), in an empty cache."""
    settings.KB_PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()
