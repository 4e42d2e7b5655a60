"""A URLconf for tests/edge/test_budget.py: a page whose query runs as long as it is asked to."""

from django.db import connection
from django.http import HttpResponse
from django.urls import path

from reform_kb.urls import urlpatterns as site_urls


def slow(request):
    """Runs a statement of about `?s=` seconds (a sleep on PostgreSQL, a long count on SQLite), twice."""
    seconds = float(request.GET.get("s", "0"))
    with connection.cursor() as cursor:
        for _ in range(2):
            if connection.vendor == "postgresql":
                cursor.execute("SELECT pg_sleep(%s)", [seconds])
            else:
                cursor.execute(
                    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < %s) "
                    "SELECT count(*) FROM c",
                    [int(seconds * 5_000_000)],
                )
    return HttpResponse("klar")


# The site's own URLs after the slow ones: the 503 page links back to them.
urlpatterns = [
    path("admin/langsam/", slow),
    path("langsam/", slow),
    *site_urls,
]
