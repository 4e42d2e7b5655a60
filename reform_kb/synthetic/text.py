"""Synthetic Swedish text from the seeds' own sentences: no Django, so it is tested without a database.

Sentences are drawn with a Zipf-like skew (a few very often, most rarely) so that words get the
spread of frequencies real text has: the benchmark needs common, medium and rare words. The skew's
order is fixed by `POOL_SHUFFLE_SEED`, not by the caller's seed, so the same words stay common
whatever `--seed` is given.
"""

from __future__ import annotations

import bisect
import itertools
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reform_kb.pipeline.sources import SourceError, iter_source_files, read_source

from .vocabulary import DOCUMENT_KINDS, YEARS

POOL_SHUFFLE_SEED = 20200047  # SOU 2020:47
ZIPF_EXPONENT = 0.8

_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ”])")
# Scraped text where a heading or a sentence was glued to the next ("vården.Högt tryck").
_GLUED_RE = re.compile(r"[a-zåäö0-9][.!?][A-ZÅÄÖ]|[a-zåäö]{3}[A-ZÅÄÖ][a-zåäö]")
_SAYS_RE = re.compile(r",? säger [^.]*\.?$")


def split_sentences(text: str) -> list[str]:
    """Whole, clean sentences of running text, fit to recombine: no headings, lists or fragments."""
    sentences = []
    for paragraph in re.split(r"\n\s*\n|\n", text):
        paragraph = " ".join(paragraph.split())
        quoted = paragraph.startswith(("– ", "- "))
        if quoted:
            paragraph = _SAYS_RE.sub(".", paragraph[2:])
        for sentence in _SENTENCE_END_RE.split(paragraph):
            if _usable(sentence):
                sentences.append(sentence)
    return sentences


def _usable(sentence: str) -> bool:
    return (
        40 <= len(sentence) <= 300
        and len(sentence.split()) >= 6
        and sentence[0].isupper()
        and sentence[-1] in ".!?"
        and " säger " not in sentence
        and not _GLUED_RE.search(sentence)
        and sentence.count("”") % 2 == 0
        and "•" not in sentence
        and "*" not in sentence
        and "http" not in sentence
    )


def sentences_from_files(paths: Iterable[Path]) -> list[str]:
    """Unique sentences from the source files, in file order; unreadable files are skipped."""
    seen: dict[str, None] = {}
    for path in iter_source_files(paths):
        try:
            text = read_source(path)
        except SourceError:
            continue
        for sentence in split_sentences(text):
            seen.setdefault(sentence, None)
    return list(seen)


class SentencePool:
    """Sentences drawn with a fixed Zipf-like skew."""

    def __init__(self, sentences: Iterable[str]):
        self.sentences = sorted(set(sentences))
        if len(self.sentences) < 10:
            raise ValueError("för få meningar att bygga syntetisk text av (minst 10 behövs)")
        random.Random(POOL_SHUFFLE_SEED).shuffle(self.sentences)
        weights = [1 / (rank + 1) ** ZIPF_EXPONENT for rank in range(len(self.sentences))]
        self._cumulative = list(itertools.accumulate(weights))

    def draw(self, rng: random.Random, k: int = 1) -> list[str]:
        total = self._cumulative[-1]
        last = len(self.sentences) - 1
        return [
            self.sentences[min(last, bisect.bisect(self._cumulative, rng.random() * total))] for _ in range(k)
        ]


@dataclass
class QuoteSpec:
    text: str
    start: int
    end: int
    kind: str  # a Quote.Kind value
    speaker: int | None  # index into the generated people
    role: str
    organisation: int | None  # index into the organisations


@dataclass
class DocumentSpec:
    title: str
    kind: str
    published: date
    body: str
    organisations: list[int]
    authors: list[int]
    themes: list[int]
    tags: list[int]
    quotes: list[QuoteSpec] = field(default_factory=list)
    caption: str = ""


@dataclass(frozen=True)
class Speaker:
    name: str
    role: str
    organisation: int  # index into the organisations


def title_from(sentence: str, rng: random.Random) -> str:
    """A headline-like fragment: the first 4–10 words, without the final punctuation."""
    words = sentence.rstrip(".!?").split()
    title = " ".join(words[: rng.randint(4, 10)]).rstrip(",;:–-” ")
    return title[0].upper() + title[1:]


def _weighted(rng: random.Random, table: dict):
    return rng.choices(list(table), weights=list(table.values()))[0]


def _date(rng: random.Random) -> date:
    year = _weighted(rng, YEARS)
    last_month = 10 if year == 2026 else 12
    return date(year, rng.randint(1, last_month), rng.randint(1, 28))


class DocumentBuilder:
    """Builds documents whose quotes are exact substrings of the body, offsets recorded as it goes."""

    def __init__(
        self,
        pool: SentencePool,
        rng: random.Random,
        *,
        speakers: list[Speaker],
        organisation_names: list[str],
        theme_count: int,
        tag_count: int,
    ):
        self.pool, self.rng = pool, rng
        self.speakers, self.organisation_names = speakers, organisation_names
        self.theme_count, self.tag_count = theme_count, tag_count

    def _paragraph(self, low: int = 2, high: int = 4) -> str:
        return " ".join(self.pool.draw(self.rng, self.rng.randint(low, high)))

    def build(self, quote_count: int) -> DocumentSpec:
        rng = self.rng
        speakers = rng.sample(range(len(self.speakers)), k=min(len(self.speakers), rng.randint(1, 3)))
        first = self.speakers[speakers[0]]
        organisations = [first.organisation]
        if rng.random() < 0.25:
            other = rng.randrange(len(self.organisation_names))
            if other != first.organisation:
                organisations.append(other)
        caption = f"{first.name}, {first.role} i {self.organisation_names[first.organisation]}."
        parts: list[str] = []
        length = 0
        quotes: list[QuoteSpec] = []

        def add(paragraph: str) -> int:
            nonlocal length
            if parts:
                length += 2
            start = length
            parts.append(paragraph)
            length += len(paragraph)
            return start

        add(self._paragraph(2, 3))  # the ingress
        named = set()
        for n in range(quote_count):
            if n and rng.random() < 0.4:
                add(self._paragraph())
            speaker_index = speakers[n % len(speakers)]
            speaker = self.speakers[speaker_index]
            text = " ".join(self.pool.draw(rng, rng.randint(1, 3)))
            if rng.random() < 0.1:
                start = add(f"”{text}”") + 1
                quotes.append(
                    QuoteSpec(
                        text,
                        start,
                        start + len(text),
                        "pullquote",
                        speaker_index,
                        speaker.role,
                        speaker.organisation,
                    )
                )
                continue
            text = text[:-1]  # the sentence's full stop gives way to ", säger …"
            if speaker_index in named:
                attribution = f", säger {speaker.name}."
            else:
                org = self.organisation_names[speaker.organisation]
                attribution = f", säger {speaker.name}, {speaker.role} i {org}."
                named.add(speaker_index)
            start = add(f"– {text}{attribution}") + 2
            quotes.append(
                QuoteSpec(
                    text,
                    start,
                    start + len(text),
                    "direct",
                    speaker_index,
                    speaker.role,
                    speaker.organisation,
                )
            )
        if rng.random() < 0.7:
            add(self._paragraph())
        return DocumentSpec(
            title=title_from(self.pool.draw(rng)[0], rng),
            kind=_weighted(rng, DOCUMENT_KINDS),
            published=_date(rng),
            body="\n\n".join(parts),
            organisations=organisations,
            authors=[speakers[0]] if rng.random() < 0.3 else [],
            themes=rng.sample(range(self.theme_count), k=min(self.theme_count, rng.randint(1, 3))),
            tags=rng.sample(range(self.tag_count), k=min(self.tag_count, rng.randint(0, 3))),
            quotes=quotes,
            caption=caption,
        )


def quote_counts(documents: int, quotes: int, rng: random.Random) -> list[int]:
    """How many quotes each document gets: `quotes` in all, unevenly (from a fifth to nearly twice the mean)."""
    if not documents:
        return []
    mean = quotes / documents
    counts = [round(rng.uniform(0.2, 1.8) * mean) for _ in range(documents)]
    difference = quotes - sum(counts)
    step = 1 if difference > 0 else -1
    while difference:
        i = rng.randrange(documents)
        if step > 0 or counts[i] > 0:
            counts[i] += step
            difference -= step
    return counts
