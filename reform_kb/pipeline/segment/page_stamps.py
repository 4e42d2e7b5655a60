"""Lines a page's template prints beside a post that say when it was shown or how to reach its publisher, never
what it says: a relative time stamp ("3 dagar sedan", "för 2 timmar sedan", "Igår 14:32") and a line of contact
details alone ("Kontakt: info@exempel.se | 0155-22 27 70"), and the separator ("|") a template sets between such
stamps, left alone on its line.

Round 48 (the former test47's d4711 and d4762): both stood at the head of a page, above or under the headline,
and were taken for it. Neither holds a date to read (the page's own date line stays) nor a word of the text, so
they are furniture. A line that says anything besides the stamp or the details ("Ring 0155-22 27 70 om du vill
bli volontär") is not one of them.
"""

from __future__ import annotations

import re

from ..text import is_date_line

_AMOUNT = r"(?:\d{1,3}|en|ett|några)"
_UNIT = r"(?:sekund(?:er)?|minut(?:er)?|min|timm(?:e|ar)|tim|dag(?:ar)?|veck(?:a|or)|månad(?:er)?|år)"
_CLOCK = r"(?:,?\s*(?:kl\.?\s*)?\d{1,2}[:.]\d{2})"
RELATIVE_TIME_RE = re.compile(
    rf"^(?:(?:Publicerad|Uppdaterad)\s+)?(?:för\s+)?{_AMOUNT}\s+{_UNIT}\s+sedan$|^(?:I ?går|I ?förrgår){_CLOCK}?$"
    rf"|^I ?dag{_CLOCK}$",
    re.IGNORECASE,
)
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_PHONE = r"(?:\+46\s?|0)\d{1,4}[\s-]?\d{2,3}(?:[\s-]?\d{2,3}){1,3}"
_LABEL = r"(?:Kontakt|Kontakta oss|E-post|Epost|Mejl|Mail|Telefon|Tel|Tfn|Växel|Mobil)\.?\s*:?\s*"
CONTACT_DETAILS_RE = re.compile(
    rf"^(?:{_LABEL})?(?:{_EMAIL}|{_PHONE})(?:(?:\s*[|,/·•]\s*|\s+och\s+|\s+)(?:{_LABEL})?(?:{_EMAIL}|{_PHONE})){{0,3}}$",
    re.IGNORECASE,
)
MAX_CONTACT_CHARS = 100
_DIGIT_RE = re.compile(r"\d")
_DATE_SHAPED_RE = re.compile(r"^\d{1,2}-\d{1,2}-(?:19|20)\d\d$")


def is_page_stamp(line: str) -> bool:
    """A relative time stamp or a line of contact details alone (see the module's docstring)."""
    stripped = line.strip(" \t|·•")
    if not stripped:
        return bool(line.strip())  # the separator the template set between the stamp and the date, alone
    # Each pattern needs a word or a character the line may lack: test that first (issue #4).
    if ("sedan" in stripped or stripped[:1] in "Ii") and RELATIVE_TIME_RE.match(stripped):
        return True
    # Every line of a page passes here: the cheap tests first (length, then "@" or a digit found in C). The length
    # also bounds the regex's work on a hostile line of digits (at most four items, a separator between).
    contact = (
        len(stripped) <= MAX_CONTACT_CHARS
        and ("@" in stripped or _DIGIT_RE.search(stripped))
        and CONTACT_DETAILS_RE.match(stripped)
    )
    # "08-05-2024" has a telephone number's shape: a date, in any form, is never contact details.
    return bool(contact) and not (is_date_line(stripped) or _DATE_SHAPED_RE.match(stripped))
