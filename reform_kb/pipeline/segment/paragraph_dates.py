"""Dates set inside a document's head paragraphs rather than on a line of their own: one opening the first
paragraph ("2020-10-21: Boende på …", "30 juni 2023 Hemlösheten …") and a timestamp closing the ingress
("… i december. 22.11.2016 kl. 10:29"). Used by streams.py, which takes them out of the body."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..text import MONTH_NAME, is_date_line, parse_date
from .lines import Line

# A news item's date opening its first paragraph, set off by a colon: "2020-10-21: Boende på …".
LEAD_DATE_RE = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2} [a-zåäö]+ \d{4}):\s+(?=[A-ZÅÄÖ])")


# Round 31 (the former test30's d3031): the page's date element run into the ingress without a colon, "30 juni
# 2023 Hemlösheten ökar …": a full date with the month's name and a capitalised word after it; no sentence of
# prose opens that way ("Den 1 juli 2025 träder …" opens on its article).
# Round 44 (the former test43's d4360): or an ISO date, "2017-10-20 Medan kommunen …", the same element in a
# site's own date format; prose never opens on one.
GLUED_LEAD_DATE_RE = re.compile(
    rf"^(?P<date>\d{{1,2}} {MONTH_NAME} \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\s+(?=[A-ZÅÄÖ][a-zåäö])"
)


def lead_date(text: str) -> re.Match | None:
    """The date a news item's first paragraph opens on; not one heading an entry of a page updated as news
    comes in, which ends on a colon over the entry (round 12: "2020-10-21: Smitta på boendet X:")."""
    if text.rstrip().endswith(":"):
        return None
    return LEAD_DATE_RE.match(text) or GLUED_LEAD_DATE_RE.match(text)


# A page's date and time glued to the end of its ingress, after the last sentence: "… i december.
# 22.11.2016 kl. 10:29". With the clock time it is a timestamp, which no sentence of prose ends with.
_STAMP_RE = re.compile(r"(?<=[.!?”\"])\s+(?P<stamp>\S+(?:\s+\S+){0,2}?\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2})$")


def stamp_taken(line: Line) -> tuple[Line, date | None]:
    """The line without a date stamp closing it, and the stamp's date (None, and the line as it was, when
    it has none)."""
    m = _STAMP_RE.search(line.text)
    if not m or not is_date_line(m.group("stamp")):
        return line, None
    return replace(line, text=line.text[: m.start()]), parse_date(m.group("stamp"))
