"""`make train-lines`: the line-role classifier trained on the development part, and measured honestly.

    python -m corpus.train_lines            # cross-validation by publisher, then train on all of dev
    python -m corpus.train_lines --cv-only  # the figures only; the committed model is left as it is

Cross-validation groups the texts by publisher (GroupKFold), so a publisher's pages are never in the
training and the test fold at once; the same folds score the rules, which need no training. The model is
written to `reform_kb/pipeline/segment/line_roles.crfsuite`, which the pipeline loads without Django.
Only the development part is read: the test parts are never trained or tuned on.
"""

from __future__ import annotations

import argparse
from collections import Counter

from reform_kb.pipeline.segment.line_roles import MODEL_PATH, ROLES, TRUSTED, line_features, page_lines
from reform_kb.pipeline.segment.lines import is_title_like

from .lines_rules import rule_roles
from .score.gold import load_part

C1, C2, ITERATIONS, FOLDS = 0.05, 0.05, 150, 5


def dataset(part_name: str = "dev") -> list[dict]:
    """One row per usable text: its id, publisher, features, gold roles and the rules' roles."""
    rows = []
    for entry in load_part(part_name).usable:
        gold = dict(entry.annotation["lines"])
        lines = page_lines(entry.text)
        rules = rule_roles(entry.text)
        # A line the annotation leaves out (none should) is not scored.
        kept = [(n, t, a, b) for n, t, a, b in lines if n in gold]
        rows.append(
            {
                "id": entry.id,
                "publisher": entry.meta.get("publisher", entry.id),
                "x": line_features([(t, a, b) for _n, t, a, b in kept]),
                "y": [gold[n] for n, *_ in kept],
                "rules": [rules.get(n, "body") for n, *_ in kept],
                "texts": [t for _n, t, _a, _b in kept],
            }
        )
    return rows


def new_crf(model_filename: str | None = None):
    import sklearn_crfsuite

    return sklearn_crfsuite.CRF(
        algorithm="lbfgs",
        c1=C1,
        c2=C2,
        max_iterations=ITERATIONS,
        all_possible_transitions=True,
        model_filename=model_filename,
    )


def combine(rules: list[str], texts: list[str], marginals: list[dict[str, float]]) -> list[str]:
    """What the pipeline decides now: the rules' role, except where the classifier is trusted
    (line_roles.TRUSTED, never on a title-like line)."""
    out = []
    for rule, text, probs in zip(rules, texts, marginals, strict=True):
        role = max(probs, key=probs.get)
        trusted = probs[role] >= TRUSTED.get(role, 2.0) and not is_title_like(text)
        out.append(role if trusted else rule)
    return out


def cross_validate(rows: list[dict], folds: int = FOLDS) -> tuple[list[str], ...]:
    """Gold, rules, classifier and combined roles of every line, the classifier trained without the text's
    publisher."""
    from sklearn.model_selection import GroupKFold

    gold: list[str] = []
    rules: list[str] = []
    crf_out: list[str] = []
    combined: list[str] = []
    groups = [r["publisher"] for r in rows]
    for train, test in GroupKFold(n_splits=folds).split(rows, groups=groups):
        crf = new_crf()
        crf.fit([rows[i]["x"] for i in train], [rows[i]["y"] for i in train])
        predicted = crf.predict([rows[i]["x"] for i in test])
        marginals = crf.predict_marginals([rows[i]["x"] for i in test])
        for i, labels, probs in zip(test, predicted, marginals, strict=True):
            gold += rows[i]["y"]
            rules += rows[i]["rules"]
            crf_out += list(labels)
            combined += combine(rows[i]["rules"], rows[i]["texts"], probs)
    return gold, rules, crf_out, combined


def report(gold: list[str], rules: list[str], crf_out: list[str], combined: list[str]) -> str:
    """Per-role precision, recall and F1: the rules, the classifier, and the two as the pipeline combines
    them; and the overall line accuracy of each."""
    from sklearn.metrics import precision_recall_fscore_support

    counts = Counter(gold)
    roles = [r for r in ROLES if counts[r]]
    p_r, r_r, f_r, _ = precision_recall_fscore_support(gold, rules, labels=roles, zero_division=0)
    p_c, r_c, f_c, _ = precision_recall_fscore_support(gold, crf_out, labels=roles, zero_division=0)
    p_b, r_b, f_b, _ = precision_recall_fscore_support(gold, combined, labels=roles, zero_division=0)
    out = [f"{'role':<12}{'lines':>6}   {'rules P/R/F1':<17}{'classifier P/R/F1':<20}{'pipeline P/R/F1'}"]
    for n, role in enumerate(roles):
        out.append(
            f"{role:<12}{counts[role]:>6}   {p_r[n]:.2f} {r_r[n]:.2f} {f_r[n]:.2f}   "
            f"{p_c[n]:.2f} {r_c[n]:.2f} {f_c[n]:.2f}      {p_b[n]:.2f} {r_b[n]:.2f} {f_b[n]:.2f}"
        )
    accuracy = [
        sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
        for pred in (rules, crf_out, combined)
    ]
    out.append(
        f"{'accuracy':<12}{len(gold):>6}   {accuracy[0]:.3f}            {accuracy[1]:.3f}"
        f"               {accuracy[2]:.3f}"
    )
    return "\n".join(out)


def cross_fitted_score(rows: list[dict], folds: int = FOLDS, misses: bool = False) -> str:
    """`make score`'s development figures with the classifier in the pipeline, each text parsed with a model
    trained without its publisher (the same folds as above): the honest figure for dev, which the committed
    model, trained on all of dev, would flatter."""
    import tempfile
    from pathlib import Path

    import pycrfsuite
    from sklearn.model_selection import GroupKFold

    from reform_kb.pipeline.parse import parse_file
    from reform_kb.pipeline.segment import line_roles
    from tests.pipeline.scoring import reference_context

    from .score import part_report

    taggers = {}
    with tempfile.TemporaryDirectory() as folder:
        groups = [r["publisher"] for r in rows]
        for k, (train_idx, test_idx) in enumerate(GroupKFold(n_splits=folds).split(rows, groups=groups)):
            path = str(Path(folder) / f"fold{k}.crfsuite")
            new_crf(path).fit([rows[i]["x"] for i in train_idx], [rows[i]["y"] for i in train_idx])
            tagger = pycrfsuite.Tagger()
            tagger.open(path)
            taggers.update({rows[i]["id"]: tagger for i in test_idx})
        context = reference_context()
        original = line_roles._tagger

        def parse(name: str, text: str) -> list:
            line_roles._tagger = lambda: taggers[name.removesuffix(".txt")]
            try:
                return parse_file(name, text, context)
            finally:
                line_roles._tagger = original

        return part_report("dev", misses, parse=parse)


def train(rows: list[dict]) -> None:
    """Fit on every development text and write the model file into the package."""
    crf = new_crf(str(MODEL_PATH))
    crf.fit([r["x"] for r in rows], [r["y"] for r in rows])


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(prog="python -m corpus.train_lines", description=__doc__.splitlines()[0])
    parser.add_argument("--cv-only", action="store_true", help="cross-validate only; keep the model file")
    parser.add_argument(
        "--score", action="store_true", help="also make score's dev figures with cross-fitted models"
    )
    parser.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="ROLE=P",
        help="for --score and the 'pipeline' column: follow the classifier on ROLE from probability P "
        "(instead of line_roles.TRUSTED)",
    )
    args = parser.parse_args(argv)
    if args.trust:
        TRUSTED.clear()
        TRUSTED.update({role: float(p) for role, p in (t.split("=", 1) for t in args.trust)})
    rows = dataset("dev")
    if not rows:
        return "No development text is there to train on: re-obtain corpus/texts/ first (corpus/README.md)."
    trust = ", ".join(f"{role} from {p}" for role, p in TRUSTED.items()) or "nothing (the rules everywhere)"
    out = [
        f"== line roles, dev: {len(rows)} texts, {sum(len(r['y']) for r in rows)} lines, "
        f"{len({r['publisher'] for r in rows})} publishers; {FOLDS}-fold cross-validation grouped by publisher",
        report(*cross_validate(rows)),
        f"'pipeline' follows the classifier on: {trust}",
    ]
    if args.score:
        out += [
            "",
            "== make score, dev, every text parsed with a model trained without its publisher",
            cross_fitted_score(rows),
        ]
    if not args.cv_only:
        train(rows)
        out.append(
            f"Model trained on all {len(rows)} development texts: {MODEL_PATH.relative_to(MODEL_PATH.parents[3])}"
        )
    return "\n".join(out)


if __name__ == "__main__":
    print(main())
