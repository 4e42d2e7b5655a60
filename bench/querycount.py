"""SQL queries per page, hit counts and a ranking check, for the URLs in a pages.json file.

Runs each URL through Django's test client in this process (not over HTTP) with
CaptureQueriesContext: first request (cold caches) and second (warm).
"""

import json
import os
import sys
from pathlib import Path

import django


def main(pages_file: str):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from reform_kb import search

    pages = json.loads(Path(pages_file).read_text(encoding="utf-8"))
    client = Client()
    out = []
    for page in pages:
        counts = []
        for _ in range(2):
            with CaptureQueriesContext(connection) as ctx:
                response = client.get(page["url"])
            counts.append(len(ctx.captured_queries))
        row = {
            "url": page["url"],
            "status": response.status_code,
            "queries_cold": counts[0],
            "queries_warm": counts[1],
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
