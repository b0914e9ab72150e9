"""The suite's shared paths, so that tests here import them as ``from .conftest import ...``, and
:func:`convert_title`, a made-up article's title converted by the command line.

Fixtures and options live in tests/conftest.py, which pytest applies to this folder too."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ..conftest import FIXTURES, GOLDEN, GOLDEN_VERSION, RMRB, ROOT, SEED, SOURCE, TEI_ALL

__all__ = ["FIXTURES", "GOLDEN", "GOLDEN_VERSION", "RMRB", "ROOT", "SEED", "SOURCE", "TEI_ALL", "convert_title"]


def convert_title(folder: Path, decks: list[str], lead: str, date: str) -> str:
    """The TEI ``encoder convert`` writes for a made-up JSON article of ``date`` (YYYY-MM-DD) whose
    title is ``decks`` (printed one deck a part, then ``lead``); the command must succeed."""
    year, month, day = (int(field) for field in date.split("-"))
    path = folder / f"{date}_made_up.json"
    parts = [{"type": "paragraph", "text": text} for text in [*decks, lead]]
    data = {
        "title": "　".join(decks),
        "authors": [],
        "dates": [{"year": year, "month": month, "day": day}],
        "parts": parts,
    }
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = folder / "out.xml"
    run = subprocess.run(
        [sys.executable, "-m", "encoder", "convert", str(path), "-o", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    return out.read_text(encoding="utf-8")
