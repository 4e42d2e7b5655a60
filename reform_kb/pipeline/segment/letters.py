"""Letters: consultation responses (remissvar) and other letters to a ministry.

A letter opens with a header (a date, its senders, an addressee, diary numbers) or is announced by its
title ("Yttrande över betänkandet …"), and ends with its signatories.
"""

from __future__ import annotations

import re

from .. import metadata, signatures
from ..organisations import OrganisationMatcher
from ..records import DocumentKind
from ..text import is_date_line, parse_date
from .bodies import Draft
from .kinds import is_letter_genre
from .lines import MAX_TITLE_CHARS, Line, is_title_like


class _Addressee:
    """A letter's addressee or reference line: "Socialdepartementet", "Till …", "Dnr …". Anchored at the line's
    start except for the ministry's name at its end, which is tested as a suffix: an unanchored pattern would
    be tried at every position of every line."""

    # "Statsminister Ulf Kristersson" is an addressee; a headline about "Statsministern" (definite) is none
    # (round 43, the former test42's d4201: its news page became a letter and its photo label the title).
    _START_RE = re.compile(
        r"(?:Statsrådet\b|Statsminister\b|Regeringen$|Regeringskansliet|Till\s|Dnr\b|Diarienummer"
        r"|Er (?:beteckning|referens)|Ert dnr|Remiss\b)",
        re.IGNORECASE,
    )

    def search(self, line: str) -> bool:
        return line[-13:].lower() == "departementet" or bool(self._START_RE.match(line))


ADDRESSEE_RE = _Addressee()
# A letter's title: "Yttrande över betänkandet …", "Remissvar: …", "Synpunkter på …".
LETTER_TITLE_RE = re.compile(
    r"^(?:Yttrande|Remissvar|Remissyttrande|Synpunkter|Svar på remiss(?:en)?)\b(?:\s*(?:över|om|på|:|–|-)\s*\S|$)",
    re.IGNORECASE,
)


def letter_header_end(lines: list[Line], matcher: OrganisationMatcher) -> int | None:
    """Where the title follows a letter's header (date, senders, addressees), or None if not a letter."""
    titled = _letter_title_at(lines)
    if titled is not None:
        return titled
    if not lines or not any(is_date_line(line.text) for line in lines[:3]):
        return None
    addressed = False
    for i, line in enumerate(lines[:20]):
        if ADDRESSEE_RE.search(line.text):
            addressed = True
        elif not (is_date_line(line.text) or matcher.resolve(line.text)):
            return i if addressed else None
    return None


def _letter_title_at(lines: list[Line]) -> int | None:
    """A consultation response announced by its form: "Remissvar" above it, or an addressee or diary
    number before a title such as "Yttrande över betänkandet …"."""
    header_seen = bool(lines) and lines[0].genre == DocumentKind.REMISSVAR
    for i, line in enumerate(lines[:12]):
        if is_letter_genre(line.text):
            header_seen = True  # "Remissvar" set above the date and diary numbers: a header mark
            continue
        if _is_letter_title(line.text):
            return i if header_seen or i == 0 else None
        if ADDRESSEE_RE.search(line.text) or is_date_line(line.text) or line.genre == DocumentKind.REMISSVAR:
            header_seen = True
    return None


def _is_letter_title(text: str) -> bool:
    return bool(LETTER_TITLE_RE.match(text)) and len(text) <= 2 * MAX_TITLE_CHARS and text[-1] not in ".!?"


def letter(lines: list[Line], header_end: int, matcher: OrganisationMatcher) -> Draft:
    """The letter whose title follows its header at `header_end`: senders, date, title, body and signatories."""
    header = lines[:header_end]
    published = next((parse_date(line.text) for line in header if is_date_line(line.text)), None)
    rest = lines[header_end:]
    title = rest[0].text if is_title_like(rest[0].text) or LETTER_TITLE_RE.match(rest[0].text) else ""
    body = rest[1:] if title else rest
    authors, sign_start = signatures.letter_signatories([line.text for line in body], matcher)
    if published is None:
        # "Stockholm den 15 maj 2024" above the signatures: the letter's date.
        published = next((parse_date(line.text) for line in body[-12:] if is_date_line(line.text)), None)
    signers = [p.organisation for p in authors if p.organisation]
    senders = list(dict.fromkeys(_senders(header, matcher) + signers))
    if not senders and (named := metadata.consultation_sender([line.text for line in body], matcher)):
        senders = [named]  # no letterhead nor signature: the sender its opening names
    return Draft(
        title,
        body[:sign_start],
        published=published,
        kind=DocumentKind.REMISSVAR,
        organisations=senders,
        authors=authors,
    )


def _senders(header: list[Line], matcher: OrganisationMatcher) -> list[str]:
    """The organisations named in the header above its first addressee, leaving out the ministry."""
    first_addressee = next(
        (i for i, line in enumerate(header) if ADDRESSEE_RE.search(line.text)), len(header)
    )
    return [
        name
        for line in header[:first_addressee]
        if (name := matcher.resolve(line.text)) and matcher.organisations[name].kind != "departement"
    ]
