"""Parsing many files in worker processes: the pipeline is pure, so it parallelises cleanly.

The importer hands paths to `parse_path` in a process pool (spawned, so workers never touch the
importer's database connection) while it saves the previous batch. A file that fails, for a reason
the pipeline knows (SourceError) or through a bug, comes back as an error message for that file
only; the other files go on.
"""

from __future__ import annotations

from pathlib import Path

from .parse import parse_file
from .records import ParseContext, ParsedDocument, SourceError
from .sources import read_source

_context: ParseContext | None = None


def init_worker(context: ParseContext) -> None:
    global _context
    _context = context


def parse_path(
    path: str, context: ParseContext | None = None
) -> tuple[str, list[ParsedDocument] | None, str]:
    """(path, documents, "") for a file that parsed, or (path, None, reason) for one that did not."""
    context = context or _context
    try:
        text = read_source(Path(path))
        documents = parse_file(Path(path).name, text, context)
        if not documents:
            raise SourceError("inga dokument hittades i texten")
    except SourceError as exc:
        return path, None, str(exc)
    except Exception as exc:  # a bug on one file must not stop the others
        return path, None, f"tolkningen misslyckades: {exc.__class__.__name__}: {exc}"
    return path, documents, ""
