"""The rules' line roles: what the rule-based pipeline decides about each line, in the annotation's roles.

The pipeline has no line-role step of its own; its rules decide per line whether it is furniture (dropped),
a related-links line, a byline, a date, a photo line, a document's title or a section heading inside one.
This reads those decisions back, line by line, so that the classifier can be compared with them role by
role. Roles the rules never decide (kicker, ingress, meta, signature, pullquote) come out as `body`.
"""

from __future__ import annotations

from reform_kb.pipeline.segment.furniture import READ_ALSO_RE, RELATED_HEADING_RE, without_furniture
from reform_kb.pipeline.segment.lines import (
    PHOTO_CREDIT_RE,
    PHOTO_LINE_RE,
    is_byline,
    is_dateline,
    is_title_like,
    name_bylines,
)
from reform_kb.pipeline.text import normalise_line


def _titles(text: str) -> set[str]:
    """The titles the pipeline gives the text's documents with the rules alone (the classifier switched off,
    so that its committed model, trained on these very texts, cannot leak into the rules' figures)."""
    from reform_kb.pipeline.parse import parse_file
    from reform_kb.pipeline.segment import line_roles

    trusted = dict(line_roles.TRUSTED)
    line_roles.TRUSTED.clear()
    try:
        return {
            normalise_line(d.title).casefold() for d in parse_file("rules.txt", text, _context()) if d.title
        }
    finally:
        line_roles.TRUSTED.update(trusted)


_CONTEXT = None


def _context():
    global _CONTEXT
    if _CONTEXT is None:
        from tests.pipeline.scoring import reference_context

        _CONTEXT = reference_context()
    return _CONTEXT


def rule_roles(text: str) -> dict[int, str]:
    """The rules' role of each non-blank line, by its index in `text.split("\\n")`."""
    raw = [normalise_line(line) for line in text.replace("\r\n", "\n").split("\n")]
    kept = without_furniture(raw)
    # A bare name above the date, and a newsroom role under it, are what the pipeline reads as a byline.
    bylined = [before != after for before, after in zip(raw, name_bylines(raw), strict=True)]
    titles = _titles(text)
    roles: dict[int, str] = {}
    in_related = False
    for n, line in enumerate(raw):
        if not line:
            in_related = False
            continue
        if RELATED_HEADING_RE.match(line):
            in_related = True
        roles[n] = (
            "byline"
            if bylined[n]
            else _role(line, kept[n] is None, in_related, line.casefold() in titles, n, raw)
        )
    return roles


def _role(line: str, dropped: bool, in_related: bool, is_title: bool, n: int, raw: list[str]) -> str:
    if dropped:
        return "related" if in_related or READ_ALSO_RE.match(line) else "boilerplate"
    if is_title:
        return "title"
    if is_byline(line):
        return "byline"
    if is_dateline(line):
        return "date"
    if PHOTO_LINE_RE.match(line):
        return "credit"
    if PHOTO_CREDIT_RE.search(line):
        return "caption"
    standalone = (n == 0 or not raw[n - 1]) and (n + 1 >= len(raw) or not raw[n + 1])
    if standalone and is_title_like(line):
        return "crosshead"
    return "body"
