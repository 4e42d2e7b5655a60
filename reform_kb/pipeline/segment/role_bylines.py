"""A byline that is the writer's name and job at the publication, with no byline word: "Linda Nestor, Redaktör".

Round 46 (the former test45's d4512): an agency's news page set its editor's name and title between the ingress
and the "Senast uppdaterad" line; the segmenter took the line for the headline of a second document and the
writer was lost. A name followed by a newsroom title is a byline wherever it stands in a document's head.
"""

from __future__ import annotations

import re

from ..metadata import PERSON_NAME_RE

# The titles of a newsroom, which a speaker quoted in the text does not give as their role at the publication.
_NEWSROOM_TITLES = (
    r"(?:[Rr]edaktör|[Ww]ebbredaktör|[Cc]hefredaktör|[Rr]edaktionschef|[Nn]yhetschef|[Rr]eporter|[Jj]ournalist"
    r"|[Ff]rilansjournalist|[Ss]kribent|[Kk]rönikör)"
)
# A byline word before the name ("Av Eva Ek, reporter") leaves the line to bylines.py's labelled bylines.
ROLE_BYLINE_RE = re.compile(rf"^(?!(?:Av|Text|Foto|Bild)\b)(?P<name>[^,]{{4,60}}),\s*(?P<role>{_NEWSROOM_TITLES})$")


def role_byline(text: str) -> tuple[str, str] | None:
    """(name, title) when the line is a writer's name and newsroom title alone, else None."""
    m = ROLE_BYLINE_RE.match(text)
    if m is None or not PERSON_NAME_RE.match(m.group("name")):
        return None
    return m.group("name"), m.group("role").lower()
