"""Parsing many files in worker processes: the pipeline is pure, so it parallelises cleanly.

The importer reads each file once (it needs the bytes for a checksum anyway) and hands the bytes
to `parse_source`, in a process pool (spawned, so workers never touch the importer's database
connection) while it saves the previous batch. A file that fails, for a reason the pipeline knows
(SourceError) or through a bug, comes back as an error message for that file only; the other
files go on.
"""

from __future__ import annotations

from .parse import parse_file
from .provenance import Provenance
from .records import ParseContext, ParsedDocument, SourceError
from .sources import source_text

_context: ParseContext | None = None


def init_worker(context: ParseContext) -> None:
    global _context
    _context = context


def parse_source(
    name: str, data: bytes, context: ParseContext | None = None, provenance: Provenance | None = None
) -> tuple[list[ParsedDocument] | None, str]:
    """(documents, "") for the bytes of a file called `name` that parsed, or (None, reason).
    `context` None: the worker's own (`init_worker`)."""
    context = context or _context
    try:
        documents = parse_file(name, source_text(name, data), context, provenance)
        if not documents:
            raise SourceError("inga dokument hittades i texten")
    except SourceError as exc:
        return None, str(exc)
    except Exception as exc:  # a bug on one file must not stop the others
        return None, f"tolkningen misslyckades: {exc.__class__.__name__}: {exc}"
    return documents, ""
