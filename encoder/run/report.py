"""What a run shows and keeps: the progress display and the run report."""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from ..files import atomic

#: One file's report entry: small and JSON-ready (path, output, status, diagnostics, seconds).
#: The status: "converted"; "degraded" (written, valid and faithful, once the fallback dropped
#: an inference a gate refused: its D warnings say what); "failed" (no output); "skipped".
Entry = dict[str, object]


@dataclass
class Progress:
    """Done/total, rate, ETA and failures: a bar on a terminal, plain lines elsewhere.

    The ETA is the rate since the first result (start-up is no part of it) applied to what is
    left, shown once that rate means something: :data:`ESTIMATE_AFTER` seconds after the first
    result, or a tenth of the files done; until then it reads ``ETA estimating``.
    """

    total: int
    stream: TextIO = field(default_factory=lambda: sys.stderr)
    interval: float = 2.0
    done: int = 0
    failed: int = 0
    started: float = field(default_factory=time.monotonic)
    shown: float = 0.0
    first: float | None = None  # when the first result came
    first_done: int = 0  # how many results had come then

    def update(self, entry: Entry) -> None:
        self.done += 1
        self.failed += entry["status"] == "failed"
        now = time.monotonic()
        if self.first is None:
            self.first, self.first_done = now, self.done
        if now - self.shown >= (0.1 if self.tty else self.interval) or self.done == self.total:
            self.shown = now
            self.show(now)

    @property
    def tty(self) -> bool:
        return self.stream.isatty()

    def show(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        eta = self.eta(now)
        when = "estimating" if eta is None else _clock(eta)
        text = f"{self.done}/{self.total} files, {rate:.1f} files/s, ETA {when}, {self.failed} failed"
        if self.tty:
            width = 30
            filled = int(width * self.done / self.total) if self.total else width
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {text}\x1b[K")
            if self.done == self.total:
                self.stream.write("\n")
        else:
            self.stream.write(f"progress: {text}\n")
        self.stream.flush()

    def eta(self, now: float) -> float | None:
        """Seconds left, or None while no sensible estimate exists (see the class)."""
        if self.done >= self.total:
            return 0.0
        if self.first is None:
            return None
        span, counted = now - self.first, self.done - self.first_done
        if counted < 1 or span <= 0 or (span < ESTIMATE_AFTER and self.done * 10 < self.total):
            return None
        return (self.total - self.done) * span / counted


#: Seconds after the first result before an ETA is shown (unless a tenth of the files is done).
ESTIMATE_AFTER = 5.0


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"


def _number(entry: Entry, key: str) -> float:
    value = entry.get(key, 0.0)
    return float(value) if isinstance(value, (int, float)) else 0.0


class Report:
    """The run report: entries streamed to a JSON-lines file, folded into JSON at the end.

    Each entry holds the wall seconds and the CPU seconds (``time.process_time`` of the
    process that converted it) its file took; the summary adds each up separately.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lines_path = path.with_name(f".{path.name}.lines")
        path.parent.mkdir(parents=True, exist_ok=True)
        self.stream = self.lines_path.open("w", encoding="utf-8")
        self.counts = {"converted": 0, "degraded": 0, "failed": 0, "skipped": 0}
        self.seconds = 0.0
        self.cpu_seconds = 0.0

    def add(self, entry: Entry) -> None:
        self.counts[str(entry["status"])] += 1
        self.seconds += _number(entry, "seconds")
        self.cpu_seconds += _number(entry, "cpu_seconds")
        self.stream.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def close(
        self, total: int, wall: float, interrupted: bool, executor: str, jobs: int, stopped_by: str | None = None
    ) -> dict[str, object]:
        """Fold the entries into the report; ``stopped_by``: what stopped an interrupted run."""
        self.stream.close()
        summary: dict[str, object] = {
            "total": total,
            "done": sum(self.counts.values()),
            **self.counts,
            "interrupted": interrupted,
            "stopped_by": stopped_by,
            "wall_seconds": round(wall, 3),
            "wall_seconds_in_conversions": round(self.seconds, 3),
            "cpu_seconds_in_conversions": round(self.cpu_seconds, 3),
            "executor": executor,
            "jobs": jobs,
        }
        with atomic(self.path) as out, self.lines_path.open(encoding="utf-8") as lines:
            out.write(('{\n  "summary": ' + json.dumps(summary, ensure_ascii=False) + ',\n  "files": [').encode())
            for number, line in enumerate(lines):
                out.write((("\n    " if number == 0 else ",\n    ") + line.rstrip("\n")).encode())
            out.write(b"\n  ]\n}\n")
        self.lines_path.unlink()
        return summary
