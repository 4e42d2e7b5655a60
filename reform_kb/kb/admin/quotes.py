from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator

from .. import history
from ..forms import QuoteAdminForm, QuoteStanceFormSet
from ..models import Quote, QuoteStance
from .common import HistoryAdmin, OrganisationKindFilter, ThemeCheckboxes, markdown_preview

CONTEXT_CHARS = 200


class QuoteStanceInline(admin.TabularInline):
    """The quote's stance on each of its themes (issue 13), set by editors only."""

    model = QuoteStance
    formset = QuoteStanceFormSet
    extra = 0
    fields = ["theme", "stance"]
    verbose_name = "hållning i ett tema"
    verbose_name_plural = "Hållning per tema (skälet skrivs i kommentaren)"


@admin.register(Quote)
class QuoteAdmin(ThemeCheckboxes, HistoryAdmin):
    form = QuoteAdminForm
    list_display = ["short_text", "speaker", "organisation", "document", "kind", "origin", "needs_review"]
    list_select_related = ["document", "speaker", "organisation"]
    list_filter = ["kind", "origin", "needs_review", "withdrawn", "public", "themes", OrganisationKindFilter]
    search_fields = ["text", "speaker__name", "document__title"]
    autocomplete_fields = ["document", "speaker", "organisation"]
    inlines = [QuoteStanceInline]
    actions = ["mark_reviewed", "withdraw", "show_again"]
    readonly_fields = [
        "document_context",
        "annotation_preview",
        "start",
        "end",
        "in_title",
        "origin",
        "edited_by_editor",
        "import_ref",
        "created_by",
        "created_at",
        "updated_by",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["document", "text", "document_context"]}),
        ("Talare", {"fields": ["speaker", "speaker_role", "organisation", "kind", "in_title"]}),
        ("Teman och kommentar", {"fields": ["themes", "tags", "annotation", "annotation_preview"]}),
        ("Granskning och synlighet", {"fields": ["needs_review", "review_note", "withdrawn"]}),
        (
            "Ursprung och historik",
            {
                "classes": ["collapse"],
                "fields": [
                    ("start", "end"),
                    "origin",
                    "edited_by_editor",
                    "import_ref",
                    ("created_by", "created_at"),
                    ("updated_by", "updated_at"),
                ],
            },
        ),
    ]

    @admin.display(description="citat", ordering="text")
    def short_text(self, obj):
        return Truncator(obj.text).chars(90)

    @admin.display(description="i sitt sammanhang")
    def document_context(self, obj):
        if not obj.pk:
            return "Visas när citatet har sparats."
        # A headline quote's offsets point into the title, not the body (Quote.in_title).
        body = obj.anchor_text()
        before = body[max(0, obj.start - CONTEXT_CHARS) : obj.start]
        after = body[obj.end : obj.end + CONTEXT_CHARS]
        return format_html(
            '<div class="kb-quote-context">{}{}<mark>{}</mark>{}{}</div>',
            "…" if obj.start > CONTEXT_CHARS else "",
            before,
            body[obj.start : obj.end],
            after,
            "…" if obj.end + CONTEXT_CHARS < len(body) else "",
        )

    @admin.display(description="kommentaren som den visas")
    def annotation_preview(self, obj):
        # The button posts the form as it is now, unsaved, to the preview page (HTML's formaction):
        # the editor sees the Markdown as the public pages will show it before saving, without JavaScript.
        button = format_html(
            '<p><button type="submit" class="button" formaction="{}" formtarget="_blank" formnovalidate>'
            "Förhandsgranska kommentaren (öppnas i en ny flik)</button></p>",
            reverse("admin:kb_quote_annotation_preview"),
        )
        saved = markdown_preview(obj.annotation, "Ingen sparad kommentar ännu.") if obj.pk else ""
        return format_html("{}{}", saved, button)

    def get_urls(self):
        preview = path(
            "forhandsgranska/",
            self.admin_site.admin_view(self.annotation_preview_view),
            name="kb_quote_annotation_preview",
        )
        return [preview, *super().get_urls()]

    def annotation_preview_view(self, request):
        """The annotation of the posted (unsaved) form, rendered as on the public quote page."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not (self.has_add_permission(request) or self.has_change_permission(request)):
            raise PermissionDenied
        annotation = request.POST.get("annotation", "")
        context = {
            **self.admin_site.each_context(request),
            "title": "Förhandsgranskning av kommentaren",
            "opts": self.model._meta,
            "preview": markdown_preview(annotation, ""),
            "empty": not annotation.strip(),
        }
        return TemplateResponse(request, "admin/kb/quote/annotation_preview.html", context)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
            obj.origin = Quote.Origin.EDITOR
        elif obj.origin == Quote.Origin.IMPORT and form.has_changed():
            # The importer skips quotes flagged like this, so the editor's work survives re-imports.
            obj.edited_by_editor = True
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        obj = form.instance
        stances_changed = any(formset.has_changed() for formset in formsets)
        if change and stances_changed and obj.origin == Quote.Origin.IMPORT and not obj.edited_by_editor:
            # A stance is an editor's work like any other field: re-imports must leave the quote alone.
            obj.edited_by_editor = True
            obj.save(update_fields=["edited_by_editor", "updated_at"])

    def has_delete_permission(self, request, obj=None):
        """Editors delete the quotes they added themselves (a mistake is theirs to undo); an imported
        quote, or another editor's, is withdrawn or corrected instead, and only administrators delete it."""
        allowed = super().has_delete_permission(request, obj)
        if not allowed or obj is None or request.user.is_superuser:
            return allowed
        return obj.origin == Quote.Origin.EDITOR and obj.created_by_id == request.user.pk

    def get_actions(self, request):
        # The bulk delete action cannot ask each quote who added it: administrators only.
        actions = super().get_actions(request)
        if not request.user.is_superuser:
            actions.pop("delete_selected", None)
        return actions

    @admin.action(description="Markera som granskade", permissions=["change"])
    def mark_reviewed(self, request, queryset):
        # Reviewing is an editor's decision: edited_by_editor keeps a re-import from flagging it again.
        pks = list(queryset.filter(needs_review=True).values_list("pk", flat=True))
        history.keep_baselines(Quote, pks)
        count = queryset.filter(needs_review=True).update(
            needs_review=False, edited_by_editor=True, updated_by=request.user, updated_at=timezone.now()
        )
        history.record_update(Quote, pks, request.user, "Markerad som granskad")
        self.message_user(request, f"{count} citat markerades som granskade.", messages.SUCCESS)

    # Issue 15: a withdrawn quote is hidden from the public (pages, lists, search) but kept here; the
    # importer leaves it alone (edited_by_editor). Saved row by row so that Quote.save() works out
    # `public` and the change feed hears of each.
    @admin.action(description="Dra tillbaka (dölj för allmänheten)", permissions=["change"])
    def withdraw(self, request, queryset):
        self._set_withdrawn(request, queryset, True, "drogs tillbaka och syns inte längre för allmänheten")

    @admin.action(description="Visa igen för allmänheten", permissions=["change"])
    def show_again(self, request, queryset):
        self._set_withdrawn(request, queryset, False, "visas igen (om dokumentet är publicerat)")

    def _set_withdrawn(self, request, queryset, withdrawn: bool, done: str):
        count = 0
        for quote in queryset.exclude(withdrawn=withdrawn).select_related("document"):
            quote.withdrawn = withdrawn
            quote.edited_by_editor = True
            quote.updated_by = request.user
            quote.save()
            count += 1
        self.message_user(request, f"{count} citat {done}.", messages.SUCCESS)


@admin.register(QuoteStance)
class QuoteStanceAdmin(HistoryAdmin):
    """The stances on their own: editors set them in the quote's form (QuoteStanceInline); here each
    has its history (who set or changed it and when, each earlier version restorable), as the quote's
    other fields have on the quote's history page."""

    list_display = ["quote", "theme", "stance", "updated_at"]
    list_select_related = ["quote", "theme"]
    list_filter = ["stance", "theme"]
    search_fields = ["quote__text"]
    autocomplete_fields = ["quote"]
    fields = ["quote", "theme", "stance"]
