"""Take-away (issue 13): API list pages' latency without any cache, in this process.

    DATABASE_URL=postgres://…/reform_bench_1m python -m bench.api_latency [REQUESTS]

Each URL of bench/pages.py's "api" group is asked REQUESTS times (default 100) through Django's test
client with the page cache off and a unique `_b=` parameter, after two warm-up requests; p50 and p95
are of the whole request (view, queries, JSON). A rough figure beside `make bench`'s wrk runs over
gunicorn, which measure the same URLs over HTTP (group "api" in bench/RESULTS.md).
"""

import io
import json
import os
import statistics
import sys
import time
from contextlib import redirect_stdout

import django


def main(requests: int = 100):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    os.environ["KB_PAGE_CACHE_SECONDS"] = "0"
    os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only")
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "localhost")
    os.environ["DJANGO_SECURE_SSL_REDIRECT"] = "0"
    os.environ["KB_API_RATE"] = "1000000/s"
    django.setup()
    from django.test import Client

    from bench import pages as bench_pages

    out = io.StringIO()
    with redirect_stdout(out):
        bench_pages.main()
    urls = [p for p in json.loads(out.getvalue()) if p["group"] == "api"]
    client = Client(SERVER_NAME="localhost")
    rows = []
    for page in urls:
        sep = "&" if "?" in page["url"] else "?"
        for i in range(2):
            client.get(f"{page['url']}{sep}_b=warm{i}")
        times = []
        for i in range(requests):
            started = time.perf_counter()
            response = client.get(f"{page['url']}{sep}_b={i}")
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (page["url"], response.status_code)
        times.sort()
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        rows.append((page["name"], statistics.median(times), p95, len(response.json()["results"])))
    print("| sida | p50 ms | p95 ms | rader |\n| --- | ---: | ---: | ---: |")
    for name, p50, p95, n in rows:
        print(f"| {name} | {p50:.1f} | {p95:.1f} | {n} |")
    print(f"\nSämsta p95: {max(r[2] for r in rows):.1f} ms ({requests} anrop per sida)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
