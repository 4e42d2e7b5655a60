"""Each line of a page classified by its role (title, byline, caption, boilerplate, …) with its neighbours.

Issue 10, item 2: a conditional random field (CRFsuite) trained on the real development corpus
(`corpus/annotations`, `make train-lines`) labels every non-blank line with one of the roles of the
annotation guide (corpus/README.md). Its features describe a line's *shape* only: length, position,
blank lines around it, punctuation, capitals, digits, date shapes, dash and quotation marks, and cue
words from closed lists the pipeline already knows (months, "Foto", "Text:", "Av", "Publicerad",
"Läs också", cookie words, the furniture patterns). No open word identity is a feature: the model
file is committed, and it must carry no one's words.

The pipeline itself stays rule-based where the rules measure better; `segment.page` says where the
classifier is consulted and why (corpus/RESULTS.md has the figures).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from .. import metadata
from ..crf_models import open_tagger
from ..swedish import MONTHS
from ..text import is_date_line, normalise_line, word_count
from .furniture import COOKIE_RE, READ_ALSO_RE, RELATED_HEADING_RE, is_boilerplate
from .lines import PHOTO_LINE_RE, is_byline, is_quoted_headline, is_title_like

MODEL_PATH = Path(__file__).with_name("line_roles.crfsuite")

ROLES = (
    "title", "kicker", "ingress", "byline", "date", "caption", "credit", "crosshead", "body",
    "pullquote", "related", "boilerplate", "signature", "meta",
)  # fmt: skip

# Closed cue lists: the labels and words the pipeline's rules already look for, folded to lower case.
_CUES = {
    "foto": re.compile(r"\b(?:foto|fotograf|bild|illustration|grafik)\b\s*:?", re.I),
    "text_label": re.compile(r"^(?:text|text och foto|skribent|reporter|författare)\s*:", re.I),
    "av": re.compile(r"^av\s+[A-ZÅÄÖ]"),
    "published": re.compile(
        r"\b(?:publicerad|publicerat|publiceringsdatum|uppdaterad|senast uppdaterad)\b", re.I
    ),
    "read_also": re.compile(r"\b(?:läs också|läs även|läs mer|se även|relaterat)\b", re.I),
    "cookie": COOKIE_RE,
    "share": re.compile(r"\b(?:dela|facebook|twitter|linkedin|e-post|skriv ut|prenumerera)\b", re.I),
    "comment": re.compile(r"\b(?:kommentar\w*|svara)\b", re.I),
    "says": re.compile(r"\b(?:säger|sa|sade|skriver|menar|berättar)\b", re.I),
    "genre": re.compile(
        r"\b(?:debatt|krönika|ledare|insändare|replik|åsikt|nyheter|pressmeddelande)\b", re.I
    ),
    "contact": re.compile(r"\b(?:kontakt|telefon|tfn|mobil|e-post|mejl)\b|@", re.I),
    "annons": re.compile(r"\bannons\b", re.I),
    "party": re.compile(r"\((?:S|M|C|V|L|KD|MP|SD|FP)\)"),
    "role_word": re.compile(
        r"\b(?:ordförande|förbundsordförande|chef|socialchef|minister|generaldirektör|reporter|redaktör"
        r"|handläggare|socialsekreterare|ledamot|utredare|talesperson)\b",
        re.I,
    ),
}
_MONTH_RE = re.compile(
    r"(?<![a-zåäö])(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?![a-zåäö])", re.I
)
_ISO_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME_RE = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    """The index of the first edge `value` does not exceed: a coarse, word-free length feature."""
    for n, edge in enumerate(edges):
        if value <= edge:
            return str(n)
    return str(len(edges))


def _offset_bucket(offset: int) -> str:
    """A line's place relative to the page's first heading: before it, on it, just under it or far below."""
    if offset < 0:
        return "above" if offset >= -3 else "far_above"
    return _bucket(offset, (0, 1, 2, 4, 8))


def _shape(text: str) -> dict[str, float | str | bool]:
    """The features of one line alone."""
    words = text.split()
    n_words = len(words)
    capitalised = sum(1 for w in words if w[:1].isupper())
    letters = [c for c in text if c.isalpha()]
    upper = sum(1 for c in letters if c.isupper())
    f: dict[str, float | str | bool] = {
        "chars": _bucket(len(text), (3, 10, 25, 45, 70, 100, 160, 300, 600)),
        "words": _bucket(n_words, (1, 2, 3, 5, 8, 12, 16, 25, 50)),
        "first_upper": text[:1].isupper(),
        "first_digit": text[:1].isdigit(),
        "last": text[-1] if text[-1] in '.!?:;,…”"»)]' else ("alnum" if text[-1].isalnum() else "other"),
        "caps_ratio": _bucket(int(10 * capitalised / max(n_words, 1)), (1, 3, 5, 7, 9)),
        "all_caps": len(letters) >= 3 and upper == len(letters),
        "sentences": _bucket(len(re.findall(r"[.!?…](?:\s|$)", text)), (0, 1, 2, 4)),
        "digits": _bucket(sum(c.isdigit() for c in text), (0, 2, 4, 8)),
        "dash_start": text[:1] in "–—-",
        "bullet_start": text[:1] in "•·*",
        "quote_start": text[:1] in '”"“»«',
        "quote_marks": _bucket(sum(text.count(q) for q in '”"“»«'), (0, 1, 2)),
        "pipe": "|" in text,
        "colon": ":" in text,
        "paren": "(" in text,
        "month": bool(_MONTH_RE.search(text)),
        "iso_date": bool(_ISO_RE.search(text)),
        "time": bool(_TIME_RE.search(text)),
        "year": bool(_YEAR_RE.search(text)),
        "date_line": is_date_line(text),
        "published_line": bool(metadata.PUBLISHED_RE.match(text)),
        "boilerplate": is_boilerplate(text),
        "read_also": bool(READ_ALSO_RE.match(text)),
        "related_heading": bool(RELATED_HEADING_RE.match(text)),
        "byline": is_byline(text),
        "photo_line": bool(PHOTO_LINE_RE.match(text)),
        "title_like": is_title_like(text),
        "quoted_headline": is_quoted_headline(text),
        "person_name": bool(metadata.PERSON_NAME_RE.match(text)),
    }
    for cue, regex in _CUES.items():
        if regex.search(text):
            f["cue_" + cue] = True
    return f


def line_features(lines: list[tuple[str, bool, bool]]) -> list[dict]:
    """CRFsuite features of a page's non-blank lines: each line's own shape, its place on the page and
    its neighbours' shapes. `lines` holds (text, blank line above, blank line below)."""
    shapes = [_shape(text) for text, _above, _below in lines]
    total = len(lines)
    # Where the page's first heading stands (a title-like line alone): lines are read relative to it.
    first = next((i for i, (t, a, b) in enumerate(lines) if a and b and shapes[i]["title_like"]), None)
    seen = Counter(text for text, _a, _b in lines)
    out = []
    for i, (text, above, below) in enumerate(lines):
        f: dict = {"bias": 1.0, "blank_above": above, "blank_below": below}
        f["position"] = _bucket(i, (0, 1, 2, 4, 8, 16))
        f["from_end"] = _bucket(total - 1 - i, (0, 1, 3, 8))
        f["repeat_prev"] = i > 0 and lines[i - 1][0] == text
        f["repeat_next"] = i + 1 < total and lines[i + 1][0] == text
        f["repeated"] = seen[text] > 1
        f["from_heading"] = "none" if first is None else _offset_bucket(i - first)
        f.update(shapes[i])
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < total:
                for key, value in shapes[j].items():
                    f[f"{offset:+d}:{key}"] = value
            else:
                f[f"{offset:+d}:edge"] = True
        out.append(f)
    return out


def page_lines(text: str) -> list[tuple[int, str, bool, bool]]:
    """(index in text.split("\\n"), normalised text, blank above, blank below) of every non-blank line."""
    raw = text.replace("\r\n", "\n").split("\n")
    rows = []
    for n, line in enumerate(raw):
        clean = normalise_line(line)
        if not clean:
            continue
        above = n == 0 or not normalise_line(raw[n - 1])
        below = n + 1 >= len(raw) or not normalise_line(raw[n + 1])
        rows.append((n, clean, above, below))
    return rows


def _tagger():
    """The trained model, opened once (`crf_models.open_tagger`); None without it."""
    return open_tagger(MODEL_PATH)


def model_available() -> bool:
    return _tagger() is not None


def classify(lines: list[tuple[str, bool, bool]]) -> list[tuple[str, float]]:
    """The role of each line and the model's probability of it (its marginal); [] without a model."""
    tagger = _tagger()
    if tagger is None or not lines:
        return []
    labels = tagger.tag(line_features(lines))
    return [(label, tagger.marginal(label, i)) for i, label in enumerate(labels)]


def classify_text(text: str) -> dict[int, tuple[str, float]]:
    """Roles of a text's non-blank lines, by their index in `text.split("\\n")`."""
    rows = page_lines(text)
    roles = classify([(t, a, b) for _n, t, a, b in rows])
    return {n: role for (n, *_rest), role in zip(rows, roles, strict=False)}


# Where the pipeline follows the classifier (role: from which probability, its marginal, on). Empty: every
# decision is the rules'. Measured on the development part with models trained without the text's publisher
# (`python -m corpus.train_lines --score --trust ROLE=P`, corpus/RESULTS.md "Line roles"): per line the
# classifier finds captions, crossheads, ingresses and related links better than the rules, and boilerplate
# together with them (rules, plus the lines it is sure of); but no document-level decision built on it
# measured better. Dropping the boilerplate it is sure of (0.8, never a title-like line) found one more
# document and three more mentioned organisations but cost a title; its captions kept from titles changed
# nothing; its crossheads kept from opening documents split the seeds wrongly; its related links cost a
# title. Titles, dates, bylines and credits measure better by the rules in any case.
TRUSTED: dict[str, float] = {}


def trusted_roles(raw: list[str]) -> list[str]:
    """For a page's normalised lines (blank ones kept), the classifier's role of each line where the
    pipeline trusts it (`TRUSTED`), else "". All "" when no model is installed."""
    rows = [
        (n, text, n == 0 or not raw[n - 1], n + 1 >= len(raw) or not raw[n + 1])
        for n, text in enumerate(raw)
        if text
    ]
    roles = [""] * len(raw)
    if not TRUSTED:
        return roles  # nothing to follow: the model is not even run, and parsing costs what it did
    for (n, *_), (role, p) in zip(rows, classify([(t, a, b) for _n, t, a, b in rows]), strict=False):
        if p >= TRUSTED.get(role, 2.0) and not is_title_like(raw[n]):
            roles[n] = role
    return roles


def word_free(features: list[dict]) -> bool:
    """Whether no feature name or value carries a word of the text (a guard for the committed model)."""
    return all(
        isinstance(v, bool | float | int) or (isinstance(v, str) and (v.isdigit() or len(v) <= 5))
        for f in features
        for v in f.values()
    ) and all(word_count(k) == 1 for f in features for k in f)
