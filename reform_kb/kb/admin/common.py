"""Pieces several admin modules share."""

from django import forms
from django.contrib import admin
from django.db.models import Case, Exists, IntegerField, OuterRef, Q, Value, When
from simple_history.admin import SimpleHistoryAdmin

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


class ThemeCheckboxes:
    """Themes as a list of checkboxes instead of Django's two-box filter widget, whose search icons
    carry ARIA attributes their elements may not have (axe: aria-prohibited-attr); there are few
    themes, so a plain list of checkboxes is both shorter to use and accessible."""

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "themes":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class HistoryAdmin(SimpleHistoryAdmin, SearchableAdmin):
    """An admin with django-simple-history's "Historik" page: who changed what and when, each earlier
    version viewable and restorable. A restore is saved through the ordinary change form (save_model),
    so the change feed records it and the search index and cached pages follow as after any edit."""

    class Media:
        # Names for the autocomplete fields' comboboxes (static/js/admin-field-names.js).
        js = ["js/admin-field-names.js"]


class RankedSearchAdmin(HistoryAdmin):
    """Search (and the autocomplete fields that search through it) with the exact name first.

    Django's admin search matches substrings, so "SKR" also finds Diskrimineringsombudsmannen and
    Maskrosbarn, in name order, before Sveriges Kommuner och Regioner. Ranked here: an exact name,
    short name or alias first, then names starting with the term, then the other matches.
    `exact_fields` are the model's own name fields; `alias_model`/`alias_field`/`alias_owner` the
    table of other names.
    """

    exact_fields: tuple[str, ...] = ("name",)
    alias_model = None
    alias_field = "name"
    alias_owner = ""

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        term = (clean_text(search_term, 1000) or "").strip()
        if not term:
            return queryset, may_have_duplicates
        exact = Q()
        for name in self.exact_fields:
            exact |= Q(**{f"{name}__iexact": term})
        if self.alias_model is not None:
            exact |= Q(
                Exists(
                    self.alias_model.objects.filter(
                        **{self.alias_owner: OuterRef("pk"), f"{self.alias_field}__iexact": term}
                    )
                )
            )
        starts = Q()
        for name in self.exact_fields:
            starts |= Q(**{f"{name}__istartswith": term})
        rank = Case(
            When(exact, then=Value(0)), When(starts, then=Value(1)), default=Value(2), output_field=IntegerField()
        )
        return queryset.annotate(search_rank=rank).order_by("search_rank", "name"), may_have_duplicates
