"""One speaker, two spellings: "säger Eva Lindkvist" and later "säger Eva Lindqvist" in the same article.

A writer (or a page's editor) misspells a name now and then; the reader takes it for the same person. A
speaker whose name differs by one letter in one word from another person the text names more often is
that person, with what the text says about them (role, organisation, party).
"""

from __future__ import annotations

import re

from reform_kb.pipeline.records import ParsedQuote, PersonMention

# A word shorter than this may differ by one letter and be another name ("Lind", "Lund").
_MIN_WORD = 5


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter added, dropped or changed."""
    if a == b or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < _MIN_WORD:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]


def _variant(a: str, b: str) -> tuple[str, str] | None:
    """The differing words, when two full names differ in one word by one letter."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wa) != len(wb):
        return None
    differing = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return differing[0] if len(differing) == 1 and _one_letter_apart(*differing[0]) else None


def _count(word: str, body: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", body))


def _more_used(a: str, b: str, body: str) -> bool:
    """Whether the name `b` is a one-letter variant of `a` that the body spells more often."""
    words = _variant(a, b)
    return words is not None and _count(words[1], body) > _count(words[0], body)


def unify_spellings(quotes: list[ParsedQuote], people: list[PersonMention], text: str) -> None:
    """Credit each quote whose speaker's name is a one-letter variant of a name `text` (headline and
    body) uses more often to that name; both spellings' quotes share what the text says of either
    (role, organisation, party)."""
    known: dict[str, PersonMention] = {}
    for person in [*people, *(q.speaker for q in quotes if q.speaker)]:
        known[person.name] = _merged(known.get(person.name), [person])
    canonical = {}
    for name, alike in _alike(known).items():
        better = [n for n in alike if _more_used(name, n, text)]
        if len(better) == 1:
            canonical[name] = better[0]
    if not canonical:
        return
    for quote in quotes:
        s = quote.speaker
        if s is None or not (variants := _variants_of(s.name, canonical)):
            continue
        quote.speaker = _merged(s, [known[v] for v in variants])
        quote.speaker.name = canonical.get(s.name, s.name)


def _merged(person: PersonMention | None, others: list[PersonMention]) -> PersonMention:
    """A copy of `person` (else of the first of `others`) with the fields it lacks taken from `others`."""
    first = person or others[0]
    return PersonMention(
        first.name,
        first.role or next((o.role for o in others if o.role), ""),
        first.organisation or next((o.organisation for o in others if o.organisation), None),
        first.party or next((o.party for o in others if o.party), ""),
    )


def _alike(names) -> dict[str, set[str]]:
    """For each name, the other names with the same words but one (in the same places): the only ones
    that may be its variants. Bucketed, so a long text's many names are not compared pairwise."""
    buckets: dict[tuple, set[str]] = {}
    for name in names:
        words = name.split()
        for i in range(len(words) if len(words) > 1 else 0):  # a first name alone has no variants
            buckets.setdefault((*words[:i], None, *words[i + 1 :]), set()).add(name)
    alike: dict[str, set[str]] = {}
    for bucket in buckets.values():
        for name in bucket:
            alike.setdefault(name, set()).update(bucket - {name})
    return alike


def _variants_of(name: str, canonical: dict[str, str]) -> list[str]:
    """The other spellings of `name`'s person: its canonical one, or those that map to it."""
    target = canonical.get(name, name)
    return [n for n, c in canonical.items() if c == target and n != name] + (
        [target] if target != name else []
    )


def drop_cut_names(quotes: list[ParsedQuote], people: list[PersonMention], body: str) -> None:
    """A speaker's name that the end of a stored copy cuts ("…, säger Eva Lindqvi") is no name: the quote
    keeps no speaker, and the organisation of the one person whose name it begins is whose words they are
    (the annotation guide's convention). A name is cut only when it ends the text and its last word is a
    strict beginning of the same place's word in a fuller name the text gives: otherwise it may be whole."""
    tail = body.rstrip()
    for quote in quotes:
        s = quote.speaker
        if s is None or quote.in_title or not tail.endswith(s.name) or quote.end > len(tail) - len(s.name):
            continue
        fuller = {
            p.name: p for p in [*people, *(q.speaker for q in quotes if q.speaker)] if _cut_of(s.name, p.name)
        }
        if len(fuller) == 1:
            quote.speaker = None
            quote.organisation = next(iter(fuller.values())).organisation


def _cut_of(cut: str, name: str) -> bool:
    """Whether `cut` is `name` with its last word cut short ("Eva Lindqvi" of "Eva Lindqvist")."""
    a, b = cut.split(), name.split()
    return len(a) == len(b) > 1 and a[:-1] == b[:-1] and b[-1].startswith(a[-1]) and a[-1] != b[-1]
