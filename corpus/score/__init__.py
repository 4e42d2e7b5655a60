"""`make score`: the pipeline on every part of the real corpus and on the seeds, every field per part.

    python -m corpus.score [--part dev|test2|…|seeds] [--misses] [--as-pages]

`--misses` lists each text's failures, for the development part (and the seeds) only: the test parts are
never tuned on, so their failures are never printed.

By default each text is parsed as a plain text file, with nothing but its words. `--as-pages` parses each as
the import of its web page would: with the page's address and site name (the manifest's `url` and
`publisher`, what a page's canonical link and `og:site_name` say) as its provenance, which fills a
document's publisher where the text names none (reform_kb/pipeline/source_facts.py). The default is the
figure for texts that come without their page.
"""

from __future__ import annotations

from pathlib import Path

from .compare import new_scores, score_text
from .gold import ROOT, Part, load_part, part_names

MISSES_ALLOWED = ("dev", "seeds")


def score_part(part: Part, parse=None, as_pages: bool = False) -> tuple[dict, dict[str, list[str]]]:
    """(scores by group and field, misses by text id) for the usable texts of `part`; `as_pages`: each
    with its page's address and site name as provenance (only with the pipeline's own parser)."""
    from tests.pipeline.scoring import reference_context

    if parse is None:
        from reform_kb.pipeline.parse import parse_file
        from reform_kb.pipeline.provenance import Provenance

        context = reference_context()

        def parse(name: str, text: str, page: dict | None = None) -> list:
            provenance = Provenance(url=page["url"], publisher=page["publisher"]) if page else None
            return parse_file(name, text, context, provenance)

    scores = new_scores()
    misses: dict[str, list[str]] = {}
    for entry in part.usable:
        page = (entry.meta,) if as_pages else ()
        try:
            parsed = parse(f"{entry.id}.txt", entry.text, *page)
        except Exception as exc:  # noqa: BLE001 – one text's failure is a finding, not the end of the report
            # The importer reports such a file as failed and imports nothing of it: score it the same way,
            # and say so (for a test part too: which text failed is no hint for a rule, only a bug to fix).
            parsed = []
            part.failures[entry.id] = f"the pipeline failed ({type(exc).__name__}); scored as nothing found"
        misses[entry.id] = score_text(scores, entry.text, parsed, entry.annotation)
    return scores, misses


def format_scores(scores: dict) -> str:
    """One row per field, every field shown even when nothing was counted (then its figures are 1.000)."""
    rows = [f"{'field':<34}{'tp':>5}{'fp':>5}{'fn':>5}{'prec':>8}{'recall':>8}{'F1':>8}{'acc':>8}"]
    for group, fields in scores.items():
        for name, s in fields.items():
            rows.append(
                f"{group + '.' + name:<34}{s.tp:>5}{s.fp:>5}{s.fn:>5}"
                f"{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}{s.accuracy:>8.3f}"
            )
    return "\n".join(rows)


def seeds_report(show_misses: bool) -> str:
    """The seeds against tests/pipeline/expected, with the seed scorer's own fields."""
    import json

    from tests.pipeline.scoring import format_table, parse_corpus, score_documents, score_quotes

    expected = ROOT.parent / "tests" / "pipeline" / "expected"
    documents = json.loads((expected / "documents.json").read_text(encoding="utf-8"))
    quotes = json.loads((expected / "quotes.json").read_text(encoding="utf-8"))
    parsed = parse_corpus(ROOT.parent / "seeds", sorted(documents))
    groups = [score_documents(parsed, documents), score_quotes(parsed, quotes)]
    lines = [f"== seeds: {len(documents)} texts", format_table(groups)]
    if show_misses:
        lines += [f"  {m}" for g in groups for m in g.misses]
    return "\n".join(lines)


def part_report(name: str, show_misses: bool, root: Path = ROOT, parse=None, as_pages: bool = False) -> str:
    part = load_part(name, root)
    how = ", as pages (with each page's address and site name)" if as_pages else ""
    lines = [f"== {name}: {len(part.usable)} of {len(part.entries)} texts scored{how}"]
    if part.entries and not part.usable:
        lines.append(
            "  None of its texts can be scored: corpus/texts/ is missing them. Re-obtain each text with the "
            "search tool as corpus/README.md says ('Re-obtaining a text'); the figures below count nothing."
        )
    lines += [f"  {e.id}: {e.problem}" for e in part.entries if e.problem]
    scores, misses = score_part(part, parse, as_pages)
    lines += [f"  {text_id}: {failure}" for text_id, failure in part.failures.items()]
    lines.append(format_scores(scores))
    if show_misses:
        for text_id, text_misses in misses.items():
            lines += [f"  {text_id}: {m}" for m in text_misses]
    return "\n".join(lines)


def main(argv: list[str] | None = None, root: Path = ROOT, parse=None, seeds: bool = True) -> str:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m corpus.score", description=__doc__.splitlines()[0])
    parser.add_argument("--part", help="one part: dev, test2, … or seeds (default: all)")
    parser.add_argument(
        "--misses", action="store_true", help="list the failures per text (dev and seeds only)"
    )
    parser.add_argument(
        "--as-pages",
        action="store_true",
        help="parse each text with its page's address and site name as provenance (not the seeds)",
    )
    args = parser.parse_args(argv)
    names = [*part_names(root), *(["seeds"] if seeds else [])]
    if args.part and args.part not in names:
        parser.error(f"no part {args.part!r}; the parts are {', '.join(names)}")
    out = []
    if args.misses and args.part not in MISSES_ALLOWED:
        out.append(
            "Misses are listed for the development part and the seeds only (--part dev or --part seeds): "
            "the test parts are never tuned on."
        )
    for name in [args.part] if args.part else names:
        show = args.misses and args.part in MISSES_ALLOWED
        if name == "seeds":
            out.append(seeds_report(show))
        else:
            out.append(part_report(name, show, root, parse, args.as_pages))
    return "\n\n".join(out)
