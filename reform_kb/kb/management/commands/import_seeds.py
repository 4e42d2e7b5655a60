"""python manage.py import_seeds [PATH ...] – import source texts into the knowledge base."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from reform_kb.importer import FileResult, import_paths
from reform_kb.importer.service import ENTITIES

LABELS = {"documents": "dokument", "quotes": "citat", "organisations": "organisationer", "people": "personer"}


class Command(BaseCommand):
    help = (
        "Importerar källtexter (filer eller mappar, standard seeds/) till kunskapsbanken. "
        "Kan köras om: oförändrade texter lämnas orörda och redaktörernas ändringar skrivs aldrig över."
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
            help="Visa vad som skulle skapas och ändras, utan att skriva något till databasen.",
        )

    def handle(self, *args, paths, dry_run, verbosity, **options):
        paths = paths or [Path(settings.BASE_DIR) / "seeds"]
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(f"Finns inte: {', '.join(missing)}")

        def on_file(result: FileResult):
            if result.error:
                self.stderr.write(self.style.ERROR(f"  {result.path}: MISSLYCKADES – {result.error}"))
            elif verbosity >= 1:
                self.stdout.write(f"  {result.path.name}: {result.documents} dokument, {result.quotes} citat")

        if verbosity >= 1:
            self.stdout.write("Provkörning – inget sparas." if dry_run else "Importerar …")
        report = import_paths(paths, dry_run=dry_run, on_file=on_file)

        self.stdout.write("")
        self.stdout.write(f"{'':16}{'nya':>8}{'ändrade':>10}{'oförändrade':>13}{'borttagna':>11}")
        for entity in ENTITIES:
            c = report.counts[entity]
            self.stdout.write(
                f"{LABELS[entity]:16}{c['created']:>8}{c['updated']:>10}{c['unchanged']:>13}{c['removed']:>11}"
            )
        ok = len(report.files) - len(report.failed)
        self.stdout.write(f"Filer: {ok} importerade, {len(report.failed)} misslyckade.")
        if not report.files:
            raise CommandError("Hittade inga textfiler att importera (.txt, .text, .md).")
        if report.failed:
            names = ", ".join(f.path.name for f in report.failed)
            raise CommandError(f"{len(report.failed)} fil(er) kunde inte importeras: {names}")
        if dry_run:
            self.stdout.write(self.style.WARNING("Provkörning: inga ändringar sparades."))
        elif report.changed:
            self.stdout.write(self.style.SUCCESS("Klart."))
        else:
            self.stdout.write(self.style.SUCCESS("Klart: inget har ändrats sedan förra importen."))
