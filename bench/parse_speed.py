"""make bench-parse: the text pipeline's throughput in MB/s on a 10 MB text (issue 10, item 9).

Two shapes of 10 MB (BENCH_PARSE_MB), both built from the repository's own texts (seeds/ and the
invented test texts), so nothing has to be fetched:
- many documents: every text one after another, again and again, as a large listing or an archive;
- one document: a single article whose body repeats, the shape that was quadratic (every pull-quote
  compared with every quote of the document: 3 MB in 8 s, 12 MB in 102 s).
Pure pipeline (no Django, no database): what `import_seeds` spends parsing, not writing. Results go to
stdout and bench/RESULTS-parse.md, whose table they replace; the notes written below the table by hand (what was
measured beside what, on which machine) are kept.
"""

from __future__ import annotations

import os
import platform
import time
from pathlib import Path

from reform_kb.pipeline.organisations import reference_organisations
from reform_kb.pipeline.parse import parse_file
from reform_kb.pipeline.records import ParseContext, ThemeRule
from reform_kb.pipeline.reference.themes import THEMES

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "tests" / "pipeline" / "texts" / "gen_union_news.txt"


def _texts() -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "pipeline" / "texts").glob("*.txt")
    )
    return [path.read_text(encoding="utf-8") for path in files]


def _grow(unit: str, size: int, head: str = "") -> str:
    copies = size // len(unit.encode("utf-8")) + 1
    return head + "\n\n".join([unit] * copies)


def many_documents(size: int) -> str:
    return _grow("\n\n".join(_texts()), size)


def one_document(size: int) -> str:
    lines = ARTICLE.read_text(encoding="utf-8").split("\n")
    # The headline, byline and date once; the body (quotes, a pull-quote) over and over.
    return _grow("\n".join(lines[8:]), size, head="\n".join(lines[:8]) + "\n\n")


def measure(text: str, context: ParseContext) -> tuple[float, float, int]:
    """Megabytes, seconds and documents of one parse of `text`."""
    start = time.perf_counter()
    documents = parse_file("bench.txt", text, context)
    seconds = time.perf_counter() - start
    return len(text.encode("utf-8")) / 1e6, seconds, len(documents)


def main() -> None:
    size = int(float(os.environ.get("BENCH_PARSE_MB", "10")) * 1_000_000)
    themes = [ThemeRule(t["slug"], t["name"], tuple(t["keywords"])) for t in THEMES]
    context = ParseContext(organisations=reference_organisations(), themes=themes)
    rows = []
    for name, build in (("många dokument", many_documents), ("ett dokument", one_document)):
        megabytes, seconds, documents = measure(build(size), context)
        rows.append(f"| {name} | {megabytes:.1f} | {documents} | {seconds:.1f} | {megabytes / seconds:.2f} |")
        print(rows[-1], flush=True)
    report = "\n".join(
        [
            "# Parse throughput (make bench-parse)",
            "",
            f"Python {platform.python_version()} on {platform.machine()}, one process, pipeline only (no database).",
            "",
            "| text | MB | documents | seconds | MB/s |",
            "| --- | --- | --- | --- | --- |",
            *rows,
            "",
        ]
    )
    path = ROOT / "bench" / "RESULTS-parse.md"
    previous = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(report + notes_after_table(previous), encoding="utf-8")


def notes_after_table(markdown: str) -> str:
    """What a results file holds after its first table: the hand-written notes, with the blank line before them."""
    lines = markdown.split("\n")
    first_row = next((n for n, line in enumerate(lines) if line.startswith("|")), None)
    if first_row is None:
        return ""
    end = next((n for n in range(first_row, len(lines)) if not lines[n].startswith("|")), len(lines))
    notes = "\n".join(lines[end:]).strip("\n")
    return f"\n{notes}\n" if notes else ""


if __name__ == "__main__":
    main()
