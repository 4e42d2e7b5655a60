from django.db import models

from .base import TimestampedModel


class SourceFile(TimestampedModel):
    """One imported source file: where documents came from, and whether it has changed since.

    The checksum is of the file's bytes; `parse_key` fingerprints what the import made of them (the
    pipeline's code, the organisations and aliases, the theme keywords). An import skips a file
    when both are unchanged and re-imports it (as updates) when either has changed, so improving
    the rules or adding an alias takes effect on the next run.

    A source is known by its path relative to the folder it was imported from (`a/artikel.txt`),
    or by its name when the file was given directly: two files with the same name in different
    folders are two sources. Imports before issue 9 stored the bare file name; the importer
    adopts such a row when it meets the file again (reform_kb/importer/files.py).
    """

    class Status(models.TextChoices):
        IMPORTED = "imported", "Importerad"
        FAILED = "failed", "Misslyckad"

    name = models.CharField(
        "källa",
        max_length=255,
        unique=True,
        help_text="Sökvägen i mappen som importerades (a/artikel.txt), eller filnamnet för en fil som angavs direkt.",
    )
    path = models.CharField("sökväg vid senaste import", max_length=1000, blank=True)
    checksum = models.CharField("kontrollsumma (SHA-256)", max_length=64, blank=True)
    parse_key = models.CharField("tolkningsnyckel", max_length=64, blank=True, editable=False)
    size = models.PositiveBigIntegerField("storlek (byte)", default=0)
    status = models.CharField("status", max_length=10, choices=Status.choices, default=Status.IMPORTED)
    error = models.CharField("fel", max_length=500, blank=True)
    document_count = models.PositiveIntegerField("dokument", default=0)
    imported_at = models.DateTimeField("senast importerad", null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "källfil"
        verbose_name_plural = "källfiler"

    def __str__(self):
        return self.name
