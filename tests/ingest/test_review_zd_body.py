"""Review of round zd's body rules: made-up articles in People's Daily shapes for the rules of branch zd-body.

- ``lists._topic_series``: paragraphs opening with a few words after a colon. As written it made list items of a
  story's paragraphs (``事情是这样的：`` / ``那是一九六○年的冬天。…`` / ``夜深了。…``), a letter's (``来信全文如下：``),
  a diary's (``下面是他的几则日记：`` / ``三月五日。…``) and a reporter's scenes (``清晨。…`` / ``中午。…``); the guard
  (``lists._POINTS_ANNOUNCED``) wants the colon to name what the points are (原因, 做法, 问题, 特点, 经验…).
- ``zh_lines.headings_over_decks``: as written it made a heading of a slogan or an inscription over the dash line
  attributing it (``向雷锋同志学习！`` / ``——毛泽东同志为雷锋同志题词``; guard ``zh_lines._ATTRIBUTION``), and of
  a title's second deck over its ``——记…`` deck (two decks under the title; guard ``zh_lines._more_pieces``: right
  under the title only on a page of pieces, where another heading with its deck line follows).
- ``zh_lines.first_item_heading``: as written it made the first item's heading of a page's summary deck over its
  opening summary (``春耕生产全面展开`` / ``各地抓紧时机积极播种`` / ``新华社北京十日电　全国各地农民…`` /
  ``河北春播进度快`` / …; guards ``zh_lines._PAGE_WIDE``, ``zh_lines._ALL_OVER``). Its guard of two decks
  under the title is tested here on a title whose two decks are read as subtitles.

Dev unchanged by the guards (15928 of 16551), nothing moved outside the gold.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.model import Block, BlockKind

from .test_lists import _series
from .test_zh_lines import kind_of
from .test_zh_tails import article

_ITEM, _PARAGRAPH = "list-item", "paragraph"


def _kind_starting(found: list[Block], start: str) -> BlockKind:
    """The kind of the one block whose text starts with ``start``."""
    (kind,) = [block.kind for block in found if block.text.strip().startswith(start)]
    return kind


# --- lists: points in a few words after a colon ----------------------------------------------------------------

_TOPICS = [
    "领导带头。县委书记和县长分别包一个公社，常年住在队里，和社员同吃同住同劳动。",
    "发动群众。各队都召开了社员大会，让大家出主意、想办法，订出了切实可行的增产计划。",
    "狠抓落实。县里组织检查组，每月检查一次，发现问题及时解决，保证了计划的完成。",
]


@pytest.mark.parametrize(
    "colon",
    [
        "他们的主要做法是：",
        "他们的经验是：",
        "存在的问题主要是：",
        "全县粮食连年增产，主要原因有以下几条：",
        "这个县的工作有以下几个特点：",
        "县委的领导作风转变了，主要表现在：",
    ],
)
def test_points_in_a_few_words_under_a_colon_naming_them_are_a_list(colon: str) -> None:
    after = "这样一来，全县的面貌很快就改变了，粮食产量比去年增长了百分之二十。"
    assert _series(colon, *_TOPICS, after) == [_PARAGRAPH, *[_ITEM] * 3, _PARAGRAPH]


@pytest.mark.parametrize(
    ("colon", "paragraphs"),
    [
        # a story (guard)
        (
            "事情是这样的：",
            [
                "那是一九六○年的冬天。天寒地冻，北风呼啸，村里的人们都在屋里烤火，谁也不愿出门。",
                "夜深了。老张披上棉袄，提着马灯，一个人悄悄地来到饲养棚，给牲口添草加料。",
                "牛病了。老张急得团团转，连夜跑了三十里山路，把兽医请到了村里，给牛治好了病。",
            ],
        ),
        (
            "人们不会忘记那难忘的一天：",
            [
                "天刚亮。乡亲们就从四面八方赶来，把小小的村子围得水泄不通，人人脸上都挂着笑容。",
                "锣鼓响了。解放军的队伍开进了村子，乡亲们拥上前去，端茶送水，握手问好。",
                "老大娘哭了。她拉着战士的手，说了一遍又一遍：“总算把你们盼来了！”",
            ],
        ),
        # a diary (guard)
        (
            "下面是他的几则日记：",
            [
                "三月五日。今天我们班学习了雷锋同志的事迹，大家都很受感动，决心向雷锋同志学习。",
                "三月六日。今天我帮助炊事班挑了十担水，心里很高兴，觉得为人民服务是最光荣的事。",
                "三月七日。今天下雨，我把自己的雨衣借给了站岗的战友，自己淋了一身雨，但心里很暖和。",
            ],
        ),
        # a reporter's scenes (guard)
        (
            "记者在这里看到了这样的情景：",
            [
                "清晨。薄雾笼罩着江面，一队队民工扛着铁锹，挑着箩筐，从四面八方向工地走来。",
                "中午。工地上红旗招展，歌声嘹亮，民工们顾不上休息，一个个干得汗流浃背。",
                "深夜。工地上灯火通明，机器轰鸣，夜班的民工们仍在紧张地劳动着。",
            ],
        ),
        # a letter (guard)
        (
            "来信全文如下：",
            [
                "我是一个退休工人。今年六十八岁了，身体还算硬朗，每天早晨都要到公园里去锻炼身体。",
                "公园里很脏。游人随地乱扔果皮纸屑，垃圾箱也没人及时清理，苍蝇到处乱飞。",
                "希望有关部门管一管。把公园打扫干净，给我们老年人一个清洁的锻炼场所。",
            ],
        ),
        # someone's words (the rule as written)
        ("老支书对大家说：", _TOPICS),
        # a reporter's account whose third opening runs longer (the rule as written)
        (
            "厂长向记者介绍了这个厂的情况：",
            [
                "这个厂建于一九五八年。当时只有几间破房子、几台旧机床，工人不到一百人。",
                "一九七八年以后。工厂进行了技术改造，引进了一批先进设备，生产能力成倍增长。",
                "现在这个厂有职工三千多人。产品远销二十多个国家和地区，成为全省的出口创汇大户。",
            ],
        ),
    ],
)
def test_paragraphs_opening_with_a_few_words_after_a_story_letter_or_diary_colon_are_no_list(
    colon: str, paragraphs: list[str]
) -> None:
    assert _series(colon, *paragraphs) == [_PARAGRAPH] * 4


# --- zh_lines.headings_over_decks --------------------------------------------------------------------------------

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


# --- zh_lines.first_item_heading ----------------------------------------------------------------------------------

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
