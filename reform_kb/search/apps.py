from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "reform_kb.search"
    label = "search"
    verbose_name = "Sökning"

    def ready(self):
        from . import signals

        signals.connect()
        # The page cache's invalidation (kb/views/caching.py) is hooked up here, beside the search
        # index's, as both follow every save of the knowledge base's rows.
        from reform_kb.kb.views import caching

        caching.connect()
