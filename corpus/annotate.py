"""Helpers for annotating by hand: save a stored copy, show its lines, turn strings into offsets.

The annotator reads the text and chooses every value; these only do the counting (line indexes, character
offsets, checksums), so that nothing in the gold comes from the pipeline's output.

    python -m corpus.annotate show d001        # the lines with their indexes
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .score.gold import ROOT, sha256

ROLE_CODES = {
    "t": "title",
    "k": "kicker",
    "i": "ingress",
    "by": "byline",
    "d": "date",
    "c": "caption",
    "cr": "credit",
    "x": "crosshead",
    "b": "body",
    "p": "pullquote",
    "r": "related",
    "bp": "boilerplate",
    "s": "signature",
    "m": "meta",
}


def save_text(part: str, meta: dict, excerpt: str, root: Path = ROOT) -> None:
    """Write the excerpt exactly as given and put its entry (with checksum and length) in the manifest."""
    (root / "texts").mkdir(exist_ok=True)
    (root / "texts" / f"{meta['id']}.txt").write_text(excerpt, encoding="utf-8")
    path = root / "manifest" / f"{part}.json"
    manifest = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
    entry = {**meta, "sha256": sha256(excerpt), "chars": len(excerpt)}
    manifest = [m for m in manifest if m["id"] != meta["id"]] + [entry]
    manifest.sort(key=lambda m: m["id"])
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def text_of(text_id: str, root: Path = ROOT) -> str:
    return (root / "texts" / f"{text_id}.txt").read_text(encoding="utf-8")


def show(text_id: str) -> str:
    return "\n".join(f"{i:3} {line}" for i, line in enumerate(text_of(text_id).split("\n")) if line.strip())


def line_roles(text: str, spec: str) -> list[list]:
    """`spec` like "0-3 bp; 5 t; 6 d; 30- r": roles by line ranges; every other non-blank line is body."""
    lines = text.split("\n")
    roles = {i: "body" for i, line in enumerate(lines) if line.strip()}
    for item in filter(None, (s.strip() for s in spec.split(";"))):
        span, code = item.split()
        first, _, last = span.partition("-")
        lo = int(first)
        hi = len(lines) - 1 if span.endswith("-") else int(last or first)
        for i in range(lo, hi + 1):
            if i in roles:
                roles[i] = ROLE_CODES.get(code, code)
    return [[i, r] for i, r in sorted(roles.items())]


def span(text: str, start: str, end: str | None = None, after: int = 0) -> tuple[int, int]:
    """Offsets of the words from `start` to `end` (both included; to the text's end when `end` is None)."""
    lo = text.index(start, after)
    if end is None:
        return lo, len(text.rstrip())
    return lo, text.index(end, lo) + len(end)


def person(name: str, role: str = "", organisation: str | None = None) -> dict:
    return {"name": name, "role": role, "organisation": organisation}


def document(title, title_lines, start_line, end_line, published=None, kind="artikel", **more) -> dict:
    return {
        "title": title,
        "title_lines": title_lines,
        "start_line": start_line,
        "end_line": end_line,
        "published": published,
        "updated": more.get("updated"),
        "kind": kind,
        "authors": more.get("authors", []),
        "photographers": more.get("photographers", []),
        "organisations": more.get("organisations", []),
        "mentioned_organisations": more.get("mentioned_organisations", []),
        "mentioned_people": more.get("mentioned_people", []),
        "cut_off": more.get("cut_off", False),
    }


def quote(
    text: str,
    document_index: int,
    start: str,
    end: str | None,
    kind="direct",
    speaker=None,
    role=None,
    organisation=None,
    party=None,
    cut_off=False,
    shortens=None,
    after=0,
) -> dict:
    lo, hi = span(text, start, end, after)
    return {
        "document": document_index,
        "start": lo,
        "end": hi,
        "kind": kind,
        "speaker": speaker,
        "role": role,
        "organisation": organisation,
        "party": party,
        "cut_off": cut_off,
        "shortens": shortens,
    }


def write_annotation(text_id: str, roles: str, documents: list, quotes: list, notes: str, root: Path = ROOT):
    text = text_of(text_id, root)
    data = {
        "id": text_id,
        "lines": line_roles(text, roles),
        "documents": documents,
        "quotes": quotes,
        "notes": notes,
    }
    (root / "annotations" / f"{text_id}.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    for q in quotes:
        print(
            f"  quote {q['kind']:<9} {q['speaker']!s:<22} «{text[q['start'] : q['end']][:50]}…{text[q['end'] - 30 : q['end']]}»"
        )


if __name__ == "__main__":
    if sys.argv[1] == "show":
        for text_id in sys.argv[2:]:
            print(f"== {text_id}\n{show(text_id)}")
