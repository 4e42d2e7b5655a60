"""The parser pool: batches of files parsed in worker processes while the previous batch is saved."""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence

from reform_kb.pipeline.batch import init_worker, parse_source
from reform_kb.pipeline.records import ParseContext, ParsedDocument

from .files import SourceWork

# Files per task sent to a worker: fewer round trips between processes than one file at a time.
CHUNK_SIZE = 8


class ParserPool:
    """Parses batches of files, in a pool of spawned worker processes when there are several."""

    def __init__(self, context: ParseContext, workers: int):
        self.context = context
        self.workers = max(1, workers)
        self.pool = None

    def __enter__(self) -> ParserPool:
        if self.workers > 1:
            # Spawned, not forked: workers must not inherit the importer's database connection.
            # They get the context without the per-process caches the pipeline keeps in it.
            clean = ParseContext(organisations=self.context.organisations, themes=self.context.themes)
            self.pool = multiprocessing.get_context("spawn").Pool(
                self.workers, initializer=init_worker, initargs=(clean,)
            )
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()

    def submit(self, works: Sequence[SourceWork]) -> ParsedBatch:
        """Start parsing the files of `works` that need it; their bytes and provenance go to the workers
        (which use their own context: None in the job)."""
        jobs = [(w.path.name, w.data, None, w.provenance_for_parsing()) for w in works if w.to_parse]
        if self.pool is not None:
            return ParsedBatch(works, self.pool.starmap_async(parse_source, jobs, chunksize=CHUNK_SIZE))
        return ParsedBatch(
            works, [parse_source(name, data, self.context, provenance) for name, data, _, provenance in jobs]
        )


class ParsedBatch:
    """A batch of files and, once the workers are done, what they parsed."""

    def __init__(self, works: Sequence[SourceWork], outcome):
        self.works = works
        self.outcome = outcome

    def result(self) -> list[tuple[SourceWork, list[ParsedDocument] | None, str]]:
        """(work, documents, error) for every file of the batch, in order; (work, None, "") for a
        file that was not parsed (skipped as unchanged, or failed before parsing)."""
        outcome = iter(self.outcome.get() if hasattr(self.outcome, "get") else self.outcome)
        results = []
        for work in self.works:
            documents, error = next(outcome) if work.to_parse else (None, "")
            work.data = b""  # parsed: the bytes are no longer needed
            results.append((work, documents, error))
        return results
