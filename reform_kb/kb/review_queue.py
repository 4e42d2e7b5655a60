"""'Att granska': everything the importer was unsure of, on one page, for editors to fix.

The importer flags what it could not decide (a quote without a clear speaker, a document without a
date, an organisation the gazetteer does not know) with `needs_review`. Each model's changelist
can filter on the flag; this page gathers all three with counts, and the admin index shows the
total, so nothing flagged goes unseen.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.template.response import TemplateResponse
from django.urls import reverse

from .models import Document, Organisation, Quote

PER_PAGE = 25


@dataclass
class ReviewSection:
    """The flagged rows of one model, as far as the user may see them."""

    key: str
    title: str
    model: type
    count: int
    page: Page | None = None

    @property
    def changelist_url(self) -> str:
        opts = self.model._meta
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist") + "?needs_review__exact=1"

    @property
    def page_param(self) -> str:
        return f"{self.key}_sida"


def flagged_querysets() -> dict[str, tuple[str, QuerySet]]:
    """The flagged rows per section, with what each section's table shows fetched up front."""
    return {
        "citat": (
            "Citat",
            Quote.objects.filter(needs_review=True)
            .select_related("document", "speaker", "organisation")
            .order_by("document__title", "start"),
        ),
        "dokument": ("Dokument", Document.objects.filter(needs_review=True).order_by("source_file", "title")),
        "organisationer": (
            "Organisationer",
            Organisation.objects.filter(needs_review=True)
            .with_counts()
            .select_related("parent")
            .order_by("name"),
        ),
    }


def visible_sections(request) -> list[ReviewSection]:
    """Sections for the models the user may view, with counts (one COUNT query each)."""
    sections = []
    for key, (title, queryset) in flagged_querysets().items():
        opts = queryset.model._meta
        if request.user.has_perm(f"{opts.app_label}.view_{opts.model_name}") or request.user.has_perm(
            f"{opts.app_label}.change_{opts.model_name}"
        ):
            sections.append(ReviewSection(key, title, queryset.model, queryset.count()))
    return sections


def review_queue(request, admin_site):
    sections = visible_sections(request)
    if not sections:
        raise PermissionDenied
    querysets = flagged_querysets()
    for section in sections:
        if section.count:
            paginator = Paginator(querysets[section.key][1], PER_PAGE)
            paginator.count = section.count  # counted already; spares a second COUNT query
            section.page = paginator.get_page(request.GET.get(section.page_param))
    context = {
        **admin_site.each_context(request),
        "title": "Att granska",
        "subtitle": None,
        "sections": sections,
        "total": sum(section.count for section in sections),
    }
    return TemplateResponse(request, "admin/kb/review_queue.html", context)


def review_count(request) -> int | None:
    """What the admin index shows: all flagged rows the user may view; None if they may view none."""
    sections = visible_sections(request)
    return sum(section.count for section in sections) if sections else None
