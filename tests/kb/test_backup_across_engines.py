"""A backup made on SQLite restores into PostgreSQL and back with every object unchanged (issue 11).

Run as an operator would, with manage.py in separate processes, because one test run has one database.
It needs a PostgreSQL server (the one `make test` uses) and makes a scratch database of its own there.
"""

import json
import os
import subprocess
import sys

import psycopg
import pytest
from django.conf import settings
from django.db import connection

SERVER = os.environ.get("TEST_BACKUP_PG_URL", "postgres://postgres@127.0.0.1:5432")
# One scratch database per test process, so two checkouts testing at once do not drop each other's.
SCRATCH = f"reform_kb_backup_across_engines_{os.getpid()}"
EDITORS_WORK = """
from django.contrib.auth.models import Group, User
from reform_kb.kb.models import Person, PersonAlias, Quote
editor = User.objects.create_user("redaktör", password="ett-långt-lösenord-123", is_staff=True)
editor.groups.add(Group.objects.get(name="Redaktör"))
quote = Quote.objects.order_by("pk").first()
quote.tags.add("behovsprövning", "”citat”")
quote.needs_review, quote.review_note = True, "Kontrollera talaren – står det rätt?"
quote.save()
PersonAlias.objects.create(person=Person.objects.order_by("pk").first(), name="Ett annat namn på Åsa")
"""


def manage(database_url: str, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    env.update(DJANGO_DEBUG="1", DATABASE_URL=database_url)
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def objects(path) -> list:
    return json.loads(path.read_text(encoding="utf-8"))["objects"]


@pytest.fixture
def scratch_postgres():
    try:
        admin = psycopg.connect(f"{SERVER}/postgres", autocommit=True, connect_timeout=3)
    except psycopg.OperationalError:
        pytest.skip(f"needs a PostgreSQL server at {SERVER}; `make test` uses the local one when it answers")
    admin.execute(f'DROP DATABASE IF EXISTS "{SCRATCH}" WITH (FORCE)')
    admin.execute(f'CREATE DATABASE "{SCRATCH}"')
    yield f"{SERVER}/{SCRATCH}"
    admin.execute(f'DROP DATABASE IF EXISTS "{SCRATCH}" WITH (FORCE)')
    admin.close()


def test_a_sqlite_backup_restores_into_postgresql_and_back_unchanged(scratch_postgres, tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("runs once, in the SQLite run of `make test` (it makes its own databases)")
    first, second = f"sqlite:///{tmp_path / 'first.sqlite3'}", f"sqlite:///{tmp_path / 'second.sqlite3'}"
    manage(first, "migrate", "-v0")
    manage(first, "import_seeds", "-v0")
    manage(first, "shell", "-c", EDITORS_WORK)
    manage(first, "backup_kb", str(tmp_path / "from-sqlite.json"))

    manage(scratch_postgres, "migrate", "-v0")
    manage(scratch_postgres, "restore_kb", str(tmp_path / "from-sqlite.json"))
    manage(scratch_postgres, "backup_kb", str(tmp_path / "from-postgres.json"))

    manage(second, "migrate", "-v0")
    manage(second, "restore_kb", str(tmp_path / "from-postgres.json"))
    manage(second, "backup_kb", str(tmp_path / "back-on-sqlite.json"))

    original = objects(tmp_path / "from-sqlite.json")
    assert {"kb.quote", "taggit.taggeditem", "auth.user", "kb.personalias"} <= {o["model"] for o in original}
    assert objects(tmp_path / "from-postgres.json") == original
    assert objects(tmp_path / "back-on-sqlite.json") == original
    # The search index followed the restore: a seed word is found on PostgreSQL.
    found = manage(
        scratch_postgres, "shell", "-c", "from reform_kb import search; print(search.search('socialtjänstlagen').total)"
    )
    assert int(found.stdout.strip().splitlines()[-1]) > 0
