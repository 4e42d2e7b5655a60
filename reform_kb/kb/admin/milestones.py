from django.contrib import admin
from django.db import models

from ..models import Milestone
from .common import HistoryAdmin, markdown_preview


@admin.register(Milestone)
class MilestoneAdmin(HistoryAdmin):
    """The reform's timeline (issue 13): editors add, date and describe its milestones, with the
    history of every change (who, when, restore) as for the other entities."""

    list_display = ["title", "date_label", "reference", "document"]
    list_select_related = ["document"]
    search_fields = ["title", "reference", "description"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["document"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    readonly_fields = ["description_preview", "created_at", "updated_at"]
    fields = [
        "title",
        "slug",
        "reference",
        ("date", "precision"),
        "end_date",
        "description",
        "description_preview",
        "document",
        "source_url",
        ("created_at", "updated_at"),
    ]

    @admin.display(description="datum", ordering="date")
    def date_label(self, obj):
        return obj.date_label

    @admin.display(description="beskrivningen som den visas")
    def description_preview(self, obj):
        return markdown_preview(obj.description, self.get_empty_value_display())
