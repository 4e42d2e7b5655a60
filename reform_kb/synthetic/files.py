"""Generated documents as text files in the seeds' article format, for benchmarking import_seeds."""

from __future__ import annotations

import random
from pathlib import Path

from .progress import Progress
from .text import DocumentBuilder, SentencePool, Speaker, quote_counts
from .vocabulary import ORGANISATION_PATTERNS, ROLES, person_names


def write_files(
    directory: Path, documents: int, quotes: int, pool: SentencePool, *, seed: int = 1, progress_stream=None
) -> int:
    """Write one article per file (title, caption, ingress, dash quotes "– …, säger …"); returns bytes written."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    organisations = [pattern.format(n=n + 1) for n, (_, pattern) in enumerate(ORGANISATION_PATTERNS * 20)]
    names = person_names(rng, max(20, quotes // 100))
    speakers = [Speaker(name, rng.choice(ROLES), rng.randrange(len(organisations))) for name in names]
    builder = DocumentBuilder(
        pool, rng, speakers=speakers, organisation_names=organisations, theme_count=1, tag_count=1
    )
    progress = Progress(progress_stream, documents, "Skriver filer", " filer") if progress_stream else None
    written = 0
    for n, count in enumerate(quote_counts(documents, quotes, rng), start=1):
        spec = builder.build(count)
        text = f"{spec.title}\n\n{spec.caption}\n\n{spec.body}\n"
        written += (directory / f"{n:06d}_syntetisk.txt").write_text(text, encoding="utf-8")
        if progress:
            progress.update(n)
    if progress:
        progress.finish()
    return written
