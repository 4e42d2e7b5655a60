"""python manage.py generate_corpus --documents N --quotes M – synthetic data for benchmarks."""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from reform_kb.synthetic.files import write_files
from reform_kb.synthetic.generate import SyntheticDataExists, generate, sentence_pool


class Command(BaseCommand):
    help = (
        "Genererar syntetiska men realistiska dokument och citat av meningarna i seeds/, markerade som "
        "syntetiska (tas bort med remove_synthetic). Med --files skrivs textfiler i stället."
    )

    def add_arguments(self, parser):
        parser.add_argument("--documents", type=int, required=True, help="Antal dokument.")
        parser.add_argument(
            "--quotes", type=int, required=True, help="Antal citat totalt, fördelade på dokumenten."
        )
        parser.add_argument(
            "--seed", type=int, default=1, help="Slumpfrö: samma frö ger samma korpus (standard 1)."
        )
        parser.add_argument(
            "--files",
            type=Path,
            metavar="MAPP",
            help="Skriv dokumenten som .txt-filer i seeds-format i MAPP (för import_seeds) i stället för i databasen.",
        )
        parser.add_argument(
            "--source",
            type=Path,
            action="append",
            help="Filer eller mappar att hämta meningar från (standard seeds/). Kan anges flera gånger.",
        )
        parser.add_argument(
            "--replace", action="store_true", help="Ta först bort syntetiska data som redan finns."
        )

    def handle(self, *args, documents, quotes, seed, files, source, replace, verbosity, **options):
        if documents < 0 or quotes < 0:
            raise CommandError("--documents och --quotes får inte vara negativa.")
        if quotes and not documents:
            raise CommandError("Citat behöver dokument: ange --documents större än 0.")
        progress = sys.stderr if verbosity >= 1 else None
        if files:
            size = write_files(
                files, documents, quotes, sentence_pool(source), seed=seed, progress_stream=progress
            )
            self.stdout.write(self.style.SUCCESS(f"Skrev {documents} filer ({size / 1e6:.1f} MB) i {files}."))
            return
        try:
            report = generate(
                documents, quotes, seed=seed, sources=source, replace=replace, progress_stream=progress
            )
        except SyntheticDataExists as exc:
            raise CommandError(f"{exc} (eller ange --replace)") from exc
        self.stdout.write(
            self.style.SUCCESS(
                f"Skapade {report.documents} dokument, {report.quotes} citat, {report.people} personer och "
                f"{report.organisations} organisationer (syntetiska) på {report.seconds:.1f} s."
            )
        )
