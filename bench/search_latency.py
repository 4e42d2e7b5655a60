"""Search latency without the page cache (issue 12): p50/p95 of each search page, in process.

Runs the project's settings (bench.settings, DEBUG off) through Django's test client against
DATABASE_URL, every request with a unique `_b=` parameter so that no cached page answers it (as
`make bench`'s "ingen cache" runs do with wrk, without gunicorn and the network in between). The
queries are bench/pages.py's five words with their filters, plus what issue 12 adds: a misspelt
word (corrected search), words typed without å/ä/ö, a prefix and an organisation's former name.

    DATABASE_URL=postgres://…/reform_bench_search .venv/bin/python -m bench.search_latency [N] [--quick]
"""

import os
import statistics
import sys
import time
from urllib.parse import urlencode

import django

from bench.pages import WORDS

# (label, query, filters)
EXTRA = [
    ("felstavat ord", "socialtjänstn", {}),
    ("felstavat ord", "nätverksprofs", {"ar": "2024"}),
    ("utan å/ä/ö", "socialtjansten", {}),
    ("utan å/ä/ö", "gangkriminalitet", {"tema": "brottsforebyggande-arbete"}),
    ("prefix", "socialtj*", {}),
    ("tidigare namn", "SKL", {}),
]
# With --quick: the common word, the rare word with a filter, and one of each query issue 12 adds.
QUICK = (0, 5, 10, 12, 13, 15, 16, 17)
CEILING_MS = {"postgresql": 100, "sqlite": 300}


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only")
    os.environ.pop("DJANGO_DEBUG", None)
    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    settings.ALLOWED_HOSTS = ["*"]
    settings.SECURE_SSL_REDIRECT = False
    client = Client()
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    cases = []
    for label, word, extra in [*WORDS, *EXTRA]:
        cases.append((label, {"q": word}))
        if extra:
            cases.append((label, {"q": word, **extra}))
    if "--quick" in sys.argv:  # one of each kind, for a loaded machine
        cases = [cases[i] for i in QUICK if i < len(cases)]
    vendor = connection.vendor
    print(f"| sökning ({vendor}, utan cache, {rounds} anrop) | p50 ms | p95 ms | tak p95 ms |")
    print("|---|---|---|---|")
    worst = 0.0
    n = 0
    for label, params in cases:
        times = []
        for i in range(rounds + 3):
            n += 1
            start = time.perf_counter()
            response = client.get("/sok/", {**params, "_b": f"{n}-{time.time_ns()}"})
            elapsed = (time.perf_counter() - start) * 1000
            assert response.status_code == 200, (params, response.status_code)
            if i >= 3:  # the first requests warm the process (stems, the entity names)
                times.append(elapsed)
        times.sort()
        p95 = times[max(0, round(0.95 * len(times)) - 1)]
        worst = max(worst, p95)
        shown = urlencode(params)
        print(f"| {label}: `{shown}` | {statistics.median(times):.1f} | {p95:.1f} | {CEILING_MS[vendor]} |")
    verdict = "uppfyllt" if worst <= CEILING_MS[vendor] else "EJ uppfyllt"
    print(f"\nSämsta p95: {worst:.1f} ms (tak {CEILING_MS[vendor]} ms): **{verdict}**")


if __name__ == "__main__":
    main()
