"""The newsroom's own roles in a byline: a closed list of the titles journalists sign with ("Reporter",
"Redaktör", …), never the role of anyone the text is about. lines.name_bylines reads them under a name alone
("Anna Berg" / "Reporter" / "2 jul 2024") and, since round 46, after it on one line ("Linda Nestor, Redaktör" over
"Senast uppdaterad …", the former test45's d4512, where the line was read as a second document's headline)."""

from __future__ import annotations

import re

from .. import metadata
from ..names import looks_like_name

NEWSROOM_ROLE_RE = re.compile(
    r"^(?:Reporter|Journalist|Frilansjournalist|Frilansskribent|Skribent|Redaktör|Chefredaktör|Webbredaktör"
    r"|Redaktionschef|Nyhetschef|Krönikör|Medarbetare|Reporter och fotograf)$",
    re.IGNORECASE,
)


def name_and_newsroom_role(line: str) -> str | None:
    """ "Linda Nestor, redaktör" for the line "Linda Nestor, Redaktör": a writer's name and newsroom role, else
    None."""
    name, _, role = line.partition(", ")
    if NEWSROOM_ROLE_RE.match(role) and metadata.PERSON_NAME_RE.match(name) and looks_like_name(name):
        return f"{name}, {role.lower()}"
    return None
