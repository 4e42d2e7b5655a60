from django.contrib import admin

from ..models import SourceFile
from .common import SearchableAdmin


@admin.register(SourceFile)
class SourceFileAdmin(SearchableAdmin):
    """Provenance for editors: which files were imported, when, and which failed and why.

    Read-only: the importer writes these rows; an editor fixes a failed file by fixing the file.
    Deleting a row (superusers) makes the next import read that file again whatever its checksum.
    """

    list_display = ["name", "status", "error", "document_count", "imported_at", "short_checksum"]
    list_filter = ["status"]
    search_fields = ["name"]
    date_hierarchy = "imported_at"
    fields = [
        "name",
        "path",
        "status",
        "error",
        "document_count",
        "imported_at",
        "size",
        "checksum",
        ("created_at", "updated_at"),
    ]
    readonly_fields = [
        "name",
        "path",
        "status",
        "error",
        "document_count",
        "imported_at",
        "size",
        "checksum",
        "created_at",
        "updated_at",
    ]

    @admin.display(description="kontrollsumma", ordering="checksum")
    def short_checksum(self, obj):
        return obj.checksum[:12]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
