"""Quotations a headline opens or closes on, which still leave it a headline: 'Kommun höjer stödet: ”Bistra
tider”' and '"Allt står och faller med vårdarna" – äldreomsorgen …'. Used by lines.py's `is_title_like`."""

from __future__ import annotations

import re

# The quotation a headline ends on: opened and closed, a few words, not ending its sentence with a full stop.
# Round 10: up to a hundred characters quoted ("Ny rapport från X: ”Mer samverkan behövs för att hjälpa unga …”").
_CLOSING_QUOTATION_RE = re.compile(r'[”"“][^”"“.]{2,100}[!?]?[”"]$')
# Round 13: a headline opening on a quotation and going on after a dash or colon; not a quote and its
# attribution ('”Det är bra”, säger Anna'), which a comma joins.
_QUOTATION_FIRST_RE = re.compile(r'^[”"“»][A-ZÅÄÖ][^”"“»«]{2,120}[”"“»]\s*(?:[–—-]|:)\s+\S')


def ends_in_quotation(text: str) -> bool:
    """A headline closing on a quotation after its own words: 'Kommun höjer stödet: ”Bistra tider”',
    'Minister om granskningen: "Oerhört allvarligt!"'. A sentence quoted to its end ('… sa hon.”') is prose."""
    m = _CLOSING_QUOTATION_RE.search(text)
    return bool(m) and m.start() > 0 and text[m.start() - 1] in " :–-"


def opens_on_quotation(text: str) -> bool:
    """A headline opening on a quotation and going on after a dash or colon: '"Allt står och faller med
    vårdarna" – äldreomsorgen kan anställa fler', '”Vi behöver fler”: kommunen söker personal'."""
    return bool(_QUOTATION_FIRST_RE.match(text))
