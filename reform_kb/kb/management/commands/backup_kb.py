"""python manage.py backup_kb FILE – the whole knowledge base, editors' work and users included, as
one JSON file that restore_kb reads back (the work is done by reform_kb/kb/backup.py)."""

import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from reform_kb.kb.backup import write_backup


class Command(BaseCommand):
    help = (
        "Sparar hela kunskapsbanken som en JSON-fil som restore_kb kan läsa tillbaka: allt innehåll, "
        "redaktörernas arbete, användare (med lösenordshashar) och grupper. Förvara filen säkert."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Fil att skriva säkerhetskopian till (skrivs över om den finns).")

    def handle(self, *args, path, **options):
        target = Path(path)
        partial = target.with_name(target.name + ".tmp")
        try:
            # Written beside the target and renamed at the end: a failed run leaves no half backup.
            with partial.open("w", encoding="utf-8") as stream:
                counts = write_backup(stream)
            os.replace(partial, target)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise CommandError(f"Kunde inte skriva säkerhetskopian till {path}: {error.strerror}.") from error
        if options["verbosity"] >= 2:
            for label, n in counts.items():
                self.stdout.write(f"{label}: {n}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Säkerhetskopian är sparad i {path}: {counts.total()} rader i {len(counts)} tabeller."
            )
        )
