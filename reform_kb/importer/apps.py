from django.apps import AppConfig


class ImporterConfig(AppConfig):
    name = "reform_kb.importer"
    verbose_name = "Import av källtexter"
