"""A document's writers from its byline: "Av Anna Berg", "Text: Anna Berg, reporter" in its head, a "Text:"
credit or "Sidan publicerad av" wherever it stands, or a name alone under the headline (used by streams.py)."""

from __future__ import annotations

import re

from .. import metadata
from ..names import looks_like_name
from ..organisations import OrganisationMatcher
from ..records import PersonMention
from ..text import word_count
from .bodies import Draft
from .lines import BYLINE_WORDS, CUT_PROSE_WORDS, HEAD_LINES, PHOTO_CREDIT_RE

# Round 15: also "av Fredrik S." in lower case, the byline's name checked as a full name below.
# Round 23: a magazine's byline in capitals, translator included: "TEXT: ANNA BERG" / "ÖVERSÄTTNING: EVA EK".
_BYLINE_NAME_RE = re.compile(rf"^(?:{BYLINE_WORDS}|av|(?i:text|översättning))\s*[:•]?\s+(?P<who>.+?)\s*$")
# Round 15: a member's question or motion under its headline names its writer: "Skriftlig fråga 2022/23:518 av
# Karin S. (S)", "Motion av Eva Ek (M)", "Interpellation … av …".
_MOTION_BY_RE = re.compile(
    r"^(?:Skriftlig fråga|Interpellation|Motion|Fråga)\b[^.!?]{0,40}? av (?P<name>[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+){1,2})"
    r"(?: \((?P<party>[A-ZÅÄÖ]{1,2})\))?$"
)
# A page's closing "Sidan publicerad av • Anna Berg" names its writer wherever it stands.
_PAGE_AUTHOR_RE = re.compile(r"^(?:(?:Sidan )?publicerad av\b|Text(?: och foto)?\s*:)", re.IGNORECASE)


def byline_authors(draft: Draft, matcher: OrganisationMatcher) -> None:
    """Authors from a byline near the top ("Av Anna Berg", "Text: Anna Berg, reporter"), taken out of the body."""
    _unlabelled_bylines(draft, matcher)
    head = draft.lines[:HEAD_LINES]
    candidates = head + [line for line in draft.lines[HEAD_LINES:] if _PAGE_AUTHOR_RE.match(line.text)]
    for line in candidates:
        m = _BYLINE_NAME_RE.match(line.text)
        if not m or line.text.startswith("Foto"):
            continue
        # "Text: Sara Malmberg Foto: Anna Wahlgren": the photographer is no author.
        who = m.group("who").title() if m.group("who").isupper() else m.group("who")  # in the template's capitals
        who = PHOTO_CREDIT_RE.split(who)[0].strip(" ,|")
        names = [n.strip() for n in re.split(r"\s+och\s+|\s*&\s*", who)]
        people = [metadata.person_from(*(n.split(",", 1) + [""])[:2], matcher) for n in names]
        people = [p for p in people if metadata.PERSON_NAME_RE.match(p.name)]
        if people:
            known = {a.name for a in draft.authors}
            draft.authors.extend(p for p in people if p.name not in known)
            # A magazine prints its byline block twice, above and below the ingress: both leave the body.
            draft.lines = [
                kept for n, kept in enumerate(draft.lines) if kept.text != line.text or n >= HEAD_LINES
            ]


def _unlabelled_bylines(draft: Draft, matcher: OrganisationMatcher) -> None:
    """A name alone under the headline (taken out of the body), or a member's question "… av Eva Ek (S)"."""
    if _bare_byline(draft, matcher):
        draft.authors.append(PersonMention(draft.lines[0].text))
        draft.lines = draft.lines[1:]
    for line in draft.lines[:2]:
        if asked := _MOTION_BY_RE.match(line.text):
            draft.authors.append(PersonMention(asked.group("name"), party=asked.group("party") or ""))
            break


def _bare_byline(draft: Draft, matcher: OrganisationMatcher) -> bool:
    """A full name alone straight under the headline, running text under it: the writer's byline without its
    "Av" (round 15: "Barn omhändertogs felaktigt …" / "Ricard A. Nilsson" / the ingress)."""
    lines = draft.lines
    if len(lines) < 2 or not metadata.PERSON_NAME_RE.match(lines[0].text) or not looks_like_name(lines[0].text):
        return False
    # A name the text goes on to speak of, or credits for a photo, is whom it is about or who took the picture.
    surname = lines[0].text.split()[-1]
    return (
        word_count(lines[1].text) >= CUT_PROSE_WORDS
        and not matcher.find_all(lines[0].text)
        and not any(surname in line.text for line in lines[1:])
    )
