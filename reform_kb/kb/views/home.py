"""The start page: what the reform is, its themes and the newest documents."""

from django.db.models import Count, Exists, OuterRef, Q
from django.shortcuts import render

from ..content_version import cached
from ..models import Document, Milestone, Organisation, Quote
from ..selectors import document_list, themes_with_counts

LATEST_COUNT = 6


def _totals() -> dict:
    return {
        "themes": list(themes_with_counts()),
        "document_total": Document.objects.public().count(),
        # What each count counts: a pull-quote repeating a spoken quote is not a second quote, and
        # the organisations quoted are not the ones that published (a union magazine quotes others).
        # Drafts and withdrawn items are not counted (issue 15).
        "quote_total": Quote.objects.public().statements().count(),
        **_organisation_totals(),
        "speaker_total": Quote.objects.public().exclude(speaker=None).values("speaker").distinct().count(),
        # The reform in brief: the timeline's milestones, editable in the admin (issue 13).
        "milestones": list(Milestone.objects.all()),
    }


def _organisation_totals() -> dict:
    """How many organisations published a document and how many are quoted, in one query."""
    # Only what the public may see (issue 15): no drafts, nothing withdrawn.
    published = Exists(
        Document.organisations.through.objects.filter(organisation=OuterRef("pk"), document__public=True)
    )
    quoted = Exists(Quote.objects.public().filter(organisation=OuterRef("pk")))
    return Organisation.objects.aggregate(
        organisation_total=Count("pk", filter=Q(published)),
        quoted_organisation_total=Count("pk", filter=Q(quoted)),
    )


def home(request):
    # Counting a million quotes takes longer than the rest of the page: once per content version.
    return render(
        request,
        "home.html",
        {"latest_documents": document_list()[:LATEST_COUNT], **cached("home-totals", _totals)},
    )
