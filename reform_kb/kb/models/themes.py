from django.db import models
from simple_history.models import HistoricalRecords

from .base import TimestampedModel, detail_url


class ThemeQuerySet(models.QuerySet):
    def ordered(self):
        """Themes in the editors' chosen order."""
        return self.order_by("order", "name")


class Theme(TimestampedModel):
    """A subject of the reform debate; assigned to documents and quotes by keyword."""

    name = models.CharField("namn", max_length=120, unique=True)
    slug = models.SlugField("slug", max_length=120, unique=True)
    description = models.TextField("beskrivning (Markdown)", blank=True)
    keywords = models.TextField(
        "nyckelord",
        blank=True,
        help_text="Ett ord eller en fras per rad. Matchas mot texten efter svensk ordstamning.",
    )
    order = models.PositiveIntegerField("ordning", default=100)

    objects = ThemeQuerySet.as_manager()
    history = HistoricalRecords()  # who changed what and when, with restore in the admin

    class Meta:
        ordering = ["order", "name"]
        verbose_name = "tema"
        verbose_name_plural = "teman"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return detail_url("kb:theme_detail", self.slug)

    @property
    def keyword_list(self) -> list[str]:
        return [line.strip() for line in self.keywords.splitlines() if line.strip()]
