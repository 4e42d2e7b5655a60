from __future__ import annotations

from django.conf import settings
from django.db import models

from .base import TimestampedModel


def original_path(source: SourceFile, filename: str) -> str:
    """Where an added source's bytes are kept under MEDIA_ROOT: one folder per "Lägg till källa",
    so that its files are imported together and keyed by this path (SourceFile.name)."""
    return f"kallor/{source.source_import_id or 'enskilda'}/{filename}"


class SourceImport(TimestampedModel):
    """One "Lägg till källa" by an editor: the files uploaded and addresses fetched together, the
    background task that imports them, its progress, and whether its documents are published.

    Documents imported this way are drafts until an editor publishes them from the review page
    (reform_kb/importer/admin.py); command-line imports publish directly and have no SourceImport.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", "Väntar på att starta"
        RUNNING = "running", "Importeras"
        DONE = "done", "Klar att granska"
        FAILED = "failed", "Misslyckades"
        PUBLISHED = "published", "Publicerad"

    status = models.CharField("status", max_length=10, choices=Status.choices, default=Status.QUEUED)
    addresses = models.TextField("webbadresser", blank=True, help_text="En adress per rad.")
    total = models.PositiveIntegerField("källor", default=0)
    done = models.PositiveIntegerField("klara", default=0)
    log = models.TextField("logg", blank=True)
    task_id = models.CharField("uppgiftens id", max_length=64, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="tillagd av",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    published_at = models.DateTimeField("publicerad", null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "källa"  # the admin's button reads "Lägg till källa"
        verbose_name_plural = "tillagda källor"

    def __str__(self):
        when = self.created_at.strftime("%Y-%m-%d %H:%M") if self.created_at else "ny"
        return f"Källor tillagda {when}"

    @property
    def finished(self) -> bool:
        return self.status in {self.Status.DONE, self.Status.FAILED, self.Status.PUBLISHED}

    def add_log(self, line: str) -> None:
        self.log = f"{self.log}\n{line}" if self.log else line


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
    # Provenance (issue 15): what a reader needs to find and cite the original. Filled from the file
    # (an HTML page's canonical address and meta tags, a PDF's metadata), a sidecar file for
    # command-line imports (reform_kb/pipeline/provenance.py), the address it was fetched from, or
    # an editor; the document page shows it as its source line.
    url = models.URLField("originaladress", max_length=1000, blank=True)
    publisher = models.CharField("utgivare", max_length=300, blank=True)
    title = models.CharField("titel", max_length=300, blank=True)
    published = models.DateField("publiceringsdatum", null=True, blank=True)
    retrieved_at = models.DateField("hämtad", null=True, blank=True)
    kind = models.CharField("typ av källa", max_length=100, blank=True, help_text="T.ex. blogginlägg, remissvar.")
    media_type = models.CharField("filtyp", max_length=100, blank=True)
    original = models.FileField("originalfil", upload_to=original_path, max_length=500, blank=True)
    metadata_by_editor = models.BooleanField(
        "uppgifter ändrade av redaktör",
        default=False,
        help_text="Importen skriver aldrig över uppgifter som en redaktör har ändrat.",
    )
    source_import = models.ForeignKey(
        SourceImport,
        verbose_name="tillagd som",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sources",
    )

    class Meta:
        ordering = ["name"]
        verbose_name = "källfil"
        verbose_name_plural = "källfiler"

    def __str__(self):
        return self.name
