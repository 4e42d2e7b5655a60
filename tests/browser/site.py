"""A real server for the browser suite: gunicorn over a database of its own, seeded once per session.

The browser tests look at the site as a reader does, through HTTP in Chromium, so the server runs as
in production (gunicorn, `reform_kb.wsgi`) rather than in pytest-django's live-server thread: a
session-wide site can hold the imported seeds for every test (a live server's database is emptied
after each test), and background workers started by a test (`manage(...)`) share its database.

The database is a SQLite file in a temporary folder: the pages' HTML does not depend on the engine,
and the suite's database tests run on both engines anyway.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Site:
    """The running site: its address, and `manage()` to run commands against its database."""

    folder: Path
    port: int = field(default_factory=free_port)
    extra_env: dict[str, str] = field(default_factory=dict)
    server: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        # "localhost", not 127.0.0.1: Chromium treats it as a secure context, so the Secure session
        # and CSRF cookies that production settings send are kept over plain HTTP.
        return f"http://localhost:{self.port}"

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        env.update(
            DJANGO_SETTINGS_MODULE="tests.settings",
            DATABASE_URL=f"sqlite:///{self.folder / 'site.sqlite3'}",
            DJANGO_ALLOWED_HOSTS="localhost,127.0.0.1",
            MEDIA_ROOT=str(self.folder / "media"),
            **self.extra_env,
        )
        return env

    def manage(self, *args: str, check: bool = True, **env: str) -> subprocess.CompletedProcess:
        """Run a management command on the site's database (`env`: extra environment variables)."""
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env={**self.env(), **env},
            check=check,
            capture_output=True,
            text=True,
        )

    def start(self) -> Site:
        self.manage("migrate", "--noinput", "-v0")
        self.manage("import_seeds", str(ROOT / "seeds"), "-v0")
        self.server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "reform_kb.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "1",
                "--threads",
                "4",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env(),
        )
        self._wait_until_up()
        return self

    def _wait_until_up(self, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.server.poll() is not None:
                raise RuntimeError(f"the test site's server stopped with code {self.server.returncode}")
            try:
                urllib.request.urlopen(f"{self.url}/healthz", timeout=2)
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"the test site did not answer at {self.url} within {seconds} s")

    def stop(self) -> None:
        if self.server and self.server.poll() is None:
            self.server.terminate()
            self.server.wait(timeout=10)
