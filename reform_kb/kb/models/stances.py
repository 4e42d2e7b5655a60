from django.db import models
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from .base import TimestampedModel


class Stance(models.TextChoices):
    """What a quote says about a proposal on one of its themes, as an editor judged it."""

    # Labels in the page's language (i18n, issue 14).
    STODER = "stoder", pgettext_lazy("stance", "stöder")
    KRITISK = "kritisk", pgettext_lazy("stance", "kritisk")
    BLANDAD = "blandad", pgettext_lazy("stance", "blandad")
    NEUTRAL = "neutral", pgettext_lazy("stance", "neutral")


class QuoteStance(TimestampedModel):
    """A quote's stance on one of its themes.

    Set by editors only: the importer writes none, so every stance a page shows is someone's
    judgement, whose reason is in the quote's annotation. A row of its own per (quote, theme)
    rather than a column on the themes' link table, so the admin keeps its two-list theme widget
    and the importer's and bulk writers' inserts into that table stay as they are.
    """

    quote = models.ForeignKey("Quote", verbose_name="citat", on_delete=models.CASCADE, related_name="stances")
    theme = models.ForeignKey(
        "Theme", verbose_name="tema", on_delete=models.CASCADE, related_name="quote_stances"
    )
    stance = models.CharField("hållning", max_length=10, choices=Stance.choices)
    # Who set or changed a stance and when, with restore in the admin, as for the quote's other fields.
    history = HistoricalRecords()

    class Meta:
        ordering = ["theme__order", "theme__name"]
        verbose_name = "hållning"
        verbose_name_plural = "hållningar"
        constraints = [
            models.UniqueConstraint(fields=["quote", "theme"], name="kb_quotestance_one_per_theme"),
        ]

    def __str__(self):
        return f"{self.get_stance_display()} ({self.theme})"
