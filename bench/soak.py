"""make soak: the resilience benchmark (issue 11). Writes bench/RESULTS-resilience.md.

gunicorn (3 sync workers, DEBUG off, the production settings) over a PostgreSQL database of its own
(`reform_soak`, seeds imported), driven for 60 s at concurrency 32 by a bounded asyncio load generator:
cached pages, pages no cache can answer (a unique `_b=` per request) and hostile URLs (a long OR chain,
NUL bytes in filters and paths, unknown kinds, an over-long filter). Halfway through, the local
PostgreSQL cluster is restarted. Every request is recorded (start, end, status), so the report can say
which failed, when, and with what; report_soak.py turns the records into the table.

Python rather than wrk: wrk cannot say when each request ran, which is what a restart is judged by.
Each request opens its own connection (gunicorn's sync workers close it after every response anyway).

    SOAK_SECONDS=60 SOAK_CONCURRENCY=32 SOAK_RESTART_AT=30 SOAK_WORKERS=3
    SOAK_PG_URL=postgres://postgres@127.0.0.1:5432   server of the reform_soak database
    SOAK_PG_CLUSTER="15 main"                         cluster restarted with pg_ctlcluster ("" skips it)
    SOAK_REDIS_URL=                                   a Redis cache; default none: the version is read
                                                      from the database, the case issue 11 measured
    SOAK_EXCLUDE=                                     comma-separated URL names to leave out
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import random
import subprocess
import sys
import time

from bench.report_soak import write_report
from bench.runner import DATA, GUNICORN, PY, ROOT, Server, free_port, log

SECONDS = float(os.environ.get("SOAK_SECONDS", "60"))
CONCURRENCY = int(os.environ.get("SOAK_CONCURRENCY", "32"))
RESTART_AT = float(os.environ.get("SOAK_RESTART_AT", "30"))
WORKERS = int(os.environ.get("SOAK_WORKERS", "3"))
PG_URL = os.environ.get("SOAK_PG_URL", "postgres://postgres@127.0.0.1:5432").rstrip("/") + "/reform_soak"
PG_CLUSTER = os.environ.get("SOAK_PG_CLUSTER", "15 main").split()
REDIS_URL = os.environ.get("SOAK_REDIS_URL", "")
EXCLUDE = {name.strip() for name in os.environ.get("SOAK_EXCLUDE", "").split(",") if name.strip()}
TIMEOUT = 30.0  # gunicorn's own worker timeout: a request that takes longer never gets an answer


def soak_env() -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_DEBUG", "REDIS_URL")}
    if REDIS_URL:
        env["REDIS_URL"] = REDIS_URL
    env.update(
        DATABASE_URL=PG_URL,
        DJANGO_SETTINGS_MODULE="reform_kb.settings",
        DJANGO_SECRET_KEY="soak-only-secret-key-not-for-production",
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SECURE_SSL_REDIRECT="0",
        PYTHONPATH=str(ROOT),
    )
    return env


def prepare(env: dict) -> list[dict]:
    """The database (created once, then migrated and re-imported: both are no-ops when nothing
    changed), the static files DEBUG-off pages need, and the URL mix for this database."""
    server, name = PG_URL.rsplit("/", 1)
    exists = subprocess.run(
        ["psql", f"{server}/postgres", "-tAc", f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not exists:
        subprocess.run(["psql", f"{server}/postgres", "-qc", f'CREATE DATABASE "{name}"'], check=True)
    for args in (["migrate", "--noinput"], ["import_seeds"], ["collectstatic", "--noinput"]):
        log(f"manage.py {' '.join(args)}")
        subprocess.run([PY, "manage.py", *args, "-v0"], cwd=ROOT, env=env, check=True)
    mix = subprocess.run(
        [PY, "-m", "bench.soak_urls"], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout
    return [url for url in json.loads(mix) if url["name"] not in EXCLUDE]


async def fetch(port: int, path: str) -> int:
    """One GET on a new connection: the status, or 0 when no answer came (refused, reset, timeout)."""
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), TIMEOUT)
    except (OSError, TimeoutError):
        return 0
    try:
        request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
        writer.write(request.encode("ascii"))
        await writer.drain()
        response = await asyncio.wait_for(reader.read(), TIMEOUT)
        status_line = response.split(b"\r\n", 1)[0].split()
        return int(status_line[1]) if len(status_line) > 1 else 0
    except (OSError, TimeoutError, ValueError):
        return 0
    finally:
        writer.close()


async def load(port: int, mix: list[dict], records: list) -> None:
    """CONCURRENCY clients, each sending its next URL of the shuffled, weighted mix until time is up."""
    schedule = [i for i, url in enumerate(mix) for _ in range(url["weight"])]
    random.Random(11).shuffle(schedule)
    turn = itertools.count()
    started = time.monotonic()

    async def client() -> None:
        while (now := time.monotonic()) - started < SECONDS:
            n = next(turn)
            index = schedule[n % len(schedule)]
            path = mix[index]["url"]
            if mix[index]["bust"]:
                path += ("&" if "?" in path else "?") + f"_b={n}"
            status = await fetch(port, path)
            records.append((now - started, time.monotonic() - started, status, index))

    await asyncio.gather(*(client() for _ in range(CONCURRENCY)))


async def restart_postgres(started: float, restart: dict) -> None:
    """At RESTART_AT, restart the cluster (pg_ctlcluster waits until it accepts connections again)."""
    await asyncio.sleep(RESTART_AT)
    restart["from"] = time.monotonic() - started
    result = await asyncio.to_thread(
        subprocess.run,
        ["pg_ctlcluster", "--skip-systemctl-redirect", *PG_CLUSTER, "restart"],
        capture_output=True,
        text=True,
    )
    restart["to"] = time.monotonic() - started
    restart["status"] = result.returncode
    restart["output"] = (result.stdout + result.stderr).strip()
    log(f"PostgreSQL restarted in {restart['to'] - restart['from']:.2f} s (status {result.returncode})")


async def soak(port: int, mix: list[dict]) -> tuple[list, dict]:
    records: list = []
    restart: dict = {}
    started = time.monotonic()
    tasks = [load(port, mix, records)]
    if PG_CLUSTER:
        tasks.append(restart_postgres(started, restart))
    await asyncio.gather(*tasks)
    return records, restart


def main() -> int:
    env = soak_env()
    mix = prepare(env)
    run_dir = DATA / f"soak-{time.strftime('%Y%m%d-%H%M%S')}"
    run_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    gunicorn = [GUNICORN, "reform_kb.wsgi", "--workers", str(WORKERS), "--bind", f"127.0.0.1:{port}"]
    logfile = run_dir / "gunicorn.log"
    log(f"{SECONDS:.0f} s at concurrency {CONCURRENCY}, {len(mix)} URLs, restart at {RESTART_AT:.0f} s")
    with Server(gunicorn, env, port, "/healthz", logfile):
        records, restart = asyncio.run(soak(port, mix))
    (run_dir / "records.json").write_text(json.dumps({"mix": mix, "records": records, "restart": restart}))
    settings = {
        "seconds": SECONDS,
        "concurrency": CONCURRENCY,
        "workers": WORKERS,
        "cache": f"Redis ({REDIS_URL})" if REDIS_URL else "varje workers lokala minne (ingen Redis)",
        "excluded": sorted(EXCLUDE),
        "run_dir": str(run_dir.relative_to(ROOT)),
    }
    ok = write_report(ROOT / "bench" / "RESULTS-resilience.md", mix, records, restart, logfile, settings)
    log(f"Resultat: bench/RESULTS-resilience.md (rådata: {run_dir}/records.json)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
