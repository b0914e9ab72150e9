"""The hand-made name gold (``tests/fixtures/gold/names/``, POLICY.md beside it): each article's
parts and names, read one way for the evaluation (:mod:`encoder.evaluate_ner`) and the training
(:mod:`encoder.train_ner` ``--gold``)."""

from __future__ import annotations

import json
from pathlib import Path

#: The gold's mention types and their labels (as MSRA's).
TYPES = {"person": "PER", "place": "LOC", "org": "ORG"}

Name = tuple[int, int, int, str]  # part, start, end, type


def articles(gold: Path, sources: Path, split: str, years: int | None = None) -> list[tuple[list[str], set[Name]]]:
    """Each file of the gold in ``gold`` marked ``split`` (of the years of parity ``years``, 0 or 1,
    when given), in file-name order: its parts' texts (read from ``sources``) and its names."""
    out = []
    for path in sorted(gold.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("split") != split or (years is not None and int(record["file"][:4]) % 2 != years):
            continue
        source = json.loads((sources / record["file"]).read_text(encoding="utf-8"))
        names = {(m["part"], m["start"], m["end"], TYPES[m["type"]]) for m in record["mentions"]}
        out.append(([part["text"] for part in source["parts"]], names))
    return out
