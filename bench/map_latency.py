"""The organisation × theme map's latency with nothing cached (issue 13): run with Django settings
on the database to measure, e.g.

    DATABASE_URL=postgres://…/map13_100k DJANGO_DEBUG=1 python -m bench.map_latency 50

(DEBUG so that static files need no collected manifest; results in bench/RESULTS-map-summary.md.)
Before every request the whole cache is emptied (pages, and the values `cached()` keeps per content
version): each request computes the rows and the page's cells from the database. Prints p50/p95/p99
(ms) per URL, and the SQL work alone (map_organisations + map_cells) for the first page.
"""

import os
import statistics
import sys
import time


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return f"{statistics.median(ordered):.1f} / {pick(0.95):.1f} / {pick(0.99):.1f}"


def main(n: int) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reform_kb.settings")
    import django

    django.setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client

    from reform_kb.kb import stance_map
    from reform_kb.kb.models import Quote

    client = Client(HTTP_HOST="localhost")
    print(f"{Quote.objects.count()} citat, {connection.vendor}")
    for url in ("/karta/", "/karta/?typ=fackforbund&fran=2021&till=2023", "/karta/?sida=2"):
        samples = []
        for _ in range(n):
            cache.clear()
            start = time.perf_counter()
            response = client.get(url, secure=True)
            samples.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, response.status_code
        print(f"{url}: p50/p95/p99 {percentiles(samples)} ms (n={n}, cache emptied before each)")
    for filters in (stance_map.MapFilters(), stance_map.MapFilters("fackforbund", 2021, 2023)):
        samples = []
        for _ in range(n):
            start = time.perf_counter()
            rows = stance_map.map_organisations(filters)
            stance_map.map_cells(filters, [pk for pk, *_ in rows[:50]])
            samples.append((time.perf_counter() - start) * 1000)
        print(f"SQL {filters.key()}: p50/p95/p99 {percentiles(samples)} ms ({len(rows)} rows)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
