"""A text signed by its writer's name alone on a line under the last paragraph, with at most a title, an
organisation and contact lines under it: "Per Holm" / "Gruppledare"; "Anna Berg" / "Jurist" / "Tfn: 08-…".

Round 40: in the 231 development texts of d33–d38 present here, every full name standing alone on a line after a
document's closing paragraph, with nothing but such short lines under it, was the document's author or
signatory (8 of 8); the two names found in that place that were not authors stood under a question or label
("Frågor kring nyheten?", a contact person) or under a heading, not under running text. `signatures` wants
an organisation in a name-and-title signature because a bare name under a headline or a picture may be
anyone's; under a closing paragraph it is the writer's.
"""

from __future__ import annotations

import re

from .first_names import is_first_name
from .metadata import PERSON_NAME_RE, organisation_line
from .names import looks_like_name
from .organisations import OrganisationMatcher
from .records import PersonMention
from .signatures import PARTY_SUFFIX_RE, signature_person
from .text import ends_sentence, is_date_line, word_count

MAX_TAIL_LINES = 4  # title, organisation, telephone, e-mail
MAX_TITLE_WORDS = 6
MAX_TITLE_ABOVE_WORDS = 3
MIN_PARAGRAPH_WORDS = 8  # the closing paragraph above the name: running text, not a label or a heading
# Contact lines under a signature: a telephone number, an e-mail or web address.
_CONTACT_LINE_RE = re.compile(
    r"^(?:(?:Tfn|Tel|Telefon|Mobil|Mob|E-post|E-mail|Epost|Mail|Webb)\s*[.:]?\s*)?"
    r"(?:[+\d][\d\s()-]{5,}|\S+@\S+\.\w+|(?:https?://|www\.)\S+)$",
    re.IGNORECASE,
)
_CONTACT_LABEL_RE = re.compile(r"^(?:Kontakt|Mer information|Frågor|Läs mer|Dela\b)", re.IGNORECASE)
# A label that opens a contact block rather than ending a text: "Kontakt:", "Frågor kring nyheten?".
_LABEL_END_RE = re.compile(r"[:?]$")


def bare_closing_name(lines: list[str], matcher: OrganisationMatcher) -> tuple[PersonMention | None, int]:
    """The writer named alone under the closing paragraph of `lines`, with the title and organisation the
    lines under the name give; (None, -1) when the text does not end so."""
    for at in range(len(lines) - 1, max(len(lines) - 2 - MAX_TAIL_LINES, 0), -1):
        if not _is_bare_name(PARTY_SUFFIX_RE.sub("", lines[at].strip())):
            continue
        above = _title_above(lines, at)
        start = at - len(above)  # the signature starts at its title when one stands over the name
        tail = [line.strip() for line in lines[at + 1 :]]
        if not all(_is_tail_line(line, matcher) for line in tail) or not _closes_paragraph(lines[start - 1]):
            return None, -1
        titles = above + [line for line in tail if not _CONTACT_LINE_RE.match(line) and not is_date_line(line)]
        role_text = ", ".join(titles)
        return signature_person(lines[at].strip(), role_text[:1].lower() + role_text[1:], matcher), start
    return None, -1


def _is_bare_name(line: str) -> bool:
    """A person's full name and nothing else, opening on a known first name (not "Publicerad Uppdaterad")."""
    words = line.split()
    return (
        2 <= len(words) <= 4
        and bool(PERSON_NAME_RE.match(line))
        and looks_like_name(line)
        and is_first_name(words[0])
    )


def _title_above(lines: list[str], at: int) -> list[str]:
    """A title set over the name ("Gruppledare" / "Per Holm"): a word or two alone under the last paragraph."""
    if at >= 2:
        line = lines[at - 1].strip()
        if word_count(line) <= MAX_TITLE_ABOVE_WORDS and not ends_sentence(line) and line[:1].isupper():
            return [line] if not _is_bare_name(line) else []
    return []


def _is_tail_line(line: str, matcher: OrganisationMatcher) -> bool:
    """A line a signature may carry under the name: a short title, an organisation, a contact or a date;
    never a contact box's link ("Kontakta nämnden"), which makes the name a contact, not a writer."""
    if _CONTACT_LABEL_RE.match(line):
        return False
    if _CONTACT_LINE_RE.match(line) or is_date_line(line) or organisation_line(line, matcher)[0]:
        return True
    return word_count(line) <= MAX_TITLE_WORDS and not ends_sentence(line) and not _is_bare_name(line)


def _closes_paragraph(line: str) -> bool:
    text = line.strip()
    return word_count(text) >= MIN_PARAGRAPH_WORDS and ends_sentence(text) and not _LABEL_END_RE.search(text)
