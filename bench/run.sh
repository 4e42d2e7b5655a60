#!/usr/bin/env bash
# make bench: speed of reform_kb against Datasette and a trivial Django view, on SQLite and PostgreSQL.
#   BENCH_SIZES=10000,100000,1000000  quotes per corpus (documents = quotes / 20)
#   BENCH_DBS=sqlite,postgres         databases to run on
#   BENCH_PLAN=sqlite:100000,postgres:1000000   only these (database, size) pairs (instead of the two above)
#   BENCH_DURATION=5                  seconds per wrk run (each URL at concurrency 1 and 8)
#   BENCH_WORKERS=3                   gunicorn workers
#   BENCH_IMPORT_FILES=10000          generated files for the import_seeds run (0 skips it)
#   BENCH_PG_URL=postgres://postgres@127.0.0.1:5432   server for reform_bench_<size> and reform_bench_import
# Data is kept in bench/data/ and reused when the size matches; results go to bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python

if ! command -v wrk >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
    else
        echo "wrk saknas: installera det (apt-get install wrk) och kör igen." >&2
        exit 1
    fi
fi
if [ ! -x bench/.venv/bin/datasette ]; then
    python3 -m venv bench/.venv
    bench/.venv/bin/pip install --quiet --disable-pip-version-check datasette
fi

# DEBUG is off in the benchmark, so static files come from collectstatic's manifest, as in production.
env -u DJANGO_DEBUG DJANGO_SECRET_KEY=benchmark-only DJANGO_SETTINGS_MODULE=bench.settings \
    $PY manage.py collectstatic --noinput -v0

$PY -m bench.runner &
runner=$!
# The runner stops its servers itself; this only forwards Ctrl-C and termination to it.
trap 'kill -TERM $runner 2>/dev/null; wait $runner' INT TERM
status=0
wait $runner || status=$?
results=$(ls -d bench/data/run-* | sort | tail -1)/results.json
$PY -m bench.report "$results" > bench/RESULTS.md
echo "Resultat: bench/RESULTS.md (rådata: $results)"
exit $status
