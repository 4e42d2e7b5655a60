"""`make train-orgs`: the organisation-name tagger trained on the development part, and measured honestly.

    python -m corpus.train_orgs            # cross-validation by publisher, then train on all of dev
    python -m corpus.train_orgs --cv-only  # the figures only; the committed model is left as it is

Gold spans: each document's gold `mentioned_organisations` and its quotes' `organisation`, found in the
title and body the pipeline gives that document (exact; case-insensitive for a name of several words, for
one word only its first letter may be lower case, and only in a definite form: "polisen"; with a genitive
"s" or ":s"), and the rules' own matches whose canonical name is a gold one ("SKR" for Sveriges Kommuner och
Regioner). A name that does not occur as written is simply no positive.

Cross-validation groups the texts by publisher (GroupKFold, 5 folds) on the development part only. Each
fold prints span P/R/F1 (all names, and the names the rules do not cover), and, what matters, `make score`'s
documents.mentioned_organisations with the rules alone and with the tagger trained on the other folds, at
each candidate threshold, with the fields the tagger must not lower (documents found, titles,
quotes.organisation). The test parts are never read.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path

from reform_kb.pipeline import mentions, org_tagger
from reform_kb.pipeline.organisations import matcher_for

from .score import new_scores, score_part
from .score.compare import match_documents
from .score.gold import Part, load_part

C1, C2, ITERATIONS, MIN_FREQ, FOLDS = 0.05, 0.05, 200, 2, 5
# Whether training adds each line once more without the rules' features (`--masked-copies`): measured,
# and it found a few more names no rule knows at the cost of many more wrong ones (corpus/README.md).
MASKED_COPIES = False
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
WATCHED = (
    ("documents", "mentioned_organisations"),
    ("documents", "found"),
    ("documents", "title"),
    ("quotes", "organisation"),
)


def _name_regex(name: str) -> re.Pattern[str]:
    """Where a gold name stands in a text, with a genitive, as whole words (see the module's docstring)."""
    body = re.escape(name) + r"(?::s|s)?"
    if " " in name:
        return re.compile(rf"(?<![\w:-])(?i:{body})(?![\w-])")
    first = re.escape(name[0].lower()) if re.search(r"(?:en|et|na)$", name) else ""
    return re.compile(rf"(?<![\w:-])[{re.escape(name[0])}{first}]{re.escape(name[1:])}(?::s|s)?(?![\w-])")


def gold_spans(text: str, names: set[str], rules: list) -> list[tuple[int, int]]:
    """Non-overlapping character spans of the gold names in `text`, the longest first."""
    spans = [(m.start(), m.end()) for name in names for m in _name_regex(name).finditer(text)]
    spans += [(m.start, m.end) for m in rules if m.name in names]
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: s[0] - s[1]):
        if all(end <= s or start >= e for s, e in kept):
            kept.append((start, end))
    return sorted(kept)


def token_labels(tokens: list, spans: list[tuple[int, int]]) -> list[str]:
    """B, I or O for each token; a span that does not begin and end on token edges labels nothing."""
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    labels = ["O"] * len(tokens)
    for start, end in spans:
        if start in starts and end in ends:
            first, last = starts[start], ends[end]
            labels[first : last + 1] = ["B"] + ["I"] * (last - first)
    return labels


def gold_names(annotation: dict, index: int) -> set[str]:
    document = annotation["documents"][index]
    names = set(document.get("mentioned_organisations", []))
    return names | {
        q["organisation"]
        for q in annotation.get("quotes", [])
        if q["document"] == index and q.get("organisation")
    }


def dataset(context) -> list[dict]:
    """One row per gold document the rules-only parse finds: its text's id and publisher, one sequence
    of token features and gold labels per line, and which tokens the rules cover."""
    from reform_kb.pipeline.parse import parse_file

    matcher = matcher_for(context)
    rows = []
    with tagger_off():
        for entry in load_part("dev").usable:
            documents = entry.annotation["documents"]
            parsed = parse_file(f"{entry.id}.txt", entry.text, context)
            for doc, gold in match_documents(entry.text, parsed, documents)[0]:
                text = f"{doc.title}\n\n{doc.body}"
                names = gold_names(entry.annotation, documents.index(gold))
                spans = gold_spans(text, names, org_tagger.rule_spans(text, matcher))
                sequences, features = org_tagger.text_features(text, matcher)
                rows.append(
                    {
                        "id": entry.id,
                        "publisher": entry.meta.get("publisher", entry.id),
                        "x": features,
                        "y": [token_labels(seq, spans) for seq in sequences],
                    }
                )
    return rows


@contextmanager
def tagger_off():
    """The rules alone while the training documents are parsed: their features never depend on the tagger."""
    saved = mentions.USE_ORG_TAGGER
    mentions.USE_ORG_TAGGER = False
    try:
        yield
    finally:
        mentions.USE_ORG_TAGGER = saved


def new_crf(model_filename: str | None = None):
    import sklearn_crfsuite

    return sklearn_crfsuite.CRF(
        algorithm="lbfgs",
        c1=C1,
        c2=C2,
        min_freq=MIN_FREQ,
        max_iterations=ITERATIONS,
        all_possible_transitions=True,
        model_filename=model_filename,
    )


_RULE_KEYS = frozenset({"rule", "rule_open", "-1:rule", "+1:rule"})


def training_set(rows: list[dict]) -> tuple[list, list]:
    """Every line, and once more without the rules' features each line where the rules cover a token
    (`MASKED_COPIES`): the names the gazetteer knows then teach the model what the words around an
    organisation's name are like, which is all it has for a name no rule knows."""
    x, y = _flat(rows, "x"), _flat(rows, "y")
    if MASKED_COPIES:
        for features, labels in list(zip(x, y, strict=True)):
            if any("rule" in f for f in features):
                x.append([{k: v for k, v in f.items() if k not in _RULE_KEYS} for f in features])
                y.append(labels)
    return x, y


def _flat(rows: list[dict], key: str) -> list:
    return [seq for r in rows for seq in r[key]]


def _spans(labels: list[str]) -> set[tuple[int, int]]:
    out, start = set(), None
    for i, label in enumerate([*labels, "O"]):
        if start is not None and label != "I":
            out.add((start, i))
            start = None
        if label == "B" or (label == "I" and start is None):
            start = i
    return out


def span_counts(gold: list[list[str]], predicted: list[list[str]], features: list[list[dict]]) -> dict:
    """Exact span matches, over all names and over those no rule covers (what the tagger may add)."""
    counts = {"all": [0, 0, 0], "new": [0, 0, 0]}
    for want_labels, got_labels, feats in zip(gold, predicted, features, strict=True):
        want, got = _spans(want_labels), _spans(list(got_labels))
        ruled = {s for s in want | got if any(feats[i].get("rule") for i in range(*s))}
        for key, left_out in (("all", set()), ("new", ruled)):
            w, g = want - left_out, got - left_out
            counts[key][0] += len(w & g)
            counts[key][1] += len(g - w)
            counts[key][2] += len(w - g)
    return counts


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.3f} / {r:.3f} / {f:.3f} ({tp} tp, {fp} fp, {fn} fn)"


def cross_validate(rows: list[dict], context, folder: Path) -> tuple[list[str], dict]:
    """Per fold: span figures, and the fold's texts scored with the rules alone and with the tagger
    trained without them at each threshold. Returns the report's lines and the summed scores."""
    import pycrfsuite
    from sklearn.model_selection import GroupKFold

    entries = {e.id: e for e in load_part("dev").usable}
    ids = sorted(entries)  # every text is scored, also one whose documents the parse does not find
    publisher = {i: e.meta.get("publisher", i) for i, e in entries.items()}
    out, totals = [], {key: new_scores() for key in ("rules", *THRESHOLDS)}
    spans_total = {"all": [0, 0, 0], "new": [0, 0, 0]}
    folds = GroupKFold(n_splits=FOLDS).split(ids, groups=[publisher[i] for i in ids])
    for k, (_train, test) in enumerate(folds):
        test_ids = {ids[i] for i in test}
        train_rows = [r for r in rows if r["id"] not in test_ids]
        test_rows = [r for r in rows if r["id"] in test_ids]
        path = str(folder / f"fold{k}.crfsuite")
        crf = new_crf(path)
        crf.fit(*training_set(train_rows))
        counts = span_counts(_flat(test_rows, "y"), crf.predict(_flat(test_rows, "x")), _flat(test_rows, "x"))
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        part = Part(f"dev fold {k}", [entries[i] for i in sorted(test_ids)])
        out.append(f"-- fold {k}: {len(test_ids)} texts, {len(test_rows)} documents")
        out.append(f"   spans, all names       P/R/F1 {_prf(*counts['all'])}")
        out.append(f"   spans, not the rules'  P/R/F1 {_prf(*counts['new'])}")
        for key in spans_total:
            spans_total[key] = [a + b for a, b in zip(spans_total[key], counts[key], strict=True)]
        for key in totals:
            scores = score_fold(part, context, None if key == "rules" else (tagger, key))
            add_scores(totals[key], scores)
            out.append(f"   {_label(key):<16}" + _watched(scores))
    out.append("-- overall")
    out.append(f"   spans, all names       P/R/F1 {_prf(*spans_total['all'])}")
    out.append(f"   spans, not the rules'  P/R/F1 {_prf(*spans_total['new'])}")
    out += [f"   {_label(key):<16}" + _watched(scores) for key, scores in totals.items()]
    return out, totals


def _label(key) -> str:
    return "rules alone" if key == "rules" else f"+ tagger ≥ {key}"


def _watched(scores: dict) -> str:
    cells = []
    for group, name in WATCHED:
        s = scores[group][name]
        cells.append(f"{group[0]}.{name} {s.precision:.3f}/{s.recall:.3f}/{s.f1:.3f}")
    return "  ".join(cells)


def add_scores(total: dict, scores: dict) -> None:
    for group, fields in scores.items():
        for name, s in fields.items():
            t = total[group][name]
            t.tp, t.fp, t.fn, t.right, t.judged = (
                t.tp + s.tp, t.fp + s.fp, t.fn + s.fn, t.right + s.right, t.judged + s.judged
            )  # fmt: skip


def score_fold(part: Part, context, tagger_at=None) -> dict:
    """`make score`'s counts for the fold's texts, the real parse with the tagger on at its threshold (or
    the rules alone)."""
    from reform_kb.pipeline.parse import parse_file

    saved = (mentions.USE_ORG_TAGGER, org_tagger._tagger, org_tagger.THRESHOLD)
    if tagger_at:
        tagger, threshold = tagger_at
        mentions.USE_ORG_TAGGER, org_tagger._tagger, org_tagger.THRESHOLD = True, lambda: tagger, threshold
    else:
        mentions.USE_ORG_TAGGER = False
    try:
        scores, _misses = score_part(part, lambda name, text: parse_file(name, text, context))
    finally:
        mentions.USE_ORG_TAGGER, org_tagger._tagger, org_tagger.THRESHOLD = saved
    return scores


def train(rows: list[dict]) -> None:
    """Fit on every development document and write the model file into the package."""
    new_crf(str(org_tagger.MODEL_PATH)).fit(*training_set(rows))


def verdict(totals: dict) -> tuple[float, str]:
    """The threshold with the best cross-validated documents.mentioned_organisations F1 (the higher one on a
    tie: fewer guesses for editors to review), and what the tagger at it does against the rules alone: the
    tagger is worth switching on only if it raises that F1 and lowers none of the other watched fields."""
    rules = totals["rules"]
    best = max(THRESHOLDS, key=lambda t: (round(totals[t]["documents"]["mentioned_organisations"].f1, 6), t))
    tagged = totals[best]
    f1 = [s["documents"]["mentioned_organisations"].f1 for s in (rules, tagged)]
    lowered = [f"{g}.{n}" for g, n in WATCHED[1:] if tagged[g][n].f1 < rules[g][n].f1]
    lines = [
        f"   {_label(key):<16}d.mentioned_organisations {_prf(*_counts(totals[key]))}"
        for key in ("rules", best)
    ]
    lines.append(
        f"   mentioned_organisations F1 {'raised' if f1[1] > f1[0] else 'not raised'} "
        f"({f1[0]:.3f} → {f1[1]:.3f}); lowered: {', '.join(lowered) or 'nothing else'}; "
        f"switch the tagger on: {'yes' if f1[1] > f1[0] and not lowered else 'no'}"
    )
    return best, "\n".join(lines)


def _counts(scores: dict) -> tuple[int, int, int]:
    s = scores["documents"]["mentioned_organisations"]
    return s.tp, s.fp, s.fn


def main(argv: list[str] | None = None) -> str:
    from tests.pipeline.scoring import reference_context

    global MASKED_COPIES
    parser = argparse.ArgumentParser(prog="python -m corpus.train_orgs", description=__doc__.splitlines()[0])
    parser.add_argument("--cv-only", action="store_true", help="cross-validate only; keep the model file")
    parser.add_argument(
        "--masked-copies", action="store_true", help="train on each line also without the rules' features"
    )
    args = parser.parse_args(argv)
    MASKED_COPIES = MASKED_COPIES or args.masked_copies
    context = reference_context()
    rows = dataset(context)
    if not rows:
        return "No development text is there to train on: re-obtain corpus/texts/ first (corpus/README.md)."
    tokens = sum(len(seq) for r in rows for seq in r["y"])
    names = sum(label == "B" for r in rows for seq in r["y"] for label in seq)
    out = [
        f"== organisation names, dev: {len({r['id'] for r in rows})} texts, {len(rows)} documents, "
        f"{tokens} tokens, {names} gold name spans, {len({r['publisher'] for r in rows})} publishers; "
        f"{FOLDS}-fold cross-validation grouped by publisher; masked copies: {MASKED_COPIES}",
        "   fields as P/R/F1: d.mentioned_organisations, d.found, d.title, q.organisation",
    ]
    with tempfile.TemporaryDirectory() as folder:
        lines, totals = cross_validate(rows, context, Path(folder))
    best, figures = verdict(totals)
    out += [
        *lines,
        f"-- best threshold by cross-validated F1: {best}",
        figures,
        f"The pipeline's threshold (org_tagger.THRESHOLD): {org_tagger.THRESHOLD}; "
        f"tagger on (mentions.USE_ORG_TAGGER): {mentions.USE_ORG_TAGGER}",
    ]
    if not args.cv_only:
        train(rows)
        out.append(f"Model trained on all {len(rows)} development documents: {org_tagger.MODEL_PATH.name}")
    return "\n".join(out)


if __name__ == "__main__":
    print(main())
