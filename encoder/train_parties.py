"""Builds the table of parties' words (``encoder/enrich/models/zh_party_words.json``, read by
:mod:`encoder.enrich.zh_short_parties`) from the MSRA NER training data, which is not shipped:

    python -m encoder.train_parties --data ../shared/ner-data

For each word of jieba's dictionary cut (no HMM) of MSRA's text of three characters or more
ending in 党: how often it is met, and how often an ``ORG`` entity holds it whole (新芬党 13 of 13,
执政党 0 of 22).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from .enrich import zh_words
from .enrich.zh_short_parties import PARTY_TABLE
from .train_ner import read_bio


def build(path: Path) -> dict:
    """The counts of the words ending in 党 of the MSRA file ``path``: ``{word: [org, met]}``."""
    cutter = zh_words.words()
    if cutter is None:
        raise SystemExit("jieba is needed to cut MSRA's text into words")
    met: Counter[str] = Counter()
    org: Counter[str] = Counter()
    for text, labels in read_bio(path):
        if "党" not in text:
            continue
        start = 0
        for word in cutter.cut(text):
            end = start + len(word)
            if len(word) >= 3 and word.endswith("党"):
                met[word] += 1
                org[word] += all(label.endswith("ORG") for label in labels[start:end])
            start = end
    words = {word: [org[word], met[word]] for word in sorted(met, key=lambda w: (-met[w], w))}
    return {"source": f"words of the cut ending in 党 in {path.name}: [ORG, met]", "words": words}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m encoder.train_parties", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/ner-data"), help="the ner-data folder")
    parser.add_argument("-o", "--output", type=Path, default=PARTY_TABLE, help="the table to write")
    args = parser.parse_args(argv)
    table = build(args.data / "msra_ner" / "msra_train_bio.txt")
    args.output.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
