from django.core.management.base import BaseCommand
from django.db import transaction

from reform_kb.kb.models import Document, Quote
from reform_kb.search.api import clear_index, reindex_documents, reindex_quotes

CHUNK = 500


class Command(BaseCommand):
    help = "Bygger om sökindexet för alla dokument och citat (PostgreSQL: tsvector, SQLite: FTS5)."

    def handle(self, *args, **options):
        verbose = options["verbosity"] >= 1
        # A progress line that rewrites itself on a terminal; one line per chunk in a log.
        live = self.stdout.isatty()
        # One transaction: searches see the old index until the new one is complete.
        with transaction.atomic():
            clear_index()
            for label, model, reindex in (
                ("Dokument", Document, reindex_documents),
                ("Citat", Quote, reindex_quotes),
            ):
                ids = list(model.objects.order_by("pk").values_list("pk", flat=True))
                for done in range(0, len(ids), CHUNK):
                    reindex(ids[done : done + CHUNK])
                    progress = f"{label}: {min(done + CHUNK, len(ids))}/{len(ids)}"
                    if live:
                        self.stdout.write(f"\r{progress}", ending="")
                    elif options["verbosity"] >= 2:
                        self.stdout.write(progress)
                if verbose:
                    self.stdout.write(
                        f"\r{label}: {len(ids)}/{len(ids)}" if live else f"{label}: {len(ids)}/{len(ids)}"
                    )
        self.stdout.write(self.style.SUCCESS("Sökindexet är ombyggt."))
