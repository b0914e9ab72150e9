"""A numbered paragraph after the paragraph that holds the items before it (``encoder/ingest/lists.py``
``_after_glued_items``): the export ran the list's first items into the paragraph announcing them.

From dev sources: 1970-05-04 (…一致决议：一、… / 二、…), 1952-03-04 (…市委的决定：（一）… （七）… / （八）…),
1948-09-03 (答：一、… / 二、…). The near misses: the items before the number are not all there, or do not
open after a colon or a sentence's end (一、二两个月), an ordinal (第一，… / 第二，…: an argument's steps), a
numbered line shaped as a heading, a paragraph that is an item itself."""

from __future__ import annotations

from pathlib import Path

from encoder.model import Block, BlockKind

from .conftest import json_blocks


def _kind(found: list[Block], opening: str) -> BlockKind:
    """The kind of the block opening with ``opening``."""
    (kind,) = [block.kind for block in found if block.text.strip().startswith(opening)]
    return kind


_RESOLVED = (
    "老挝爱国战线党中央委员会一致决议：一、在老挝各爱国力量和老挝人民中，广泛和深入地宣传会议的各个历史性文件，"
    "动员老挝爱国军民学习联合声明的精神，决心战胜美帝国主义侵略者及其走狗。"
)
_SECOND = (
    "二、动员全民、全军作好充分准备，根据老挝爱国战线党十二点政治纲领，促进抗美救国斗争，直至取得最后胜利。"
    "加强团结，提高警惕，发挥主动优势，在各地连续打击敌人，夺取更加巨大的胜利。"
)
_CALL = "老挝爱国战线党中央委员会号召老挝各爱国力量，全体老挝人民努力执行这一决议，并化为具体行动，作出贡献。"
_LEAD = (
    "新华社三日讯\u3000据巴特寮电台二日广播，老挝爱国战线党中央委员会四月二十九日召开特别会议，"
    "听取了老挝人民代表团的报告。"
)


def test_the_item_after_a_paragraph_holding_the_first_is_an_item(tmp_path: Path) -> None:
    """1970-05-04."""
    found = json_blocks(tmp_path, "老挝爱国战线党召开特别会议", [_LEAD, _RESOLVED, _SECOND, _CALL], (1970, 5, 4))
    assert _kind(found, "二、动员全民") is BlockKind.LIST_ITEM
    assert _kind(found, "老挝爱国战线党中央委员会一致决议") is BlockKind.PARAGRAPH
    assert _kind(found, "老挝爱国战线党中央委员会号召") is BlockKind.PARAGRAPH


def test_the_eighth_item_after_seven_glued_in_one_paragraph_is_an_item(tmp_path: Path) -> None:
    """1952-03-04, cut: （一）…（七） run into the paragraph announcing the decision."""
    items = "".join(f"（{numeral}）市委委员某某，犯有严重错误，决定予以撤职处分。" for numeral in "一二三四五六七")
    parts = [
        "【新华社上海三日电】中国共产党上海市委员会召开党员干部大会，宣布市委的决定：" + items,
        "（八）前上海市人民政府公安局管训处长杜蔚然，品质极坏，一贯违法乱纪，作风恶劣，故除已撤职拘捕外，"
        "决定立即开除其党籍，并建议有关方面给以应得之刑事处分。",
        "刘长胜宣布以上决定后，谭震林代表中共中央华东局宣布批准市委的这一决定。",
    ]
    found = json_blocks(tmp_path, "上海市委处分八个党员", parts, (1952, 3, 4))
    assert _kind(found, "（八）") is BlockKind.LIST_ITEM


def test_an_item_whose_list_misses_a_number_stays_a_paragraph(tmp_path: Path) -> None:
    """The paragraph holds the second item only (its first is lost, or the list opened elsewhere)."""
    parts = [_LEAD, _RESOLVED.replace("：一、", "：二、"), "三" + _SECOND[1:], _CALL]
    found = json_blocks(tmp_path, "老挝爱国战线党召开特别会议", parts, (1970, 5, 4))
    assert _kind(found, "三、动员全民") is BlockKind.PARAGRAPH


def test_a_number_inside_a_phrase_is_no_glued_item(tmp_path: Path) -> None:
    """一、二两个月 (the first and the second months): the item does not open after a stop."""
    parts = [
        "今年一、二两个月，全省工业总产值比去年同期增长百分之十二，各项经济指标完成得都比较好，形势喜人。",
        "二、要继续抓紧农业生产，做好春耕准备工作。各地要组织力量，检修农具，积肥造肥，保证不误农时。",
        "全省各地要认真贯彻执行省委的这些指示，把各项工作做好。",
    ]
    found = json_blocks(tmp_path, "全省经济形势喜人", parts, (1975, 3, 2))
    assert _kind(found, "二、要继续抓紧") is BlockKind.PARAGRAPH


def test_an_ordinal_after_a_paragraph_holding_the_first_is_an_arguments_step(tmp_path: Path) -> None:
    parts = [
        "这次整风有两个方面值得注意。第一，要认真学习文件，弄清是非，提高认识，这是整风的基础。",
        "第二，要联系实际，检查工作中的缺点和错误，并且切实加以改正。只有这样，整风才能取得成效。",
        "我们相信，经过这次整风，各级领导的作风一定会有很大的改进。",
    ]
    found = json_blocks(tmp_path, "认真搞好整风", parts, (1957, 6, 3))
    assert _kind(found, "第二，要联系实际") is BlockKind.PARAGRAPH


def test_a_numbered_heading_after_a_paragraph_holding_the_first_is_no_item(tmp_path: Path) -> None:
    """A short numbered line with no stop is shaped as a heading: this rule leaves it."""
    parts = [
        "会议讨论了今年的工作任务。主要有：一、加强农业生产的领导，保证完成全年的粮食生产计划。",
        "二、大办地方工业",
        "各县都要根据本地的资源条件，积极兴办为农业服务的地方工业，首先是农具修造厂和化肥厂。这是今年的一项重要任务。",
    ]
    found = json_blocks(tmp_path, "县委工作会议", parts, (1958, 2, 3))
    assert _kind(found, "二、大办地方工业") is not BlockKind.LIST_ITEM
