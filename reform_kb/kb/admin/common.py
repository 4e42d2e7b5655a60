"""Pieces several admin modules share."""

from django.contrib import admin

from ..filters import clean_text
from ..markdown import render_markdown
from ..models import Organisation


def markdown_preview(text: str, empty: str):
    """Markdown as the public pages will show it; the same sanitising applies."""
    return render_markdown(text) if text else empty


class SearchableAdmin(admin.ModelAdmin):
    """A ModelAdmin whose search box (and the autocomplete widgets of other admins, which search
    through it) ignores a term with a NUL byte: PostgreSQL would refuse it with a DataError."""

    def get_search_results(self, request, queryset, search_term):
        return super().get_search_results(request, queryset, clean_text(search_term, 1000) or "")


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
