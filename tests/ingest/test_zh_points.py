"""Numbered points that head the paragraphs explaining them (encoder/ingest/zh_points.py), on real
articles of ``tests/fixtures/rmrb-json-dev/`` and made-up near-misses."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.model import BlockKind

from .test_zh_lines import blocks, kind_of
from .test_zh_tails import article


def test_points_each_over_its_explanation_are_headings() -> None:
    """1966-02-05: 第一，…威力最大。 / 从去年春天开始，… and 第二，…巨大动力。 / 这个地区…: headings."""
    found = blocks("1966-02-05_到底")
    assert kind_of(found, "第一，毛主席的话，在群众中威信最高，威力最大。") is BlockKind.INTERTITLE
    assert kind_of(found, "第二，树立贫农下中农阶级优势，狠抓阶级斗争和两条道路斗争，是改变落后面貌的巨大动力。") is (
        BlockKind.INTERTITLE
    )


def test_a_point_run_into_its_explanation_is_cut_off_where_the_others_stand_alone() -> None:
    """1996-02-02: 一、… / its paragraph, 二、…为台商排忧解难。为确保台资企业… (run together), 三、… / its
    paragraph: three headings, the second cut off its explanation."""
    found = blocks("1996-02-02_切实")
    for point in (
        "一、整顿社会治安秩序，确保台商生命财产安全。",
        "二、强化服务意识，提高办事效率，为台商排忧解难。",
        "三、积极协调解决台资企业中的经济纠纷，保护台商的合法权益。",
    ):
        assert kind_of(found, point) is BlockKind.INTERTITLE, point
    (explanation,) = [block for block in found if block.text.startswith("为确保台资企业")]
    assert explanation.kind is BlockKind.PARAGRAPH


_EXPLAINED = (
    "一段时间以来，这个问题比较突出，群众意见很大，他们注意加大工作力度，采取了许多措施，取得了很好的效果，群众很满意。"
)


@pytest.mark.parametrize(
    "parts",
    [
        ["一、整顿社会治安秩序。", "二、提高办事效率。", _EXPLAINED],  # (items following each other: a list)
        ["一、整顿社会治安秩序。这是第一条。", _EXPLAINED, "二、提高办事效率。", _EXPLAINED],  # (two sentences)
        [f"一、整顿社会治安秩序。{_EXPLAINED}", f"二、提高办事效率。{_EXPLAINED}", "三、解决纠纷。", _EXPLAINED],
        [f"一、{_EXPLAINED}", _EXPLAINED, f"二、{_EXPLAINED}", _EXPLAINED],  # (points too long for headings)
        ["一、整顿社会治安秩序。", _EXPLAINED],  # (one point: no run)
        ["一、整顿社会治安秩序。", _EXPLAINED, "第二，提高办事效率。", _EXPLAINED],  # (numbered two ways)
    ],
)
def test_points_that_do_not_each_head_an_explanation_are_no_headings(tmp_path: Path, parts: list[str]) -> None:
    found = article(tmp_path, "维护权益", ["广东是投资最多的省份，他们做了很多工作，取得了很好的效果。", *parts])
    assert BlockKind.INTERTITLE not in {block.kind for block in found}, parts
