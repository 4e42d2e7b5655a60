from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "reform_kb.search"
    label = "search"
    verbose_name = "Sökning"

    def ready(self):
        from . import signals

        signals.connect()
