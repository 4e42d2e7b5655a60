"""Admin forms whose validation needs more than the model's fields."""

from django import forms

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
        anchor = anchor_quote(document.body, text, near=near)
        if anchor is None:
            self.add_error("text", QUOTE_NOT_FOUND)
            return cleaned
        cleaned["text"] = anchor.text
        # start/end are read-only in the admin, so they are no form fields: set them on the instance.
        self.instance.start, self.instance.end = anchor.start, anchor.end
        return cleaned
