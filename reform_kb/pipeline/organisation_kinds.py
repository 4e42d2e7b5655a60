"""The kind guessed for a federation recognised by its name's form ("…förbundet"): a union or an association.
Split off organisation_forms.py in round 32, when that module reached its size limit."""

from __future__ import annotations

import re

# The trades a union's name is built on ("Lärarförbundet", "Transportarbetareförbundet", "Psykologförbundet");
# any other "…förbundet" is taken for an association ("Neuroförbundet", "Reumatikerförbundet"). A guess, as
# the kind of every organisation recognised by form is: the editor who reviews it corrects it.
_UNION_STEM_RE = re.compile(
    r"(?:arbetare|lärar|läkar|log|ist|anställdas|befäls|officers|polis|musiker|ingenjörs|ekonom|socionom|"
    r"akademiker|journalist|tjänstemanna|vårdare|sköterske|tandläkar|veterinär|brandmans?)förbunde[tn]$",
    re.IGNORECASE,
)


def federation_kind(name: str) -> str:
    """ "fackforbund" for a union's name, "intresseorganisation" for any other federation."""
    return "fackforbund" if _UNION_STEM_RE.search(name.split()[0]) else "intresseorganisation"
