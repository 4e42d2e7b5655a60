"""A progress line for long runs: redrawn in place on a terminal, a line per tenth otherwise (logs)."""

from __future__ import annotations

import time


class Progress:
    def __init__(self, stream, total: int, label: str, unit: str = ""):
        self.stream, self.total, self.label, self.unit = stream, max(total, 1), label, unit
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self.started = time.monotonic()
        self._last_draw = 0.0
        self._last_tenth = -1

    def update(self, done: int, extra: str = "") -> None:
        now = time.monotonic()
        fraction = min(done / self.total, 1.0)
        tenth = int(fraction * 10)
        if self.tty:
            if now - self._last_draw < 0.2 and done < self.total:
                return
            bar = "#" * int(fraction * 30)
            self.stream.write(f"\r{self.label} [{bar:<30}] {self._text(done, extra, now)}")
        elif tenth != self._last_tenth:
            self.stream.write(f"{self.label}: {self._text(done, extra, now)}\n")
        self._last_draw, self._last_tenth = now, tenth
        self.stream.flush()

    def _text(self, done: int, extra: str, now: float) -> str:
        elapsed = now - self.started
        text = f"{done:,}/{self.total:,}{self.unit} ({done / self.total:.0%}) {elapsed:.0f} s".replace(
            ",", " "
        )
        return f"{text} {extra}".rstrip()

    def finish(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()
