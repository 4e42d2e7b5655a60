"""SQL queries per page, hit counts and a ranking check, for the URLs in a pages.json file.

Runs each URL through Django's test client in this process (not over HTTP) with
CaptureQueriesContext: first request (cold caches) and second (warm). Before each first request
the content version is bumped, as an editor's save would, so every per-version cache is empty; its
time is what a reader waits for on the first visit after an edit (one sample, in-process, after a
warm-up pass so that it does not include loading templates: a rough figure beside wrk's).
"""

import json
import os
import sys
import time
from pathlib import Path

import django


def main(pages_file: str):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from reform_kb import search
    from reform_kb.kb.content_version import _bump

    pages = json.loads(Path(pages_file).read_text(encoding="utf-8"))
    client = Client()
    for page in pages:
        client.get(page["url"])
    out = []
    for page in pages:
        _bump()
        counts, times = [], []
        for _ in range(2):
            started = time.perf_counter()
            with CaptureQueriesContext(connection) as ctx:
                response = client.get(page["url"])
            times.append(round((time.perf_counter() - started) * 1000, 1))
            counts.append(len(ctx.captured_queries))
        row = {
            "url": page["url"],
            "status": response.status_code,
            "queries_cold": counts[0],
            "queries_warm": counts[1],
            "ms_cold": times[0],
            "bytes": len(response.content),
        }
        if "word" in page:
            filters = page.get("filters", {})
            results = search.search(page["word"], theme=filters.get("tema"), year=filters.get("ar"))
            row["hits"] = results.total
            needle = page["word"].strip('"').lower()
            first = results.hits[0].obj if results.hits else None
            text = (getattr(first, "text", None) or getattr(first, "body", "") or "").lower() if first else ""
            title = (getattr(first, "title", "") or "").lower() if first else ""
            row["first_hit_has_exact_text"] = bool(first) and (needle in text or needle in title)
        out.append(row)
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
