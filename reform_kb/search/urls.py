from django.urls import path

from reform_kb.kb.views.format_redirect import offers_downloads

from . import views

app_name = "search"

urlpatterns = [
    path("sok/", offers_downloads("search")(views.search), name="search"),
    path("sok/forslag/", views.suggest, name="suggest"),
]
