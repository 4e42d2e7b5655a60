from django.contrib import admin, messages
from django.utils import timezone

from ..models import Organisation, OrganisationAlias
from .common import RankedSearchAdmin, markdown_preview


class OrganisationAliasInline(admin.TabularInline):
    """Aliases teach the importer: the next import recognises the organisation by them."""

    model = OrganisationAlias
    extra = 1


@admin.register(Organisation)
class OrganisationAdmin(RankedSearchAdmin):
    exact_fields = ("name", "short_name")
    alias_model = OrganisationAlias
    alias_field = "alias"
    alias_owner = "organisation"
    list_display = ["name", "short_name", "kind", "parent", "needs_review"]
    list_select_related = ["parent"]
    list_filter = ["kind", "needs_review"]
    search_fields = ["name", "short_name", "aliases__alias"]
    autocomplete_fields = ["parent"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["description_preview", "synthetic", "created_at", "updated_at"]
    fields = [
        "name",
        "short_name",
        "slug",
        "kind",
        "parent",
        "description",
        "description_preview",
        "needs_review",
        ("synthetic", "created_at", "updated_at"),
    ]
    inlines = [OrganisationAliasInline]
    actions = ["mark_reviewed"]

    @admin.display(description="beskrivningen som den visas")
    def description_preview(self, obj):
        return markdown_preview(obj.description, self.get_empty_value_display())

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # After the inline: an alias the editor typed there must not collide with the one added here.
        if change and "name" in form.changed_data:
            self.keep_old_name(request, form.instance, form.initial["name"], form.initial["needs_review"])

    def keep_old_name(self, request, organisation, old_name, was_flagged):
        """Keep a renamed organisation's old name as an alias, so texts using it are still recognised.

        The importer finds organisations by name or alias; without this, the next import would create
        the old name again as a new, flagged organisation. Renaming a flagged organisation most likely
        corrects the importer's spelling; renaming a reviewed one records a change of name (SKL -> SKR).
        """
        if old_name.casefold() == organisation.name.casefold():
            return  # the importer matches names regardless of case
        taken = (
            OrganisationAlias.objects.filter(alias__iexact=old_name).select_related("organisation").first()
        )
        if taken is not None:
            if taken.organisation_id != organisation.pk:
                self.message_user(
                    request,
                    f"Det gamla namnet ”{old_name}” är redan alias för {taken.organisation}; "
                    "inget alias lades till.",
                    messages.WARNING,
                )
            return
        kind = OrganisationAlias.Kind.VARIANT if was_flagged else OrganisationAlias.Kind.FORMER_NAME
        OrganisationAlias.objects.create(organisation=organisation, alias=old_name[:200], kind=kind)
        self.message_user(
            request, f"Det gamla namnet ”{old_name}” sparades som alias, så att importen känner igen det."
        )

    @admin.action(description="Markera som granskade", permissions=["change"])
    def mark_reviewed(self, request, queryset):
        # The importer never creates an organisation it finds by name or alias, so clearing the
        # flag is enough for the decision to stand.
        count = queryset.filter(needs_review=True).update(needs_review=False, updated_at=timezone.now())
        self.message_user(request, f"{count} organisationer markerades som granskade.", messages.SUCCESS)
