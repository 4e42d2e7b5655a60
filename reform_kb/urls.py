from django.contrib import admin
from django.urls import include, path

from reform_kb.kb.views.health import healthz

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("", include("reform_kb.kb.urls")),
    path("", include("reform_kb.search.urls")),
    # Take-away (issue 13): the read-only API at /api/v1/, the search's downloads and feed.
    path("", include("reform_kb.api.urls")),
]
