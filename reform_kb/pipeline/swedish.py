"""Swedish for the pipeline and everything built on it: stemming, month names, alphabetical order and slugs.

Stemming (tokens, stems, expansions) is shared by theme matching and both search backends.
PostgreSQL's `swedish` configuration and the `snowballstemmer` package run the same Snowball
algorithm, so a word stems alike in the database and in Python. Snowball is not consistent across
inflections, though: "insats" stems to `insat` but "insatser" to `insats`. `expand()` therefore
returns the stems of a word's common inflected forms too, and searches OR them together.

Collation and slugs live here rather than in the web app so that everything that names or lists
Swedish text (the importer, the pages, the synthetic corpus) agrees; none of it needs Django.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

# --- Stemming ---------------------------------------------------------------------------------------

WORD_RE = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+(?:[-:][0-9A-Za-zÀ-ÖØ-öø-ÿ]+)*")

# Endings that Snowball treats differently enough to give different stems (see module docstring).
_INFLECTIONS = ("", "s", "er", "en", "et", "ar", "or", "na", "erna", "arna", "orna")

VOWELS = frozenset("aeiouyåäö")

_stemmer = snowballstemmer.stemmer("swedish")


def tokens(text: str) -> list[str]:
    """The words of `text`, lower-cased; "SKR:s" and "HVB-hem" stay one token each.

    PostgreSQL's parser differs here (it indexes `skr` and `s`; `hvb-hem`, `hvb` and `hem`);
    reform_kb.search.compile.positions() translates between the two.
    """
    return [m.group(0).lower() for m in WORD_RE.finditer(text)]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _stemmer.stemWord(word.lower())


def stems(text: str) -> list[str]:
    """The stems of the words in `text`, in order."""
    return [stem(w) for w in tokens(text)]


def inflected_forms(word: str) -> frozenset[str]:
    """The surface forms whose stems `expand` considers: the word and its stem, with each ending."""
    word = word.lower()
    return frozenset(root + ending for root in {word, stem(word)} for ending in _INFLECTIONS)


def expand_with(word: str, stem_of, *, longer: bool = False) -> frozenset[str]:
    """`expand` with another stemmer, e.g. the database's own (see reform_kb.search.backends.postgres).

    With `longer`, the definite forms that Snowball leaves whole count too: "barnet" stays
    `barnet` and "skolan" `skolan` (and PostgreSQL 15's older Snowball keeps "arbetet"), though
    their stems do not prefix the word. Search uses this; theme matching keeps the strict rule.
    """
    word = word.lower()
    base = stem_of(word)
    if not base:
        return frozenset()
    found = {base}
    for form in inflected_forms(word):
        candidate = stem_of(form)
        # Only stems that are prefixes of the word itself: "insatser" adds `insat` (the stem
        # of "insats"), but no ending may add a stem the word does not start with.
        if candidate and word.startswith(candidate) and len(candidate) >= len(base) - 1:
            found.add(candidate)
    if longer and len(word) >= 4:
        for root in {word, base}:
            # -et after a consonant (barn-et), -t or -n after a vowel (arbete-t, skola-n).
            endings = ("t", "n") if root[-1] in VOWELS else ("et",)
            for ending in endings:
                candidate = stem_of(root + ending)
                if candidate and candidate.startswith(base):
                    found.add(candidate)
    return frozenset(found)


@lru_cache(maxsize=8192)
def expand(word: str) -> frozenset[str]:
    """Stems that a search for `word` should match: its own and those of its inflected forms."""
    return expand_with(word, stem)


# --- Month names -------------------------------------------------------------------------------------

# The twelve months as Swedish writes them out, in calendar order. Date patterns that accept only a
# written-out month ("4 juli 2023") build their alternation from these.
MONTH_NAMES = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
# Lower-case month name or common abbreviation ("jan", "sept", "okt") → month number. "maj" has no
# shorter form; "mar" and "jun" are abbreviations seen in tables and datelines.
MONTHS: dict[str, int] = {
    **{name: number for number, name in enumerate(MONTH_NAMES, start=1)},
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}
# The months whose English names differ from the Swedish ones, and "oct": page templates built for an
# international platform print a Swedish page's date in English ("Publicerad 05 October 2019"). Only date
# patterns read them (text.py), where a day and a year stand around the month; never as words of prose.
ENGLISH_MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
    "oct": 10,
}


# --- Alphabetical order ------------------------------------------------------------------------------
# Python's default string order and SQLite's collation get Swedish wrong: Swedish puts å, ä and ö as
# three letters after z (in that order), treats é and other accented letters as their base letter, and
# ü as y. The database is not asked to sort: SQLite has no Swedish collation and PostgreSQL's depends on
# the server's locale, so lists are sorted in Python with these keys.

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


# Characters of a name that swedish_sort_code() keeps: two names alike in their first 64 characters
# are ordered by whatever else sorts them (a database's row id).
SORT_CODE_CHARS = 64


def swedish_sort_code(text: str) -> str:
    """swedish_sort_key(text)'s first part as a string of hexadecimal digits, four per character,
    for a database to order by: its order is the Swedish order under any collation, since digits and
    a–f compare alike in all of them, where the key's own characters ("{" for å) do not."""
    base = swedish_sort_key(text)[0][:SORT_CODE_CHARS]
    return "".join(f"{min(ord(ch), 0xFFFF):04x}" for ch in base)


def swedish_sorted(items, key=lambda item: item):
    """`items` sorted in Swedish order of `key(item)`."""
    return sorted(items, key=lambda item: swedish_sort_key(key(item)))


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


# --- Slugs -------------------------------------------------------------------------------------------

# Swedish sites write å and ä as a and ö as o in URLs. The ASCII fold below would do the same, but the
# table says so outright and keeps it so whatever else the fold learns.
SWEDISH_TRANSLIT = str.maketrans(
    {"å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O", "é": "e", "É": "E"}
)
_NOT_IN_SLUG_RE = re.compile(r"[^\w\s-]")
_SLUG_GAPS_RE = re.compile(r"[-\s]+")


def slugify_sv(text: str) -> str:
    """A URL slug for Swedish text: "Förebyggande arbete" → "forebyggande-arbete".

    Gives exactly what Django's `slugify()` gives after transliterating å, ä and ö (tested against it),
    so slugs and import keys made before the pipeline had its own stay the same: letters folded to
    ASCII, anything but letters, digits, spaces and hyphens dropped, runs of spaces and hyphens made one
    hyphen, lower case.
    """
    ascii_text = unicodedata.normalize("NFKD", text.translate(SWEDISH_TRANSLIT)).encode("ascii", "ignore")
    kept = _NOT_IN_SLUG_RE.sub("", ascii_text.decode("ascii").lower())
    return _SLUG_GAPS_RE.sub("-", kept).strip("-_")


def slug_candidates(text: str, *, max_length: int = 80):
    """ "text", then "text-2", "text-3", … as slugs no longer than `max_length`."""
    base = slugify_sv(text)[:max_length].strip("-") or "x"
    yield base
    n = 2
    while True:
        suffix = f"-{n}"
        yield base[: max_length - len(suffix)] + suffix
        n += 1
