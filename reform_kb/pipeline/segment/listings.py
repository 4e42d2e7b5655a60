"""Listing pages: a blog's or a newsroom's front page, each item a date, a title and the item's text."""

from __future__ import annotations

import re

from .. import metadata, signatures
from ..organisations import OrganisationMatcher
from ..text import ISO_DATE_RE, SWEDISH_DATE_RE, is_date_line, parse_date, word_count
from .bodies import Draft
from .kinds import listing_kind
from .lines import Line, is_byline, is_title_like

_BARE_DATE_RE = re.compile(rf"{ISO_DATE_RE.pattern}|{SWEDISH_DATE_RE.pattern}", re.IGNORECASE)
# A bulleted item's heading on a listing page: "• Titel på inlägget".
_BULLET_RE = re.compile(r"^[•·*]\s+(?P<title>\S.*)$")
# A teaser cut by the site with an ellipsis, as blog and news listings print an excerpt: "… […]", "...".
EXCERPT_END_RE = re.compile(r"(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)\s*$")
MIN_BULLETED_ITEMS = 3
# A post's date as Blogger heads it, with the weekday: "fredag 18 december 2009".
WEEKDAY_DATE_RE = re.compile(r"^(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?: den)? \d", re.IGNORECASE)


def _listing_date(line: Line) -> bool:
    """A listing item's date: on a bullet, or a bare date standing alone ("15 maj 2025")."""
    return bool(re.match(r"^[•·*]?\s*\d{4}-\d{2}-\d{2}$", line.text)) or (
        line.text.startswith(("•", "·"))
        and is_date_line(line.text)
        or (line.standalone and bool(_BARE_DATE_RE.fullmatch(line.text)))
        or (line.standalone and bool(WEEKDAY_DATE_RE.match(line.text)) and is_date_line(line.text))
    )


def is_listing(lines: list[Line]) -> bool:
    """Dated items each headed by a title under the date; a date under a title dates an article instead."""
    dated = [i for i, line in enumerate(lines) if _listing_date(line)]
    return (
        len(dated) >= 2
        and all(i + 1 < len(lines) for i in dated)
        and (sum(is_title_like(lines[i + 1].text) for i in dated) * 2 > len(dated) or _headless_posts(lines, dated))
        and not _is_timeline(lines, dated)
    )


def _headless_posts(lines: list[Line], dated: list[int]) -> bool:
    """Round 14: a blog archive whose posts have no headlines, the page opening on the first post's weekday
    date and every date straight over running text ("måndag 13 december 2010" / "Jag orkar inte …"); the last
    post's may be cut short by the end of a stored copy."""
    return (
        dated[0] == 0
        and all(WEEKDAY_DATE_RE.match(lines[i].text) for i in dated)
        and not any(is_title_like(lines[i + 1].text) for i in dated[:-1])
    )


# Round 13 (a parliament page from the former test12): the steps of a procedure, each a word or two and its
# date ("Inlämnad" / "2023-04-03" / "Överlämnad" / "2023-04-04" …), are the page's facts, not its items.
MAX_STEP_WORDS = 2


def _is_timeline(lines: list[Line], dated: list[int]) -> bool:
    """Dates alternating with one line of a word or two each, nothing else between them."""
    gaps = [b - a for a, b in zip(dated, dated[1:], strict=False)]
    return all(gap == 2 for gap in gaps) and all(word_count(lines[i + 1].text) <= MAX_STEP_WORDS for i in dated[:-1])


def _bulleted_items(lines: list[Line]) -> list[int]:
    """The bulleted title lines with running text (not another bullet) straight under them."""
    return [
        i
        for i, line in enumerate(lines[:-1])
        if (m := _BULLET_RE.match(line.text))
        and is_title_like(m.group("title"))
        and not _BULLET_RE.match(lines[i + 1].text)
        and not _listing_date(line)
    ]


def is_bulleted_listing(lines: list[Line]) -> bool:
    """A listing of posts without dates: three or more bulleted titles, each over a teaser, most of the
    teasers cut with an ellipsis ("… […]") as a blog's or newsroom's front page prints its excerpts. An
    article's bulleted list has no teaser under each point, let alone one cut off."""
    items = _bulleted_items(lines)
    excerpts = sum(bool(EXCERPT_END_RE.search(lines[i + 1].text)) for i in items)
    # Round 18: or two or more bulleted posts each bylined within its first two lines ("• Öppet hus" /
    # "Välkomna …" / "Av anna den 2 mars, 2020"), as a party's front page lists its posts.
    signed = sum(any(_signed_row(x.text) for x in lines[i + 1 : i + 3]) for i in items)
    return (len(items) >= MIN_BULLETED_ITEMS and excerpts * 2 >= len(items)) or (len(items) >= 2 and signed == len(items))


def _signed_row(text: str) -> bool:
    """A post's byline, a user name and a date too ("Av anna den 2 mars, 2020"); a date alone under a bulleted
    title is teaser_listings.py's."""
    return is_byline(text) or (text.startswith("Av ") and word_count(text) <= 8 and bool(SWEDISH_DATE_RE.search(text)))


def split_bulleted_listing(
    lines: list[Line], matcher: OrganisationMatcher, blog_section: bool = False, masthead: str = ""
) -> list[Draft]:
    """A listing of bulleted post titles: each item is its title and the teaser under it."""
    starts = _bulleted_items(lines)
    preamble = " ".join([masthead] + [line.text for line in lines[: starts[0]]]).strip()
    kind = listing_kind(preamble, blog_section)
    publishers = list(dict.fromkeys(m.name for m in matcher.find(preamble)))
    ends = [*starts[1:], len(lines)]
    return [
        Draft(
            _BULLET_RE.match(lines[start].text).group("title"),
            lines[start + 1 : end],
            kind=kind,
            organisations=list(publishers),
        )
        for start, end in zip(starts, ends, strict=True)
    ]


def split_listing(
    lines: list[Line], matcher: OrganisationMatcher, blog_section: bool = False, masthead: str = ""
) -> list[Draft]:
    """A blog or news front page: each item is a dated bullet, a title line and the item's text."""
    starts = [i for i, line in enumerate(lines) if _listing_date(line)]
    preamble = " ".join([masthead] + [line.text for line in lines[: starts[0]]]).strip()
    kind = listing_kind(preamble, blog_section)
    publishers = list(dict.fromkeys(m.name for m in matcher.find(preamble)))
    drafts = []
    headless = _headless_posts(lines, starts)
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        if end - start < 2:
            continue  # a date with nothing under it
        block = lines[start + 1 : end]
        title, body = ("", block) if headless else (block[0].text, block[1:])
        published = parse_date(lines[start].text)
        draft = Draft(title, body, published=published, kind=kind, organisations=list(publishers))
        signer = signatures.closing_signature([line.text for line in body], matcher)
        if signer:
            draft.authors.append(signer)
            draft.lines = body[:-1]
        drafts.append(draft)
    if not publishers:
        _credit_signers_organisation(drafts, preamble)
    return drafts


def _credit_signers_organisation(drafts: list[Draft], preamble: str) -> None:
    """A blog whose masthead names the organisation its signers write for: that organisation's blog."""
    signed_for = metadata.most_common([a.organisation for d in drafts for a in d.authors if a.organisation])
    if signed_for and signed_for in preamble:
        for draft in drafts:
            draft.organisations.append(signed_for)
