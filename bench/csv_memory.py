"""Take-away (issue 13): peak memory of a streamed CSV download of 100,000 quotes (tracemalloc).

    DATABASE_URL=postgres://…/reform_bench_1m python -m bench.csv_memory

Streams /citat/export.csv through Django's test client in this process and reads the response a
chunk at a time, as a web server sends it: the first 10,000 rows, the first 100,000, and (with
`--all`) the whole list. tracemalloc's peak is the most Python memory held at once while streaming,
so a peak that does not grow from 10,000 to 100,000 rows is the bounded memory the issue asks for.
Also a filtered list of about 100,000 quotes (the theme closest to that), read to its end.
"""

import os
import sys
import time
import tracemalloc

import django


def stream(client, url: str, limit: int | None) -> tuple[int, int, float, int]:
    """(rows, bytes, seconds, peak bytes) of reading `url`'s CSV up to `limit` rows."""
    tracemalloc.start()
    started = time.perf_counter()
    response = client.get(url)
    rows = size = 0
    for chunk in response.streaming_content:
        size += len(chunk)
        rows += 1
        if limit and rows > limit:  # the heading line is the first chunk
            break
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    response.close()
    return rows - 1, size, seconds, peak


def main(argv):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only")
    os.environ["DJANGO_ALLOWED_HOSTS"] = "localhost"  # its client asks as localhost, whatever the caller allows
    os.environ["DJANGO_SECURE_SSL_REDIRECT"] = "0"
    os.environ["KB_PAGE_CACHE_SECONDS"] = "0"
    os.environ["KB_REQUEST_DB_BUDGET_MS"] = "0"
    django.setup()
    from django.db.models import Count
    from django.test import Client

    from reform_kb.kb.models import Theme

    client = Client(SERVER_NAME="localhost")
    runs = [("alla citat, de första 10 000", "/citat/export.csv", 10_000)]
    runs.append(("alla citat, de första 100 000", "/citat/export.csv", 100_000))
    theme = min(
        Theme.objects.annotate(n=Count("quotes")), key=lambda t: abs(t.n - 100_000), default=None
    )
    if theme is not None:
        runs.append((f"tema {theme.name} ({theme.n} citat), hela", f"/citat/export.csv?tema={theme.slug}", None))
    if "--all" in argv:
        runs.append(("alla citat, hela listan", "/citat/export.csv", None))
    print("| nedladdning | rader | MB | sekunder | rader/s | topp Python-minne (tracemalloc) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, url, limit in runs:
        rows, size, seconds, peak = stream(client, url, limit)
        print(
            f"| {name} | {rows} | {size / 1e6:.1f} | {seconds:.1f} | {rows / seconds:,.0f} | {peak / 1e6:.1f} MB |"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
