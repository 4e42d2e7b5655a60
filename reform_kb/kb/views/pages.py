"""Pages about the site: who runs it and how (Om kunskapsbanken), the accessibility statement, and
robots.txt for crawlers."""

import datetime

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language, override

from ..content_version import cached
from ..models import Document, Quote, SourceFile

# The date the accessibility statement was last reviewed against the site (Digg asks for it).
ACCESSIBILITY_REVIEWED = datetime.date(2026, 12, 3)


def _contact() -> dict:
    return {"publisher": settings.KB_PUBLISHER, "contact_email": settings.KB_CONTACT_EMAIL}


def _method_figures() -> dict:
    """The figures "Om kunskapsbanken" cites about the import's uncertainty."""
    return {
        "document_total": Document.objects.count(),
        "documents_to_review": Document.objects.filter(needs_review=True).count(),
        "quote_total": Quote.objects.count(),
        "quotes_to_review": Quote.objects.filter(needs_review=True).count(),
        "source_total": SourceFile.objects.count(),
    }


def _page(name: str) -> list[str]:
    """The page's template in the active language: long texts are translated as whole pages
    (pages/en/about.html), not sentence by sentence in the catalogue; Swedish is pages/<name>."""
    return [f"pages/{get_language()}/{name}", f"pages/{name}"]


def about(request):
    return render(request, _page("about.html"), {**_contact(), **cached("about-figures", _method_figures)})


def accessibility(request):
    return render(request, _page("accessibility.html"), {**_contact(), "reviewed": ACCESSIBILITY_REVIEWED})


def robots_txt(request):
    """Everything public may be crawled but the admin and the search page (endless combinations of
    words and filters); the sitemap lists the pages worth indexing."""
    searches = []
    for code, _name in settings.LANGUAGES:  # /sok/ and /en/sok/ (i18n, issue 14)
        with override(code):
            searches.append(f"Disallow: {reverse('search:search')}")
    with override(settings.LANGUAGE_CODE):
        sitemap = request.build_absolute_uri(reverse("kb:sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", *searches, f"Sitemap: {sitemap}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
