"""The API and the search's take-away routes."""

from django.urls import path, register_converter

from reform_kb.kb.views.downloads import FormatConverter

from .search_takeaway import SearchFeed, search_download
from .v1 import api

register_converter(FormatConverter, "searchformat")

app_name = "api"

urlpatterns = [
    path("api/v1/", api.urls),
    path("sok/export.<searchformat:fmt>", search_download, name="search_download"),
    path("sok/flode/", SearchFeed(), name="search_feed"),
]
