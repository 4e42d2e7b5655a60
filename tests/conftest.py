"""Shared fixtures for the whole suite. Model factories live in tests/factories.py."""

import pytest
from django.db import connection


@pytest.fixture
def postgres_only():
    """Skip a test on SQLite: it checks behaviour only PostgreSQL has."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL; `make test` runs the suite on PostgreSQL too when one is reachable")
