from django.urls import path, register_converter

from . import views


class TagSlugConverter:
    """A taggit slug: letters (å, ä and ö included, which <slug:> would reject), digits, - and _.

    No NUL byte (PostgreSQL refuses it in a query) and no path longer than a slug can be: such a
    path is simply not found.
    """

    regex = r"[-\w]{1,120}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(TagSlugConverter, "tagslug")

app_name = "kb"

urlpatterns = [
    path("", views.home, name="home"),
    path("teman/", views.theme_list, name="theme_list"),
    path("teman/<slug:slug>/", views.theme_detail, name="theme_detail"),
    path("organisationer/", views.organisation_list, name="organisation_list"),
    path("organisationer/<slug:slug>/", views.organisation_detail, name="organisation_detail"),
    path("personer/", views.person_list, name="person_list"),
    path("personer/<slug:slug>/", views.person_detail, name="person_detail"),
    path("dokument/", views.document_list, name="document_list"),
    path("dokument/<slug:slug>/", views.document_detail, name="document_detail"),
    path("citat/", views.quote_list, name="quote_list"),
    path("citat/<int:pk>/", views.quote_detail, name="quote_detail"),
    path("taggar/<tagslug:slug>/", views.tag_detail, name="tag_detail"),
    # Issue 13: who says what on which theme, and the reform's timeline.
    path("karta/", views.organisation_theme_map_page, name="map"),
    path("tidslinje/", views.timeline_page, name="timeline"),
]
