"""Pieces several admin modules share."""

from django.contrib import admin

from ..markdown import render_markdown
from ..models import Organisation


def markdown_preview(text: str, empty: str):
    """Markdown as the public pages will show it; the same sanitising applies."""
    return render_markdown(text) if text else empty


class OrganisationKindFilter(admin.SimpleListFilter):
    """Filter rows by the kind of their organisation; plain `organisation__kind` would be titled "typ"."""

    title = "organisationstyp"
    parameter_name = "orgtyp"

    def lookups(self, request, model_admin):
        return Organisation.Kind.choices

    def queryset(self, request, queryset):
        if self.value() in Organisation.Kind.values:
            return queryset.filter(organisation__kind=self.value())
        return queryset
