from django.contrib import admin

from ..models import Theme
from .common import HistoryAdmin, markdown_preview


@admin.register(Theme)
class ThemeAdmin(HistoryAdmin):
    list_display = ["name", "order", "slug"]
    list_editable = ["order"]
    search_fields = ["name", "keywords"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["description_preview", "created_at", "updated_at"]
    fields = [
        "name",
        "slug",
        "order",
        "description",
        "description_preview",
        "keywords",
        ("created_at", "updated_at"),
    ]

    @admin.display(description="beskrivningen som den visas")
    def description_preview(self, obj):
        return markdown_preview(obj.description, self.get_empty_value_display())
