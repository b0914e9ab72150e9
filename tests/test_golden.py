"""Golden files: whole-pipeline output compared byte for byte, and each golden valid TEI.

Rewrite them with ``pytest --update-goldens`` and read the diff before committing.
"""

from __future__ import annotations

import difflib

import pytest
from lxml import etree

from encoder import config
from encoder.run.pipeline import encode

from .conftest import FIXTURES, GOLDEN, GOLDEN_VERSION, RMRB, ROOT, SEED

#: The repository's own configuration (publisher, licence, sources, conversion date), as for tei/.
PROJECT = config.load(ROOT / "encoder.toml")

CASES = {
    "seed": SEED,  # bilingual letter: 8 two-line intertitles, opener, closer, credit, editorial note
    "english-only": FIXTURES / "english_only.txt",
    "telegrams": RMRB / "1946-05-16_致本报贺电一束.md",  # two signed telegrams
    "intertitles": RMRB / "1946-05-25_国际述评.md",  # 12-space intertitles
    "price-table": RMRB / "1946-05-21_本市物价表（五月廿日）.md",  # table flattened onto one line
    "captions": RMRB / "1946-05-20_沿河人民代表电国民政府_政府既有堵口放水自由人民自有拚死自卫办法.md",
    "crlf-header-signed": RMRB / "1946-05-15_人民日报发刊志祝.md",  # CRLF header, two right-aligned lines
    "epigraph-notes": RMRB / "1946-05-15_劳动的妇女们.md",
    "congratulations": RMRB / "1946-05-15_新闻界的祝贺.md",  # sections holding signed messages
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(name: str, update_goldens: bool, tei_all: etree.RelaxNG) -> None:
    result = encode(CASES[name], version=GOLDEN_VERSION, project=PROJECT)
    assert result.tei is not None, [str(d) for d in result.diagnostics]
    golden = GOLDEN / f"{name}.xml"
    if update_goldens:
        golden.write_bytes(result.tei)
    expected = golden.read_bytes()
    if result.tei != expected:
        diff = difflib.unified_diff(
            expected.decode().splitlines(),
            result.tei.decode().splitlines(),
            f"golden/{name}.xml",
            "output",
            lineterm="",
            n=2,
        )
        pytest.fail(
            "output differs from the golden file (pytest --update-goldens rewrites it):\n" + "\n".join(list(diff)[:80])
        )


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_is_valid_tei_all(name: str, tei_all: etree.RelaxNG) -> None:
    document = etree.parse(str(GOLDEN / f"{name}.xml"))
    assert tei_all.validate(document), [f"{e.line}: {e.message}" for e in tei_all.error_log]
