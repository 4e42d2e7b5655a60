from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("reform_kb.kb.urls")),
    path("", include("reform_kb.search.urls")),
]
