"""python manage.py import_seeds [PATH ...] – import source texts into the knowledge base."""

import os
import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from reform_kb.importer.report import ENTITIES, FileResult, ImportReport
from reform_kb.importer.service import import_paths

LABELS = {"documents": "dokument", "quotes": "citat", "organisations": "organisationer", "people": "personer"}
ACTIONS = {"created": "+ ny", "updated": "~ ändrad", "removed": "- borttagen", "flagged": "! att granska"}
# Above this many files, progress is a bar (on a terminal) or a line per tenth, not a line per file.
MANY_FILES = 50


class Command(BaseCommand):
    help = (
        "Importerar källtexter (.txt, .pdf, .html; filer eller mappar, standard seeds/) till kunskapsbanken. "
        "Kan köras om: oförändrade filer hoppas över och redaktörernas ändringar skrivs aldrig över."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths",
            nargs="*",
            type=Path,
            help="Filer eller mappar att importera (standard: seeds/ i projektet).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Visa vad som skulle skapas, ändras och flaggas, utan att skriva något till databasen.",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=os.cpu_count() or 1,
            help="Antal processer som tolkar filer parallellt vid större importer (standard: antal kärnor).",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Tolka om även filer som inte har ändrats sedan förra importen.",
        )

    def handle(self, *args, paths, dry_run, force, workers, verbosity, **options):
        paths = paths or [Path(settings.BASE_DIR) / "seeds"]
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(f"Finns inte: {', '.join(missing)}")

        progress = _Progress(self, verbosity)
        if verbosity >= 1:
            self.stdout.write("Provkörning – inget sparas." if dry_run else "Importerar …")
        report = import_paths(
            paths,
            dry_run=dry_run,
            force=force,
            workers=workers,
            keep_events=dry_run or verbosity >= 2,
            on_start=progress.start,
            on_file=progress.file_done,
        )
        progress.finish()
        if dry_run or verbosity >= 2:
            self._write_events(report)
        self._write_renamed_sources(report)
        self._write_summary(report)
        self._finish(report)

    def _write_events(self, report: ImportReport) -> None:
        if not report.events:
            return
        self.stdout.write("")
        self.stdout.write("Skulle göras:" if report.dry_run else "Gjort:")
        for event in report.events:
            self.stdout.write(f"  {ACTIONS[event.action]:14} {LABELS[event.entity]:15} {event.label}")

    def _write_renamed_sources(self, report: ImportReport) -> None:
        """Sources an import before issue 9 knew by their bare file names, now by their paths."""
        if not report.renamed_sources:
            return
        self.stdout.write("")
        self.stdout.write(
            f"{len(report.renamed_sources)} källfil(er) identifieras nu med sökvägen i mappen i stället för "
            "bara filnamnet; deras dokument och citat behålls och uppdateras:"
        )
        for old, new in report.renamed_sources:
            self.stdout.write(f"  {old} → {new}")

    def _write_summary(self, report: ImportReport) -> None:
        self.stdout.write("")
        self.stdout.write(
            f"{'':16}{'nya':>8}{'ändrade':>10}{'oförändrade':>13}{'borttagna':>11}{'att granska':>13}"
        )
        for entity in ENTITIES:
            c = report.counts[entity]
            self.stdout.write(
                f"{LABELS[entity]:16}{c['created']:>8}{c['updated']:>10}{c['unchanged']:>13}"
                f"{c['removed']:>11}{c['flagged']:>13}"
            )
        skipped = sum(1 for f in report.files if f.skipped)
        ok = len(report.files) - len(report.failed)
        self.stdout.write(
            f"Filer: {ok} importerade ({skipped} oförändrade, hoppades över), {len(report.failed)} misslyckade."
        )

    def _finish(self, report: ImportReport) -> None:
        if not report.files:
            raise CommandError("Hittade inga källfiler att importera (.txt, .pdf, .html).")
        if report.failed:
            names = ", ".join(f.key for f in report.failed)
            raise CommandError(f"{len(report.failed)} fil(er) kunde inte importeras: {names}")
        if report.dry_run:
            self.stdout.write(self.style.WARNING("Provkörning: inga ändringar sparades."))
        elif report.changed:
            self.stdout.write(self.style.SUCCESS("Klart."))
        else:
            self.stdout.write(self.style.SUCCESS("Klart: inget har ändrats sedan förra importen."))


class _Progress:
    """Per-file lines for a few files; a bar on a terminal, or a line per tenth, for many."""

    def __init__(self, command: BaseCommand, verbosity: int):
        self.command = command
        self.verbosity = verbosity
        self.total = 0
        self.done = 0
        self.documents = 0
        self.started = time.monotonic()
        self.tty = sys.stderr.isatty()

    def start(self, total: int) -> None:
        self.total = total

    def file_done(self, result: FileResult) -> None:
        self.done += 1
        self.documents += result.documents
        if result.error:
            self._clear()
            self.command.stderr.write(
                self.command.style.ERROR(f"  {result.path}: MISSLYCKADES – {result.error}")
            )
        if self.verbosity < 1:
            return
        if self.total <= MANY_FILES or self.verbosity >= 2:
            if not result.error:
                note = " (oförändrad)" if result.skipped else ""
                self.command.stdout.write(
                    f"  {result.key}: {result.documents} dokument, {result.quotes} citat{note}"
                )
        elif self.tty:
            width = 30
            filled = width * self.done // self.total
            rate = self.done / max(time.monotonic() - self.started, 1e-6)
            sys.stderr.write(
                f"\r  [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} filer, "
                f"{self.documents} dokument, {rate:.0f} filer/s "
            )
            sys.stderr.flush()
        elif self.done * 10 // self.total != (self.done - 1) * 10 // self.total:
            self.command.stdout.write(f"  {self.done}/{self.total} filer, {self.documents} dokument")

    def _clear(self) -> None:
        if self.tty and self.total > MANY_FILES and self.verbosity == 1:
            sys.stderr.write("\r" + " " * 80 + "\r")

    def finish(self) -> None:
        if self.tty and self.total > MANY_FILES and self.verbosity == 1:
            sys.stderr.write("\n")
