"""The benchmark: data per database and size, gunicorn and Datasette driven by wrk, import runs.

Every Django step runs in its own process with DATABASE_URL set, so this script never imports
Django itself. Results go to bench/data/run-<time>/results.json; report.py turns them into RESULTS.md.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from bench.report import commit

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
DATA = BENCH / "data"
PY = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
DATASETTE = str(BENCH / ".venv" / "bin" / "datasette")
SEED = 1
QUOTES_PER_DOCUMENT = 20
PG_BASE = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432").rstrip("/")
PG_DB = "reform_bench_{size}"  # one database per size, kept and reused like the SQLite files
PG_IMPORT_DB = "reform_bench_import"
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "10000,100000,1000000").split(",") if s.strip()]
DBS = [d.strip() for d in os.environ.get("BENCH_DBS", "sqlite,postgres").split(",") if d.strip()]
# BENCH_PLAN=sqlite:100000,postgres:1000000 measures just those pairs (each target's own size) instead of
# every database at every size: half the time when only the targets are wanted.
PLAN = [
    (db.strip(), int(size))
    for db, size in (pair.split(":") for pair in os.environ.get("BENCH_PLAN", "").split(",") if pair.strip())
] or [(db, size) for db in DBS for size in SIZES]
if os.environ.get("BENCH_PLAN"):
    DBS = list(dict.fromkeys(db for db, _ in PLAN))
    SIZES = sorted({size for _, size in PLAN})
DURATION = int(os.environ.get("BENCH_DURATION", "5"))
SLOW_PEER_DURATION = 15
WORKERS = int(os.environ.get("BENCH_WORKERS", "3"))
CONCURRENCY = [1, 8]
# The production cache: Redis, shared by the gunicorn workers, when one answers here (a database of
# its own, emptied before each server starts); otherwise each worker's local memory.
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
IMPORT_FILES = int(os.environ.get("BENCH_IMPORT_FILES", "10000"))
# Datasette's table page with full-text search and one facet, for the same words as the search page.
DATASETTE_WORDS = [
    ("vanligt ord", "socialtjänsten", ""),
    ("medelvanligt ord", "gängkriminalitet", ""),
    ("sällsynt ord", "nätverksproffs", ""),
    ("fras", '"första linjen"', "&_searchmode=raw"),
    ("böjd form", "insatser", ""),
]


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def redis_answers() -> bool:
    """Whether Redis answers at REDIS_URL (checked with the project's client library)."""
    check = "import sys, redis; redis.Redis.from_url(sys.argv[1], socket_connect_timeout=2).ping()"
    return subprocess.run([PY, "-c", check, REDIS_URL], capture_output=True).returncode == 0


USE_REDIS = REDIS_URL != "" and redis_answers()


def flush_cache() -> None:
    """Empty the benchmark's Redis database: each server starts with cold caches, and no values
    from the previous database or size (the content version included) carry over."""
    if USE_REDIS:
        subprocess.run(
            [PY, "-c", "import sys, redis; redis.Redis.from_url(sys.argv[1]).flushdb()", REDIS_URL],
            check=True,
        )


def base_env(database_url: str) -> dict:
    env = dict(os.environ)
    env.pop("DJANGO_DEBUG", None)
    env.pop("REDIS_URL", None)
    if USE_REDIS:
        env["REDIS_URL"] = REDIS_URL
    env.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="bench.settings",
        DJANGO_SECRET_KEY=env.get("DJANGO_SECRET_KEY") or "benchmark-only-secret-key-not-for-production",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,testserver",
        DJANGO_SECURE_SSL_REDIRECT="0",
        PYTHONPATH=str(ROOT),
        # The API's limit for anonymous clients (120/min) would answer most of wrk's requests with 429:
        # the benchmark measures the pages behind it, so one load generator may ask as often as it can.
        KB_API_RATE="1000000/s",
    )
    return env


def run(cmd: list[str], env: dict | None = None, stdout=None) -> dict:
    """Run a command to completion; its wall time and peak memory (max RSS of that process)."""
    started = time.monotonic()
    process = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=stdout or subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise RuntimeError(f"{' '.join(cmd)} ended with {process.returncode}")
    return {"seconds": round(time.monotonic() - started, 2), "max_rss_mb": round(usage.ru_maxrss / 1024, 1)}


def manage(env: dict, *args: str, stdout=None) -> dict:
    return run([PY, "manage.py", *args], env, stdout=stdout)


def output(cmd: list[str], env: dict | None = None) -> str:
    return subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout


def psql(database: str, sql: str) -> str:
    return output(["psql", f"{PG_BASE}/{database}", "-tAqc", sql]).strip()


def recreate_pg(database: str) -> None:
    psql("postgres", f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    psql("postgres", f'CREATE DATABASE "{database}"')


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A server process group, started for a `with` block and always stopped after it."""

    def __init__(self, cmd: list[str], env: dict, port: int, ready_path: str, logfile: Path):
        self.cmd, self.env, self.port, self.ready_path, self.logfile = cmd, env, port, ready_path, logfile

    def __enter__(self):
        self.log = open(self.logfile, "ab")  # noqa: SIM115 – closed in __exit__
        self.process = subprocess.Popen(
            self.cmd,
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.cmd[0]} stopped at start; see {self.logfile}")
            try:
                urllib.request.urlopen(self.url(self.ready_path), timeout=30).read()
                return self
            except OSError:
                time.sleep(0.5)
        raise RuntimeError(f"{self.cmd[0]} did not answer; see {self.logfile}")

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __exit__(self, *exc):
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=15)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self.log.close()


def fetch_status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=120) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def wrk(url: str, connections: int, bust: bool = False, duration: int = DURATION) -> dict:
    cmd = [
        "wrk",
        f"-t{min(connections, 2)}",
        f"-c{connections}",
        f"-d{duration}s",
        "--timeout",
        "30s",
        "--latency",
        "-s",
        str(BENCH / "wrk_report.lua"),
        url,
        *(["--", "bust"] if bust else []),
    ]
    text = output(cmd)
    line = next(line for line in text.splitlines() if line.startswith("WRK_JSON "))
    result = json.loads(line[len("WRK_JSON ") :])
    seconds = result["duration_us"] / 1e6
    return {
        "p50_ms": result["p50"] / 1000,
        "p95_ms": result["p95"] / 1000,
        "p99_ms": result["p99"] / 1000,
        "rps": round(result["requests"] / seconds, 1) if seconds else 0.0,
        "requests": result["requests"],
        "errors": result["errors"],
    }


def drive(server: Server, pages: list[dict], kind: str, db: str, size: int, results: list) -> None:
    """Each URL at concurrency 1 and 8 as repeated (cacheable) requests; reform_kb's pages also at
    concurrency 1 with a unique query parameter per request, which no page cache can answer."""
    for page in pages:
        url = server.url(page["url"])
        status = fetch_status(url)
        fetch_status(url)  # warm
        runs = [(c, "cache") for c in CONCURRENCY]
        if kind == "reform_kb" and page["group"] != "tak":
            runs.append((1, "ingen cache"))
        for connections, cache in runs:
            # A peer answering in seconds would finish no request in a short run at concurrency 8.
            duration = (
                max(DURATION, SLOW_PEER_DURATION) if kind == "datasette" and connections > 1 else DURATION
            )
            log(f"{kind} {db} {size}: {page['name']} c={connections} {cache}")
            row = {
                "kind": kind,
                "db": db,
                "size": size,
                "group": page["group"],
                "name": page["name"],
                "url": page["url"],
                "status": status,
                "concurrency": connections,
                "cache": cache,
                **wrk(url, connections, bust=cache == "ingen cache", duration=duration),
            }
            results.append(row)


def reuse(url: str, info: dict) -> dict:
    """Kept data is brought up to the code's migrations (a no-op when nothing is new) before use."""
    log(f"{url}: reused, migrate")
    manage(base_env(url), "migrate", "--noinput", "-v0")
    return {**info, "reused": True}


def prepare_sqlite(size: int) -> tuple[str, Path, dict]:
    path = DATA / f"sqlite-{size}.sqlite3"
    marker = DATA / f"sqlite-{size}.json"
    url = f"sqlite:///{path}"
    if path.exists() and marker.exists() and json.loads(marker.read_text())["seed"] == SEED:
        return url, path, reuse(url, json.loads(marker.read_text()))
    path.unlink(missing_ok=True)
    info = populate(url, size)
    marker.write_text(json.dumps(info))
    return url, path, info


def prepare_postgres(size: int) -> tuple[str, Path, dict]:
    database = PG_DB.format(size=size)
    url = f"{PG_BASE}/{database}"
    marker = DATA / f"postgres-{database}.json"
    peer = DATA / f"datasette-postgres-{size}.sqlite3"
    if marker.exists():
        info = json.loads(marker.read_text())
        try:
            count = int(psql(database, "SELECT count(*) FROM kb_quote WHERE import_ref LIKE 'synthetic:%'"))
        except subprocess.CalledProcessError:
            count = -1
        if info["size"] == size and info["seed"] == SEED and count == size:
            return url, peer, reuse(url, info)
    recreate_pg(database)
    peer.unlink(missing_ok=True)
    info = populate(url, size)
    marker.write_text(json.dumps(info))
    return url, peer, info


def populate(url: str, size: int) -> dict:
    env = base_env(url)
    log(f"{url}: migrate, import seeds, generate_corpus {size} quotes")
    manage(env, "migrate", "--noinput", "-v0")
    try:
        manage(env, "import_seeds", "-v0")
    except RuntimeError as exc:  # the synthetic corpus does not need the seeds; say so and go on
        log(f"WARNING: {exc}")
    documents = max(1, size // QUOTES_PER_DOCUMENT)
    measured = manage(
        env, "generate_corpus", "--documents", str(documents), "--quotes", str(size), "--seed", str(SEED)
    )
    return {"size": size, "seed": SEED, "documents": documents, "generate": measured, "reused": False}


def bench_database(db: str, size: int, run_dir: Path, results: dict) -> None:
    url, peer_file, info = prepare_sqlite(size) if db == "sqlite" else prepare_postgres(size)
    results["generate"].append({"db": db, "size": size, **info})
    env = base_env(url)
    if not peer_file.exists() or db == "sqlite":
        log(f"{db} {size}: FTS5 index for Datasette")
        results["peer_prep"].append(
            {"db": db, "size": size, **run([PY, "-m", "bench.datasette_db", db, str(peer_file)], env)}
        )
    pages_file = run_dir / f"pages-{db}-{size}.json"
    with open(pages_file, "w") as fh:
        run([PY, "-m", "bench.pages"], env, stdout=fh)
    pages = json.loads(pages_file.read_text())
    log(f"{db} {size}: query counts")
    flush_cache()
    counts = json.loads(output([PY, "-m", "bench.querycount", str(pages_file)], env))
    for page, count in zip(pages, counts, strict=True):
        results["queries"].append(
            {"db": db, "size": size, "name": page["name"], "group": page["group"], **count}
        )
    port = free_port()
    gunicorn = [
        GUNICORN,
        "reform_kb.wsgi",
        "--workers",
        str(WORKERS),
        "--bind",
        f"127.0.0.1:{port}",
        "--log-level",
        "warning",
    ]
    flush_cache()
    with Server(gunicorn, env, port, "/bench/ceiling/", run_dir / "gunicorn.log") as server:
        drive(server, pages, "reform_kb", db, size, results["http"])
    port = free_port()
    datasette = [
        DATASETTE,
        "serve",
        "-i",
        str(peer_file),
        "--port",
        str(port),
        "--host",
        "127.0.0.1",
        "--setting",
        "sql_time_limit_ms",
        "60000",
        "--setting",
        "facet_time_limit_ms",
        "60000",
        "--setting",
        "default_page_size",
        "20",
    ]
    name = peer_file.stem
    peer_pages = [
        {
            "group": "datasette",
            "name": f"{label}: {word}",
            "url": f"/{name}/kb_quote?_search={quote(word)}&_facet=organisation_id{extra}",
        }
        for label, word, extra in DATASETTE_WORDS
    ]
    with Server(datasette, base_env(url), port, f"/{name}.json", run_dir / "datasette.log") as server:
        drive(server, peer_pages, "datasette", db, size, results["http"])


def bench_import(db: str, results: dict) -> None:
    files = DATA / f"files-{IMPORT_FILES}"
    marker = files / ".complete"
    if not marker.exists():
        log(f"writing {IMPORT_FILES} generated files")
        manage(
            base_env("sqlite:///:memory:"),
            "generate_corpus",
            "--files",
            str(files),
            "--documents",
            str(IMPORT_FILES),
            "--quotes",
            str(IMPORT_FILES * 8),
            "--seed",
            str(SEED),
            "-v0",
        )
        marker.write_text("ok")
    if db == "sqlite":
        path = DATA / "import.sqlite3"
        path.unlink(missing_ok=True)
        url = f"sqlite:///{path}"
    else:
        recreate_pg(PG_IMPORT_DB)
        url = f"{PG_BASE}/{PG_IMPORT_DB}"
    env = base_env(url)
    manage(env, "migrate", "--noinput", "-v0")
    log(f"{db}: import_seeds of {IMPORT_FILES} files")
    measured = manage(env, "import_seeds", str(files), "-v0")
    results["import"].append({"db": db, "files": IMPORT_FILES, **measured})


def bench_csv_memory(size: int, results: dict) -> None:
    """Issue 13: the streamed CSV of 100,000 quotes, its peak memory beside 10,000 rows' (csv_memory.py)."""
    log(f"postgres {size}: streamed CSV, peak memory")
    env = base_env(f"{PG_BASE}/{PG_DB.format(size=size)}")
    results["csv_memory"] = {"size": size, "table": output([PY, "-m", "bench.csv_memory"], env)}


def attempt(results: dict, step: str, function, *args) -> None:
    """Run one step; a failure is recorded in the results and the benchmark goes on with the next."""
    try:
        function(*args)
    except (RuntimeError, OSError, subprocess.CalledProcessError, ValueError, KeyError) as exc:
        log(f"FAILED {step}: {exc}")
        results["errors"].append({"step": step, "error": str(exc)})


def main() -> None:
    # SIGTERM (from run.sh's trap) unwinds like Ctrl-C, so every `with Server` block stops its server.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    DATA.mkdir(parents=True, exist_ok=True)
    run_dir = DATA / f"run-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}"
    run_dir.mkdir()
    results = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": commit(),  # the code measured, whatever is committed by the time the report is written
        "sizes": SIZES,
        "dbs": DBS,
        "plan": PLAN,
        "duration_s": DURATION,
        "workers": WORKERS,
        "cache": "redis" if USE_REDIS else "locmem",
        "generate": [],
        "peer_prep": [],
        "queries": [],
        "http": [],
        "import": [],
        "errors": [],
    }
    out = run_dir / "results.json"
    try:
        for db, size in PLAN:
            attempt(results, f"{db} {size}", bench_database, db, size, run_dir, results)
            out.write_text(json.dumps(results, ensure_ascii=False, indent=1))
        largest = max((size for db, size in PLAN if db == "postgres"), default=0)
        if largest >= 100_000:
            attempt(results, "csv memory", bench_csv_memory, largest, results)
            out.write_text(json.dumps(results, ensure_ascii=False, indent=1))
        if IMPORT_FILES:
            for db in DBS:
                attempt(results, f"import {db}", bench_import, db, results)
    finally:
        results["finished"] = datetime.now(UTC).isoformat(timespec="seconds")
        out.write_text(json.dumps(results, ensure_ascii=False, indent=1))
        log(f"results in {out}")
    print(out)


if __name__ == "__main__":
    main()
