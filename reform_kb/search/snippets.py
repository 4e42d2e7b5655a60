"""Search snippets as safe HTML: the text is escaped first, and only <mark> is added afterwards.

PostgreSQL's ts_headline marks hits with two private-use characters that are stripped from the text
beforehand, so the only markup in a snippet is the one we put there.
"""

from __future__ import annotations

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from reform_kb.pipeline.swedish import WORD_RE, stem

START, STOP = "\ue000", "\ue001"
ELLIPSIS = "…"
# Paragraph breaks and runs of spaces become one space: a snippet is one line of running text.
_SPACE_RE = re.compile(r"\s+")


def from_sentinels(text: str) -> SafeString:
    """Escape a headline marked with START/STOP, then turn the markers into <mark>."""
    html = _SPACE_RE.sub(" ", escape(text)).strip().replace(START, "<mark>").replace(STOP, "</mark>")
    # Escaped text plus balanced <mark> tags only, so it is safe to mark as such.
    return mark_safe(_balance(html))  # noqa: S308


def _balance(html: str) -> str:
    opened = html.count("<mark>") - html.count("</mark>")
    return html + "</mark>" * max(opened, 0)


def _stems_of(word: str) -> set[str]:
    """The lexemes a word is indexed under (parts too, as for "HVB-hem" and "SKR:s")."""
    found = {stem(word)}
    for sep in ":-":
        if sep in word:
            found.update(stem(part) for part in word.split(sep) if part)
    return found


def highlight(text: str, stems: frozenset[str], *, words: int = 30, before: int = 8) -> SafeString:
    """A window of about `words` words around the first hit in `text`, hits in <mark>.

    Used on SQLite, where there is no ts_headline. A text without hits gives its first words.
    """
    matches = list(WORD_RE.finditer(text))
    if not matches:
        return mark_safe(_SPACE_RE.sub(" ", escape(text[:200])).strip())  # noqa: S308
    hits = [bool(_stems_of(m.group(0).lower()) & stems) for m in matches]
    first = hits.index(True) if True in hits else 0
    start = max(0, min(first - before, len(matches) - words))
    end = min(len(matches), start + words)
    begin_at = matches[start].start() if start > 0 else 0
    end_at = matches[end - 1].end() if end < len(matches) else len(text)
    parts = [ELLIPSIS + " "] if start > 0 else []
    cursor = begin_at
    for m, hit in zip(matches[start:end], hits[start:end], strict=True):
        if not hit:
            continue
        parts.append(escape(text[cursor : m.start()]))
        parts.append(f"<mark>{escape(m.group(0))}</mark>")
        cursor = m.end()
    parts.append(escape(text[cursor:end_at]))
    if end < len(matches):
        parts.append(" " + ELLIPSIS)
    return mark_safe(_SPACE_RE.sub(" ", "".join(parts)).strip())  # noqa: S308
