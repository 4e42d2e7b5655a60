"""Pull-quotes: the speaker of what a pull-quote repeats."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from reform_kb.pipeline.records import ParsedQuote, PersonMention

from .speakers import WEAK_PULLQUOTE_NOTE, Speakers, flag, set_speaker

# A pull-quote repeats something said in the same article, close to it. Comparing it with every quote
# of a document made parsing quadratic in a long text (3 MB in 8 s, 12 MB in 102 s); comparing it with
# the nearest quotes on either side keeps it linear, and an article rarely holds more quotes than this.
NEAREST_QUOTES = 32


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", text) if len(w) > 2}


def attribute_pullquotes(
    pullquotes: list[ParsedQuote], quotes: list[ParsedQuote], speakers: Speakers
) -> None:
    """A pull-quote repeats (often shortened) something said in the article: credit the same speaker.

    A pull-quote sharing less than half its words with every nearby quote is credited to the speaker
    quoted most (or the person in the caption) and flagged for review.
    """
    if not pullquotes:
        return
    main = _main_speaker(quotes)
    # Each quote's words once, not once per pull-quote; in text order, so the nearest are a slice.
    spoken = sorted(
        ((quote.start, i, quote, _words(quote.text)) for i, quote in enumerate(quotes) if quote.speaker),
        key=lambda item: (item[0], item[1]),
    )
    starts = [item[0] for item in spoken]
    for pull in pullquotes:
        at = bisect_left(starts, pull.start)
        nearby = sorted(spoken[max(0, at - NEAREST_QUOTES) : at + NEAREST_QUOTES], key=lambda item: item[1])
        best, best_score = _best_match(_words(pull.text), [(item[2], item[3]) for item in nearby])
        repeated = best is not None and best_score >= 0.5
        if pull.unconfirmed:
            pull.unconfirmed = not repeated
            if pull.unconfirmed:
                continue  # a quoted title or term after all: extract_quotes drops it
        person = best.speaker if repeated else main or speakers.caption or _only_person(speakers)
        set_speaker(pull, person)
        if person is not None and not repeated:
            flag(pull, WEAK_PULLQUOTE_NOTE)


def _only_person(speakers: Speakers) -> PersonMention | None:
    """Round 19 (the former test18's tag page): a quoted headline over a teaser that names one person and quotes
    no one ("”Det känns fantastiskt …”" / "Omsorgschefen Ulrika Gustafsson gläds över …"): that person said it."""
    people = list(speakers.index.people.values())
    return people[0] if len(people) == 1 else None


def _main_speaker(quotes: list[ParsedQuote]) -> PersonMention | None:
    """The speaker quoted most often (the first of them on a tie)."""
    counts = Counter(q.speaker.name for q in quotes if q.speaker)
    if not counts:
        return None
    most = counts.most_common(1)[0][0]
    return next((q.speaker for q in quotes if q.speaker and q.speaker.name == most), None)


def _best_match(
    words: set[str], spoken: list[tuple[ParsedQuote, set[str]]]
) -> tuple[ParsedQuote | None, float]:
    """The quote sharing the largest share of `words`, and that share."""
    best, best_score = None, 0.0
    if not words:
        return best, best_score
    for quote, quote_words in spoken:
        score = len(words & quote_words) / len(words)
        if score > best_score:
            best, best_score = quote, score
    return best, best_score


# A quote lifted into a photo caption repeats, often shortened, what the body quotes the same person
# saying: "• – Vi vill ha en plan, säger Eva Ek. Foto: …" above "– Det gäller alla. Vi vill ha en plan för
# äldreomsorgen, säger Eva Ek.". The words of the shorter, earlier one are nearly all in the later one.
# An ingress lifts a dash quote the same way ("– Det stämmer inte, säger han." above "– Det stämmer inte.
# Vi har …, säger han."): nobody says the same words twice in one interview, so the earlier, shorter dash
# quote is the lift.
LIFTED_MIN_WORDS = 4
LIFTED_SHARE = 0.9
_CREDIT_RE = re.compile(r"\b(?:Foto|Bild|Fotograf)\b")


def lift_repeats(quotes: list[ParsedQuote], body: str) -> None:
    """Mark as pull-quotes the direct quotes in a photo caption or after a dash that a later, longer quote
    of the same speaker repeats."""
    spoken = [(q, _words(q.text)) for q in sorted(quotes, key=lambda q: q.start) if q.kind == "direct"]
    for i, (quote, words) in enumerate(spoken):
        if len(words) < LIFTED_MIN_WORDS or not (_in_caption(body, quote) or _after_dash(body, quote)):
            continue
        for later, later_words in spoken[i + 1 : i + 1 + NEAREST_QUOTES]:
            if (
                len(later.text) > len(quote.text)
                and _same_speaker(quote, later)
                and len(words & later_words) >= LIFTED_SHARE * len(words)
            ):
                quote.kind = "pullquote"
                break


def _same_speaker(a: ParsedQuote, b: ParsedQuote) -> bool:
    return (a.speaker.name if a.speaker else None) == (b.speaker.name if b.speaker else None)


def _after_dash(body: str, quote: ParsedQuote) -> bool:
    """Whether `quote` opens its line after a dash or hyphen ("– Det stämmer inte, …")."""
    line = body[body.rfind("\n", 0, quote.start) + 1 : quote.start]
    return bool(re.fullmatch(r"\s*[–—-]{1,2}\s*", line))


def _in_caption(body: str, quote: ParsedQuote) -> bool:
    """Whether the line holding `quote` credits a photo after it."""
    end = body.find("\n", quote.end)
    return bool(_CREDIT_RE.search(body, quote.end, len(body) if end == -1 else end))
