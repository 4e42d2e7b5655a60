"""Swedish alphabetical order, which Python's default string order and SQLite's collation get wrong.

Swedish puts å, ä and ö as three letters after z (in that order), treats é and other accented
letters as their base letter, and ü as y. The database is not asked to sort: SQLite has no Swedish
collation and PostgreSQL's depends on the server's locale, so lists are sorted here.
"""

import unicodedata

# Characters just after "z" in code point order: "{" < "|" < "}".
_AFTER_Z = str.maketrans({"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}", "ü": "y"})


def swedish_sort_key(text: str) -> tuple[str, str]:
    """A key that sorts `text` as a Swedish dictionary does (case-insensitive, å ä ö after z).

    The original string is the tie-breaker, so equal keys keep a stable, deterministic order.
    """
    folded = (text or "").casefold().translate(_AFTER_Z)
    # Drop remaining accents (é → e, à → a) after å/ä/ö are safe from decomposition.
    decomposed = unicodedata.normalize("NFD", folded)
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return base, text or ""


def swedish_initial(text: str) -> str:
    """The letter a name is listed under in an A–Ö index; "#" for names starting with a digit or sign."""
    for ch in (text or "").strip():
        if ch.isalpha():
            upper = ch.upper()
            if upper in "ÅÄÖ":
                return upper
            if upper in "ÆØÜ":
                return {"Æ": "Ä", "Ø": "Ö", "Ü": "Y"}[upper]
            return unicodedata.normalize("NFD", upper)[0]
        if ch.isdigit():
            return "#"
    return "#"


def swedish_sorted(items, key=lambda item: item):
    """`items` sorted in Swedish order of `key(item)`."""
    return sorted(items, key=lambda item: swedish_sort_key(key(item)))
