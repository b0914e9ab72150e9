"""A news report's summary deck under its title (encoder/ingest/zh_summaries.py), on real articles of
``tests/fixtures/rmrb-json-dev/``, real lines of them rearranged, and near-misses."""

from __future__ import annotations

from pathlib import Path

from encoder.model import BlockKind

from .test_zh_lines import blocks
from .test_zh_tails import article


def _kinds(found: list, opening: str) -> list[BlockKind]:
    return [block.kind for block in found if block.text.strip().startswith(opening)]


def test_the_summary_above_the_reports_lead_is_a_subtitle() -> None:
    """1962-12-06 (会议指出：…, three sentences, under the kicker and the headline, above 新华社5日讯);
    1967-09-05 (阮明芳代表…政治纲领。 above 新华社四日讯); 1950-03-03 (two sentences above
    【新华社北京二日电】); the lead's paragraph stays a paragraph."""
    found = blocks("1962-12-06")
    assert _kinds(found, "会议指出：农村人民公社已经走上了健康发展的道路") == [BlockKind.SUBTITLE]
    assert _kinds(found, "新华社5日讯") == [BlockKind.PARAGRAPH]
    assert _kinds(blocks("1967-09-05"), "阮明芳代表南越民族解放阵线中央") == [BlockKind.SUBTITLE]
    assert _kinds(blocks("1950-03-03"), "两个世界两个经济制度的鲜明对比") == [BlockKind.SUBTITLE]


_SUMMARY = "阮明芳代表南越民族解放阵线中央向毛主席林副主席表示深切感谢中国人民支援，并递交解放阵线政治纲领。"
_LEAD = "新华社四日讯　国务院总理周恩来，今天下午接见了越南南方民族解放阵线常驻中国代表团代理团长阮明芳。"
_BODY = "周总理说，中国人民坚决支持越南人民的抗美救国斗争。"


def test_a_summary_needs_the_lead_right_under_it(tmp_path: Path) -> None:
    found = article(tmp_path, "赞佩南越人民团结抗美的坚强决心", [_SUMMARY, _LEAD, _BODY])
    assert _kinds(found, "阮明芳代表") == [BlockKind.SUBTITLE]
    found = article(tmp_path, "赞佩南越人民团结抗美的坚强决心", [_SUMMARY, _BODY, _LEAD])
    assert _kinds(found, "阮明芳代表") == [BlockKind.PARAGRAPH]  # (no lead under it: the body's first paragraph)


def test_no_summary_of_a_quotation_an_announcement_or_a_long_paragraph(tmp_path: Path) -> None:
    """Near-misses above a lead: a quotation (an epigraph: “…”), a line announcing what follows
    (…如下：), a paragraph longer than a deck (the body's first), a line opening with a lead itself."""
    quotation = "“全世界人民团结起来，打败美国侵略者及其一切走狗！”"
    announcing = "周恩来总理的贺电全文如下："
    long = _BODY * 9
    for line in (quotation, announcing, long, _LEAD):
        found = article(tmp_path, "赞佩南越人民团结抗美的坚强决心", [line, _LEAD, _BODY])
        assert BlockKind.SUBTITLE not in {b.kind for b in found}, line
