from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class KbConfig(AppConfig):
    name = "reform_kb.kb"
    label = "kb"
    verbose_name = "Kunskapsbank"

    def ready(self):
        # Every ORM save, delete and relinking of the knowledge base's rows goes to the change feed,
        # which keeps the content version (cached pages) and its subscribers (search) fresh.
        from . import changes, history, map_summary

        changes.connect()
        # The map's summary table follows the feed too (kb/map_summary.py).
        map_summary.connect()
        # A restorable first version for rows the importer wrote without history (kb/history.py).
        history.connect()


# Imported as a module, not by class name: Django treats every AppConfig class named in this
# module as a candidate default for the kb app.
class KbAdminConfig(admin_apps.AdminConfig):
    """Django's admin with the editors' site (review queue) as the default site."""

    default = False
    default_site = "reform_kb.kb.admin_site.KbAdminSite"
