"""Reading source files: the only place the pipeline touches the file system.

A file that cannot be trusted as text is rejected with a reason a person can act on, instead of
being imported half-broken.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

SUPPORTED_SUFFIXES = {".txt", ".text", ".md"}


class SourceError(Exception):
    """A source file that cannot be imported; the message says why, in Swedish."""


def read_source(path: Path) -> str:
    """The file's text, with line endings normalised and a byte-order mark removed."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"kan inte läsas ({exc.strerror or exc})") from exc
    if not data.strip():
        raise SourceError("filen är tom")
    if b"\x00" in data[:8192]:
        raise SourceError("filen är binär, inte text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(f"inte giltig UTF-8 (rad {line}, byte {exc.start})") from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


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
