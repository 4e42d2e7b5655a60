"""A page's date rows: a date with a byline, a label, a letterhead or a writer's name on one line, as the
lines they stand for ("2025-09-18 | Av Per Hallberg" → the date, then the byline). Split off segment.lines
in round 17, when a date row of Finland-Swedish templates ("25.10.2022 / Eva Ek") was added."""

from __future__ import annotations

import re
from datetime import date

from .. import metadata
from ..names import looks_like_name
from ..text import is_date_line, word_count
from .furniture import BOILERPLATE_RE, ROW_SEPARATOR_RE
from .genres import GENRE_RE
from .lines import is_byline, is_title_like

# A date field's label and value at the head of a line that goes on with text.
_LABELLED_DATE_RE = re.compile(
    r"^(?P<date>(?P<label>(?:date|Datum|Publicerad|Publicerat):?\s+)?\d{4}-\d{2}-\d{2})\s+(?P<rest>\S.*)$"
)
# Round 23: a press wire's date and time run into the lead, "28 jan 2014, 11.28 Ny undersökning visar …": the
# time of day marks it as the release's dateline, not a sentence opening on a date.
_DATE_TIME_LEAD_RE = re.compile(
    r"^(?P<date>\d{1,2} (?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.? \d{4}"
    r"|\d{4}-\d{2}-\d{2}),?\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s+(?P<rest>[A-ZÅÄÖ].*)$"
)

# A date field and the writer after a comma: "• Datum: 14-11-17, Publicerad av Anna Berg".
# A letterhead or dateline with the date after a comma: "Borgviks kommun, Socialförvaltningen, 2024-03-12",
# "Stockholm, den 12 mars 2024" (issue 10: a date inside a letterhead line was not read, and the line was
# taken as the title). The head is the sender (kept as a line of its own) or, one word alone, the place.
_LETTERHEAD_DATE_RE = re.compile(r"^(?P<head>[^.!?:;|•]{2,80}),\s*(?:den\s+)?(?P<date>[^,]{6,30})$")
MAX_LETTERHEAD_WORDS = 8
# A letterhead names; it does not tell: every lower-case word of its head is one of an organisation's parts.
_LETTERHEAD_WORD_RE = re.compile(
    r"^(?:[A-ZÅÄÖ0-9].*|kommun|stad|region|län|landsting|och|i|för|&|[a-zåäö]*(?:förvaltning(?:en)?|nämnd(?:en)?"
    r"|avdelning(?:en)?|enhet(?:en)?|kontor(?:et)?|förbund(?:et)?|förening(?:en)?|departement(?:et)?))$"
)
_DATE_COMMA_BYLINE_RE = re.compile(
    r"^(?:[•·*]\s*)?(?P<date>(?:Datum|Publicerad|Publicerat)\s*:?\s*[^,|]*\d[^,|]*),\s+(?P<byline>\S.*)$"
)

# A person's name as a byline row writes it: two to four capitalised words.
_NAME = r"[A-ZÅÄÖÉ][\w-]+(?:\s+[A-ZÅÄÖÉ][\w-]+){1,3}"
# A writer's name and the date in one line, either way round (round 6): "Skriven av Anna Berg den 12 mars
# 2024", "Postat av Bo Ek, 2024-03-12"; "12 mars 2024 Anna Berg", "12 mars 2024, Anna Berg".
_WRITER_THEN_DATE_RE = re.compile(
    r"^(?:(?:Skriven|Skrivet|Postad|Postat|Publicerad|Publicerat|Inlagd|Upplagd)\s+)?[Aa]v\s+"
    rf"(?P<name>{_NAME})\s*,?\s+(?:den\s+)?(?P<date>\d.*)$"
)
# Round 26: a template may print the writer's name straight after the year, "18 januari, 2018Anna Berg" (the
# space was markup between two fields).
_DATE_THEN_NAME_RE = re.compile(
    rf"^(?P<date>.*\d{{4}})(?:\s*,?\s+|(?=[A-ZÅÄÖÉ]))(?P<name>{_NAME})$"
)
# Round 32 (the former test31's d3170): a magazine's byline row names its writers and then the date, with no
# byline word: "Anna Berg, Bo Ek Publicerad 25 mars 2020, kl 11:52".
_WRITERS_THEN_PUBLISHED_RE = re.compile(
    rf"^(?P<names>{_NAME}(?:(?:\s*,\s*|\s+och\s+|\s*&\s*){_NAME})*)\s+(?P<date>(?:Publicerad|Publicerat)\b.*\d.*)$"
)
_NAME_LIST_SPLIT_RE = re.compile(r"\s*,\s*|\s+och\s+|\s*&\s*")
# Round 32 (d3134): a letter's dateline with its revision note in slashes or brackets, "Karlskrona den 19
# januari 2005 /Reviderad i oktober 2011/": the first date is the document's, the note a later one.
_REVISION_NOTE_RE = re.compile(
    r"^(?P<date>.+?)\s+[/(\[]\s*(?:Reviderad|Reviderat|Uppdaterad|Uppdaterat|Ändrad|Ändrat)\b[^/)\]]*[/)\]]$",
    re.IGNORECASE,
)
# An outlet and the day it printed the text, as an opinion piece or a column reprinted on a site cites it.
_OUTLET_DATE_RE = re.compile(
    r"^\((?:[Pp]ublicerad i )?[A-ZÅÄÖ][\w&.-]*(?: [\w&.-]+){0,3} (?P<day>\d{1,2})/(?P<month>\d{1,2}),? (?P<year>(?:19|20)\d\d)\)$"
)
_LAST_CHANGE_RE = re.compile(
    r",?\s+(?:senast\s+)?(?:ändrad|ändrat|uppdaterad|uppdaterat)\b.*$", re.IGNORECASE
)
# A label beside a date ("12 mars 2024 | Nyheter"): a few words, no figures, no sentence.
_SHORT_LABEL_RE = re.compile(r"^[A-ZÅÄÖ][\w&-]*(?:\s+[\w&-]+){0,2}$")


def _date_run_into_text(line: str) -> list[str] | None:
    """A date at the head of a line that goes on with text, as the date and the text."""
    labelled = _LABELLED_DATE_RE.match(line)
    rest = labelled.group("rest") if labelled else ""
    if labelled and len(ROW_SEPARATOR_RE.findall(rest)) >= 2:
        # Round 32 (the former test31's d3142): a municipal page's date run into its menu row, "2020-05-12
        # Vuxenutbildning | Utbildning och barnomsorg | Info": the page's date; the menu is furniture.
        return [labelled.group("date")]
    if labelled and (labelled.group("label") or (rest[0].isupper() and is_title_like(rest))):
        # "date 2026-01-29 Artikeln i korthet …": a stored page's date field run into its first paragraph;
        # "2019-11-13 Kostnader ökar": a news list's bare date run into its headline (round 14).
        return [labelled.group("date"), rest]
    if reference := _OUTLET_DATE_RE.match(line):
        # Round 32 (d3106): "(Fokus 4/5 2023)", where and when an article was first printed: day, month, year.
        day, month, year = (int(reference.group(g)) for g in ("day", "month", "year"))
        try:
            return [date(year, month, day).isoformat()]
        except ValueError:  # "(Fokus 31/2 2023)": no such day, so no date
            return None
    timed = _DATE_TIME_LEAD_RE.match(line)
    return [timed.group("date"), timed.group("rest")] if timed else None


def split_dateline(line: str) -> list[str]:
    """ "2025-09-18 | Av Per Hallberg": a date and a byline on one line, as two lines.

    Blog templates set the writer's bare name beside the date ("dec 11, 2023 | Anna Berg"): in that row
    the name is a byline, and is given its byline word so the lines after read it as one."""
    if (run_in := _date_run_into_text(line)) is not None:
        return run_in
    if (signed := _DATE_COMMA_BYLINE_RE.match(line)) and is_byline(signed.group("byline")):
        # "• Datum: 14-11-17, Publicerad av Anna Berg": a blog template's date field and its writer.
        return [signed.group("date"), signed.group("byline")]
    if (head := _letterhead_date(line)) is not None:
        return head
    if (signed := _writer_and_date(line)) is not None:
        return signed
    if (revised := _REVISION_NOTE_RE.match(line)) and is_date_line(revised.group("date")):
        return [revised.group("date")]
    parts = ROW_SEPARATOR_RE.split(line)
    if len(parts) == 3:
        return _date_label_name(parts) or [line]
    if len(parts) != 2 or not any(is_date_line(p) for p in parts):
        return [line]
    if any(is_byline(p) for p in parts):
        return parts
    date_part, name = parts if is_date_line(parts[0]) else parts[::-1]
    if BOILERPLATE_RE.match(name.strip()):
        # "22 juni, 2021 • Ämne: Debattartikel": the date beside a topic or category label. A label naming a
        # genre stays as that genre's label (segment.kinds reads it); any other goes as furniture.
        return [date_part, _genre_of_label(name.strip())]
    if metadata.PERSON_NAME_RE.match(name.strip()):
        return [date_part, f"Av {name.strip()}"]
    if date_part is parts[0] and _SHORT_LABEL_RE.match(name.strip()):
        return [date_part, name.strip()]  # "12 mars 2024 | Nyheter": the section beside the date
    return [line]


def _date_label_name(parts: list[str]) -> list[str] | None:
    """Round 29: a news list's row "2017-01-31 | Nyheter | Eva Ek": the date, the section and the writer,
    as three lines (the writer with her byline word, as beside a date alone)."""
    date_part, label, name = (p.strip() for p in parts)
    if is_date_line(date_part) and _SHORT_LABEL_RE.match(label) and metadata.PERSON_NAME_RE.match(name):
        return [date_part, _genre_of_label(label), f"Av {name}"]
    return None


# Round 17: a Finland-Swedish municipal news template's row, "25.10.2022 / Eva Ek": the date and its writer.
# Only a person's bare name after the slash, so that a breadcrumb ("Hem / Nyheter") stays what it is.
_SLASH_RE = re.compile(r"\s/\s")


def _date_slash_name(line: str) -> list[str] | None:
    parts = _SLASH_RE.split(line)
    if len(parts) == 2 and is_date_line(parts[0]) and metadata.PERSON_NAME_RE.match(parts[1].strip()):
        return [parts[0], f"Av {parts[1].strip()}"]
    return None


def _writer_and_date(line: str) -> list[str] | None:
    """ "Skriven av Anna Berg den 12 mars 2024", "12 mars 2024 Anna Berg", "25.10.2022 / Anna Berg": the date,
    then the byline."""
    if (slashed := _date_slash_name(line)) is not None:
        return slashed
    if (row := _writers_then_published(line)) is not None:
        return row
    for regex in (_WRITER_THEN_DATE_RE, _DATE_THEN_NAME_RE):
        m = regex.match(line)
        # A CMS footer goes on with its last change: "…den 5 april 2018, senast ändrad den 6 april 2018 av".
        day = _LAST_CHANGE_RE.sub("", m.group("date")) if m else ""
        if m and line[m.end("date") : m.end("date") + 1].isupper() and not looks_like_name(m.group("name")):
            continue  # "31 december, 2023No Comments": a blog template's comment count, no writer
        if m and is_date_line(day) and metadata.PERSON_NAME_RE.match(m.group("name")):
            return [day, f"Av {m.group('name')}"]
    return None


def _writers_then_published(line: str) -> list[str] | None:
    """ "Anna Berg, Bo Ek Publicerad 25 mars 2020": the writers as a byline (joined by "och", as a byline
    lists them), then the date line."""
    m = _WRITERS_THEN_PUBLISHED_RE.match(line)
    if not m or not metadata.published_line(m.group("date"))[1]:
        return None
    names = _NAME_LIST_SPLIT_RE.split(m.group("names"))
    if not all(metadata.PERSON_NAME_RE.match(n) and looks_like_name(n) for n in names):
        return None
    return [f"Av {' och '.join(names)}", m.group("date")]


def _genre_of_label(label: str) -> str:
    """ "Ämne: Debattartikel" as the genre label "Debattartikel"; a label naming no genre as it is."""
    value = label.split(":", 1)[-1].strip()
    return value if GENRE_RE.match(value) else label


def _letterhead_date(line: str) -> list[str] | None:
    """A letterhead line as its sender and its date, a dateline as its date; None for any other line."""
    m = _LETTERHEAD_DATE_RE.match(line.strip())
    if not m or not is_date_line(m.group("date")) or word_count(m.group("head")) > MAX_LETTERHEAD_WORDS:
        return None
    head = m.group("head").strip()
    if not all(_LETTERHEAD_WORD_RE.match(word.strip(",")) for word in head.split()):
        return None
    return [m.group("date")] if len(head.split()) == 1 else [head, m.group("date")]
