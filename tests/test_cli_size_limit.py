"""CLI: the size limit per article (``convert --max-article-bytes``): a file over it fails
alone with R007 and exit 1, leaving no output; the others are converted."""

from __future__ import annotations

import collections
import json
import shutil

import pytest

from encoder.arguments import parser
from encoder.cli import main
from encoder.ingest.reader import MAX_ARTICLE_BYTES

from .conftest import RMRB

SMALL = RMRB / "1946-05-19_简讯.md"


def test_a_file_over_the_limit_fails_alone(tmp_path, capsys) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SMALL, inputs / "small.md")
    big = inputs / "big.md"
    big.write_text(SMALL.read_text(encoding="utf-8") + "    这是一段很长的正文。\n" * 3000, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["convert", str(inputs), "-o", str(out), "--no-ner", "--max-article-bytes", "50K"]) == 1
    err = capsys.readouterr().err
    assert "big.md:0:0: error R007: the file is larger than the limit of 50,000 bytes per article" in err
    assert sorted(path.name for path in out.iterdir()) == ["encoder-report.json", "small.xml"]
    report = json.loads((out / "encoder-report.json").read_text(encoding="utf-8"))
    assert report["summary"]["failed"] == 1
    # 0 lifts the limit
    assert main(["convert", str(big), "-o", str(tmp_path / "big.xml"), "--no-ner", "--max-article-bytes", "0"]) == 0
    assert (tmp_path / "big.xml").is_file()


def test_one_file_over_the_limit_writes_nothing(tmp_path, capsys) -> None:
    target = tmp_path / "one.xml"
    assert main(["convert", str(SMALL), "-o", str(target), "--no-ner", "--max-article-bytes", "100"]) == 1
    assert "error R007" in capsys.readouterr().err and not target.exists()


@pytest.mark.parametrize("value", ["-5", "1x", "M", ""])
def test_a_size_that_is_no_size_is_a_usage_error(value, capsys) -> None:
    assert main(["convert", str(SMALL), "--max-article-bytes", value]) == 2
    assert "not a size in bytes" in capsys.readouterr().err


@pytest.mark.parametrize(("value", "size"), [(None, MAX_ARTICLE_BYTES), ("50M", 50_000_000), ("2k", 2000), ("0", 0)])
def test_sizes_are_read_in_bytes_with_their_unit(value, size) -> None:
    runs = collections.defaultdict(lambda: lambda args: 0)
    argv = ["convert", "x.md"] + (["--max-article-bytes", value] if value is not None else [])
    assert parser(runs).parse_args(argv).max_article_bytes == size
    assert MAX_ARTICLE_BYTES == 50_000_000  # the default the README and --help state
