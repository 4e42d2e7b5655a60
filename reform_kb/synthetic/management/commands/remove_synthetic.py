"""python manage.py remove_synthetic – delete everything generate_corpus made."""

from django.core.management.base import BaseCommand

from reform_kb.synthetic.remove import remove_synthetic


class Command(BaseCommand):
    help = "Tar bort alla syntetiska dokument, citat, personer och organisationer (även ur sökindexet)."

    def handle(self, *args, verbosity, **options):
        def progress(report):
            if verbosity >= 2:
                self.stderr.write(f"  {report.documents} dokument, {report.quotes} citat borttagna …")

        report = remove_synthetic(progress)
        self.stdout.write(
            self.style.SUCCESS(
                f"Tog bort {report.documents} dokument, {report.quotes} citat, {report.people} personer och "
                f"{report.organisations} organisationer (syntetiska)."
            )
        )
