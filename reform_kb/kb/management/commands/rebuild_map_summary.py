"""Count the organisation × theme map's summary (kb.MapCell) again from the knowledge base."""

from django.core.management.base import BaseCommand
from django.db import transaction

from reform_kb.kb import content_version, map_summary


class Command(BaseCommand):
    help = (
        "Räknar om kartans sammanställning (organisation × tema × år) från kunskapsbanken. "
        "Behövs bara om tabellen kommit ur takt, t.ex. efter skrivningar med rå SQL."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            cells = map_summary.rebuild()
            # Map pages cached from the old table are retired with a new content version (no row of
            # the knowledge base changed, so the change feed has nothing to publish).
            content_version.bump_version()
        self.stdout.write(f"Kartans sammanställning omräknad: {cells} celler.")
