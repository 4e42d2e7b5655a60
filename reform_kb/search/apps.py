from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "reform_kb.search"
    label = "search"
    verbose_name = "Sökning"

    def ready(self):
        # The index follows every change the knowledge base's change feed publishes.
        from reform_kb.kb import changes

        from .index_sync import refresh

        changes.subscribe(refresh)
