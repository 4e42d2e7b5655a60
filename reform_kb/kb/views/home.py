"""The start page: what the reform is, its themes and the newest documents."""

from django.shortcuts import render

from ..models import Document, Organisation, Quote
from ..selectors import document_list, themes_with_counts

LATEST_COUNT = 6


def home(request):
    return render(
        request,
        "home.html",
        {
            "themes": themes_with_counts(),
            "latest_documents": document_list()[:LATEST_COUNT],
            "document_total": Document.objects.count(),
            "quote_total": Quote.objects.count(),
            "organisation_total": Organisation.objects.filter(documents__isnull=False).distinct().count(),
        },
    )
