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


#: An explanation long enough by itself (75 characters), so that only the shape tested decides.
_LONG = (
    "一段时间以来，这个问题比较突出，群众意见很大，他们注意加大工作力度，采取了许多措施，"
    "取得了很好的效果，群众很满意，外商也很满意，纷纷表示要继续扩大投资。"
)

_DEMANDS = [
    "第一，增加工资。",
    "因为物价飞涨，工人们的实际工资已经下降了一半以上，生活十分困难，很多人家里已经断炊了，大家都很着急，"
    "纷纷要求厂方立即增加工资。",
    "第二，改善待遇。",
    "工人们每天工作十二小时以上，没有休息日，厂方又不给任何劳保福利，工人们病了也得不到治疗，实在不能再忍受了，"
    "要求厂方改善待遇。",
    "第三，不许随意开除工人。",
    "资方最近无故开除了工人三十多名，工人们对此非常愤怒，一致要求资方立即恢复被开除工人的工作，否则全厂的工人"
    "就要一齐举行罢工。",
]


@pytest.mark.parametrize("cut", [0, 10])  # (the explanations' length does not matter: 57 characters or 67)
def test_numbered_demands_announced_by_a_colon_are_list_items(tmp_path: Path, cut: int) -> None:
    parts = [text[cut:] if not text.startswith("第") else text for text in _DEMANDS]
    found = article(tmp_path, "工人们的要求", ["该厂工人昨天向资方提出以下要求：", *parts])
    assert BlockKind.INTERTITLE not in {block.kind for block in found}
    assert kind_of(found, "第一，增加工资。") is BlockKind.LIST_ITEM


def test_points_under_a_colon_each_heading_paragraphs_of_several_sentences_are_headings(tmp_path: Path) -> None:
    explained = f"{_LONG}他们的经验值得推广。"
    parts = ["在这项工作中，我们体会最深的是：", "一、整顿社会治安秩序。", explained, "二、提高办事效率。", explained]
    found = article(tmp_path, "维护权益", ["广东做了很多工作，取得了很好的效果。", *parts])
    assert kind_of(found, "二、提高办事效率。") is BlockKind.INTERTITLE


def test_a_speakers_points_in_a_meeting_record_are_no_headings(tmp_path: Path) -> None:
    # (王同志's 第一，… 第二，… are in his speech: as headings they would put 李同志's words under his point)
    parts = [
        "市委昨天召开工业座谈会，到会的有各厂负责同志二十余人，大家在会上提出了许多很好的意见。",
        "王同志：我讲两点。",
        "第一，要依靠群众。",
        _LONG,
        "第二，要抓好质量。",
        _LONG,
        "李同志：我同意王同志的意见。",
    ]
    found = article(tmp_path, "座谈会纪要", parts)
    assert BlockKind.INTERTITLE not in {block.kind for block in found}


def test_numbered_points_restarting_in_a_second_section_are_still_headings(tmp_path: Path) -> None:
    parts = [
        "广东是投资最多的省份，他们做了很多工作，取得了很好的效果。",
        "一、整顿社会治安秩序。",
        _LONG,
        "二、提高办事效率。",
        _LONG,
        "这个省的另一个经验是发动群众，他们的做法是：",
        "一、依靠群众。",
        _LONG,
        "二、相信群众。",
        _LONG,
    ]
    found = article(tmp_path, "维护权益", parts)
    assert {kind_of(found, line) for line in ("二、提高办事效率。", "二、相信群众。")} == {BlockKind.INTERTITLE}


def test_a_point_run_into_its_explanation_loses_no_text(tmp_path: Path) -> None:
    parts = [
        "广东做了很多工作。",
        "一、整顿社会治安秩序。",
        _LONG,
        f"二、提高办事效率。{_LONG}",
        "三、解决纠纷。",
        _LONG,
    ]
    found = article(tmp_path, "维护权益", parts)
    assert kind_of(found, "二、提高办事效率。") is BlockKind.INTERTITLE
    assert "".join(block.text for block in found if block.kind is not BlockKind.HEADLINE) == "".join(parts)
