"""A PDF's text layer as plain text in the seeds' shape: paragraphs between blank lines.

A PDF knows lines, not paragraphs. Word processors wrap every paragraph into hard lines, hyphenate
words at line ends and repeat a header, a footer and a page number on every page. The lines are read
with their position and font size (pypdf's visitor), and put back together:

- running headers and footers (a line at the same height on most pages) and page numbers are dropped;
- a line joins the one before it unless the layout says otherwise: a larger gap than the line pitch,
  another font size, a bullet, a short line ending a paragraph, or a first-line indent;
- a word hyphenated at the end of a line is joined again ("social-" + "tjänsten"), while a real hyphen
  stays ("barn- och ungdomsvården", "LVU-utredningar").

A PDF without a text layer (a scan) is an error, not an empty document.
"""

from __future__ import annotations

import io
import logging
import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from .records import SourceError

# List bullets as word processors export them, including Symbol-font bullets in the private use area.
# A dash opens an item only before a capital: "– i dag" wrapped to the start of a line runs on.
BULLET_RE = re.compile(r"^(?:[•▪◦●∙·■□➢►\uf0b7\uf0a7\uf076\uf0d8]|[-–](?=\s+[A-ZÅÄÖ0-9]))\s*")
NUMBERED_RE = re.compile(r"^(?:\d{1,2}[.)]|[a-h]\))\s")
# "Sida 2 av 5", "2 (5)", "- 2 -", "2/5", "Page 2 of 5", "2".
PAGE_NUMBER_RE = re.compile(
    r"^(?:(?:sida|sid\.|s\.|page)\s*)?[-–]?\s*\d{1,3}\s*(?:(?:av|of|/)\s*\d{1,3}|\(\s*\d{1,3}\s*\))?\s*[-–]?$",
    re.IGNORECASE,
)
# A page number at the end of a running header line: "Remissvar 2024-03-12 2 (5)", "… Sida 2 av 5".
TRAILING_PAGE_NUMBER_RE = re.compile(
    r"\s+(?:\d{1,3}\s*\(\s*\d{1,3}\s*\)|(?:sida|page)\s+\d{1,3}(?:\s+(?:av|of)\s+\d{1,3})?)$", re.IGNORECASE
)
# Words after which "barn-" ends a first half of a coordinated compound, not a hyphenated word.
CONJUNCTIONS = {"och", "eller", "samt", "respektive", "resp.", "som", "till", "men", "än"}
LIGATURES = str.maketrans({"ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl"})
TERMINAL = '.!?:;”"»)'
ZONE_LINES = 3  # lines at the top and bottom of a page where running headers and footers stand
MIN_LETTERS_PER_PAGE = 25  # fewer than this on average: the pages are pictures of text

# pypdf logs what it repairs in a damaged file ("EOF marker not found"); the editor hears about a file
# that cannot be read from the SourceError instead, once, in the import summary.
logging.getLogger("pypdf").setLevel(logging.ERROR)


@dataclass
class Line:
    text: str
    page: int
    x: float | None = None
    y: float | None = None  # baseline, from the bottom of the page (PDF coordinates)
    size: float = 0.0

    @property
    def bullet(self) -> bool:
        return bool(BULLET_RE.match(self.text) or NUMBERED_RE.match(self.text))


def pdf_text(data: bytes) -> str:
    """The text of a PDF file, or SourceError saying why there is none."""
    return text_from_pages(read_lines(data))


def text_from_pages(pages: list[list[Line]]) -> str:
    """The pages' text without running headers and footers, reflowed into paragraphs."""
    body = drop_running_lines(pages)
    # Counted after the running lines are gone: a scan often carries a printed footer or page stamp.
    letters = sum(ch.isalpha() for page in body for line in page for ch in line.text)
    if letters < MIN_LETTERS_PER_PAGE * max(1, len(pages)):
        raise SourceError(
            "PDF-filen saknar textlager (inskannad?) – kör textigenkänning (OCR) på den "
            "eller importera en textversion"
        )
    return reflow([line for page in body for line in page])


# --- reading ----------------------------------------------------------------------------------------


def read_lines(data: bytes) -> list[list[Line]]:
    """Each page's lines in reading order, with position and font size where pypdf gives them."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    if b"%PDF-" not in data[:1024]:
        raise SourceError("filen är inte en PDF (saknar PDF-huvud)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceError("PDF-filen är lösenordsskyddad; spara en kopia utan lösenord och importera den")
        return [_page_lines(page, number) for number, page in enumerate(reader.pages, start=1)]
    except SourceError:
        raise
    except (FileNotDecryptedError, DependencyError) as exc:
        raise SourceError(f"PDF-filen är krypterad och kan inte läsas ({exc})") from exc
    except PdfReadError as exc:
        raise SourceError(f"PDF-filen är trasig och kan inte läsas ({exc})") from exc
    except Exception as exc:  # pypdf raises many kinds of error on a damaged file
        raise SourceError(
            f"PDF-filen är trasig och kan inte läsas ({exc.__class__.__name__}: {exc})"
        ) from exc


def _page_lines(page, number: int) -> list[Line]:
    lines: list[Line] = []
    current = Line("", number)

    def visit(text, cm, tm, font_dict, font_size):
        nonlocal current
        parts = text.split("\n")
        for n, part in enumerate(parts):
            if n:
                lines.append(current)
                current = Line("", number)
            if part.strip() and current.y is None:
                # Where the text stands on the page: the text matrix times the transformation matrix.
                m = _multiply(tm, cm)
                current.x, current.y = m[4], m[5]
                current.size = round(font_size * math.hypot(m[2], m[3]), 1)
            current.text += part

    page.extract_text(visitor_text=visit)
    lines.append(current)
    for line in lines:
        text = line.text.translate(LIGATURES).rstrip()
        # A soft hyphen is invisible except where the word processor broke the line at it.
        text = (text[:-1] + "-" if text.endswith("\u00ad") else text).replace("\u00ad", "")
        line.text = " ".join(text.split())
    return [line for line in lines if line.text]


def _multiply(a, b) -> tuple[float, ...]:
    """The product of two PDF matrices [a b c d e f]."""
    return (
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    )


# --- headers, footers and page numbers --------------------------------------------------------------


def _zone(page: list[Line]) -> list[Line]:
    if len(page) <= 2 * ZONE_LINES:
        return page
    return page[:ZONE_LINES] + page[-ZONE_LINES:]


def _running_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower())


def drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Pages without page numbers and without lines repeated at the same height on most pages."""
    seen: dict[str, list[Line]] = {}
    for page in pages:
        for line in _zone(page):
            seen.setdefault(_running_key(line.text), []).append(line)
    needed = max(2, math.ceil(len(pages) / 2))
    running: set[int] = set()
    for lines in seen.values():
        for anchor in lines:
            # Running headers stand at the same height on every page; the same words elsewhere are text.
            same_place = [
                line for line in lines if line.y is None or anchor.y is None or abs(line.y - anchor.y) <= 3
            ]
            if len({line.page for line in same_place}) >= needed:
                running.update(id(line) for line in same_place)
    kept_pages = []
    for page in pages:
        zone = {id(line) for line in _zone(page)}
        kept = []
        for line in page:
            if id(line) in running:
                continue
            if id(line) in zone:
                if PAGE_NUMBER_RE.match(line.text):
                    continue
                line.text = TRAILING_PAGE_NUMBER_RE.sub("", line.text)
            kept.append(line)
        kept_pages.append(kept)
    return kept_pages


# --- paragraphs -------------------------------------------------------------------------------------


def reflow(lines: list[Line]) -> str:
    """Lines joined into paragraphs; paragraphs separated by a blank line, short lines kept as lines."""
    if not lines:
        return ""
    body_size = Counter(line.size for line in lines).most_common(1)[0][0]
    layout = _Layout(body_size, _line_pitch(lines, body_size), _full_length(lines, body_size))
    out = _clean(lines[0].text)
    start = lines[0]  # first line of the current paragraph
    for previous, line in zip(lines, lines[1:], strict=False):
        text = _clean(line.text)
        separator = _separator(previous, line, start, layout)
        if separator == " ":
            out = _join(out, text)
        else:
            out += separator + text
            start = line
    return out.strip() + "\n"


@dataclass
class _Layout:
    """The body text's font size, line pitch and full line length; other sizes scale from these."""

    size: float
    pitch: float | None
    full: float

    def scale(self, line: Line) -> float:
        return line.size / self.size if line.size and self.size else 1.0


def _line_pitch(lines: list[Line], size: float) -> float | None:
    steps = [
        a.y - b.y
        for a, b in zip(lines, lines[1:], strict=False)
        if a.page == b.page
        and a.size == b.size == size
        and a.y is not None
        and b.y is not None
        and 0 < a.y - b.y < 3 * size
    ]
    return statistics.median(steps) if steps else None


def _full_length(lines: list[Line], size: float) -> float:
    """How many characters a line has when the text wraps there, not because a paragraph ended."""
    lengths = sorted(len(line.text) for line in lines if line.size == size)
    if len(lengths) < 10:  # too few lines for a percentile: a short text has few full lines
        return lengths[-1] if lengths else 0
    return lengths[int(0.9 * (len(lengths) - 1))]


def _separator(previous: Line, line: Line, start: Line, layout: _Layout) -> str:
    """ " " to join `line` to the paragraph, "\n" to keep it as a line of its own, "\n\n" for a new paragraph."""
    # Text that runs on into a lower-case line continues the sentence; a word hyphenated at the line's
    # end ("social-") ends in no punctuation either.
    runs_on = previous.text[-1] not in TERMINAL and line.text[:1].islower()
    if previous.page != line.page:
        # A page break says nothing about paragraphs: only the text itself does.
        if runs_on:
            return " "
        return "\n" if line.bullet and start.bullet else "\n\n"
    if _layout_breaks(previous, line, layout):
        return "\n\n"
    if line.bullet:
        return "\n"
    if runs_on:
        return " "
    if len(previous.text) < 0.75 * layout.full / layout.scale(previous):
        return "\n"
    if _indented(previous, line, start):
        return "\n\n"  # a first-line indent starts a paragraph
    return " "


def _layout_breaks(previous: Line, line: Line, layout: _Layout) -> bool:
    """Another font size, or a gap wider than the line pitch: a new paragraph whatever the text says."""
    if abs(previous.size - line.size) > 0.5:
        return True
    gap = previous.y - line.y if previous.y is not None and line.y is not None else None
    return bool(layout.pitch and gap is not None and gap > layout.pitch * layout.scale(line) * 1.3)


def _indented(previous: Line, line: Line, start: Line) -> bool:
    """A line set further right than the sentence-ending line above it, outside a list: a first-line indent."""
    return (
        line.x is not None
        and previous.x is not None
        and line.x > previous.x + line.size
        and not start.bullet
        and previous.text[-1] in TERMINAL
    )


def _clean(text: str) -> str:
    """Every bullet glyph made "• ". Dashes stay dashes: at the start of a line they may open speech,
    and a "•" item can never be taken for a quotation."""
    m = BULLET_RE.match(text)
    if m and text[0] not in "-–":
        return "• " + text[m.end() :]
    return text


def _join(paragraph: str, text: str) -> str:
    """Join a wrapped line, undoing hyphenation but keeping real hyphens."""
    m = re.search(r"(\S*?)(\w+)-$", paragraph)
    if not m:
        return f"{paragraph} {text}"
    first_word = text.split(" ", 1)[0]
    left = m.group(2)
    if first_word in CONJUNCTIONS or first_word.rstrip(",.") in CONJUNCTIONS:
        return f"{paragraph} {text}"  # "barn- och ungdomsvård"
    if not text[:1].islower() or not left.islower() or len(left) <= 2:
        return paragraph + text  # "LVU-utredningar", "e-tjänster": the hyphen belongs to the word
    return paragraph[:-1] + text
