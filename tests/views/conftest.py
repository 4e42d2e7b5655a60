"""Fixtures for the public pages' tests."""

import pytest


@pytest.fixture
def small_pages(settings):
    """Pages of 2 items, so pagination shows with a handful of rows."""
    settings.KB_PAGE_SIZE = 2

