from django.contrib import admin, messages
from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.text import Truncator

from .. import history
from ..models import Document, Quote
from .common import HistoryAdmin, ThemeCheckboxes


class PublishedYearFilter(admin.SimpleListFilter):
    title = "år"
    parameter_name = "ar"

    def lookups(self, request, model_admin):
        return [(str(year), str(year)) for year in Document.objects.years()]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(published__year=int(self.value()))
        return queryset


class QuoteInline(admin.TabularInline):
    """The document's quotes, to read and open; quotes are edited on their own page."""

    model = Quote
    fields = ["short_text", "speaker", "kind", "needs_review"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="citat")
    def short_text(self, obj):
        return Truncator(obj.text).chars(120)


@admin.register(Document)
class DocumentAdmin(ThemeCheckboxes, HistoryAdmin):
    # Django 6 assumes https for scheme-less URLs; say so now (and silence the deprecation warning).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ["title", "kind", "published", "organisation_names", "quote_count", "needs_review"]
    list_filter = [
        "kind",
        PublishedYearFilter,
        ("organisations", admin.RelatedOnlyFieldListFilter),
        "themes",
        "needs_review",
        "edited_by_editor",
    ]
    actions = ["mark_reviewed"]
    search_fields = ["title", "body"]
    autocomplete_fields = ["organisations", "mentioned_organisations", "authors"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = [
        "source_file",
        "source_position",
        "checksum",
        "import_ref",
        "edited_by_editor",
        "synthetic",
        "created_at",
        "updated_at",
    ]

    def get_readonly_fields(self, request, obj=None):
        # An imported document's text follows its source file, and quote offsets point into it.
        readonly = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.import_ref:
            readonly.append("body")
        return readonly

    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "published", "body"]}),
        (
            "Organisationer, personer och teman",
            {"fields": ["organisations", "mentioned_organisations", "authors", "themes", "tags"]},
        ),
        ("Granskning", {"fields": ["needs_review", "review_note", "edited_by_editor"]}),
        (
            "Källa och import",
            {
                "classes": ["collapse"],
                "fields": [
                    "source_url",
                    ("source_file", "source_position"),
                    "checksum",
                    ("import_ref", "synthetic"),
                    ("created_at", "updated_at"),
                ],
            },
        ),
    ]
    inlines = [QuoteInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(_quote_count=Count("quotes", distinct=True))
            .prefetch_related("organisations")
            # The Count adds a GROUP BY, which makes Django drop Meta.ordering; autocomplete paginates.
            .newest_first()
        )

    @admin.display(description="organisationer")
    def organisation_names(self, obj):
        return ", ".join(org.short_name or org.name for org in obj.organisations.all())

    @admin.display(description="citat", ordering="_quote_count")
    def quote_count(self, obj):
        return obj._quote_count

    def save_model(self, request, obj, form, change):
        # The importer keeps an edited document's title, kind, date and review flag, so the editor's
        # fix (clearing needs_review included) survives re-imports. Saving unchanged leaves it imported.
        if change and obj.import_ref and form.has_changed():
            obj.edited_by_editor = True
        super().save_model(request, obj, form, change)

    @admin.action(description="Markera som granskade", permissions=["change"])
    def mark_reviewed(self, request, queryset):
        pks = list(queryset.filter(needs_review=True).values_list("pk", flat=True))
        history.keep_baselines(Document, pks)
        count = queryset.filter(needs_review=True).update(
            needs_review=False, edited_by_editor=True, updated_at=timezone.now()
        )
        history.record_update(Document, pks, request.user, "Markerad som granskad")
        self.message_user(request, f"{count} dokument markerades som granskade.", messages.SUCCESS)
