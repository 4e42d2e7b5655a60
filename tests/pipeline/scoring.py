"""Scoring the whole pipeline against hand-checked expectations, per field.

Shared by the seed score (`test_seed_scores.py`), the invented generalisation texts and the held-out corpus,
so that every corpus is measured the same way.

Expected-file format (JSON, UTF-8), two files or two sections with the same shapes:

documents (`expected/documents.json`)::

    {"<source file name>": [                      # the documents of that file, in order
        {"title": "…",                            # exact title
         "kind": "artikel",                       # a Document.Kind value
         "published": "2023-07-04" | null,        # every date the text gives for the document
         "authors": [{"name": "…", "role": "…", "organisation": "…" | null}],   # authors or signatories
         "organisations": ["…"],                  # publishing or signing organisations (canonical names)
         "first_words": "…"}                      # the body's first words, whitespace-normalised
    ]}

quotes (`expected/quotes.json`)::

    {"_comment": "…",                             # keys starting with "_" are ignored
     "<source file name>": [
        {"title": "…" | null,                     # the document's title; null pools all documents of the file
         "quotes": [
            {"kind": "direct" | "pullquote" | "excerpt",
             "text_start": "…",                   # the quote's first words (whitespace-normalised prefix)
             "speaker": "…" | null, "role": "…", "organisation": "…" | null,
             "co_speakers": ["…"],                # optional: names credited jointly
             "text_end": "…",                     # optional: the quote's last words (catches attribution leaks)
             "party": "M"}                        # optional: the speaker's party marker
         ]}
     ]}

A generalisation file may hold both: ``{"documents": {…}, "quotes": {…}}``.

How fields are counted: a parsed document is *found* when its title or its first words match an expected
one; unmatched parsed documents are spurious (false positives). For a single-valued field (title, date,
kind, speaker, role, organisation) a right value is a true positive, a wrong non-empty value a false
positive, and an expected value not given (or given wrong, or on a document or quote not found) a false
negative; ``accuracy`` is the share of found items whose value is right (empty expected and empty given
counts as right). List fields (authors, organisations, co_speakers) count their elements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reform_kb.pipeline.records import ParsedDocument, ParsedQuote

DOCUMENT_FIELDS = ("found", "title", "date", "kind", "authors", "author_details", "organisations")
QUOTE_FIELDS = ("text", "kind", "speaker", "role", "organisation", "party", "co_speakers")


def normalise(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    right: int = 0  # found items whose value is right
    judged: int = 0  # found items judged for this field

    def single(self, got: Any, want: Any) -> bool:
        """Count one single-valued comparison; returns whether it was right."""
        got = got or None
        want = want or None
        self.judged += 1
        ok = got == want
        self.right += ok
        if want is not None and ok:
            self.tp += 1
        if got is not None and not ok:
            self.fp += 1
        if want is not None and not ok:
            self.fn += 1
        return ok

    def many(self, got: list, want: list) -> bool:
        got_set, want_set = set(got), set(want)
        self.judged += 1
        self.right += got_set == want_set
        self.tp += len(got_set & want_set)
        self.fp += len(got_set - want_set)
        self.fn += len(want_set - got_set)
        return got_set == want_set

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return self.right / self.judged if self.judged else 1.0


class Scores(dict):
    """Field name -> FieldScore, with the group's title and a line per mismatch for the failure report."""

    def __init__(self, title: str, fields: dict[str, FieldScore], misses: list[str]):
        super().__init__(fields)
        self.title = title
        self.misses = misses

    @property
    def fields(self) -> dict[str, FieldScore]:
        return self


def _date(doc: ParsedDocument) -> str | None:
    return doc.published.isoformat() if doc.published else None


def _match_documents(
    parsed: list[ParsedDocument], expected: list[dict]
) -> tuple[list[tuple[ParsedDocument, dict]], list[ParsedDocument], list[dict]]:
    free = list(parsed)
    pairs, missed = [], []
    for want in expected:
        first = normalise(want.get("first_words"))
        hit = next((d for d in free if normalise(d.title) == normalise(want["title"])), None)
        if hit is None and first:
            hit = next((d for d in free if normalise(d.body).startswith(first)), None)
        if hit is None:
            missed.append(want)
        else:
            free.remove(hit)
            pairs.append((hit, want))
    return pairs, free, missed


def score_documents(parsed: dict[str, list[ParsedDocument]], expected: dict[str, list[dict]]) -> Scores:
    """Documents of each file (`parsed[file]`) against the expected documents of that file."""
    fields = {name: FieldScore() for name in DOCUMENT_FIELDS}
    misses: list[str] = []
    for file_name, wanted in expected.items():
        if file_name.startswith("_"):
            continue
        pairs, extra, missed = _match_documents(parsed.get(file_name, []), wanted)
        fields["found"].tp += len(pairs)
        fields["found"].fp += len(extra)
        fields["found"].fn += len(missed)
        fields["found"].judged += len(pairs)
        fields["found"].right += len(pairs)
        misses += [f"{file_name}: spurious document {d.title!r}" for d in extra]
        misses += [f"{file_name}: missed document {w['title']!r}" for w in missed]
        for want in missed:  # every field of a missed document is missed too
            for name in ("title", "kind", "date"):
                fields[name].fn += 1 if (want.get(name if name != "date" else "published")) else 0
            fields["authors"].fn += len(want.get("authors", []))
            fields["author_details"].fn += len(want.get("authors", []))
            fields["organisations"].fn += len(want.get("organisations", []))
        for doc, want in pairs:
            label = f"{file_name} [{doc.position}] {want['title'][:50]!r}"
            checks = [
                ("title", fields["title"].single(normalise(doc.title), normalise(want["title"])), doc.title),
                ("kind", fields["kind"].single(doc.kind, want.get("kind")), doc.kind),
                ("date", fields["date"].single(_date(doc), want.get("published")), _date(doc)),
            ]
            got_authors = [a.name for a in doc.authors]
            want_authors = [a["name"] for a in want.get("authors", [])]
            checks.append(("authors", fields["authors"].many(got_authors, want_authors), got_authors))
            details = [(a.name, a.role, a.organisation) for a in doc.authors]
            want_details = [
                (a["name"], a.get("role", ""), a.get("organisation")) for a in want.get("authors", [])
            ]
            checks.append(("author_details", fields["author_details"].many(details, want_details), details))
            orgs = list(doc.organisations)
            checks.append(
                ("organisations", fields["organisations"].many(orgs, want.get("organisations", [])), orgs)
            )
            for name, ok, got in checks:
                if not ok:
                    key = {"date": "published"}.get(name, name)
                    want_value = want.get(key) if name != "author_details" else want_details
                    misses.append(f"{label} {name}: got {got!r}, expected {want_value!r}")
    return Scores("documents", fields, misses)


def _quote_groups(
    docs: list[ParsedDocument], wanted: list[dict]
) -> list[tuple[str, list[ParsedQuote], list[dict]]]:
    """(label, parsed quotes, expected quotes) per expected document; a null title pools the file."""
    if any(w["title"] is None for w in wanted):
        pooled = [q for d in docs for q in d.quotes]
        return [("(whole file)", pooled, [q for w in wanted for q in w["quotes"]])]
    by_title: dict[str, list[ParsedQuote]] = {}
    for doc in docs:
        by_title.setdefault(normalise(doc.title), []).extend(doc.quotes)
    groups = [(w["title"], by_title.pop(normalise(w["title"]), []), w["quotes"]) for w in wanted]
    # Quotes of documents nobody expected are spurious.
    groups += [(f"unexpected {title!r}", quotes, []) for title, quotes in by_title.items() if quotes]
    return groups


def _matches(quote: ParsedQuote, want: dict) -> bool:
    text = normalise(quote.text)
    if not text.startswith(normalise(want["text_start"])):
        return False
    return not want.get("text_end") or text.endswith(normalise(want["text_end"]))


def score_quotes(parsed: dict[str, list[ParsedDocument]], expected: dict[str, list[dict]]) -> Scores:
    """Quotes of each file's documents against the expected quotes (matched by their first words)."""
    fields = {name: FieldScore() for name in QUOTE_FIELDS}
    misses: list[str] = []
    for file_name, wanted in expected.items():
        if file_name.startswith("_"):
            continue
        for label, quotes, want_quotes in _quote_groups(parsed.get(file_name, []), wanted):
            free = list(quotes)
            pairs: list[tuple[ParsedQuote, dict]] = []
            unmatched = []
            # Same kind first, so a pull-quote and the spoken quote it repeats pair up rightly.
            for want in want_quotes:
                hit = next((q for q in free if q.kind == want["kind"] and _matches(q, want)), None)
                if hit is None:
                    unmatched.append(want)
                else:
                    free.remove(hit)
                    pairs.append((hit, want))
            for want in unmatched:
                hit = next((q for q in free if _matches(q, want)), None)
                if hit is None:
                    fields["text"].fn += 1
                    for name in ("kind", "speaker", "role", "organisation", "party"):
                        key = {"speaker": "speaker"}.get(name, name)
                        fields[name].fn += 1 if want.get(key) else 0
                    fields["co_speakers"].fn += len(want.get("co_speakers", []))
                    misses.append(f"{file_name} {label}: missed {want['kind']} {want['text_start']!r}")
                else:
                    free.remove(hit)
                    pairs.append((hit, want))
            fields["text"].fp += len(free)
            misses += [f"{file_name} {label}: extra {q.kind} {q.text[:60]!r}" for q in free]
            for quote, want in pairs:
                fields["text"].tp += 1
                fields["text"].judged += 1
                fields["text"].right += 1
                s = quote.speaker
                got = {
                    "kind": quote.kind,
                    "speaker": s.name if s else None,
                    "role": s.role if s else None,
                    "organisation": s.organisation if s else None,
                    "party": s.party if s else None,
                }
                for name, value in got.items():
                    if name == "party" and "party" not in want:
                        continue
                    if not fields[name].single(value, want.get(name)):
                        misses.append(
                            f"{file_name} {label}: {want['text_start'][:40]!r} {name}: "
                            f"got {value!r}, expected {want.get(name)!r}"
                        )
                if "co_speakers" in want:
                    co = [p.name for p in quote.co_speakers]
                    if not fields["co_speakers"].many(co, want["co_speakers"]):
                        misses.append(f"{file_name} {label}: co_speakers got {co!r}")
    return Scores("quotes", fields, misses)


def kind_strict_f1(quotes: Scores) -> float:
    """F1 of the quotes found with the right kind: one found with another kind counts as missed and
    as extra (the text field pairs it anyway and leaves the kind to the kind field)."""
    text, kind = quotes["text"], quotes["kind"]
    extracted, expected = text.tp + text.fp, text.tp + text.fn
    return 2 * kind.tp / (extracted + expected) if extracted + expected else 1.0


def format_table(scores: Scores | list[Scores]) -> str:
    """A plain-text table: one row per field with counts, precision, recall, F1 and accuracy on found."""
    rows = [f"{'field':<24}{'tp':>5}{'fp':>5}{'fn':>5}{'prec':>8}{'recall':>8}{'F1':>8}{'acc':>8}"]
    for group in scores if isinstance(scores, list) else [scores]:
        for name, s in group.fields.items():
            if not (s.tp or s.fp or s.fn or s.judged):
                continue
            rows.append(
                f"{group.title + '.' + name:<24}{s.tp:>5}{s.fp:>5}{s.fn:>5}"
                f"{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}{s.accuracy:>8.3f}"
            )
    return "\n".join(rows)


def reference_context():
    """The context parser tests run with: the seeded gazetteer and themes, as the importer would load them."""
    from reform_kb.pipeline.organisations import reference_organisations
    from reform_kb.pipeline.records import ParseContext, ThemeRule
    from reform_kb.pipeline.reference.themes import THEMES

    themes = [ThemeRule(t["slug"], t["name"], tuple(t["keywords"])) for t in THEMES]
    return ParseContext(organisations=reference_organisations(), themes=themes)


def parse_corpus(folder, names, context=None) -> dict[str, list[ParsedDocument]]:
    """Every named file of `folder` through the whole pipeline (`parse_file`)."""
    from reform_kb.pipeline.parse import parse_file

    context = context or reference_context()
    return {name: parse_file(name, (folder / name).read_text(encoding="utf-8"), context) for name in names}


def report(*groups: Scores) -> str:
    """The table followed by every mismatch: what a failing scoring test shows."""
    lines = [format_table(list(groups))]
    for group in groups:
        lines += [f"  {m}" for m in group.misses]
    return "\n".join(lines)


class Corpus:
    """A held-out corpus: `texts/*.txt` with hand-made `expected_documents.json` and `expected_quotes.json`."""

    def __init__(self, folder):
        self.folder = folder
        self.texts = folder / "texts"
        self.names = sorted(p.name for p in self.texts.glob("*.txt"))

    def expected(self, kind: str) -> dict:
        import json

        return json.loads((self.folder / f"expected_{kind}.json").read_text(encoding="utf-8"))

    def parse(self) -> dict[str, list[ParsedDocument]]:
        return parse_corpus(self.texts, self.names, reference_context())

    def scores(self, parsed) -> tuple[Scores, Scores]:
        return score_documents(parsed, self.expected("documents")), score_quotes(
            parsed, self.expected("quotes")
        )

    def labelled_names(self) -> tuple[set[str], set[str]]:
        """The file names the expected documents and quotes cover (keys starting with _ are comments)."""
        return (
            {n for n in self.expected("documents") if not n.startswith("_")},
            {n for n in self.expected("quotes") if not n.startswith("_")},
        )


def below_floors(documents: Scores, quotes: Scores, floors: dict[str, float]) -> dict[str, float]:
    """The fields ("documents.found", "quotes.text", …) whose F1 is under its floor, with the F1."""
    groups = {"documents": documents, "quotes": quotes}
    missed = {}
    for key, floor in floors.items():
        group, field = key.split(".", 1)
        f1 = groups[group][field].f1
        if f1 < floor:
            missed[key] = round(f1, 3)
    return missed
