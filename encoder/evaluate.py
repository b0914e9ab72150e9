"""Evaluation of the name and date taggers against hand-made gold mentions.

    python -m encoder.evaluate [--no-ner] [GOLD.json ...]
    python -m encoder.evaluate blocks [GOLD.json ...]   (the block kinds: see evaluate_blocks)
    python -m encoder.evaluate decks [DECKS.json]        (a title's decks: see evaluate_decks)

Prints strict precision, recall and F1 (same start, end and type) per language and type.
Gold files give 0-based code-point offsets into a section of the source text (see their
``sections``); only mentions in the article body are compared (the header lines become the
teiHeader, which the taggers do not tag).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Reporter
from .enrich import AUTHORITY_ONLY, PASSES, Pass, enrich
from .enrich.spans import located
from .ingest.parser import parse
from .ingest.reader import read_source
from .model import Article, PhraseKind

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "gold"
TYPES = ("person", "place", "org", "date")


@dataclass(frozen=True, slots=True)
class Mention:
    file: str
    lang: str
    type: str
    start: int
    end: int
    surface: str = field(compare=False, default="")


def source_of(gold: dict, path: Path) -> Path:
    if "seed" in gold:
        return ROOT / "source" / gold["seed"]
    return ROOT / "source" / "rmrb" / gold["file"]


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for index, char in enumerate(text):
        if char == "\n":
            starts.append(index + 1)
    return starts


def predicted(article: Article, text: str, sections: dict[str, int], name: str = "") -> set[Mention]:
    """The article's name and date phrases as mentions with offsets into the language sections."""
    lines = text.split("\n")
    starts = _line_starts(text)
    found: set[Mention] = set()
    for version in article.texts:
        lang = version.short
        for block in version.blocks:
            for number, line in enumerate(block.lines):
                source_line = block.span.line + number
                content = "".join(i if isinstance(i, str) else i.text for i in line)
                column = lines[source_line - 1].find(content, block.span.column - 1 if number == 0 else 0)
                if column < 0:
                    continue
                base = starts[source_line - 1] + column - sections[lang]
                for offset, phrase in located(line):
                    if phrase.kind in (PhraseKind.LEAD, PhraseKind.CREDIT):
                        continue
                    found.add(
                        Mention(
                            name, lang, phrase.kind.value, base + offset, base + offset + len(phrase.text), phrase.text
                        )
                    )
    return found


def evaluate(
    gold_path: Path, statistical: bool = True, passes: Sequence[Pass] | None = None
) -> tuple[set[Mention], set[Mention]]:
    """Gold and predicted mentions of the body of one gold file's article (``passes``: the
    enrich passes, by default all of them or those of the authority file only)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    source_path = source_of(gold, gold_path)
    reporter = Reporter(str(source_path))
    source = read_source(source_path, reporter=reporter)
    article = parse(source, reporter)
    enrich(article, reporter, passes or (PASSES if statistical else AUTHORITY_ONLY))
    text = "\n".join(source.lines) + "\n"
    sections = {"en": 0, "zh": 0}
    if "Original:" in text and "seed" in gold:
        marker = text.index("\nOriginal:")
        sections["zh"] = text.index("\n", marker + 1) + 1
    starts = _line_starts(text)
    bodies = {
        v.short: (
            starts[v.source_lines.start - 1] - sections[v.short],
            starts[v.source_lines.stop - 1] - sections[v.short] if v.source_lines.stop - 1 < len(starts) else len(text),
        )
        for v in article.texts
    }
    expected = {
        Mention(gold_path.name, m["lang"], m["type"], m["start"], m["end"], m["surface"])
        for m in gold["mentions"]
        if m["lang"] in bodies and bodies[m["lang"]][0] <= m["start"] < bodies[m["lang"]][1]
    }
    return expected, predicted(article, text, sections, gold_path.name)


def scores(expected: set[Mention], found: set[Mention]) -> dict[tuple[str, str], tuple[int, int, int]]:
    """(true positives, false positives, false negatives) per (language, type), and per language for names."""
    counts: dict[tuple[str, str], Counter] = {}
    for mention in found:
        counts.setdefault((mention.lang, mention.type), Counter())["tp" if mention in expected else "fp"] += 1
    for mention in expected - found:
        counts.setdefault((mention.lang, mention.type), Counter())["fn"] += 1
    result = {key: (c["tp"], c["fp"], c["fn"]) for key, c in counts.items()}
    for lang in {lang for lang, _ in result}:
        names = [result.get((lang, t), (0, 0, 0)) for t in ("person", "place", "org")]
        tp, fp, fn = (sum(column) for column in zip(*names, strict=True))
        result[(lang, "names")] = (tp, fp, fn)
    return result


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def table(results: dict[tuple[str, str], tuple[int, int, int]]) -> str:
    rows = ["lang  type     tp   fp   fn   precision recall  F1"]
    for (lang, kind), (tp, fp, fn) in sorted(results.items()):
        p, r, f = f1(tp, fp, fn)
        rows.append(f"{lang:<5} {kind:<7} {tp:4d} {fp:4d} {fn:4d}   {p:8.3f} {r:6.3f} {f:6.3f}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["blocks"]:
        from .evaluate_blocks import main as blocks

        return blocks(argv[1:])
    if argv[:1] == ["decks"]:
        from .evaluate_decks import main as decks

        return decks(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m encoder.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="*", type=Path, help="gold files (default: tests/fixtures/gold/*.json)")
    parser.add_argument("--no-ner", action="store_true", help="the authority file alone, no statistical tagger")
    args = parser.parse_args(argv)
    files = args.gold or sorted(GOLD.glob("*.json"))
    groups: dict[str, tuple[set[Mention], set[Mention]]] = {}
    for path in files:
        expected, found = evaluate(path, statistical=not args.no_ner)
        group = "seed" if path.name.startswith("seed") else "held-out"
        groups.setdefault(group, (set(), set()))
        groups[group][0].update(expected)
        groups[group][1].update(found)
    for group, (expected, found) in groups.items():
        print(f"== {group} ({'authority file only' if args.no_ner else 'all taggers'})")
        print(table(scores(expected, found)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
