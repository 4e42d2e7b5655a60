from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "reform_kb – redaktion"
admin.site.site_title = "reform_kb"
admin.site.index_title = "Kunskapsbanken om nya socialtjänstlagen"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("reform_kb.kb.urls")),
]
