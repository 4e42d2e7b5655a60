"""The importer never guesses a stance (issue 13): every stance a page shows is an editor's."""

from pathlib import Path

import pytest
from django.core.management import call_command

from reform_kb.kb.models import Quote, QuoteStance

pytestmark = pytest.mark.django_db(transaction=False)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_importing_the_seeds_sets_no_stance(capsys):
    call_command("import_seeds", str(SEEDS))
    assert Quote.objects.exists()
    assert not QuoteStance.objects.exists()


def test_a_reimport_keeps_the_stances_editors_set(tmp_path, capsys):
    source = tmp_path / "remissvar.txt"
    source.write_text(
        (SEEDS / next(p.name for p in SEEDS.glob("*.txt"))).read_text(encoding="utf-8"), encoding="utf-8"
    )
    call_command("import_seeds", str(tmp_path))
    quote = Quote.objects.filter(themes__isnull=False).first()
    if quote is None:
        pytest.skip("the seed file has no quote with a theme")
    theme = quote.themes.first()
    # As the admin does it (tests/admin/test_stances.py): a stance marks the quote as the editor's.
    QuoteStance.objects.create(quote=quote, theme=theme, stance="kritisk")
    Quote.objects.filter(pk=quote.pk).update(edited_by_editor=True, annotation="Skälet.")
    call_command("import_seeds", str(tmp_path), "--force")
    assert QuoteStance.objects.filter(quote=quote, theme=theme, stance="kritisk").exists()
