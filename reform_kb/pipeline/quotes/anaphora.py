"""A speaker's title from the narrative that goes on about them: "– …, säger Helén Eurenius." / "Ingen kom till
skada och förvaltningschefen vill inte tala om trauma." / "– Det handlar om obehagliga upplevelser."

Swedish journalism names a speaker in full once and then, between the quotes, by a title in the definite form
("förvaltningschefen", "ordföranden") with no name after it. When the speaker has no title of their own yet,
that title is theirs (round 12). Only a leader's title counts (a head, a chair, a director, a council
member): a title many hold ("socialsekreteraren") names someone else as often, and a minister named by title
alone is most often another person than the one quoted.
"""

from __future__ import annotations

import re

from reform_kb.pipeline.definite_titles import indefinite_title
from reform_kb.pipeline.names import LOWER, UPPER
from reform_kb.pipeline.records import ParsedQuote, PersonMention

_ANAPHOR_RE = re.compile(
    rf"(?<![\w-])(?P<title>[{LOWER}-]*(?:chefen|ordföranden|direktören)|[{LOWER}]+rådet)(?![\w-])"
    rf"(?!\s+[{UPPER}])"
)


def anaphoric_title(text: str) -> str | None:
    """The one title `text` uses in the definite form without a name after it, in its indefinite form."""
    titles = {m.group("title") for m in _ANAPHOR_RE.finditer(text) if not m.group("title").endswith("området")}
    return indefinite_title(titles.pop()) if len(titles) == 1 else None


def give_titles(titles: dict[str, str], quotes: list[ParsedQuote], people: list[PersonMention]) -> None:
    """Give each speaker without a role the title the narrative called them by (`titles`, by name)."""
    for person in [q.speaker for q in quotes if q.speaker] + people:
        if not person.role and person.name in titles:
            person.role = titles[person.name]
