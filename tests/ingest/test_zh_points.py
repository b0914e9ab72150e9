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


def test_the_last_point_may_have_a_short_explanation_where_the_others_head_long_ones() -> None:
    """1984-01-01: 一、… to 六、… each over a long paragraph under 主要成就和特点是：, and 七、经济技术协作有新发展。
    over one sentence of 49 characters: seven headings."""
    found = blocks("1984-01-01_国家经委")
    for point in (
        "一、工业生产稳步上升，增长幅度大，产品适销对路。",
        "四、经济效益逐步提高。",
        "七、经济技术协作有新发展。",
    ):
        assert kind_of(found, point) is BlockKind.INTERTITLE, point
    assert kind_of(
        found,
        "最后，国家经委的负责同志还特别指出，总的形势非常喜人，但也存在一些问题和不利因素，应在新的一年里认真加以解决。",
    ) is (BlockKind.PARAGRAPH)


#: An explanation of several sentences, long (over 60 characters).
_SEVERAL = f"{_LONG}他们的经验值得推广。"
#: A short explanation: one sentence of 36 characters.
_SHORT = "在原来的基础上，又发展了对口支援、劳务输出、智力开发和人才交流等协作形式。"
#: Points of one sentence too long (over 30 characters) for the numbered headings of zh_rules to take them.
_P1, _P2, _P3 = (
    "一、工业生产稳步上升，增长幅度大，产品适销对路，市场供应比往年充足得多。",
    "二、均衡生产比往年做得好，特别是煤、电、油、运的均衡生产做得更好一些。",
    "三、经济技术协作有新发展，对口支援和人才交流等协作形式也都有了新发展。",
)
#: The line announcing the points (long: no addressee line).
_INTRO = "经委负责人指出，一年来工交生产取得了很大成绩，形势是近几年来最好的，主要成就和特点是："


def test_a_short_explanation_under_the_last_of_three_points_is_enough(tmp_path: Path) -> None:
    parts = [_P1, _SEVERAL, _P2, _SEVERAL, _P3, _SHORT]
    found = article(tmp_path, "工交生产", [_INTRO, *parts])
    assert {kind_of(found, point) for point in (_P1, _P2, _P3)} == {BlockKind.INTERTITLE}
    assert kind_of(found, _SHORT) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "parts",
    [
        # (two points only: a short explanation under the second is not enough)
        [_P1, _SEVERAL, _P2, _SHORT],
        # (the line under the last point sums the points up or closes the text)
        [_P1, _SEVERAL, _P2, _SEVERAL, _P3, f"总之，{_SHORT}"],
        [_P1, _SEVERAL, _P2, _SEVERAL, _P3, f"最后，{_SHORT}"],
        # (too short: a line of 12 characters, or one with no sentence's end: a signer, a date)
        [_P1, _SEVERAL, _P2, _SEVERAL, _P3, "这是第三条经验，很重要。"],
        [_P1, _SEVERAL, _P2, _SEVERAL, _P3, _SHORT.rstrip("。")],
        # (an earlier point with a short explanation too: the points are a list's items)
        [_P1, _SHORT, _P2, _SEVERAL, _P3, _SHORT],
        # (an earlier point run into its explanation)
        [f"{_P1}{_SEVERAL}", _P2, _SEVERAL, _P3, _SHORT],
        # (the last point followed by the next item, not explained at all)
        [_P1, _SEVERAL, _P2, _SEVERAL, _P3, "四、产品质量、花色品种有新的进步，名牌优质产品增多，群众普遍比较满意。"],
    ],
)
def test_a_short_last_explanation_makes_no_headings_unguarded(tmp_path: Path, parts: list[str]) -> None:
    found = article(tmp_path, "工交生产", [_INTRO, *parts])
    assert BlockKind.INTERTITLE not in {block.kind for block in found}, parts
