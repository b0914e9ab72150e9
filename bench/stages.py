"""Benchmark: time per pipeline stage and per enrich pass over the seed, the sample corpus and
the aligned fixtures.

    python bench/stages.py [ROUNDS] [--ner]

Prints milliseconds per article for each stage (each enrich pass by its name) and its share of
the whole conversion (validation included), so that a stage's cost is read as a ratio within
one run. Names come from the authority file only unless ``--ner`` is given.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

from lxml import etree

from encoder.check import fidelity
from encoder.check.validate import Validation
from encoder.diagnostics import Reporter
from encoder.enrich import AUTHORITY_ONLY, PASSES, Pass
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.tei.writer import write

ROOT = Path(__file__).resolve().parent.parent


def main(rounds: int = 20, passes: tuple[Pass, ...] = AUTHORITY_ONLY) -> None:
    bilingual = [
        ROOT / "source" / "000_770e009bb3385bcc.txt",
        *sorted((ROOT / "tests" / "fixtures" / "aligned").glob("*.txt")),
    ]
    run("all sample articles", [*bilingual, *sorted((ROOT / "source" / "rmrb").glob("*.md"))], rounds, passes)
    run("bilingual articles only", bilingual, rounds, passes)


def run(label: str, files: list[Path], rounds: int, passes: tuple[Pass, ...]) -> None:
    validation = Validation("project", engine="lxml")
    spent: dict[str, float] = defaultdict(float)
    articles = 0
    for _ in range(rounds):
        for path in files:
            reporter = Reporter(str(path))
            clock = time.perf_counter()

            def lap(stage: str) -> None:
                nonlocal clock
                now = time.perf_counter()
                spent[stage] += now - clock
                clock = now

            source = read_source(path, reporter=reporter)
            lap("read")
            article = parse(source, reporter)
            lap("parse")
            for step in passes:
                step.run(article, reporter)
                lap(step.name)
            data = write(article, "0.0.0")
            lap("write")
            tree = etree.ElementTree(etree.fromstring(data))
            lap("reparse")
            fidelity.check(source, article, tree, reporter)
            lap("fidelity")
            validation.tree(tree, data, str(path))
            lap("validate")
            articles += 1
    total = sum(spent.values())
    print(f"{label}: {articles} articles ({len(files)} files x {rounds}); {total / articles * 1000:.2f} ms per article")
    for stage, seconds in spent.items():
        print(f"  {stage:<14} {seconds / articles * 1000:7.3f} ms  {seconds / total * 100:5.1f} %")


if __name__ == "__main__":
    numbers = [arg for arg in sys.argv[1:] if arg.isdigit()]
    main(int(numbers[0]) if numbers else 20, PASSES if "--ner" in sys.argv[1:] else AUTHORITY_ONLY)
