"""How editors' logins are protected: which address a request came from, and the lockout page.

Login throttling (django-axes, settings "Accounts") counts failures per user name and address, so the
address must be one a client cannot choose. Gunicorn's REMOTE_ADDR is the peer's address: the client's
when it connects directly, the proxy's when one is in front. Behind a proxy (DJANGO_BEHIND_PROXY=1) the
client's address is in X-Real-IP, which the README's nginx configuration always overwrites; other
forwarding headers are ignored because a client can send them.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse


def client_ip(request: HttpRequest) -> str | None:
    """The client's address: X-Real-IP from a trusted proxy, otherwise the connection's peer."""
    if settings.BEHIND_PROXY and request.META.get("HTTP_X_REAL_IP"):
        return request.META["HTTP_X_REAL_IP"].strip()
    return request.META.get("REMOTE_ADDR")


def lockout_response(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    """The Swedish page for a locked-out login (429), saying how long the lock lasts in minutes."""
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "lockout_minutes": round(settings.AXES_COOLOFF_TIME.total_seconds() / 60),
    }
    return TemplateResponse(request, "admin/lockout.html", context, status=429).render()
