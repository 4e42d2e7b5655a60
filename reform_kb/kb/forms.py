"""Admin forms whose validation needs more than the model's fields."""

from django import forms
from django.core.exceptions import ValidationError

from .models import Quote
from .quote_anchoring import anchor_quote

QUOTE_NOT_FOUND = (
    "Citatet finns inte i dokumentets text. Kopiera det ordagrant från dokumentet; skillnader i "
    "blanksteg, radbrytningar, citattecken och tankstreck spelar ingen roll."
)


class QuoteAdminForm(forms.ModelForm):
    """Anchors the quote in its document: start/end are computed here, never typed by an editor."""

    class Meta:
        model = Quote
        fields = [
            "document",
            "text",
            "kind",
            "speaker",
            "speaker_role",
            "organisation",
            "themes",
            "tags",
            "annotation",
            "needs_review",
            "review_note",
            "withdrawn",
        ]

    def clean(self):
        cleaned = super().clean()
        document, text = cleaned.get("document"), cleaned.get("text")
        if document is None or not text:
            return cleaned
        # An existing quote keeps its place when its text occurs more than once.
        near = self.instance.start if self.instance.pk and self.instance.document_id == document.pk else None
        # A headline quote (in_title) is anchored in the title its offsets point into, never in the body.
        anchor = anchor_quote(document.title if self.instance.in_title else document.body, text, near=near)
        if anchor is None:
            self.add_error("text", QUOTE_NOT_FOUND)
            return cleaned
        cleaned["text"] = anchor.text
        # start/end are read-only in the admin, so they are no form fields: set them on the instance.
        self.instance.start, self.instance.end = anchor.start, anchor.end
        return cleaned


STANCE_THEME_MISSING = "Citatet har inte temat {theme}. Lägg till temat under Teman eller ta bort hållningen."
STANCE_REASON_MISSING = "Skriv skälet till hållningen i kommentaren, så att läsare och andra redaktörer kan pröva den."


class QuoteStanceFormSet(forms.BaseInlineFormSet):
    """A quote's stances: only on themes the quote has (as the editor just chose them in the same
    form), and never without a reason in the quote's annotation."""

    def _quote_theme_ids(self) -> set[str]:
        # The themes posted with the quote's own form (the inline sees the same POST); those saved
        # on the quote when the field is not in it.
        if "themes" in self.data:
            return set(self.data.getlist("themes"))
        if self.instance.pk is None:
            return set()
        return {str(pk) for pk in self.instance.themes.values_list("pk", flat=True)}

    def clean(self):
        super().clean()
        themes = self._quote_theme_ids()
        kept = [
            form
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE") and form.cleaned_data.get("stance")
        ]
        errors = []
        for form in kept:
            theme = form.cleaned_data.get("theme")
            if theme is not None and str(theme.pk) not in themes:
                errors.append(STANCE_THEME_MISSING.format(theme=f"”{theme.name}”"))
        if kept and not (self.instance.annotation or "").strip():
            errors.append(STANCE_REASON_MISSING)
        if errors:
            raise ValidationError(errors)
