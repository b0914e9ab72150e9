"""Reports of the checking commands: the validation of many files (``encoder validate``), and
one line per article of how its languages are aligned (``encoder align-report``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import Diagnostic
from ..model import Article
from .validate import Validation

#: Values that make messages differ (ids, pointers, numbers), folded to count messages alike.
_VALUE = re.compile(r"\"[^\"]*[\d#./:][^\"]*\"|'[^']*'|\b\d+\b")


def message_kind(diagnostic: Diagnostic) -> tuple[str, str]:
    """The code and the message with its values folded to '…': messages alike count together."""
    return diagnostic.code, _VALUE.sub("…", diagnostic.message)


@dataclass
class ValidationReport:
    """Every file validated with its diagnostics, and how often each kind of message came."""

    schema: str
    schematron: str | None
    files: list[tuple[Path, list[Diagnostic]]] = field(default_factory=list)
    counts: dict[tuple[str, str], int] = field(default_factory=dict)

    def add(self, path: Path, diagnostics: list[Diagnostic]) -> None:
        self.files.append((path, diagnostics))
        for diagnostic in diagnostics:
            key = message_kind(diagnostic)
            self.counts[key] = self.counts.get(key, 0) + 1

    @property
    def invalid(self) -> int:
        return sum(1 for _, diagnostics in self.files if diagnostics)

    def by_message(self) -> list[dict[str, object]]:
        """Kinds of message, the most frequent first."""
        ranked = sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return [{"code": code, "message": message, "count": count} for (code, message), count in ranked]

    def summary(self) -> dict[str, object]:
        return {
            "files": len(self.files),
            "valid": len(self.files) - self.invalid,
            "invalid": self.invalid,
            "errors": sum(self.counts.values()),
            "by_message": self.by_message(),
        }

    def as_json(self) -> dict[str, object]:
        """The whole report, JSON-ready (``encoder validate --format json``)."""
        files = [
            {"path": str(path), "valid": not diagnostics, "diagnostics": [d.as_dict() for d in diagnostics]}
            for path, diagnostics in self.files
        ]
        return {"schema": self.schema, "schematron": self.schematron, "files": files, "summary": self.summary()}

    def text_summary(self, top: int = 20) -> list[str]:
        """The summary as lines: counts, then the ``top`` most frequent kinds of message."""
        summary = self.summary()
        lines = [
            f"encoder: {summary['files']} files, {summary['valid']} valid, {summary['invalid']} invalid, "
            f"{summary['errors']} errors"
        ]
        for (code, message), count in sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]:
            lines.append(f"{count:7d}  {code}  {message}")
        return lines


def validate_files(
    files: Iterable[Path],
    validation: Validation,
    show: Callable[[Diagnostic], None] | None = None,
    more: Callable[[Path], list[Diagnostic]] | None = None,
) -> ValidationReport:
    """Validate ``files`` in order; ``show`` (if given) sees each diagnostic as it is found;
    ``more`` (e.g. the deposit check) adds its own diagnostics for each file."""
    report = ValidationReport(validation.rng_path, validation.sch_path)
    for path in files:
        diagnostics = validation.file(path)
        if more is not None:
            diagnostics = [*diagnostics, *more(path)]
        report.add(path, diagnostics)
        if show is not None:
            for diagnostic in diagnostics:
                show(diagnostic)
    return report


def alignment_line(name: str, article: Article) -> str:
    """How the languages of ``article`` are aligned, in one line: links by shape, and the blocks
    left without a counterpart."""
    if len(article.texts) < 2:
        return f"{name}: one language only, nothing to align"
    shapes: dict[str, int] = {}
    for link in article.links:
        shapes[link.shape] = shapes.get(link.shape, 0) + 1
    counted = ", ".join(f"{shape} {count}" for shape, count in sorted(shapes.items()))
    return f"{name}: {len(article.links)} links ({counted}), {len(article.unaligned)} blocks without counterpart"
