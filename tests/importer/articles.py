"""A short news article in the seeds' format, and a way to import files as the command does."""

from io import StringIO

from django.core.management import call_command

ARTICLE = """Socialtjänsten behöver mer resurser

Publicerad: 2024-03-05

Anna Andersson, förbundsordförande i Vision. Foto: Per Persson

Många kommuner har stora underskott, visar en ny enkät.

– Det förebyggande arbetet är det första som prioriteras bort när pengarna tar slut, säger Anna Andersson, förbundsordförande i Vision.

– Vi kräver generella statsbidrag till socialtjänsten, säger hon.
"""


def article(title: str = "Socialtjänsten behöver mer resurser", speaker: str = "Anna Andersson") -> str:
    """ARTICLE under another title, or with another speaker."""
    return ARTICLE.replace("Socialtjänsten behöver mer resurser", title).replace("Anna Andersson", speaker)


def run_import(*paths, **options) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_seeds", *[str(p) for p in paths], stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()
