"""What an import did, counted so that the summary matches the database.

A file's counts are provisional while it is being saved: they go into a `Tally` that the report
takes over only once the file's savepoint has been released (`ImportReport.file_counts`). A file
that fails is rolled back, and so are its counts; before this, a failed file's new documents,
quotes and people still showed in the summary although none of them had been stored.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ENTITIES = ("documents", "quotes", "organisations", "people")


@dataclass
class FileResult:
    path: Path
    key: str = ""  # the source's key: its path relative to the folder it was imported from
    documents: int = 0
    quotes: int = 0
    skipped: bool = False  # unchanged since the last import
    error: str = ""

    def __post_init__(self):
        self.key = self.key or self.path.name


@dataclass
class Event:
    """One thing the import did or would do, for --dry-run listings and verbose output."""

    action: str  # "created", "updated", "removed", "flagged"
    entity: str  # one of ENTITIES
    label: str


def _counters() -> dict[str, Counter]:
    return {entity: Counter() for entity in ENTITIES}


@dataclass
class Tally:
    """Counts, events and the organisations and people referred to, for one file or the whole run."""

    counts: dict[str, Counter] = field(default_factory=_counters)
    events: list[Event] = field(default_factory=list)
    touched: dict[str, set[int]] = field(default_factory=lambda: {"organisations": set(), "people": set()})
    keep_events: bool = True

    def add(self, entity: str, outcome: str, n: int = 1, label: str = "") -> None:
        self.counts[entity][outcome] += n
        if label and self.keep_events and outcome != "unchanged":
            self.events.append(Event(outcome, entity, label))

    def flag(self, entity: str, label: str, note: str) -> None:
        self.counts[entity]["flagged"] += 1
        if self.keep_events:
            self.events.append(Event("flagged", entity, f"{label} – {note}" if note else label))

    def touch(self, entity: str, pk: int) -> None:
        self.touched[entity].add(pk)

    def merge(self, other: Tally) -> None:
        for entity, counter in other.counts.items():
            self.counts[entity].update(counter)
        self.events.extend(other.events)
        for entity, pks in other.touched.items():
            self.touched[entity] |= pks


@dataclass
class ImportReport:
    """Counts per entity and outcome, e.g. counts["quotes"]["created"], and what happened.

    `add`, `flag` and `touch` write to the open file's tally while a file is being saved (see
    `file_counts`), otherwise straight to the totals.
    """

    files: list[FileResult] = field(default_factory=list)
    dry_run: bool = False
    keep_events: bool = True
    renamed_sources: list[tuple[str, str]] = field(default_factory=list)  # (old key, new key)
    totals: Tally = field(init=False)
    _open: Tally | None = field(default=None, init=False, repr=False)

    def __post_init__(self):
        self.totals = Tally(keep_events=self.keep_events)

    @property
    def counts(self) -> dict[str, Counter]:
        return self.totals.counts

    @property
    def events(self) -> list[Event]:
        return self.totals.events

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.error]

    @property
    def changed(self) -> bool:
        return bool(self.renamed_sources) or any(
            c["created"] or c["updated"] or c["removed"] for c in self.counts.values()
        )

    @property
    def _target(self) -> Tally:
        return self._open if self._open is not None else self.totals

    def add(self, entity: str, outcome: str, n: int = 1, label: str = "") -> None:
        self._target.add(entity, outcome, n, label)

    def flag(self, entity: str, label: str, note: str) -> None:
        self._target.flag(entity, label, note)

    def touch(self, entity: str, pk: int) -> None:
        self._target.touch(entity, pk)

    @contextmanager
    def file_counts(self) -> Iterator[Tally]:
        """Count one file's changes apart; they join the totals only if the block ends without
        an error. Put the file's savepoint inside the block, so that its counts are taken over
        after the savepoint is released and dropped when it is rolled back."""
        self._open = Tally(keep_events=self.keep_events)
        try:
            yield self._open
        except BaseException:
            self._open = None
            raise
        tally, self._open = self._open, None
        self.totals.merge(tally)

    def checkpoint(self) -> Callable[[], None]:
        """A function that puts the totals and the files back as they are now, for a batch of
        files that is rolled back and saved again (without a deep copy of the events so far)."""
        files, events = len(self.files), len(self.totals.events)
        counts = {entity: Counter(counter) for entity, counter in self.totals.counts.items()}
        touched = {entity: set(pks) for entity, pks in self.totals.touched.items()}

        def restore() -> None:
            del self.files[files:]
            del self.totals.events[events:]
            self.totals.counts, self.totals.touched = counts, touched

        return restore

    def count_unchanged_entities(self) -> None:
        """Organisations and people the texts referred to but this run did not create or change."""
        for entity, pks in self.totals.touched.items():
            counts = self.counts[entity]
            counts["unchanged"] = max(0, len(pks) - counts["created"] - counts["updated"])
