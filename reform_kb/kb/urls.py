from django.contrib.sitemaps import views as sitemap_views
from django.urls import path, register_converter

from . import views
from .sitemaps import SITEMAPS
from .views import citations, downloads, feeds, pages
from .views.format_redirect import offers_downloads


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
# Take-away formats (issue 13): downloads, citations and feeds.
register_converter(downloads.FormatConverter, "dlformat")
register_converter(citations.CitationFormatConverter, "citeformat")

app_name = "kb"

urlpatterns = [
    path("", views.home, name="home"),
    # Pages about the site, robots.txt and the sitemap (issue 14).
    path("om/", pages.about, name="about"),
    path("tillganglighet/", pages.accessibility, name="accessibility"),
    path("robots.txt", pages.robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "kb:sitemap_section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
    path("teman/", views.theme_list, name="theme_list"),
    path("teman/<slug:slug>/", offers_downloads("theme")(views.theme_detail), name="theme_detail"),
    path("organisationer/", views.organisation_list, name="organisation_list"),
    path(
        "organisationer/<slug:slug>/",
        offers_downloads("organisation")(views.organisation_detail),
        name="organisation_detail",
    ),
    path("personer/", views.person_list, name="person_list"),
    path("personer/<slug:slug>/", offers_downloads("person")(views.person_detail), name="person_detail"),
    path("dokument/", offers_downloads("document")(views.document_list), name="document_list"),
    path("dokument/<slug:slug>/", views.document_detail, name="document_detail"),
    path("citat/", offers_downloads("quote")(views.quote_list), name="quote_list"),
    path("citat/<int:pk>/", views.quote_detail, name="quote_detail"),
    path("taggar/<tagslug:slug>/", views.tag_detail, name="tag_detail"),
    # Take-away formats (issue 13): the lists as CSV/JSON, "Citera" files and Atom feeds.
    path("dokument/export.<dlformat:fmt>", downloads.document_download, name="document_download"),
    path("citat/export.<dlformat:fmt>", downloads.quote_download, name="quote_download"),
    path("dokument/<slug:slug>/citera.<citeformat:fmt>", citations.document_citation, name="document_citation"),
    path("citat/<int:pk>/citera.<citeformat:fmt>", citations.quote_citation, name="quote_citation"),
    path("flode/dokument/", feeds.NewDocumentsFeed(), name="document_feed"),
    path("flode/citat/", feeds.NewQuotesFeed(), name="quote_feed"),
    path("teman/<slug:slug>/flode/", feeds.ThemeFeed(), name="theme_feed"),
    path("organisationer/<slug:slug>/flode/", feeds.OrganisationFeed(), name="organisation_feed"),
    path("personer/<slug:slug>/flode/", feeds.PersonFeed(), name="person_feed"),
    # Issue 13: who says what on which theme, and the reform's timeline.
    path("karta/", views.organisation_theme_map_page, name="map"),
    path("tidslinje/", views.timeline_page, name="timeline"),
]
