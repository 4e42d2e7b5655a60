"""A database that stops answering, simulated in-process: the ways Django reports it from a connect or a query."""

from contextlib import contextmanager

import pytest
from django.db import InterfaceError, OperationalError, connections

from reform_kb.kb import content_version

# What a stopped or restarting PostgreSQL gives: a refused connect, a connection the server dropped
# mid-query, and the "already closed" error of a connection used after that.
FAILURES = {
    "connect refused": (
        "ensure_connection",
        OperationalError('connection to server at "127.0.0.1", port 5432 failed: Connection refused\n'),
    ),
    "server gone": (
        "cursor",
        OperationalError(
            "terminating connection due to administrator command\nSSL connection has been closed"
        ),
    ),
    "connection closed": ("cursor", InterfaceError("connection already closed")),
}


@pytest.fixture(params=FAILURES)
def outage(request, monkeypatch):
    """`with outage():` – the default database fails every connect or query until the block ends."""
    where, error = FAILURES[request.param]

    def fail(*args, **kwargs):
        raise error

    @contextmanager
    def database_down():
        with monkeypatch.context() as patch:
            patch.setattr(connections["default"], where, fail)
            yield

    return database_down


@pytest.fixture
def fresh_process(monkeypatch):
    """A server process that has not read the content version yet (it remembers none)."""
    monkeypatch.setattr(content_version, "_last_read", None)

