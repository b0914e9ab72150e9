"""Alignment: gold links on the seed and on four translated corpus articles; the report."""

from __future__ import annotations

import functools
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from encoder.check.validate import Validation
from encoder.cli import main
from encoder.diagnostics import Reporter
from encoder.enrich.align import STEPS, Aligner, align, numbers
from encoder.ingest.reader import decode, read_source
from encoder.model import Block, BlockKind, Span
from encoder.patterns import zh_numeral
from encoder.run.pipeline import build_article, encode

from .conftest import SEED

ALIGNED = Path(__file__).resolve().parents[1] / "fixtures" / "aligned"
CASES = {"seed": SEED, **{p.stem: p for p in sorted(ALIGNED.glob("*.txt"))}}


def relative(block) -> str:
    return block.id.split(".", 1)[1]


def alignment(article) -> list[str]:
    rows = [
        (link.zh[0].span.line, " ".join(map(relative, link.zh)) + " -- " + " ".join(map(relative, link.en)))
        for link in article.links
    ]
    rows += [
        (u.block.span.line, f"{relative(u.block)} --" if u.lang == "zh" else f"-- {relative(u.block)}")
        for u in article.unaligned
    ]
    return sorted(row for _, row in rows)


def gold(name: str) -> list[str]:
    lines = (ALIGNED / f"{name}.gold").read_text(encoding="utf-8").splitlines()
    return sorted(line for line in lines if line and not line.startswith("#"))


@pytest.mark.parametrize("name", sorted(CASES))
def test_gold_alignment(name: str) -> None:
    result = encode(CASES[name], validation=Validation("project", engine="lxml"))
    assert result.tei is not None, [str(d) for d in result.diagnostics]
    assert alignment(result.article) == gold(name)


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_block_is_linked_once_or_listed_with_a_reason(name: str) -> None:
    article = encode(CASES[name]).article
    seen = [b.id for link in article.links for b in [*link.zh, *link.en]] + [u.block.id for u in article.unaligned]
    assert sorted(seen) == sorted(b.id for text in article.texts for b in text.blocks)
    assert all(u.reason for u in article.unaligned)


def test_gold_files_cover_every_shape() -> None:
    rows = [row for name in CASES for row in gold(name)]
    shapes = {(len(z.split()), len(e.split())) for z, e in (row.split("--") for row in rows)}
    assert {(1, 1), (1, 2), (2, 1), (1, 0), (0, 1)} <= shapes
    assert "-- en.cr1" in gold("air-intrusion-0-1")  # a credit line in the English only


def test_seed_headline_and_salutation_link_to_both_english_blocks() -> None:
    # The first Chinese line glues the headline and the salutation; the parser splits it at
    # 131:22, so each half links to its English block.
    rows = gold("seed")
    assert "zh.hl1 -- en.hl1" in rows and "zh.sa1 -- en.sa1" in rows
    article = encode(SEED).article
    assert article.links[0].zh[0].span.line == article.links[1].zh[0].span.line == 131


def test_alignment_pass_is_idempotent() -> None:
    reporter = Reporter(str(SEED))
    article = build_article(read_source(SEED), reporter)
    first = alignment(article)
    align(article, reporter)
    assert alignment(article) == first


def test_report_codes(capsys) -> None:
    assert main(["align-report", str(ALIGNED / "air-intrusion-0-1.txt"), str(ALIGNED / "telegrams-2-1.txt")]) == 0
    out = capsys.readouterr().out
    assert (
        "info A001: en block rmrb-1946-05-24-p1-a3a673ae.en.cr1 has no counterpart: the Chinese text has no credit"
        in out
    )
    assert "info A002: 2:1 link rmrb-1946-05-16-p2-e89d8b52.zh.p1 rmrb-1946-05-16-p2-e89d8b52.zh.p2" in out
    # (6 links: the date after 冀南区党委 / Southern Hebei District Party Committee, is its own place-date
    # on both sides since issue 13, round y: zh.pd1 -- en.pd1)
    assert "telegrams-2-1.txt: 6 links (1:1 5, 2:1 1), 0 blocks without counterpart" in out


def test_report_on_a_tei_file(tmp_path, capsys) -> None:
    target = tmp_path / "air.xml"
    assert main(["convert", str(ALIGNED / "air-intrusion-0-1.txt"), "-o", str(target)]) == 0
    assert main(["align-report", str(target)]) == 0
    out = capsys.readouterr().out
    assert "en block rmrb-1946-05-24-p1-a3a673ae.en.tn1 has no counterpart: it is in no translation link" in out
    assert f"{target}: 3 links (1:1 3), 2 blocks without counterpart" in out


def seed_with(old: str, new: str):
    text = SEED.read_text(encoding="utf-8")
    assert old in text
    reporter = Reporter("seed.txt")
    build_article(decode(text.replace(old, new, 1).encode(), "seed.txt"), reporter)
    return [str(d) for d in reporter.diagnostics if d.code in ("A001", "A002", "A003", "A004")]


def test_report_numbers_that_differ() -> None:
    (message,) = seed_with("your letter of September 12.", "your letter of September 14.")
    assert "info A004: numbers differ in rmrb-1958-09-21-p2-a4c02de8.zh.p1" in message
    assert "Chinese only 12; English only 14" in message


def test_report_length_outlier() -> None:
    found = seed_with(
        "After you were elected President of the United States, the national leaders of the "
        "Soviet Union had great hopes for you.",
        "After your election we hoped.",
    )
    assert any("A003: length ratio outlier in rmrb-1958-09-21-p2-a4c02de8.zh.p27" in m for m in found), found


def test_numbers() -> None:
    assert zh_numeral("一九四六") == 1946 and zh_numeral("二十一") == 21 and zh_numeral("廿六") == 26
    assert numbers("1958年9月19日于莫斯科", "zh") == numbers("Moscow, September 19, 1958", "en") == {"1958", "9", "19"}
    assert numbers("五月十五日", "zh") == {"5", "15"}
    assert numbers("一时不能", "zh") == set()


def _cheapest(aligner, n: int, m: int) -> float:
    """The cheapest total cost of any path of steps from (0, 0) to (n, m): the minimum over every
    path, each cell's cost to the end computed once (the recursion the DP unrolls, run backwards)."""

    @functools.cache
    def to_end(i: int, j: int) -> float:
        if (i, j) == (n, m):
            return 0.0
        return min(
            (
                aligner.step_cost(range(i, i + a), range(j, j + b)) + to_end(i + a, j + b)
                for a, b in STEPS
                if i + a <= n and j + b <= m
            ),
            default=math.inf,
        )

    return to_end(0, 0)


_KINDS = [BlockKind.PARAGRAPH] * 4 + [BlockKind.INTERTITLE, BlockKind.SIGNATURE, BlockKind.EDITORIAL]


@given(
    zh=st.lists(
        st.tuples(
            st.sampled_from(_KINDS), st.text(alphabet="中国人民一二三十年月日 0123456789", min_size=1, max_size=40)
        ),
        max_size=9,
    ),
    en=st.lists(
        st.tuples(st.sampled_from(_KINDS), st.text(alphabet="ab cd May 0123456789.,", min_size=1, max_size=90)),
        max_size=9,
    ),
    anchored=st.booleans(),
)
@settings(max_examples=300, deadline=None)
def test_dp_finds_a_cheapest_path(zh, en, anchored) -> None:
    def blocks(items):
        return [Block(kind, [[text]], Span("x", k + 1)) for k, (kind, text) in enumerate(items)]

    aligner = Aligner(blocks(zh), blocks(en))
    if not anchored:
        aligner.anchored = set()
    n, m = len(zh), len(en)
    cheapest = _cheapest(aligner, n, m)
    try:
        found = aligner._dp(0, 0, n, m, n + m + 1)
    except ValueError:
        assert cheapest == math.inf
        return
    i = j = 0
    for zs, es, _ in found:  # the steps follow each other from (0, 0) to (n, m)
        assert (zs.start, es.start) == (i, j)
        i, j = zs.stop, es.stop
    assert (i, j) == (n, m)
    assert all(cost == aligner.step_cost(zs, es) for zs, es, cost in found)
    assert math.isclose(sum(cost for _, _, cost in found), cheapest, abs_tol=1e-9)


def test_a_date_split_off_on_one_side_only_is_reconciled_with_a_warning(tmp_path: Path) -> None:
    """The real bilingual telegrams, the English signer's date joined by a dash (no comma: the English
    rule leaves the line whole) while the Chinese cuts 五月九日 off 冀南区党委: the letters still mirror
    (no V104, V108), the Chinese date is listed without counterpart (A001), the signers linked."""
    source = (ALIGNED / "telegrams-2-1.txt").read_text(encoding="utf-8")
    dashed = source.replace("Committee, May 9", "Committee — May 9")
    assert dashed != source
    path = tmp_path / "telegrams-2-1.txt"
    path.write_text(dashed, encoding="utf-8")
    result = encode(path, validation=Validation("project", engine="lxml"))
    codes = {d.code for d in result.diagnostics}
    assert result.tei is not None and not codes & {"V104", "V108"}
    assert "A001" in codes
    rows = alignment(result.article)
    assert "zh.sg1 -- en.sg1" in rows and "zh.pd1 --" in rows
