"""python manage.py restore_kb FILE [--replace] – restores a backup_kb file into an empty database
(the work is done by reform_kb/kb/backup.py)."""

from django.core.management.base import BaseCommand, CommandError

from reform_kb.kb.backup import BackupError, read_backup, restore


class Command(BaseCommand):
    help = (
        "Återställer en säkerhetskopia från backup_kb till en tom, nyss migrerad databas "
        "(SQLite eller PostgreSQL). Sökindexet byggs om för det som återställs."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Säkerhetskopian (en fil från backup_kb).")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Ersätt allt innehåll i en databas som inte är tom (allt som säkerhetskopian omfattar raderas först).",
        )

    def handle(self, *args, path, replace, **options):
        try:
            with open(path, encoding="utf-8") as stream:
                backup = read_backup(stream)
            counts = restore(backup, replace=replace)
        except OSError as error:
            raise CommandError(f"Kunde inte läsa {path}: {error.strerror}.") from error
        except BackupError as error:
            raise CommandError(str(error)) from error
        if options["verbosity"] >= 2:
            for label, n in counts.items():
                self.stdout.write(f"{label}: {n}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Säkerhetskopian är återställd: {counts.total()} rader i {len(counts)} tabeller."
            )
        )
