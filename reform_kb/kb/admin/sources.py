from pathlib import PurePosixPath

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html

from ..models import SourceFile
from .common import SearchableAdmin

PROVENANCE = ["publisher", "title", "kind", "published", "url", "retrieved_at"]


@admin.register(SourceFile)
class SourceFileAdmin(SearchableAdmin):
    """Provenance for editors: which files were imported, when, which failed and why, and where
    each comes from (the document pages' source line).

    The importer writes the file's name, checksum and status; editors correct the details of its
    origin (publisher, title, kind, dates, address), which later imports then keep. Deleting a row
    (superusers) makes the next import read that file again whatever its checksum. An uploaded or
    fetched original is downloaded from here, never served to the public: an uploaded web page
    would run as the site's own.
    """

    list_display = ["name", "publisher", "status", "error", "document_count", "imported_at", "short_checksum"]
    list_filter = ["status"]
    search_fields = ["name", "publisher", "title", "url"]
    date_hierarchy = "imported_at"
    fieldsets = [
        ("Ursprung", {"fields": PROVENANCE}),
        (
            "Fil och import",
            {
                "fields": [
                    "name",
                    "original_link",
                    "media_type",
                    "path",
                    "status",
                    "error",
                    "document_count",
                    "imported_at",
                    "size",
                    "checksum",
                    "metadata_by_editor",
                    "source_import",
                    ("created_at", "updated_at"),
                ]
            },
        ),
    ]
    readonly_fields = [
        "name",
        "original_link",
        "media_type",
        "path",
        "status",
        "error",
        "document_count",
        "imported_at",
        "size",
        "checksum",
        "metadata_by_editor",
        "source_import",
        "created_at",
        "updated_at",
    ]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    @admin.display(description="kontrollsumma", ordering="checksum")
    def short_checksum(self, obj):
        return obj.checksum[:12]

    @admin.display(description="originalfil")
    def original_link(self, obj):
        if not obj.original:
            return "–"
        url = reverse("admin:kb_sourcefile_original", args=[obj.pk])
        return format_html('<a href="{}">Ladda ner {}</a>', url, PurePosixPath(obj.original.name).name)

    def has_add_permission(self, request):
        return False

    def save_model(self, request, obj, form, change):
        if form.has_changed():
            obj.metadata_by_editor = True  # the importer keeps the editor's details from now on
        super().save_model(request, obj, form, change)

    def get_urls(self):
        return [
            path(
                "<int:pk>/original/",
                self.admin_site.admin_view(self.original_view),
                name="kb_sourcefile_original",
            ),
            *super().get_urls(),
        ]

    def original_view(self, request, pk):
        source = get_object_or_404(SourceFile, pk=pk)
        if not self.has_view_permission(request, source):
            raise PermissionDenied
        if not source.original:
            raise Http404("Källan har ingen sparad originalfil.")
        try:
            handle = source.original.open("rb")
        except FileNotFoundError as exc:
            raise Http404("Originalfilen finns inte längre på servern.") from exc
        # An attachment with a neutral type: the browser saves it, never renders it on the site.
        return FileResponse(
            handle,
            as_attachment=True,
            filename=PurePosixPath(source.original.name).name,
            content_type="application/octet-stream",
        )
