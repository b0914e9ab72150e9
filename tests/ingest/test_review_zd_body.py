"""Review of round zd's body rules: made-up articles in People's Daily shapes for the rules of branch zd-body.

- ``zh_piece_heads.headings_over_decks``: as written it made a heading of a slogan or an inscription over the dash
  line attributing it (``向雷锋同志学习！`` / ``——毛泽东同志为雷锋同志题词``; guard ``zh_piece_heads._ATTRIBUTION``),
  and of a title's second deck over its ``——记…`` deck (two decks under the title; guard
  ``zh_piece_heads._more_pieces``: right under the title only on a page of pieces, where another heading with its
  deck line follows).
- ``zh_piece_heads.first_item_heading``: as written it made the first item's heading of a page's summary deck over
  its opening summary (``春耕生产全面展开`` / ``各地抓紧时机积极播种`` / ``新华社北京十日电　全国各地农民…`` /
  ``河北春播进度快`` / …; guards ``zh_piece_heads._PAGE_WIDE``, ``zh_piece_heads._ALL_OVER``). Its guard of two
  decks under the title is tested here on a title whose two decks are read as subtitles.

Dev unchanged by the guards (15928 of 16551), nothing moved outside the gold.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.model import Block, BlockKind

from .test_zh_lines import kind_of
from .test_zh_tails import article


def _kind_starting(found: list[Block], start: str) -> BlockKind:
    """The kind of the one block whose text starts with ``start``."""
    (kind,) = [block.kind for block in found if block.text.strip().startswith(start)]
    return kind


# --- zh_piece_heads.headings_over_decks --------------------------------------------------------------------------

_REPORTS = "各国报纸纷纷发表文章，纪念中国共产党成立三十周年。"
_STORY = "苏联文学报于六月三十日以《光荣的三十年》为题发表社论，社论说，中国共产党领导中国人民取得了伟大的胜利。"
_STORY2 = "社论说，中国人民在毛泽东同志的领导下，已经成为亚洲被压迫民族争取解放的榜样，全世界进步人类都为之欢欣鼓舞。"


@pytest.mark.parametrize(
    ("over", "deck"),
    [
        ("中共团结着全中国人民与朝鲜人民并肩抗击侵略者", "——朝鲜《劳动新闻》的社论"),
        ("中朝两国人民的战斗友谊万岁！", "——朝鲜《劳动新闻》的社论"),
        ("感谢人民解放军！", "——读者张明治来信"),
    ],
)
def test_the_line_over_a_pieces_source_is_its_headings_first_line(tmp_path: Path, over: str, deck: str) -> None:
    found = article(tmp_path, "各国报纸热烈祝贺", [_REPORTS, over, deck, _STORY])
    (block,) = [block for block in found if block.text.strip().startswith(over)]
    assert block.kind is BlockKind.INTERTITLE and block.lines[1] == [deck]


def test_a_letters_heading_right_under_the_title_on_a_page_of_letters(tmp_path: Path) -> None:
    letter = "编辑同志：我是一个铁路工人，我要向你们报告我们机务段的一件事情，请你们在报上发表。"
    parts = ["感谢人民解放军！", "——读者张明治来信", letter, "保卫我们的幸福", "——东北图们铁路工人来信", letter]
    found = article(tmp_path, "读者来信", parts)
    assert _kind_starting(found, "感谢人民解放军！") is BlockKind.INTERTITLE


@pytest.mark.parametrize(
    ("over", "deck"),
    [
        # an inscription, a slogan over their source (guard)
        ("向雷锋同志学习！", "——毛泽东同志为雷锋同志题词"),
        ("坚决把无产阶级文化大革命进行到底！", "——摘自《人民日报》一九六七年元旦社论"),
        # a quotation over its author and work, a verse over its poem (the rule as written)
        ("全世界无产者联合起来！", "——马克思、恩格斯《共产党宣言》"),
        ("中国人民是不可侮的任何侵略者都将碰得头破血流", "——摘自毛主席在政协会议上的讲话"),
        ("春风杨柳万千条六亿神州尽舜尧红雨随心翻作浪", "——毛主席诗词《七律二首·送瘟神》"),
    ],
)
def test_a_quotation_or_a_slogan_over_its_attribution_is_no_heading(tmp_path: Path, over: str, deck: str) -> None:
    intro = "一九六三年三月五日，本报发表了毛主席的光辉题词。"
    found = article(tmp_path, "各国报纸热烈祝贺", [intro, over, deck, _STORY])
    assert _kind_starting(found, over) is not BlockKind.INTERTITLE


@pytest.mark.parametrize("deck", ["一个共产党员在大庆油田艰苦奋斗的二十个春秋", "向王进喜同志学习！"])
def test_a_titles_second_deck_over_its_dash_deck_is_no_heading(tmp_path: Path, deck: str) -> None:
    """Two decks under the title of one piece (a deck, then ——记…): guard (the rule read the first as a heading)."""
    parts = [deck, "——记优秀共产党员王进喜同志", _STORY, _STORY2]
    found = article(tmp_path, "在祖国最需要的地方", parts)
    assert _kind_starting(found, deck) is not BlockKind.INTERTITLE


# --- zh_piece_heads.first_item_heading ----------------------------------------------------------------------------

_I1 = "新华社石家庄十日电　河北省各地农民抓紧雨后墒情好的有利时机，抢种春播作物，到九日止已播种一千多万亩。"
_I2 = "新华社济南十日电　山东省广大农村普遍开展了抗旱播种运动，全省已有一半以上的春播面积播上了种子。"
_I3 = "新华社太原十日电　山西省各地春播工作进展迅速，许多农业社已经提前完成了播种计划。"
_INTRO = "新华社北京十日电　全国各地农民在今年春耕生产中，干劲十足，普遍掀起了春耕生产高潮。"
_ITEMS = ["河北春播进度快", _I1, "山东抢墒播种", _I2, "山西提前完成计划", _I3]
_VISITS = [
    "据新华社北京3月1日电　全国人大常委会副委员长彭珮云今天在人民大会堂会见了泰国国家妇女院代表团。",
    "据新华社北京3月1日电（记者王晓东）外经贸部部长石广生今天下午会见了科特迪瓦工业发展和中小企业部长一行。",
    "据新华社广州3月1日电（记者钱彤）越共中央总书记黎可漂今天下午抵达广州市访问。",
]


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        ("春耕简讯", _ITEMS),
        (
            "友好往来",
            ["彭珮云会见泰国代表团", _VISITS[0], "石广生会见科特迪瓦客人", _VISITS[1], "黎可漂访问广州", _VISITS[2]],
        ),
        # (an item's heading may name 各国: no summary)
        (
            "友好往来",
            ["各国驻华使节参观首钢", _VISITS[0], "石广生会见科特迪瓦客人", _VISITS[1], "黎可漂访问广州", _VISITS[2]],
        ),
    ],
)
def test_the_first_items_heading_of_a_digest(tmp_path: Path, title: str, parts: list[str]) -> None:
    assert kind_of(article(tmp_path, title, parts), parts[0]) is BlockKind.INTERTITLE


#: A page's opening summary telling of no region as a whole: only the two decks' guard keeps its deck.
_INTRO_PLAIN = "新华社北京十日电　今年春耕生产中，华北平原和江南水乡的农民干劲十足，春播进度比往年都快。"


@pytest.mark.parametrize(
    ("decks", "intro"),
    [
        # a deck summing the page up over its opening summary (guards)
        (["各地抓紧时机积极播种"], _INTRO_PLAIN),
        (["北方各省春播进度很快"], _INTRO_PLAIN),
        (["华北平原抢墒播种"], _INTRO),
        # two decks under the title (the rule's guard: the second, over the summary, is no item's heading)
        (["华北平原抢墒播种", "江南水乡插秧正忙"], _INTRO_PLAIN),
    ],
)
def test_a_pages_deck_over_its_opening_summary_stays_a_subtitle(tmp_path: Path, decks: list[str], intro: str) -> None:
    found = article(tmp_path, "春耕生产全面展开", [*decks, intro, *_ITEMS])
    assert {kind_of(found, deck) for deck in decks} == {BlockKind.SUBTITLE}
    assert kind_of(found, "河北春播进度快") is BlockKind.INTERTITLE
