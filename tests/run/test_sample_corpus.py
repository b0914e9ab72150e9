"""An unlabelled random sample of the whole corpus (``tests/fixtures/rmrb-json-sample/``, 162 articles of
1946–2003 nobody wrote a rule on): on the default path every article converts, none degraded, each output
valid against the project schema and ``tei_all``."""

from __future__ import annotations

import json
from pathlib import Path

from lxml import etree

from encoder.check.validate import Validation
from encoder.cli import main

from .conftest import FIXTURES

SAMPLE = sorted((FIXTURES / "rmrb-json-sample").glob("*.json"))


def test_the_sample_spans_the_corpus() -> None:
    years = {int(path.name.split("_")[1]) for path in SAMPLE}
    assert len(SAMPLE) == 162 and {year // 10 * 10 for year in years} == set(range(1940, 2010, 10))


def test_every_article_converts_undegraded_and_valid(tmp_path: Path, tei_all: etree.RelaxNG) -> None:
    out = tmp_path / "out"
    assert main(["convert", "-q", *map(str, SAMPLE), "-o", str(out)]) == 0
    summary = json.loads((out / "encoder-report.json").read_text(encoding="utf-8"))["summary"]
    assert (summary["converted"], summary["failed"], summary["degraded"]) == (len(SAMPLE), 0, 0), summary
    written = sorted(out.rglob("*.xml"))
    assert len(written) == len(SAMPLE)
    project = Validation("project", engine="lxml")
    invalid = [path.name for path in written if project.file(path)]
    assert not invalid
    assert not [path.name for path in written if not tei_all.validate(etree.parse(str(path)))]
