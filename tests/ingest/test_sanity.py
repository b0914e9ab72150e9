"""P011 (a division in the other language) and P012 (two articles in one file), and the
impossible header dates the parser refuses (P002)."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.diagnostics import EncodeError, Reporter
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source

from .conftest import FIXTURES, RMRB, SEED, SOURCE

SAMPLE = (RMRB / "1946-05-19_简讯.md").read_text(encoding="utf-8")


def parsed(path: Path) -> Reporter:
    reporter = Reporter(str(path))
    try:
        parse(read_source(str(path), reporter=reporter), reporter)
    except EncodeError:
        pass
    return reporter


def codes(reporter: Reporter) -> list[str]:
    return [str(d) for d in reporter.diagnostics if d.code in ("P011", "P012")]


def test_english_after_original_is_a_warning_at_its_first_block(tmp_path) -> None:
    seed = SEED.read_text(encoding="utf-8")
    lines = seed.splitlines()
    first = next(n for n, line in enumerate(lines) if line.startswith("    ") and n > lines.index("Original: "))
    for n in range(first, first + 3):
        lines[n] = "    The people of the whole country rejoiced at the news of the victory today."
    path = tmp_path / "mixed.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (warning,) = codes(parsed(path))
    assert warning.startswith(f"{path}:{first + 1}:5: warning P011: 3 of the ")
    assert 'blocks of the Chinese text are mostly Latin letters, yet tagged xml:lang="zh-Hans"' in warning


def test_chinese_in_an_english_only_article_is_a_warning(tmp_path) -> None:
    text = (FIXTURES / "english_only.txt").read_text(encoding="utf-8")
    body = next(line for line in text.splitlines() if len(line) > 60)
    path = tmp_path / "en.txt"
    path.write_text(text.replace(body, "    " + SAMPLE.splitlines()[-1].strip(), 1), encoding="utf-8")
    (warning,) = codes(parsed(path))
    assert "warning P011: 1 of the " in warning and "English text are mostly Han characters" in warning


def test_two_articles_in_one_file_stop_at_the_second_header(tmp_path) -> None:
    path = tmp_path / "two.md"
    path.write_text(SAMPLE + "\n" + SAMPLE, encoding="utf-8")
    second = len(SAMPLE.splitlines()) + 2
    assert codes(parsed(path)) == [
        f"{path}:{second}:1: error P012: a second article starts here (a second '###' header): "
        "one article per file; split the file"
    ]
    seed = SEED.read_text(encoding="utf-8")
    path.write_text(seed + "\n" + seed, encoding="utf-8")
    (error,) = codes(parsed(path))
    assert "error P012" in error and "'Title:'" in error  # the second English header comes first


def test_a_headline_with_hashes_in_the_body_is_no_second_article(tmp_path) -> None:
    path = tmp_path / "hashes.md"
    path.write_text(SAMPLE + "\n### 不是标题\n\n    正文继续。\n", encoding="utf-8")  # no date line follows
    assert codes(parsed(path)) == []


def test_no_false_alarm_on_the_sources_and_fixtures() -> None:
    files = [p for p in [*SOURCE.rglob("*"), *FIXTURES.rglob("*")] if p.suffix in (".txt", ".md", ".json")]
    assert len(files) > 250
    assert [line for path in files if path.is_file() for line in codes(parsed(path))] == []


@pytest.mark.parametrize(("date", "why"), [("1946-13-45", "month must be in 1..12"), ("1958-02-30", "day is out")])
def test_an_impossible_header_date_is_p002_at_its_place(tmp_path, date, why) -> None:
    path = tmp_path / "x.md"
    path.write_text(SAMPLE.replace("1946-05-19", date), encoding="utf-8")
    (error,) = [str(d) for d in parsed(path).diagnostics]
    assert error.startswith(f"{path}:3:1: error P002: the date {date} is not a date of the calendar ({why}")
    seed = tmp_path / "seed.txt"
    seed.write_text(SEED.read_text(encoding="utf-8").replace("Date: 1958-09-21", f"Date: {date}"), encoding="utf-8")
    (error,) = [str(d) for d in parsed(seed).diagnostics]
    assert f"error P002: the date {date} is not a date of the calendar" in error
