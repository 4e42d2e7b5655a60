from django.apps import AppConfig


class SyntheticConfig(AppConfig):
    """Synthetic benchmark data (generate_corpus, remove_synthetic), written through kb's data layer."""

    name = "reform_kb.synthetic"
    label = "synthetic"
    verbose_name = "Syntetiska testdata"
