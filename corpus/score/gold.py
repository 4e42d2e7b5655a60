"""Reading a corpus part: its manifest, the local copies of the texts and the hand annotations.

The texts are other people's writing and are never committed; `corpus/texts/<id>.txt` holds the local copy
and the manifest's sha256 proves it is the very text the annotation's offsets were made on. A text that is
missing or differs is reported and left out, so the rest of the part can still be scored.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Entry:
    """One text of a part, with its text when the local copy is there and right."""

    meta: dict
    annotation: dict | None
    text: str | None = None
    problem: str = ""  # why the text cannot be scored, in a sentence

    @property
    def id(self) -> str:
        return self.meta["id"]


@dataclass
class Part:
    name: str
    entries: list[Entry] = field(default_factory=list)
    failures: dict[str, str] = field(default_factory=dict)  # text id → why the pipeline failed on it

    @property
    def usable(self) -> list[Entry]:
        return [e for e in self.entries if not e.problem]


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def part_names(root: Path = ROOT) -> list[str]:
    """dev first, then the test parts in their order (test2, test3, …)."""
    names = [p.stem for p in (root / "manifest").glob("*.json")]
    return sorted(names, key=lambda n: (n != "dev", len(n), n))


def _load_entry(meta: dict, root: Path) -> Entry:
    annotation_path = root / "annotations" / f"{meta['id']}.json"
    annotation = json.loads(annotation_path.read_text(encoding="utf-8")) if annotation_path.exists() else None
    entry = Entry(meta, annotation)
    text_path = root / "texts" / f"{meta['id']}.txt"
    if annotation is None:
        entry.problem = f"no annotation ({annotation_path.relative_to(root)})"
    elif not text_path.exists():
        entry.problem = (
            f"text missing ({text_path.relative_to(root)}): re-obtain it with the search tool, corpus "
            f"'pages', query {meta.get('query', '')!r}, url {meta.get('url', '')}"
        )
    else:
        text = text_path.read_text(encoding="utf-8")
        if sha256(text) != meta.get("sha256"):
            entry.problem = (
                f"checksum differs ({text_path.relative_to(root)}): not the text that was annotated; "
                f"re-obtain it from {meta.get('url', '')}"
            )
        else:
            entry.text = text
    return entry


def load_part(name: str, root: Path = ROOT) -> Part:
    manifest = json.loads((root / "manifest" / f"{name}.json").read_text(encoding="utf-8"))
    return Part(name, [_load_entry(meta, root) for meta in manifest])
