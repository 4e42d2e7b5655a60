"""The genre labels pages set above a headline ("DEBATT", "Pressmeddelande"), in a module of their own:
both the line reader (`lines`, a date row's "Ämne: Debattartikel") and the kind reader (`kinds`) need them,
and `kinds` reads `lines`."""

from __future__ import annotations

import re

# A genre label standing alone above a title ("DEBATT", "Pressmeddelande"): it gives the kind, never the title.
GENRE_RE = re.compile(
    r"^(?P<genre>Nyheter|Nyhet|Aktuellt|Debatt|Debattartikel|Replik|Slutreplik|Insändare|Krönika|Ledare|Intervju"
    r"|Reportage|Notis|Pressmeddelande|Pressinformation|Remissvar|Remissyttrande|Yttrande|Åsikt|Opinion|Kolumn"
    r"|Debattinlägg|Blogginlägg)\s*[:–-]?$",
    re.IGNORECASE,
)
