from django.apps import AppConfig


class KbConfig(AppConfig):
    name = "reform_kb.kb"
    label = "kb"
    verbose_name = "Kunskapsbank"
