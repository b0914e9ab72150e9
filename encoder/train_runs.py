"""Builds the name-run reader's table (``encoder/enrich/models/zh_name_runs.json``, read by
:mod:`encoder.enrich.zh_runs`) from the persons of the MSRA NER training data, which is not shipped:

    python -m encoder.train_runs --data ../shared/ner-data
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from .enrich.zh_crf import spans
from .enrich.zh_runs import HAN_RUN, TABLE, name_shape
from .train_ner import read_bio


def build(path: Path) -> dict:
    """The table's counts from a character-per-line BIO file (its ``PER`` entities, all its characters)."""
    surnames: Counter[str] = Counter()
    given: Counter[str] = Counter()
    shapes: Counter[str] = Counter()
    chars: Counter[str] = Counter()
    for text, labels in read_bio(path):
        chars.update(c for c in text if HAN_RUN.fullmatch(c))
        for start, end, kind in spans(labels):
            parsed = name_shape(text[start:end]) if kind == "PER" else None
            if parsed is None:
                continue
            shape, surname, name = parsed
            shapes[shape] += 1
            if shape == "double":
                surnames.update(surname)
            else:
                surnames[surname] += 1
            given.update(name)
    return {
        "source": f"PER entities and characters of {path.name}",
        "shapes": dict(shapes.most_common()),
        "surnames": dict(surnames.most_common()),
        "given": dict(given.most_common()),
        "chars": {c: n for c, n in chars.most_common() if n >= 2},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m encoder.train_runs", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/ner-data"), help="the ner-data folder")
    parser.add_argument("-o", "--output", type=Path, default=TABLE, help="the table to write")
    args = parser.parse_args(argv)
    table = build(args.data / "msra_ner" / "msra_train_bio.txt")
    args.output.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
