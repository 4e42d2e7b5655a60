from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from reform_kb.kb.views.health import healthz

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    # Take-away (issue 13): the read-only API at /api/v1/, the search's downloads and feed. Data, not
    # interface: one address each, outside the language prefixes (served in Swedish, like the admin).
    path("", include("reform_kb.api.urls")),
]

# i18n (issue 14): public pages in Swedish at / and in English under /en/; the admin stays Swedish.
urlpatterns += i18n_patterns(
    path("", include("reform_kb.kb.urls")),
    path("", include("reform_kb.search.urls")),
    prefix_default_language=False,
)
