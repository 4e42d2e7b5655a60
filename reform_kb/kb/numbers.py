"""Numbers and counted nouns in the page's language (i18n, issue 14): "10 000 dokument" on Swedish pages,
"10,000 documents" on English ones.

The lists write two counts per row ("3 dokument · 1 citat"); `{% blocktranslate count %}` costs about
18 µs a time, these about 3, so the rows use these through the `antal` and `antal_av` filters.
"""

from __future__ import annotations

from django.utils.translation import get_language, ngettext

# One entry per noun the pages count, each a literal msgid for makemessages.
NOUNS = {
    "dokument": lambda n: ngettext("%(count)s dokument", "%(count)s dokument", n),
    "citat": lambda n: ngettext("%(count)s citat", "%(count)s citat", n),
}


def whole_number(value: int) -> str:
    """10 000 in Swedish (a no-break space between thousands), 10,000 in English."""
    text = f"{value:,}"
    return text if get_language() == "en" else text.replace(",", "\u00a0")


def counted(noun: str, value: int) -> str:
    """ "1 citat", "2 quotes": the number and the noun in the page's language and number."""
    return NOUNS[noun](value) % {"count": whole_number(value)}
