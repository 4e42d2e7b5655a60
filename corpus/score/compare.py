"""Parsed documents of one text against its hand annotation, counted per field.

Uses the counting of tests/pipeline/scoring.py (`FieldScore`: true/false positives and negatives, accuracy
on found items) so the corpus, the seeds and the held-out sets are measured alike. What is new here:

* Documents are matched by title, else by where they stand: a parsed document whose title or first body
  words lie inside a gold document's lines is that document (each gold document is matched once; the rest
  are spurious, such as a cookie banner taken for an article or a crosshead split off as its own document).
* Quotes are matched by text, not by offsets (the parsed offsets point into a cleaned body): a parsed quote
  is a gold one when their normalised texts share a run of at least half the longer one's length.
* A gold quote interrupted by its attribution ("Det är bra, säger X. Vi ska …") or running over several dash
  paragraphs is one quote; a parser that gives its parts as separate quotes finds it when the parts lie within
  it and together cover half of it (the first part is judged, the others are neither found nor extra).
* Reported speech ("X menar att …") is optional gold: not finding it costs nothing, but finding it as a
  direct quote is a false positive, as the issue asks.
* Organisations are compared by identity, not by spelling (round 37): a name the reference list knows counts
  as its canonical name ("IVO" = "Inspektionen för vård och omsorg", "regeringen" = "Regeringen"), a
  municipality as "X kommun" however it is written ("Västerås stad", "Borås Stad", bare "Kalix"), and case does
  not count, as for quotes' organisations before. Hand annotators write what the page prints; the knowledge
  base keeps one record per organisation; the scorer asks whether it is the same one.
* People: gold people are the authors, the mentioned people and the quote speakers of the document (never its
  photographers); parsed people are the document's `mentioned_people` if the pipeline gives them, else its
  authors, speakers and co-speakers.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache

from reform_kb.pipeline.municipalities import MUNICIPALITIES
from reform_kb.pipeline.organisation_names import normalise_form_name
from tests.pipeline.scoring import FieldScore, normalise

DOCUMENT_FIELDS = (
    "found",
    "title",
    "date",
    "kind",
    "authors",
    "organisations",
    "mentioned_organisations",
    "mentioned_people",
)
QUOTE_FIELDS = ("text", "kind", "speaker", "role", "organisation", "party")
QUOTE_MATCH = 0.5  # the shared run must cover half the longer text
PART_MIN = 10  # a piece shorter than this is not taken as part of a quote
PART_INSIDE = 0.8  # a piece must stand (nearly) whole inside the gold quote
QUOTE_MARKS = "”“\"«»'’ "
ORGANISATION_FIELDS = ("organisations", "mentioned_organisations")  # compared by identity (`organisation_key`)


def new_scores() -> dict[str, dict[str, FieldScore]]:
    return {
        "documents": {name: FieldScore() for name in DOCUMENT_FIELDS},
        "quotes": {name: FieldScore() for name in QUOTE_FIELDS},
    }


def _key(text: str | None) -> str:
    return normalise(text).casefold()


def _title(text: str | None) -> str:
    """A headline that is a quotation counts with or without its marks: ”En stor dag” = En stor dag."""
    return _key(text).strip(QUOTE_MARKS).strip()


def _person_name(person) -> str:
    return person["name"] if isinstance(person, dict) else person.name


def _gold_span(text: str, gold: dict) -> str:
    lines = text.split("\n")
    return _key(" ".join(lines[gold["start_line"] : gold["end_line"] + 1]))


def _head(doc, size: int = 60) -> str:
    return _key(doc.body)[:size]


def match_documents(text: str, parsed: list, gold: list[dict]) -> tuple[list[tuple], list, list[dict]]:
    """(pairs of parsed and gold documents, spurious parsed ones, missed gold ones)."""
    free = list(parsed)
    pairs: dict[int, object] = {}
    for index, want in enumerate(gold):
        if not want["title"]:
            continue  # a text without a headline: matched by place only
        hit = next((d for d in free if _title(d.title) == _title(want["title"])), None)
        if hit is not None:
            free.remove(hit)
            pairs[index] = hit
    for index, want in enumerate(gold):
        if index in pairs:
            continue
        span = _gold_span(text, want)
        hit = next(
            (d for d in free if (_head(d) and _head(d) in span) or (_key(d.title) and _key(d.title) in span)),
            None,
        )
        if hit is not None:
            free.remove(hit)
            pairs[index] = hit
    missed = [want for index, want in enumerate(gold) if index not in pairs]
    return [(pairs[i], gold[i]) for i in sorted(pairs)], free, missed


def gold_people(gold: dict, quotes: list[dict]) -> set[str]:
    names = {_person_name(p) for p in gold.get("authors", []) + gold.get("mentioned_people", [])}
    names |= {q["speaker"] for q in quotes if q.get("speaker")}
    return {normalise(n) for n in names} - {normalise(n) for n in gold.get("photographers", [])}


def parsed_people(doc) -> set[str]:
    # The pipeline's mentioned_people (room pipeline) and, whether or not it gives them, the document's
    # authors and speakers: a record built without mentioned_people still names those.
    people = list(getattr(doc, "mentioned_people", None) or []) + list(doc.authors)
    for quote in doc.quotes:
        people += [quote.speaker] if quote.speaker else []
        people += list(quote.co_speakers)
    return {normalise(_person_name(p)) for p in people}


def _date(doc) -> str | None:
    return doc.published.isoformat() if doc.published else None


def _organisation_names(values) -> list[str]:
    return [v if isinstance(v, str) else v.name for v in values]


@cache
def _matcher():
    from reform_kb.pipeline.organisations import matcher_for
    from tests.pipeline.scoring import reference_context

    return matcher_for(reference_context())


_MUNICIPALITY_WRITTEN_RE = re.compile(r"^(?:(?P<place>.+?) (?:[Ss]tad|[Kk]ommun)|(?P<bare>[^ ]+))$")


def organisation_key(name: str | None) -> str:
    """Which organisation `name` is: its canonical name in the reference list, a municipality as "X kommun",
    case folded; any other name as written."""
    name = normalise(name)
    if not name:
        return ""
    canonical = _matcher().resolve(name)
    written = _MUNICIPALITY_WRITTEN_RE.match(name)
    place = written and (written.group("place") or written.group("bare"))
    if place and place not in MUNICIPALITIES and place.endswith("s") and place[:-1] in MUNICIPALITIES:
        place = place[:-1]  # the genitive the name is written with: "Göteborgs kommun" is Göteborg's (round 38)
    if canonical is None and place in MUNICIPALITIES:
        canonical = _matcher().municipality(place)[0]
    if canonical is None and name.startswith("Länsstyrelsen "):
        # Round 41: "Länsstyrelsen i Värmland", "Länsstyrelsen Värmland" and "Länsstyrelsen i Värmlands län" are
        # one county board, however an annotator wrote it: its name as the pipeline writes a county board's.
        canonical = normalise_form_name(name, "myndighet")
    return (canonical or name).casefold()


def _organisation_sets(got: list[str], want: list[str]) -> tuple[set[str], set[str], list[str], list[str]]:
    """The keys of both lists, and the names on each side whose organisation the other side lacks."""
    got_keys, want_keys = {organisation_key(n) for n in got}, {organisation_key(n) for n in want}
    extra = sorted({n for n in got if organisation_key(n) not in want_keys})
    missing = sorted({n for n in want if organisation_key(n) not in got_keys})
    return got_keys, want_keys, extra, missing


def score_document(scores: dict, doc, gold: dict, gold_quotes: list[dict], misses: list[str]) -> None:
    """Every field of one found document."""
    fields = scores["documents"]
    label = f"document {(gold['title'] or '(no headline)')[:50]!r}"
    checks = (
        []
        if not gold["title"]
        else [  # no headline in the text: nothing to judge
            (
                "title",
                fields["title"].single(_title(doc.title), _title(gold["title"])),
                doc.title,
                gold["title"],
            ),
        ]
    )
    checks += [
        ("date", fields["date"].single(_date(doc), gold.get("published")), _date(doc), gold.get("published")),
        ("kind", fields["kind"].single(str(doc.kind), gold.get("kind")), str(doc.kind), gold.get("kind")),
    ]
    lists = {
        "authors": (
            {normalise(a.name) for a in doc.authors},
            {normalise(_person_name(a)) for a in gold.get("authors", [])},
        ),
        "mentioned_people": (parsed_people(doc), gold_people(gold, gold_quotes)),
    }
    for name, (got, want) in lists.items():
        checks.append(
            (name, fields[name].many(sorted(got), sorted(want)), sorted(got - want), sorted(want - got))
        )
    for name in ORGANISATION_FIELDS:
        got_names = _organisation_names(getattr(doc, name, []))
        got, want, extra, missing = _organisation_sets(got_names, gold.get(name, []))
        checks.append((name, fields[name].many(sorted(got), sorted(want)), extra, missing))
    for name, ok, got, want in checks:
        if not ok:
            if name in lists or name in ORGANISATION_FIELDS:
                misses.append(f"{label} {name}: extra {got!r}, missing {want!r}")
            else:
                misses.append(f"{label} {name}: got {got!r}, expected {want!r}")


def miss_document(scores: dict, gold: dict, gold_quotes: list[dict]) -> None:
    """A gold document nobody found: each of its fields is missed too."""
    fields = scores["documents"]
    fields["found"].fn += 1
    fields["title"].fn += 1 if gold["title"] else 0
    fields["date"].fn += 1 if gold.get("published") else 0
    fields["kind"].fn += 1 if gold.get("kind") else 0
    fields["authors"].fn += len(gold.get("authors", []))
    fields["organisations"].fn += len(gold.get("organisations", []))
    fields["mentioned_organisations"].fn += len(gold.get("mentioned_organisations", []))
    fields["mentioned_people"].fn += len(gold_people(gold, gold_quotes))


def overlap(a: str, b: str) -> float:
    """The longest run two normalised texts share, as a share of the longer one."""
    a, b = _key(a), _key(b)
    if not a or not b:
        return 0.0
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size / max(len(a), len(b))


def _best(free: list, gold_text: str, kind: str | None):
    scored = [(overlap(q.text, gold_text), q) for q in free if kind is None or str(q.kind) == kind]
    scored = [(s, q) for s, q in scored if s >= QUOTE_MATCH]
    return max(scored, key=lambda sq: sq[0])[1] if scored else None


def contained(part: str, whole: str) -> float:
    """How much of `part` stands, as one run, in `whole`."""
    part_key, whole_key = _key(part), _key(whole)
    if not part_key or not whole_key:
        return 0.0
    match = SequenceMatcher(None, part_key, whole_key, autojunk=False).find_longest_match(
        0, len(part_key), 0, len(whole_key)
    )
    return match.size / len(part_key)


def _parts(free: list, gold_text: str) -> list:
    """Parsed quotes that are pieces of one gold quote and together cover half of it, in text order."""
    parts = [q for q in free if len(_key(q.text)) >= PART_MIN and contained(q.text, gold_text) >= PART_INSIDE]
    covered = sum(len(_key(q.text)) for q in parts)
    if len(parts) < 2 or covered < QUOTE_MATCH * len(_key(gold_text)):
        return []
    return sorted(parts, key=lambda q: _key(gold_text).find(_key(q.text)[:20]))


def match_quotes(parsed: list, gold: list[dict], text: str) -> tuple[list[tuple], list, list[dict]]:
    """(pairs, extra parsed quotes, missed gold quotes); the same kind is preferred, as in the seed scorer."""
    free = list(parsed)
    pairs: dict[int, object] = {}
    for kind_first in (True, False):
        for index, want in enumerate(gold):
            if index in pairs:
                continue
            hit = _best(free, text[want["start"] : want["end"]], want["kind"] if kind_first else None)
            if hit is not None:
                free.remove(hit)
                pairs[index] = hit
    for index, want in enumerate(gold):
        parts = [] if index in pairs else _parts(free, text[want["start"] : want["end"]])
        if parts:
            for part in parts:
                free.remove(part)
            pairs[index] = parts[0]
    # The other parts of a quote found by one of its parts: a parser that splits a quote at its attribution
    # ("Det är bra, säger X. Vi ska …") gives pieces of which the longest matched alone; the rest stand whole
    # inside the same gold quote and are neither found nor extra (the rule above). Only after every gold
    # quote has had its match, so that a pull-quote repeating words of a spoken quote is matched first.
    for index, hit in pairs.items():
        whole = text[gold[index]["start"] : gold[index]["end"]]
        free = [q for q in free if not _another_part(q, hit, whole)]
    missed = [want for index, want in enumerate(gold) if index not in pairs]
    return [(pairs[i], gold[i]) for i in sorted(pairs)], free, missed


def _another_part(quote, hit, whole: str) -> bool:
    """`quote` is a further piece of the gold quote `whole` that `hit` was matched to: of its kind, long
    enough and standing (nearly) whole inside it."""
    return (
        str(quote.kind) == str(hit.kind)
        and len(_key(quote.text)) >= PART_MIN
        and contained(quote.text, whole) >= PART_INSIDE
    )


def _speaker_values(quote) -> dict:
    """A quote's speaker fields; with no speaker, the organisation that speaks (a press release's)."""
    s = quote.speaker
    return {
        "speaker": s.name if s else None,
        "role": s.role if s else None,
        "organisation": s.organisation if s else getattr(quote, "organisation", None),
        "party": s.party if s else None,
    }


def score_quotes(scores: dict, parsed: list, gold: list[dict], text: str, misses: list[str]) -> None:
    fields = scores["quotes"]
    pairs, extra, missed = match_quotes(parsed, gold, text)
    for quote in extra:
        fields["text"].fp += 1
        misses.append(f"extra {quote.kind} quote {quote.text[:60]!r}")
    for want in missed:
        if want["kind"] == "reported":
            continue  # optional gold: see the module's docstring
        fields["text"].fn += 1
        for name in ("kind", "speaker", "role", "organisation", "party"):
            fields[name].fn += 1 if want.get(name) else 0
        misses.append(f"missed {want['kind']} quote {text[want['start'] : want['end']][:60]!r}")
    for quote, want in pairs:
        if want["kind"] == "reported" and str(quote.kind) != "reported":
            fields["text"].fp += 1
            misses.append(f"reported speech taken as {quote.kind} quote {quote.text[:60]!r}")
            continue
        fields["text"].tp += 1
        fields["text"].judged += 1
        fields["text"].right += 1
        got = {"kind": str(quote.kind), **_speaker_values(quote)}
        for name, value in got.items():
            wanted = want.get(name)
            key = organisation_key if name == "organisation" else _key
            same = fields[name].single(key(value) or None, key(wanted) or None)
            if not same:
                misses.append(
                    f"quote {text[want['start'] : want['end']][:40]!r} {name}: got {value!r}, expected {wanted!r}"
                )


def score_text(scores: dict, text: str, parsed: list, annotation: dict) -> list[str]:
    """Add one text's counts to `scores`; returns its misses, one line each."""
    misses: list[str] = []
    gold_docs = annotation["documents"]
    quotes = annotation.get("quotes", [])
    by_doc = [[q for q in quotes if q["document"] == i] for i in range(len(gold_docs))]
    pairs, extra, missed = match_documents(text, parsed, gold_docs)
    found = scores["documents"]["found"]
    found.tp += len(pairs)
    found.judged += len(pairs)
    found.right += len(pairs)
    found.fp += len(extra)
    misses += [f"spurious document {d.title[:60]!r}" for d in extra]
    for want in missed:
        miss_document(scores, want, by_doc[gold_docs.index(want)])
        misses.append(f"missed document {(want['title'] or '(no headline)')[:60]!r}")
    for doc, want in pairs:
        score_document(scores, doc, want, by_doc[gold_docs.index(want)], misses)
    score_quotes(scores, [q for d in parsed for q in d.quotes], quotes, text, misses)
    return misses
