"""A speaker named by a first name only, where the text gives that person's full name elsewhere.

Round 16 (issue 10, speakers): "säger fältassistenterna Stina Fager och Patrik Tell" and then "… säger
Patrik": the reader knows Patrik is Patrik Tell, and the knowledge base must not hold a second person
called Patrik. When exactly one full name in the document opens with that first name, the quote is theirs.

Round 42: when two full names open with it (a caption's "Katarina Ek" and the body's "Katarina Holm", or a
writer's slip between two surnames), a reader takes the one named last before the quote, as Swedish prose
introduces a person by full name and goes on with the first name; a quote before either full name stays
with the bare first name, as no reader could tell.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reform_kb.pipeline.records import ParsedQuote, PersonMention


def _full_names(quotes: list[ParsedQuote], people: list[PersonMention]) -> dict[str, dict[str, PersonMention]]:
    """Every full name the document gives, by its first name."""
    named = [*people, *(q.speaker for q in quotes if q.speaker), *(p for q in quotes for p in q.co_speakers)]
    full: dict[str, dict[str, PersonMention]] = {}
    for person in named:
        words = person.name.split()
        if len(words) >= 2:
            full.setdefault(words[0], {}).setdefault(person.name, person)
    return full


def _named_last_before(
    candidates: dict[str, PersonMention], places: dict[str, list[int]], quote: ParsedQuote
) -> PersonMention | None:
    """The candidate whose full name stands nearest before the quote in the body, if any stands before it."""
    if quote.in_title:
        return None
    last = {name: _last_before(places[name], quote.start) for name in candidates}
    name, place = max(last.items(), key=lambda item: item[1])
    return candidates[name] if place >= 0 else None


def _last_before(places: list[int], start: int) -> int:
    """The last of the sorted places before `start`, or -1."""
    i = bisect_left(places, start)
    return places[i - 1] if i else -1


def _places(names: list[str], body: str) -> dict[str, list[int]]:
    """Where each name stands in the body as whole words ("Per Holm" is not inside "Per Holmblad"), found once
    per document: per quote only a look-up, so a long document with many quotes stays linear to parse (issue 10,
    item 9)."""
    return {name: [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", body)] for name in names}


def complete_first_names(
    quotes: list[ParsedQuote], people: list[PersonMention], body: str = ""
) -> list[PersonMention]:
    """Credit each quote whose speaker is a bare first name to the full name opening with it (the one named
    last before the quote when several do); returns `people` without such first names (they are that person)."""
    full = _full_names(quotes, people)
    shared = [name for names in full.values() if len(names) > 1 for name in names]
    places = _places(shared, body) if shared and body else {}
    for quote in quotes:
        speaker = quote.speaker
        candidates = full.get(speaker.name, {}) if speaker and " " not in speaker.name else {}
        if len(candidates) == 1:
            [whole] = candidates.values()
        elif candidates and body:
            whole = _named_last_before(candidates, places, quote)
        else:
            whole = None
        if whole is not None:
            quote.speaker = PersonMention(
                whole.name,
                whole.role or speaker.role,
                whole.organisation or speaker.organisation,
                whole.party or speaker.party,
            )
    return [p for p in people if " " in p.name or not full.get(p.name)]
