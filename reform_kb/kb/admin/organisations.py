from django.contrib import admin

from ..models import Organisation, OrganisationAlias
from .common import markdown_preview


class OrganisationAliasInline(admin.TabularInline):
    """Aliases teach the importer: the next import recognises the organisation by them."""

    model = OrganisationAlias
    extra = 1


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "kind", "parent", "needs_review"]
    list_select_related = ["parent"]
    list_filter = ["kind", "needs_review"]
    search_fields = ["name", "short_name", "aliases__alias"]
    autocomplete_fields = ["parent"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["description_preview", "created_at", "updated_at"]
    fields = [
        "name",
        "short_name",
        "slug",
        "kind",
        "parent",
        "description",
        "description_preview",
        "needs_review",
        ("created_at", "updated_at"),
    ]
    inlines = [OrganisationAliasInline]

    @admin.display(description="beskrivningen som den visas")
    def description_preview(self, obj):
        return markdown_preview(obj.description, self.get_empty_value_display())
