"""Issue 11: one request held a PostgreSQL worker for 27.7 s (SQLite: killed at 30 s). Every public
request's database work now runs under KB_REQUEST_DB_BUDGET_MS and answers 503 past it."""

import time

import pytest
from django.db import connection

MIDDLEWARE = "reform_kb.kb.views.budget.DatabaseBudgetMiddleware"


@pytest.fixture
def budget(settings):
    """A slow page under a short budget (the budget middleware is in the project's MIDDLEWARE)."""
    settings.ROOT_URLCONF = "tests.edge.slow_urls"
    settings.KB_REQUEST_DB_BUDGET_MS = 300
    return settings


def test_the_budget_guards_every_request_after_the_outage_handler(settings):
    # Exceptions pass through middleware in reverse order: the budget's 503 must come before the
    # outage middleware's, which would otherwise call an over-budget statement an outage.
    stack = settings.MIDDLEWARE
    assert stack.index(MIDDLEWARE) > stack.index("reform_kb.kb.views.outage.DatabaseOutageMiddleware")


def test_a_long_statement_is_cut_short_with_a_swedish_503(client, budget, db):
    start = time.monotonic()
    response = client.get("/langsam/", {"s": "3"})
    assert time.monotonic() - start < 2
    assert response.status_code == 503
    assert response["Retry-After"]
    assert "Sidan tog för lång tid" in response.content.decode()


def test_a_quick_page_is_untouched(client, budget, db):
    response = client.get("/langsam/", {"s": "0.001"})
    assert response.status_code == 200


def test_the_admin_is_not_limited(admin_client, budget):
    budget.KB_REQUEST_DB_BUDGET_MS = 1
    response = admin_client.get("/admin/langsam/", {"s": "0.05"})
    assert response.status_code == 200


def test_no_limit_stays_on_the_connection_after_the_request(client, budget, db):
    client.get("/langsam/", {"s": "0.001"})  # sets the limits on the connection, then lifts them
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW statement_timeout")
            assert cursor.fetchone()[0] == "0"
        else:
            # A statement longer than the budget now runs to its end.
            cursor.execute(
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2500000) "
                "SELECT count(*) FROM c"
            )
            assert cursor.fetchone()[0] == 2_500_000
