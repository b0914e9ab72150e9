"""A short numbered line closed by a colon or a question mark, next to the item numbered one before or after it, is
an item of the list (``encoder/ingest/lists.py`` ``_announcing_items``): it announces its sub-points or what
follows, or asks."""

from __future__ import annotations

from pathlib import Path

from encoder.ingest import lists
from encoder.model import Block, BlockKind, Span

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


def test_a_point_announcing_its_lettered_sub_points_between_long_points_is_an_item(tmp_path: Path) -> None:
    """A 1994 circular's points numbered 1. … 4.: ``2.安全措施：`` over ``Ａ、…；`` ``Ｂ、…。``, then ``3.…`` (an
    item): the second point is an item, its sub-points too."""
    points = [
        "1.各地区、各部门要加强领导，统筹安排，确保春运期间旅客运输安全、有序、畅通，让广大旅客走得了，走得好。",
        "2.安全措施：",
        "Ａ、铁路部门增开临时旅客列车二百多对；",
        "Ｂ、公路部门增加客运班车。",
        "3.铁路、交通、民航部门要挖掘运输潜力，增加运力，合理调度，最大限度地满足旅客的出行需要。",
        "4.要加强票务管理，严厉打击倒票行为，坚决制止乱涨价、乱收费，维护旅客的合法权益。",
    ]
    found = article(tmp_path, "关于做好今年春运工作的通知", ["国务院办公厅日前发出通知。通知提出：", *points])
    kinds = {block.text.strip(): block.kind for block in found}
    assert [kinds[point] for point in points[1:]] == [BlockKind.LIST_ITEM] * 5


def test_heads_numbered_afresh_under_a_list_are_no_items(tmp_path: Path) -> None:
    """Near miss: the items ``一、…`` ``二、…`` of a list, then the text's own sections numbered afresh,
    ``一、纺织方面：`` over a paragraph, ``二、运输方面：`` over another: the first is numbered one below the item
    beside it, the second stands beside no item."""
    items = [
        "一、组织起来，发动群众，把农村中的剩余劳动力都投入到副业生产中去，做到人人有活干，户户有收入。",
        "二、依靠合作社，解决副业生产中的原料和推销问题，合作社要多收购群众的副业产品，防止商人压价。",
    ]
    sections = ["一、纺织方面：", _BODY, "二、运输方面：", _BODY]
    found = article(tmp_path, "关于冬季生产的几点意见", ["今冬的副业生产，我们提出几点意见。", *items, *sections])
    kinds = {block.text.strip(): block.kind for block in found}
    assert [kinds[item] for item in items] == [BlockKind.LIST_ITEM] * 2
    assert [kinds["一、纺织方面："], kinds["二、运输方面："]] == [BlockKind.PARAGRAPH] * 2


def test_a_long_numbered_line_closed_by_a_colon_is_left_to_the_lists_pairs() -> None:
    """Near miss: a numbered paragraph closed by a colon past a heading's length (:func:`_numbered` reads it, the
    lists' pairs decide) is none of ``_announcing_items``, though the item numbered one before it is an item."""
    span = Span("test", 1)
    item = Block(BlockKind.LIST_ITEM, [["一、鼠疫的特征及其危险性；"]], span)
    long = Block(
        BlockKind.PARAGRAPH, [["二、" + "各地防疫委员会宣传部门与防治部门应密切结合开展宣传工作" * 2 + "："]], span
    )
    short = Block(BlockKind.PARAGRAPH, [["二、宣传方式："]], span)
    lists._announcing_items([item, long])
    lists._announcing_items([item, short])
    assert (long.kind, short.kind) == (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
