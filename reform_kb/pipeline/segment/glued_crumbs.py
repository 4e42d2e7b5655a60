"""A page's section label or breadcrumb scraped onto its headline with no space between them:
"PressPressmeddelandenTeam Olivia köper två boenden", "Motdrag granskarLäkemedelsassisterad behandling – …".

Round 40 (the former test39's d3930, d3939): the headline was read with the label glued on. The last place
where a lower-case letter runs straight into a capitalised word splits them, when the part before is a label
(three words at most) and the part after reads as a headline (four words or more, no full stop at the end).
Names and abbreviations written with inner capitals ("SiS", "FoU", "AnneSofie Blixt") leave fewer words after
the capital, or none in lower case before it, so they stay whole.
"""

from __future__ import annotations

import re

from ..text import ends_sentence, word_count

_GLUE_RE = re.compile(r"(?<=[a-zåäö]{3})(?=[A-ZÅÄÖ][a-zåäö])")
MAX_LABEL_WORDS = 3
MIN_HEADLINE_WORDS = 4
MAX_HEADLINE_WORDS = 20


def split_glued_crumb(line: str) -> list[str]:
    """The label and the headline as two lines with a blank one between, or the line as it was."""
    if not _GLUE_RE.search(line) or ends_sentence(line) or word_count(line) > MAX_HEADLINE_WORDS:
        return [line]
    at = [m.start() for m in _GLUE_RE.finditer(line)][-1]
    label, headline = line[:at], line[at:]
    if word_count(label) > MAX_LABEL_WORDS or word_count(headline) < MIN_HEADLINE_WORDS:
        return [line]
    return [label, "", headline]
