""""Lägg till källa" in the editors' admin (issue 15): upload files or give addresses, follow the
background import, review what it found, fix, publish.

Registered here, in the importer app, because adding a source runs the importer, which kb's own
admin may not import (the layers in pyproject.toml). The add page of "Tillagda källor" is the
upload form; an import's change page shows its progress while the worker runs and the review once
it is done.
"""

from __future__ import annotations

from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse

from reform_kb.kb.models import SourceImport
from reform_kb.pipeline.sources import HTML_SUFFIXES, PDF_SUFFIXES

from . import review as reviewing
from .fetch import FetchRefused, check_address
from .sources_added import enqueue, publish, store_upload

UPLOAD_SUFFIXES = sorted(PDF_SUFFIXES | HTML_SUFFIXES | {".txt"})
MAX_ADDRESSES = 20

try:  # django_tasks_db's own admin lists raw task rows; an import's page shows its progress instead
    from django_tasks_db.models import DBTaskResult

    if admin.site.is_registered(DBTaskResult):
        admin.site.unregister(DBTaskResult)
except ImportError:  # pragma: no cover – the app is in requirements.txt
    pass


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files from one <input type="file" multiple> (Django's documented pattern)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ",".join(UPLOAD_SUFFIXES)}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        return [super(MultipleFileField, self).clean(f, initial) for f in files]


class AddSourceForm(forms.Form):
    files = MultipleFileField(
        label="Filer",
        required=False,
        help_text="PDF, webbsidor (.html) och ren text (.txt, UTF-8). Du kan välja flera filer.",
    )
    addresses = forms.CharField(
        label="Webbadresser",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 80}),
        help_text="En adress per rad (https://…). Servern hämtar sidan eller PDF-filen.",
    )

    def clean_files(self):
        files = self.cleaned_data["files"]
        limit = settings.KB_IMPORT_MAX_BYTES
        for upload in files:
            if Path(upload.name).suffix.lower() not in UPLOAD_SUFFIXES:
                raise forms.ValidationError(
                    f"{upload.name}: den filtypen kan inte importeras (bara {', '.join(UPLOAD_SUFFIXES)})."
                )
            if upload.size > limit:
                raise forms.ValidationError(f"{upload.name}: filen är för stor (gränsen är {limit:,} byte).")
            if not upload.size:
                raise forms.ValidationError(f"{upload.name}: filen är tom.")
        return files

    def clean_addresses(self):
        lines = [line.strip() for line in self.cleaned_data["addresses"].splitlines() if line.strip()]
        if len(lines) > MAX_ADDRESSES:
            raise forms.ValidationError(f"Högst {MAX_ADDRESSES} adresser åt gången.")
        for line in lines:
            try:
                check_address(line)  # the address's form now; where it leads is checked when it is fetched
            except FetchRefused as exc:
                raise forms.ValidationError(f"{line}: {exc}") from exc
        return "\n".join(lines)

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not cleaned.get("files") and not cleaned.get("addresses"):
            raise forms.ValidationError("Välj minst en fil eller skriv minst en webbadress.")
        return cleaned


@admin.register(SourceImport)
class SourceImportAdmin(admin.ModelAdmin):
    list_display = ["__str__", "status", "created_by", "done", "total", "published_at"]
    list_filter = ["status"]
    date_hierarchy = "created_at"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("created_by")

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    def add_view(self, request, form_url="", extra_context=None):
        if not self.has_add_permission(request):
            return self._forbidden(request)
        form = AddSourceForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            source_import = self._start(request, form)
            self.message_user(request, "Källorna importeras nu. Sidan visar hur det går.", messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:kb_sourceimport_change", args=[source_import.pk]))
        return self._render(request, "admin/kb/sourceimport/add.html", {"form": form, "title": "Lägg till källa"})

    def change_view(self, request, object_id, form_url="", extra_context=None):
        source_import = get_object_or_404(SourceImport, pk=object_id) if str(object_id).isdigit() else None
        if source_import is None or not self.has_view_or_change_permission(request, source_import):
            return self._forbidden(request) if source_import else HttpResponseRedirect(self._list_url())
        found = reviewing.review(source_import) if source_import.finished else None
        if request.method == "POST" and found is not None:
            if not self.has_change_permission(request, source_import):
                return self._forbidden(request)
            return self._post_review(request, source_import, found)
        return self._render(
            request,
            "admin/kb/sourceimport/review.html",
            {"source_import": source_import, "found": found, "title": str(source_import)},
        )

    # -- helpers ---------------------------------------------------------------------------------

    def _start(self, request, form) -> SourceImport:
        source_import = SourceImport.objects.create(
            created_by=request.user, addresses=form.cleaned_data["addresses"]
        )
        for upload in form.cleaned_data["files"]:
            store_upload(source_import, upload)
        source_import.total = len(form.cleaned_data["files"]) + len(source_import.addresses.split())
        source_import.save(update_fields=["total", "updated_at"])
        enqueue(source_import)
        return source_import

    def _post_review(self, request, source_import, found):
        fixes = reviewing.apply_fixes(found, request.POST, request.user)
        url = reverse("admin:kb_sourceimport_change", args=[source_import.pk])
        for error in fixes.errors:
            self.message_user(request, error, messages.ERROR)
        if fixes.errors:
            return HttpResponseRedirect(url)
        if fixes.titles or fixes.speakers or fixes.withdrawn:
            self.message_user(
                request,
                f"Sparat: {fixes.titles} titlar, {fixes.speakers} talare, {fixes.withdrawn} citat dolda eller visade.",
                messages.SUCCESS,
            )
        if "publicera" in request.POST:
            count = publish(source_import)
            self.message_user(request, f"{count} dokument publicerades och syns nu för alla.", messages.SUCCESS)
        return HttpResponseRedirect(url)

    def _render(self, request, template, context):
        return TemplateResponse(
            request,
            template,
            {**self.admin_site.each_context(request), "opts": self.model._meta, **context},
        )

    def _forbidden(self, request):
        self.message_user(request, "Du har inte behörighet att lägga till eller granska källor.", messages.ERROR)
        return HttpResponseRedirect(reverse("admin:index"))

    def _list_url(self):
        return reverse("admin:kb_sourceimport_changelist")
