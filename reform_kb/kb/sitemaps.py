"""sitemap.xml (django.contrib.sitemaps): every public page a search engine should know.

Served as an index of sections, each split into pages of at most 50,000 addresses as the sitemap
protocol asks, so a large archive (a million quotes) costs one small query per page, not one
huge document. Only what the public lists show: organisations with neither a document nor a quote
are left out, as on /organisationer/.
"""

from django.contrib.sitemaps import Sitemap
from django.db.models import Q
from django.urls import reverse

from .models import Document, Organisation, Person, Quote, Theme


class _ModelSitemap(Sitemap):
    fields = ("slug", "updated_at")

    def lastmod(self, obj):
        return obj.updated_at


class DocumentSitemap(_ModelSitemap):
    def items(self):
        return Document.objects.public().only(*self.fields).order_by("pk")


class OrganisationSitemap(_ModelSitemap):
    def items(self):
        active = Q(documents__public=True) | Q(quotes__public=True)  # drafts' organisations are not listed
        ids = Organisation.objects.filter(active).values("pk")
        return Organisation.objects.filter(pk__in=ids).only(*self.fields).order_by("pk")


class PersonSitemap(_ModelSitemap):
    def items(self):
        return Person.objects.public().only(*self.fields).order_by("pk")


class ThemeSitemap(_ModelSitemap):
    def items(self):
        return Theme.objects.only(*self.fields).order_by("pk")


class QuoteSitemap(_ModelSitemap):
    fields = ("updated_at",)

    def items(self):
        return Quote.objects.statements().only(*self.fields).order_by("pk")


class PageSitemap(Sitemap):
    """The lists and the pages about the site, in Swedish and English with each other as alternates.

    Only these few pages are listed in both languages (i18n, issue 14): Django's i18n sitemaps list
    every item once per language from one list in memory, which the model sections, a million quotes
    deep, must not do; their English pages are found through each page's hreflang links."""

    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return [
            "kb:home",
            "kb:theme_list",
            "kb:organisation_list",
            "kb:person_list",
            "kb:document_list",
            "kb:quote_list",
            "kb:map",
            "kb:timeline",
            "kb:about",
            "kb:accessibility",
        ]

    def location(self, item):
        return reverse(item)


SITEMAPS = {
    "sidor": PageSitemap,
    "dokument": DocumentSitemap,
    "organisationer": OrganisationSitemap,
    "personer": PersonSitemap,
    "teman": ThemeSitemap,
    "citat": QuoteSitemap,
}
