"""The start page: what the reform is, its themes and the newest documents."""

from django.shortcuts import render

from ..content_version import cached
from ..models import Document, Milestone, Organisation, Quote
from ..selectors import document_list, themes_with_counts

LATEST_COUNT = 6


def _totals() -> dict:
    return {
        "themes": list(themes_with_counts()),
        "document_total": Document.objects.public().count(),
        "quote_total": Quote.objects.public().count(),
        "organisation_total": Organisation.objects.filter(documents__public=True).distinct().count(),
        # The reform in brief: the timeline's milestones, editable in the admin (issue 13).
        "milestones": list(Milestone.objects.all()),
    }


def home(request):
    # Counting a million quotes takes longer than the rest of the page: once per content version.
    return render(
        request,
        "home.html",
        {"latest_documents": document_list()[:LATEST_COUNT], **cached("home-totals", _totals)},
    )
