"""`/healthz`: whether this server's database answers, for load balancers and monitoring."""

from django.db import connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from ..content_version import DATABASE_UNAVAILABLE


@never_cache
@require_safe
def healthz(request):
    """200 "ok" when the database answers `SELECT 1`, else 503; never cached, so every probe asks."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DATABASE_UNAVAILABLE:
        return HttpResponse("Databasen svarar inte.", status=503, content_type="text/plain; charset=utf-8")
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")
