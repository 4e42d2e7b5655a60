"""A site's contact box set in a page's head or foot: "Telefon:" / "0435-550 00" / "E-post:" / "kommun@x.se" /
"Besöksadress:" / "Storgatan 1" / "Öppettider:" / "Vardagar 8-12". Furniture (round 17, from the former test16):
a municipality's template prints it above the news, where a telephone number was taken for the headline.

A box, not a line: only where the page has two or more of its labels, each over its value a line or a blank
line below; a value is a few words at most, so a sentence that mentions a telephone is never taken.
"""

from __future__ import annotations

import re

from ..text import word_count

_LABEL_RE = re.compile(
    r"^(?:Telefon|Tel\.?|Telefonnummer|Telefontider?|Telefonväxel|Växel|Växeln|E-post|Epost|Mejl|Fax|Besöksadress"
    r"|Postadress|Leveransadress|Adress|Öppettider|Reception|Receptionen|Organisationsnummer|Org\.? ?nr)\s*:?$",
    re.IGNORECASE,
)
MIN_LABELS = 2
MAX_VALUE_LINES = 3
MAX_VALUE_WORDS = 8


def contact_box_lines(raw: list[str]) -> list[int]:
    """The indexes of a contact box's labels and their values, or [] when the page has no box."""
    labels = [n for n, line in enumerate(raw) if _LABEL_RE.match(line.strip())]
    if len(labels) < MIN_LABELS:
        return []
    found = set(labels)
    for n in labels:
        k = n + 1
        while k < len(raw) and (not raw[k].strip() or _LABEL_RE.match(raw[k].strip())) and k - n <= 2:
            k += 1  # a blank line or the next label between a label and its value
        taken = 0
        while k < len(raw) and raw[k].strip() and not _LABEL_RE.match(raw[k].strip()) and taken < MAX_VALUE_LINES:
            if word_count(raw[k]) > MAX_VALUE_WORDS:
                break
            found.add(k)
            k, taken = k + 1, taken + 1
    return sorted(found)
