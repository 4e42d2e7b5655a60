"""A speaker named by a first name only, where the text gives that person's full name elsewhere.

Round 16 (issue 10, speakers): "säger fältassistenterna Stina Fager och Patrik Tell" and then "… säger
Patrik": the reader knows Patrik is Patrik Tell, and the knowledge base must not hold a second person
called Patrik. When exactly one full name in the document opens with that first name, the quote is theirs.
"""

from __future__ import annotations

from reform_kb.pipeline.records import ParsedQuote, PersonMention


def complete_first_names(quotes: list[ParsedQuote], people: list[PersonMention]) -> list[PersonMention]:
    """Credit each quote whose speaker is a bare first name to the one full name opening with it; returns
    `people` without such first names (they are that person)."""
    named = [*people, *(q.speaker for q in quotes if q.speaker), *(p for q in quotes for p in q.co_speakers)]
    full: dict[str, dict[str, PersonMention]] = {}
    for person in named:
        words = person.name.split()
        if len(words) >= 2:
            full.setdefault(words[0], {}).setdefault(person.name, person)
    for quote in quotes:
        speaker = quote.speaker
        if speaker and " " not in speaker.name and len(full.get(speaker.name, {})) == 1:
            [whole] = full[speaker.name].values()
            quote.speaker = PersonMention(
                whole.name,
                whole.role or speaker.role,
                whole.organisation or speaker.organisation,
                whole.party or speaker.party,
            )
    return [p for p in people if " " in p.name or len(full.get(p.name, {})) != 1]
