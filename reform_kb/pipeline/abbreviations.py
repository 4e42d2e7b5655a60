"""Abbreviations whose points are no sentence's end: "säger Stefan Ek, t.f. förbundssekreterare på ABF",
"Anna Berg, f.d. socialchef i Lund" (round 45, from the former test44's d4464).

The pipeline reads a presentation up to the sentence's end, the first point; an abbreviated title cut it
after "t.", so the speaker was lost and the attribution read as speech. `mask` writes such points as a
one-dot leader (U+2024) of the same length, so offsets hold, before a presentation is read; `unmask` writes
them back in what was read."""

from __future__ import annotations

import re

MASK = "\u2024"
# Abbreviations a title or a presentation carries, before a lower-case word (a capital after a point ends a
# sentence as usual): "t.f.", "f.d.", "bitr.", "leg.", "fil. dr", "bl.a.", "s.k.".
_ABBREVIATION_RE = re.compile(
    r"(?<![\w.])(?:t\.f|f\.d|v\.d|tf|fd|bitr|ordf|leg|fil|jur|dr|prof|doc|tillf|ställf|resp|ca|bl\.a|t\.ex|m\.fl"
    r"|s\.k|dvs|d\.v\.s|fr\.o\.m|t\.o\.m|p\.g\.a|pga)\.(?=\s+[a-zåäö])",
    re.IGNORECASE,
)


def mask(text: str) -> str:
    """`text` with the points of abbreviations (see above) masked; the same length."""
    if "." not in text:
        return text
    return _ABBREVIATION_RE.sub(lambda m: m.group(0).replace(".", MASK), text)


def unmask(text: str | None) -> str | None:
    return text.replace(MASK, ".") if text and MASK in text else text
