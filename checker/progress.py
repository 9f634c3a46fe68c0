"""A one-line progress bar on standard error, for runs over several articles.

Shown only when it can help and cannot hurt: more than one article, the stream is a
terminal, and not --quiet. It redraws one line in place and erases it when done, so the
terminal is left as if it had never been there (errors and results print after).
"""
from __future__ import annotations

import shutil
import sys
import time
from typing import TextIO

from checker.render_text import one_line


class Progress:
    def __init__(self, total: int, stream: TextIO | None = None, enabled: bool | None = None,
                 min_interval: float = 0.05):
        self.total, self.done = total, 0
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            enabled = should_show(total, self.stream)
        self.enabled = enabled
        self.min_interval = min_interval
        self._last = 0.0

    def advance(self, label: str = "") -> None:
        self.done += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if self.done < self.total and now - self._last < self.min_interval:
            return
        self._last = now
        self.stream.write("\r" + self.line(label, shutil.get_terminal_size((80, 24)).columns) + "\x1b[K")
        self.stream.flush()

    def line(self, label: str, width: int) -> str:
        count = f"{self.done}/{self.total}"
        pct = f"{100 * self.done // max(1, self.total):3d}%"
        bar_width = max(10, min(30, width // 4))
        filled = bar_width * self.done // max(1, self.total)
        bar = "█" * filled + "░" * (bar_width - filled)
        head = f"checking {bar} {pct} {count} "
        room = max(0, width - len(head) - 1)
        label = one_line(label)
        if len(label) > room:
            label = "…" + label[len(label) - room + 1:] if room > 1 else ""
        return head + label

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def should_show(total: int, stream: TextIO, quiet: bool = False) -> bool:
    if quiet or total <= 1:
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
