"""Reading source files: the only place the pipeline touches the file system.

A file that cannot be trusted as text is rejected with a reason a person can act on, instead of
being imported half-broken. PDF and HTML files are turned into the same plain-text shape as the
.txt seeds (a title line, paragraphs between blank lines, "Publicerad:" and "Källa:" lines), so that
everything after this module reads one kind of text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from .records import SourceError

TEXT_SUFFIXES = {".txt", ".text", ".md"}
PDF_SUFFIXES = {".pdf"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | PDF_SUFFIXES | HTML_SUFFIXES


def read_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """The file's bytes, or a SourceError that says why they cannot be read.

    A file above `max_bytes` is refused before it is read: a 50 MB text took 75 s and 1.6 GB to
    parse (issue 11). Its size is looked up first, and what was read is measured again, in case
    the file grew in between.
    """
    try:
        if max_bytes is not None and path.stat().st_size > max_bytes:
            raise SourceError(_too_big(path.stat().st_size, max_bytes))
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"kan inte läsas ({exc.strerror or exc})") from exc
    if max_bytes is not None and len(data) > max_bytes:
        raise SourceError(_too_big(len(data), max_bytes))
    return data


def _too_big(size: int, max_bytes: int) -> str:
    return f"filen är för stor ({_size(size)}); gränsen är {_size(max_bytes)} (inställningen KB_IMPORT_MAX_BYTES)"


def _size(size: int) -> str:
    """A file size as Swedes write it: "800 byte", "6,6 kB", "52,4 MB"."""
    for unit, factor in (("MB", 1_000_000), ("kB", 1_000)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}".replace(".", ",")
    return f"{size} byte"


def read_source(path: Path) -> str:
    """The file's text in the seeds' plain-text shape, with line endings normalised."""
    return source_text(path.name, read_bytes(path))


def source_text(name: str, data: bytes) -> str:
    """The text of a file called `name` whose bytes are `data` (read once by the caller, who may
    need them for something else too, such as a checksum), in the seeds' plain-text shape."""
    if not data.strip():
        raise SourceError("filen är tom")
    suffix = Path(name).suffix.lower()
    # The extractors are imported on first use: they pull in pypdf, lxml and trafilatura, start-up
    # time that an import of .txt files does not need.
    if suffix in PDF_SUFFIXES:
        from .extract_pdf import pdf_text

        text = _without_nul(pdf_text(data))
    elif suffix in HTML_SUFFIXES:
        from .extract_html import html_text

        text = _without_nul(html_text(data))
    else:
        text = decode_text(data)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_text(data: bytes) -> str:
    """Plain text that must be UTF-8 (a byte-order mark is dropped) and hold no NUL byte.

    A NUL is refused wherever it is, not dropped: no one types one, so it means a damaged file or
    another encoding (UTF-16), and what is around it cannot be trusted as text either. PostgreSQL
    could not store it, and SQLite would keep it in a document's body.
    """
    nul = data.find(b"\x00")
    if 0 <= nul < 8192:
        raise SourceError("filen är binär, inte text")
    if nul >= 0:
        line = data[:nul].count(b"\n") + 1
        raise SourceError(
            f"innehåller ett NUL-tecken (rad {line}, byte {nul}); filen är skadad eller inte ren text"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(f"inte giltig UTF-8 (rad {line}, byte {exc.start})") from exc


def _without_nul(text: str) -> str:
    """An extractor's text without NUL characters: in a PDF or a web page they come from the
    extraction (a glyph mapped to no character), not from what the author wrote, so they are
    dropped rather than the file refused. PostgreSQL could not store them."""
    return text.replace("\x00", "")


def iter_source_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The files to import: named files as given, folders searched recursively, in name order.

    Hidden files and unsupported types inside folders are skipped; a named file is always tried,
    so that the user hears why it fails rather than having it silently ignored.
    """
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (
                    child.is_file()
                    and not child.name.startswith(".")
                    and child.suffix.lower() in SUPPORTED_SUFFIXES
                ):
                    yield child
        else:
            yield path
