"""A short numbered line closed by a colon or a question mark, next to the item numbered one before or after it, is
an item of the list (``encoder/ingest/lists.py`` ``_announcing_items``): it announces its sub-points or what
follows, or asks."""

from __future__ import annotations

from pathlib import Path

from encoder.model import BlockKind

from .test_lists import _article
from .test_zh_tails import article


def _kind(name: str, text: str) -> BlockKind:
    (kind,) = [block.kind for block in _article(name).texts[0].blocks if block.text.strip() == text]
    return kind


def test_the_fifth_item_announcing_its_sub_points_is_an_item() -> None:
    """1949-11-02: ``４、出版：…。`` / ``５、群众性宣传：`` / ``Ａ、各群众性的组织…`` / ``Ｂ、…``."""
    name = "1949-11-02_中央防委会发布指示_开展防治鼠疫宣传_内蒙防疫队赴病疫发源区检查.json"
    assert _kind(name, "５、群众性宣传：") is BlockKind.LIST_ITEM


def test_the_fourth_point_announcing_what_follows_is_an_item() -> None:
    """1948-11-03: ``第三、必须接受过去的经验教训：…`` / ``第四、根据目前了解情况，提出以下工作意见：`` / its
    paragraphs."""
    assert (
        _kind("1948-11-03_利用冬闲兴建水利.json", "第四、根据目前了解情况，提出以下工作意见：") is BlockKind.LIST_ITEM
    )


def test_the_first_stem_over_its_sub_points_before_the_next_stem_is_an_item() -> None:
    """1949-03-03 (no gold: an unlabelled article of the fixtures), a reader's proposals: ``甲、开展宣教工作：`` /
    ``一、各地剧团、宣传队都要恢复起来，…`` / ``二、…`` / ``乙、严查制造赌具者，…`` / ``丙、…``."""
    assert _kind("1949-03-03_批评与建议.json", "甲、开展宣教工作：") is BlockKind.LIST_ITEM


def test_a_readers_last_numbered_question_is_an_item() -> None:
    """1948-09-03, a reader's questions: ``一、凡剥削超过四分之一就是富农，…究竟那个对？`` (79 characters) /
    ``二、…到底那叫一份那叫三份？`` (46) / ``三、还有土地超过农民一倍以上到两倍以上的，有多少剥削算个富农？`` (31, short
    as a heading)."""
    text = "三、还有土地超过农民一倍以上到两倍以上的，有多少剥削算个富农？"
    assert _kind("1948-09-03_怎样扣除农民生产成本？.json", text) is BlockKind.LIST_ITEM


_BODY = (
    "各地防疫委员会宣传部门与防治部门应密切结合，在进行防治工作的同时，广泛开展宣传工作，使群众了解鼠疫的危害，"
    "自觉地参加防疫工作。"
)


def test_numbered_headings_closed_by_colons_over_their_paragraphs_are_no_items(tmp_path: Path) -> None:
    """Near miss: ``一、宣传重点：`` / a paragraph / ``二、宣传内容：`` / a paragraph: no item stands next to
    either, so neither is one."""
    found = article(tmp_path, "开展防治鼠疫宣传", ["一、宣传重点：", _BODY, "二、宣传内容：", _BODY])
    kinds = {block.text.strip(): block.kind for block in found}
    assert kinds["一、宣传重点："] is not BlockKind.LIST_ITEM
    assert kinds["二、宣传内容："] is not BlockKind.LIST_ITEM


def test_a_colon_line_numbered_out_of_the_lists_sequence_is_no_item(tmp_path: Path) -> None:
    """Near miss: after the items ``一、…；`` and ``二、…。``, a line numbered ``四、…：`` (no item three before it,
    none five after it) stays what it was."""
    items = ["一、鼠疫的特征及其危险性；", "二、防疫的知识和办法。"]
    found = article(tmp_path, "开展防治鼠疫宣传", [_BODY, *items, "四、宣传方式：", _BODY])
    kinds = {block.text.strip(): block.kind for block in found}
    assert kinds["二、防疫的知识和办法。"] is BlockKind.LIST_ITEM
    assert kinds["四、宣传方式："] is BlockKind.PARAGRAPH


def test_numbered_questions_heading_their_paragraphs_are_no_items(tmp_path: Path) -> None:
    """Near miss (1988-06-03's shape): ``一、高宗云为何告状不止？`` / a paragraph / ``二、村干部为何收回土地？`` / a
    paragraph: the questions head sections, no item stands next to either."""
    found = article(tmp_path, "新闻发布会", ["一、高宗云为何告状不止？", _BODY, "二、村干部为何收回土地？", _BODY])
    kinds = {block.text.strip(): block.kind for block in found}
    assert kinds["一、高宗云为何告状不止？"] is not BlockKind.LIST_ITEM
    assert kinds["二、村干部为何收回土地？"] is not BlockKind.LIST_ITEM
