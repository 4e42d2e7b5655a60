from django.db import models

# The year of an undated document (and of its quotes) in MapCell.year: no period includes it.
UNDATED_YEAR = 0


class MapCell(models.Model):
    """The organisation × theme map's counts per year, kept by the change feed (kb/map_summary.py).

    Derived data, never edited: a map page reads a few of these rows per organisation (one per theme
    and year) instead of grouping the organisations' quotes and their themes, which took seconds at a
    million quotes. Per year so that the map's period filter sums whole rows; only public quotes and
    documents count (Quote.public, Document.public), as on the map. `rebuild_map_summary` recounts it.
    """

    organisation = models.ForeignKey("Organisation", on_delete=models.CASCADE, related_name="+")
    theme = models.ForeignKey("Theme", on_delete=models.CASCADE, related_name="+")
    # The documents' publication year (a quote's is its document's); UNDATED_YEAR when undated.
    year = models.SmallIntegerField()
    # Quotes attributed to the organisation on the theme (quote–theme links).
    quotes = models.PositiveIntegerField(default=0)
    # Documents the organisation published or signed, on the theme.
    documents = models.PositiveIntegerField(default=0)
    # Editors' stances (QuoteStance) of the organisation's quotes on the theme, per Stance value.
    stoder = models.PositiveIntegerField(default=0)
    kritisk = models.PositiveIntegerField(default=0)
    blandad = models.PositiveIntegerField(default=0)
    neutral = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "kartcell"
        verbose_name_plural = "kartceller"
        constraints = [
            models.UniqueConstraint(fields=["organisation", "theme", "year"], name="kb_mapcell_key"),
        ]
        # The period filter's choices: the distinct years, one index probe each (stance_map.map_years).
        indexes = [models.Index(fields=["year"], name="kb_mapcell_year_idx")]

    def __str__(self):
        return f"{self.organisation_id} × {self.theme_id} ({self.year})"
