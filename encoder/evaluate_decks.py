"""Evaluation of a title's decks against the titles-only deck gold.

    python -m encoder.evaluate decks [DECKS.json]

The deck gold (``tests/fixtures/gold/decks/decks.json``, its ``about`` says how it was made;
kinds as in the block gold's ``POLICY.md``) labels the title decks (``kicker``, ``headline``,
``subtitle``) of 269 articles: two annotators labelled each title apart, by reading (``c``,
``d``), a third reading is ``third``, and ``kind`` is the label two of the three give. Prints
how far the readers agree (decks, and titles with every deck alike), then the converter's
accuracy per decade on decks and on whole titles, against the gold and against each reader,
and the confusion (gold → predicted, off the diagonal).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .evaluate_blocks import SOURCES, confusion_rows, judge

ROOT = Path(__file__).resolve().parent.parent
DECKS = ROOT / "tests" / "fixtures" / "gold" / "decks" / "decks.json"
READERS = {"kind": "gold", "c": "annotator c", "d": "annotator d", "third": "third reading"}


@dataclass(frozen=True, slots=True)
class Title:
    """One title of the deck gold: its article's file and decade, each deck's part and labels."""

    file: str
    decade: str
    decks: tuple[dict, ...]

    def labels(self, reader: str) -> list[str]:
        return [deck[reader] for deck in self.decks]


def titles(gold: dict) -> list[Title]:
    """The titles of a deck gold file."""
    return [Title(entry["file"], f"{entry['file'][:3]}0s", tuple(entry["decks"])) for entry in gold["titles"]]


def predicted(title: Title, sources: Path = SOURCES) -> list[str]:
    """The kind the converter gives each deck of ``title`` (read as :func:`.evaluate_blocks.judge` reads a
    block; a deck's ``text`` is its part's, as ``tests/test_gold_files.py`` holds it)."""
    segments = [
        {"index": deck["index"], "segments": [{"kind": deck["kind"], "text": deck["text"]}]} for deck in title.decks
    ]
    gold = {"file": title.file, "split": "dev", "parts": segments}
    return [judged.predicted for judged in judge(gold, sources / title.file)]


def _share(pairs: list[tuple[list[str], list[str]]]) -> str:
    """Decks alike and titles alike in every deck, of ``pairs`` of label lists."""
    decks = sum(len(x) for x, _ in pairs)
    same = sum(a == b for x, y in pairs for a, b in zip(x, y, strict=True))
    whole = sum(x == y for x, y in pairs)
    if not decks:
        return "      –"
    count = len(pairs)
    return f"{100 * same / decks:5.1f} % ({same}/{decks}) decks, {100 * whole / count:5.1f} % ({whole}/{count}) titles"


def report(chosen: list[Title], made: dict[str, list[str]]) -> str:
    """The agreement of the annotators, the converter's accuracy per decade and the confusion."""
    rows = [f"annotators c and d agree: {_share([(t.labels('c'), t.labels('d')) for t in chosen])}"]
    rows.append(f"the third reading and the gold: {_share([(t.labels('third'), t.labels('kind')) for t in chosen])}")
    rows.append("")
    rows.append("the converter against each reader (decks, titles with every deck right):")
    for reader, name in READERS.items():
        rows.append(f"  {name:<12} {_share([(t.labels(reader), made[t.file]) for t in chosen])}")
    rows.append("")
    rows.append("against the gold, per decade:")
    for decade in sorted({t.decade for t in chosen}):
        here = [t for t in chosen if t.decade == decade]
        rows.append(f"  {decade:<8} {_share([(t.labels('kind'), made[t.file]) for t in here])}")
    confusion = Counter(
        (gold, guess)
        for t in chosen
        for gold, guess in zip(t.labels("kind"), made[t.file], strict=True)
        if gold != guess
    )
    rows.append("")
    rows.extend(confusion_rows(confusion, "decks"))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m encoder.evaluate decks", description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DECKS, help="the deck gold file")
    parser.add_argument("--sources", type=Path, default=SOURCES, help="the folder of the source JSON files")
    args = parser.parse_args(argv)
    chosen = titles(json.loads(args.gold.read_text(encoding="utf-8")))
    made = {title.file: predicted(title, args.sources) for title in chosen}
    decks = sum(len(title.decks) for title in chosen)
    print(f"title decks against the deck gold: {len(chosen)} titles, {decks} decks")
    print(report(chosen, made))
    return 0


if __name__ == "__main__":
    sys.exit(main())
