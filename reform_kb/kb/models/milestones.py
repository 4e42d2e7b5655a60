import datetime

from django.db import models
from simple_history.models import HistoricalRecords

from ..dates import day_month_year, month_year
from .base import TimestampedModel


class Milestone(TimestampedModel):
    """A step of the reform (a directive, the inquiry's report, the bill, the law): the timeline's data.

    Dates are known to different precisions ("April 2017", "26 August 2020"), so each milestone says
    how much of its date is meant; a milestone that lasts (the consultation) has an end as well.
    """

    class Precision(models.TextChoices):
        DAY = "day", "dag"
        MONTH = "month", "månad"
        YEAR = "year", "år"

    slug = models.SlugField("slug", max_length=120, unique=True)
    title = models.CharField("rubrik", max_length=300)
    reference = models.CharField(
        "beteckning", max_length=100, blank=True, help_text="T.ex. SOU 2020:47 eller prop. 2024/25:89."
    )
    date = models.DateField("datum", help_text="Första dagen i månaden eller året när bara de är kända.")
    precision = models.CharField(
        "datumets precision", max_length=5, choices=Precision.choices, default=Precision.DAY
    )
    end_date = models.DateField(
        "slutdatum", null=True, blank=True, help_text="För ett skede som pågår en tid, t.ex. remissen."
    )
    description = models.TextField("beskrivning (Markdown)", blank=True)
    document = models.ForeignKey(
        "Document",
        verbose_name="dokument i kunskapsbanken",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="milestones",
    )
    source_url = models.URLField("källadress", blank=True)
    history = HistoricalRecords()  # who changed what and when, with restore in the admin

    class Meta:
        ordering = ["date", "end_date", "title"]
        verbose_name = "milstolpe"
        verbose_name_plural = "milstolpar"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True) | models.Q(end_date__gte=models.F("date")),
                name="kb_milestone_end_after_start",
            ),
        ]

    def __str__(self):
        return f"{self.date_label} – {self.title}"

    @property
    def date_label(self) -> str:
        """The date as precisely as it is known, in the page's language: "26 augusti 2020", "april 2017",
        "2020–2021" on Swedish pages, "26 August 2020" on English ones."""
        start = _label(self.date, self.precision)
        if self.end_date is None:
            return start
        end = _label(self.end_date, self.precision)
        return start if end == start else f"{start}–{end}"

    @property
    def datetime_attr(self) -> str:
        """The <time datetime> value to the same precision (2017-04, 2020-08-26, 2020)."""
        return {"day": self.date.isoformat(), "month": self.date.strftime("%Y-%m")}.get(
            self.precision, str(self.date.year)
        )


def _label(date: datetime.date, precision: str) -> str:
    if precision == Milestone.Precision.YEAR:
        return str(date.year)
    # In the page's language (i18n, issue 14): "april 2017" or "April 2017".
    return month_year(date) if precision == Milestone.Precision.MONTH else day_month_year(date)
