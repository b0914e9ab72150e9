"""Evaluation of the block classification against the hand-made block gold.

    python -m encoder.evaluate blocks [GOLD.json ...]

Each gold file (``tests/fixtures/gold/blocks/``, policy in its ``POLICY.md``) splits every
part of a JSON article into segments with a kind. A segment is right when the converter made
the text at the segment's start (its first non-space character) into that kind: the block's
kind (``headline``, ``paragraph``, ``place-date``…), or ``lead`` / ``credit`` when it falls in
such a phrase. Kinds the model cannot express (``kicker``, ``caption``, ``list-item``…) are
simply wrong. Prints the accuracy per decade for the ``dev`` and ``heldout`` splits apart,
overall, and the confusion between kinds (gold → predicted, off the diagonal, largest first),
then each figure's 95 % interval, the articles resampled (:mod:`encoder.intervals`): a decade
of a held-out set is a few dozen articles, and its errors come an article at a time; then the
figures with a title's decks read as one kind (:func:`decks_alike`): how much of what is wrong is
which deck of a title is the kicker, the headline or a subtitle.

    python -m encoder.evaluate blocks --reader DIR [GOLD.json ...]

scores a second reader instead of the converter: ``DIR`` holds that reader's labels of the same
articles, one file of the gold's shape and name each, written apart; a gold segment is right when
the second reader's segment holding its start has its kind (:func:`judge_reader`). The figure is
how far two careful readers agree, the ceiling the converter is measured under.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from .diagnostics import EncodeError, Reporter
from .enrich import AUTHORITY_ONLY, enrich
from .enrich.spans import located
from .ingest.parser import parse
from .ingest.reader import read_source
from .ingest.rmrb_json import Locator, part_index
from .intervals import interval
from .model import DECK_KINDS, Article, BlockKind, Phrase, PhraseKind, inline_text

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "gold" / "blocks"
SOURCES = ROOT / "tests" / "fixtures" / "rmrb-json-dev"
SPLITS = ("dev", "heldout")
NOTHING = "(nothing)"  # what a segment's text became when no block holds it


@dataclass(frozen=True, slots=True)
class Judged:
    """One gold segment: its article's decade and split, the gold kind and the predicted one."""

    decade: str
    split: str
    gold: str
    predicted: str

    @property
    def right(self) -> bool:
        return self.gold == self.predicted


def _stretches(article: Article, locator: Locator, count: int) -> dict[int, list[tuple[int, int, str, list]]]:
    """Per part: (start, end, block kind, the line's inlines) of each block line on it."""
    found: dict[int, list[tuple[int, int, str, list]]] = {}
    for block in article.texts[0].blocks:
        where = part_index(locator, count, block.span.line, block.span.column)
        if where is None:
            continue
        part, start = where
        lines = block.lines[:1] if block.kind is BlockKind.TABLE_ROW else block.lines  # (cells: one part)
        for number, line in enumerate(lines):
            if number:  # the next lines of a block are the next parts (a headline's decks)
                part, start = part + 1, -1
            found.setdefault(part, []).append((start, start + len(inline_text(line)), block.kind.value, line))
    return found


def _kind_at(stretches: list[tuple[int, int, str, list]], text: str, offset: int) -> str:
    """The kind the converter gave the character at ``offset`` of a part whose text is ``text``."""
    for start, end, kind, line in stretches:
        if start < 0:  # a line that starts a part: after its leading white space
            start = len(text) - len(text.lstrip(" \u3000\t"))
            end = start + len(inline_text(line))
        if start <= offset < end:
            for at, phrase in located(line):
                inside = start + at <= offset < start + at + len(phrase.text)
                if inside and isinstance(phrase, Phrase) and phrase.kind in (PhraseKind.LEAD, PhraseKind.CREDIT):
                    return phrase.kind.value
            return kind
    return NOTHING


def judge(gold: dict, source: Path) -> list[Judged]:
    """Every segment of one gold file, judged against what the converter made of its source."""
    reporter = Reporter(str(source))
    decoded = read_source(source, reporter=reporter)
    decade = f"{gold['file'][:3]}0s"
    try:
        article = enrich(parse(decoded, reporter), reporter, AUTHORITY_ONLY)
    except EncodeError:
        return [Judged(decade, gold["split"], kind, NOTHING) for _, _, kind in _segment_starts(gold)]
    texts = [part["text"] for part in json.loads("\n".join(decoded.lines))["parts"]]
    stretches = _stretches(article, Locator("\n".join(decoded.lines)), len(texts))
    return [
        Judged(decade, gold["split"], kind, _kind_at(stretches.get(index, []), texts[index], probe))
        for index, probe, kind in _segment_starts(gold)
    ]


def _segment_starts(gold: dict) -> Iterator[tuple[int, int, str]]:
    """Each segment of a gold file as (its part's index, the offset of its first non-space character
    in the part, its kind): where a segment is judged."""
    for part in gold["parts"]:
        offset = 0
        for segment in part["segments"]:
            yield part["index"], offset + len(segment["text"]) - len(segment["text"].lstrip()), segment["kind"]
            offset += len(segment["text"])


def judge_reader(gold: dict, other: dict) -> list[Judged]:
    """Every segment of one gold file, judged against a second reader's labels of the same article
    (``other``, of the gold's shape): the kind of the second reader's segment that holds the gold
    segment's first non-space character (:data:`NOTHING` where the second reader has no such part)."""
    decade = f"{gold['file'][:3]}0s"
    theirs: dict[int, list[tuple[int, int, str]]] = {}
    for part in other["parts"]:
        start = 0
        for segment in part["segments"]:
            theirs.setdefault(part["index"], []).append((start, start + len(segment["text"]), segment["kind"]))
            start += len(segment["text"])
    judged = []
    for index, probe, kind in _segment_starts(gold):
        kinds = [theirs_kind for start, end, theirs_kind in theirs.get(index, []) if start <= probe < end]
        judged.append(Judged(decade, gold["split"], kind, kinds[0] if kinds else NOTHING))
    return judged


def accuracy(judged: list[Judged]) -> tuple[int, int]:
    """(right, all) segments."""
    return sum(1 for j in judged if j.right), len(judged)


def _cell(judged: list[Judged]) -> str:
    right, total = accuracy(judged)
    return f"{100 * right / total:6.1f} % ({right}/{total})" if total else "      –"


def table(judged: list[Judged], confusion: bool = True) -> str:
    """Accuracy per decade (dev and held-out apart), overall, and the confusion between kinds."""
    rows = [f"{'decade':<8} {'dev':<22} {'held-out':<22} {'all':<22}"]
    for decade in [*sorted({j.decade for j in judged}), "overall"]:
        chosen = [j for j in judged if decade in ("overall", j.decade)]
        cells = [_cell([j for j in chosen if j.split == split]) for split in SPLITS] + [_cell(chosen)]
        rows.append(f"{decade:<8} " + " ".join(f"{cell:<22}" for cell in cells))
    if confusion:
        rows.append("")
        rows.extend(confusion_rows(Counter((j.gold, j.predicted) for j in judged if not j.right), "segments"))
    return "\n".join(rows)


#: The one kind a title's decks (:data:`.model.DECK_KINDS`) are read as by :func:`decks_alike`.
TITLE = "title"


def decks_alike(judged: list[Judged]) -> list[Judged]:
    """``judged`` with a title's decks read as one kind (:data:`.model.DECK_KINDS` as :data:`TITLE`, in the gold and
    the prediction): a deck in the wrong role counts as right, a deck read as a paragraph still as wrong. What the
    figures owe to which deck of a title is the main one, a call readers make by the decks' meaning."""

    def alike(kind: str) -> str:
        return TITLE if kind in DECK_KINDS else kind

    return [replace(j, gold=alike(j.gold), predicted=alike(j.predicted)) for j in judged]


def decks_alike_rows(judged: list[Judged]) -> list[str]:
    """The lines :func:`main` prints after the figures: :func:`table` of :func:`decks_alike`, with no confusion."""
    heading = "with a title's decks read as one kind (kicker, headline, subtitle; what the figures owe to their roles):"
    return ["", heading, table(decks_alike(judged), confusion=False)]


def interval_rows(articles: list[list[Judged]]) -> list[str]:
    """The 95 % interval of each figure of :func:`table` but the column of both splits, resampling the
    articles (each given as its judged segments) within each decade and split."""
    rows = [
        "95 % intervals (the articles resampled: encoder/intervals.py):",
        f"{'decade':<8} {'dev':<22} {'held-out':<22}",
    ]
    decades = sorted({judged[0].decade for judged in articles if judged})
    for decade in [*decades, "overall"]:
        cells = []
        for split in SPLITS:
            chosen = [
                accuracy(judged)
                for judged in articles
                if judged and judged[0].split == split and decade in ("overall", judged[0].decade)
            ]
            low, high = interval(chosen)
            cells.append(f"{100 * low:5.1f} – {100 * high:5.1f} %" if chosen else "      –")
        rows.append(f"{decade:<8} " + " ".join(f"{cell:<22}" for cell in cells))
    return rows


def confusion_rows(confusion: Counter[tuple[str, str]], unit: str) -> list[str]:
    """The lines of a confusion table: each (gold, predicted) pair off the diagonal and its count
    of ``unit``, largest first."""
    rows = [f"confusion (gold → predicted, {unit}; off the diagonal, largest first):"]
    for (gold, predicted), count in sorted(confusion.items(), key=lambda item: (-item[1], item[0])):
        rows.append(f"  {gold:<12} → {predicted:<12} {count:4d}")
    return rows


def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m encoder.evaluate blocks", description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="*", type=Path, help=f"gold files (default: {GOLD.relative_to(ROOT)}/*.json)")
    parser.add_argument("--sources", type=Path, default=SOURCES, help="the folder of the source JSON files")
    parser.add_argument(
        "--split", choices=SPLITS, help="score only the gold files of this split (a round's work scored on dev alone)"
    )
    parser.add_argument(
        "--reader",
        type=Path,
        help="a folder of a second reader's labels of the same articles: score them, not the converter",
    )
    args = parser.parse_args(argv)
    golds = [_read(path) for path in args.gold or sorted(GOLD.glob("*.json"))]
    chosen = [gold for gold in golds if args.split in (None, gold["split"])]
    if args.reader:
        chosen = [gold for gold in chosen if (args.reader / gold["file"]).is_file()]
        judged = [j for gold in chosen for j in judge_reader(gold, _read(args.reader / gold["file"]))]
        print(f"a second reader against the block gold: {len(chosen)} articles, {len(judged)} segments")
        print(table(judged))
        print("\n".join(decks_alike_rows(judged)))
        return 0
    articles = [judge(gold, args.sources / gold["file"]) for gold in chosen]
    judged = [j for article in articles for j in article]
    print(f"block accuracy against the block gold: {len(chosen)} articles, {len(judged)} segments")
    print(table(judged))
    print()
    print("\n".join(interval_rows(articles)))
    print("\n".join(decks_alike_rows(judged)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
