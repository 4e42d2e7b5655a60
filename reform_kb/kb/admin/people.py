from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db.models import Count
from django.template.response import TemplateResponse

from ..models import Person, PersonAlias, Role
from ..people_merge import merge_people
from .common import RankedSearchAdmin, SearchableAdmin


class PersonAliasInline(admin.TabularInline):
    """Other names the sources use for the person; the importer credits them to this person."""

    model = PersonAlias
    extra = 0


class RoleInline(admin.TabularInline):
    model = Role
    fields = ["title", "organisation", "first_seen", "last_seen"]
    autocomplete_fields = ["organisation"]
    extra = 1

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("organisation")


@admin.register(Person)
class PersonAdmin(RankedSearchAdmin):
    alias_model = PersonAlias
    alias_owner = "person"
    list_display = ["name", "party", "role_summary"]
    search_fields = ["name", "aliases__name"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["synthetic", "created_at", "updated_at"]
    inlines = [RoleInline, PersonAliasInline]
    actions = ["merge_selected"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("roles__organisation")

    @admin.display(description="roller")
    def role_summary(self, obj):
        return "; ".join(str(role) for role in obj.roles.all())

    # A merge deletes the emptied duplicates, yet asks only for change_person: see people_merge.
    @admin.action(description="Slå ihop personer", permissions=["change"])
    def merge_selected(self, request, queryset):
        people = list(
            queryset.annotate(
                quote_count=Count("quotes", distinct=True), document_count=Count("documents", distinct=True)
            )
            .prefetch_related("roles__organisation")
            .order_by("name", "pk")
        )
        if len(people) < 2:
            self.message_user(request, "Välj minst två personer att slå ihop.", messages.WARNING)
            return None
        by_pk = {str(person.pk): person for person in people}
        keep = by_pk.get(request.POST.get("keep", ""))
        if request.POST.get("confirm") == "yes" and keep is not None:
            summary = merge_people(keep, [person for person in people if person is not keep])
            self.log_change(request, keep, f"Sammanslagen med {', '.join(summary.merged_names)}.")
            self.message_user(request, str(summary), messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Slå ihop personer",
            "subtitle": None,
            "opts": self.model._meta,
            "people": people,
            # The person with the most quotes is the likeliest to have the right name.
            "suggested": max(people, key=lambda person: (person.quote_count, person.document_count)),
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/kb/person/merge_people.html", context)


@admin.register(Role)
class RoleAdmin(SearchableAdmin):
    list_display = ["person", "title", "organisation", "first_seen", "last_seen"]
    list_select_related = ["person", "organisation"]
    search_fields = ["person__name", "title", "organisation__name"]
    autocomplete_fields = ["person", "organisation"]
