"""The themes' counts (home page, theme list) count what the public may see: a draft's or a withdrawn
quote's links are subtracted from the theme's links, which at a million quotes is what keeps the count
within a request's time (selectors._public_links_per_theme)."""

import pytest

from reform_kb.kb.selectors import themes_with_counts
from tests.builders import make_document, make_quote, make_theme

pytestmark = pytest.mark.django_db


def test_theme_counts_leave_out_drafts_and_withdrawn_quotes():
    theme, other = make_theme("Räknetemat", slug="raknetemat"), make_theme("Tomtemat", slug="tomtemat")
    shown = make_document("Det publicerade", body="– Ett. – Två. – Tre.", themes=[theme])
    for text in ("Ett", "Två"):
        make_quote(shown, text, themes=[theme])
    withdrawn = make_quote(shown, "Tre", themes=[theme])
    withdrawn.withdrawn = True
    withdrawn.save()
    draft = make_document("Utkastet", body="– Fyra.", themes=[theme, other])
    make_quote(draft, "Fyra", themes=[theme, other])
    draft.public = False
    draft.save()

    counts = {t.slug: (t.document_count, t.quote_count) for t in themes_with_counts()}
    assert counts["raknetemat"] == (1, 2)
    assert counts["tomtemat"] == (0, 0)
