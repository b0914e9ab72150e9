"""Two short lines read as a pair stand over body text when they are a heading; over a line of verse they
are lines of the poem (``encoder/ingest/zh_lines.py`` ``resolve_candidates``), unless the second is the
poem's author under its title on a page of poems (五好战士　徐金荣).

From dev sources: 1957-10-03 (爱尼人的歌: 滚开！滚开 / 吃人的鬼 / 咬牛的怪 / 快！快！滚开), 1949-09-01
(华尔街的药铺: 艾老板 / 焦急地坐着 / 等人来买，), 1968-10-09 (守桥战士唱大桥: 一切为着毛主席 / 五好战士　徐金荣 /
为毛主席架大桥，). Near misses: a two-line heading over body text, a poem's title over its author."""

from __future__ import annotations

from pathlib import Path

from encoder.diagnostics import Reporter
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import Block, BlockKind

from ..conftest import write_json_article


def _blocks(folder: Path, title: str, parts: list[str], date: tuple[int, int, int], authors: list[str]) -> list[Block]:
    """The Chinese blocks the classifier makes of an article: ``title``, then ``parts``."""
    year, month, day = date
    path = write_json_article(folder / f"{year}-{month:02d}-{day:02d}_x.json", title, parts, date, authors=authors)
    reporter = Reporter(str(path))
    return parse(read_source(path, reporter=reporter), reporter).texts[0].blocks


def _kinds(found: list[Block], text: str) -> set[BlockKind]:
    """The kinds of the blocks holding ``text`` (a heading's lines are one block)."""
    return {block.kind for block in found if text in block.text}


def test_two_short_lines_over_a_verse_line_are_verse(tmp_path: Path) -> None:
    """1957-10-03, cut."""
    parts = [
        "陈贵培",
        "滚开！滚开",
        "天上下来的鬼",
        "水里爬来的怪",
        "统统给我滚开",
        "爱尼人〔一〕",
        "要在这里建立格朗和村寨〔二〕",
        "村寨围着十万大山",
        "村寨绕着九万大海",
        "滚开！滚开",
        "吃人的鬼",
        "咬牛的怪",
        "快！快！滚开",
        "爱尼人的地方不容许你们存在",
        "看！高山盖着大医院",
    ]
    found = _blocks(tmp_path, "爱尼人的歌", parts, (1957, 10, 3), ["陈贵培"])
    assert _kinds(found, "吃人的鬼") == {BlockKind.PARAGRAPH}
    assert _kinds(found, "咬牛的怪") == {BlockKind.PARAGRAPH}


def test_a_narrative_poems_short_lines_are_no_headings(tmp_path: Path) -> None:
    """1949-09-01, cut."""
    parts = [
        "杨红风",
        "老板的药铺",
        "设在华尔街，",
        "柜台上",
        "摆着些",
        "黄色的药",
        "黑色的药",
        "白色的药……",
        "上面表明：",
        "专卖给中国人，",
        "而且是",
        "“民主个人主义者”。",
        "艾老板",
        "焦急地坐着",
        "等人来买，",
        "头上的汗往下淌",
        "摇着芭蕉扇；",
        "还不想买给中国。",
        "商标",
        "贴得很明显",
        "过了半天",
        "没有一个顾客。",
        "艾老板心想：",
        "这真糟糕！",
    ]
    found = _blocks(tmp_path, "华尔街的药铺", parts, (1949, 9, 1), ["杨红风"])
    for line in ("艾老板", "焦急地坐着", "商标", "贴得很明显", "过了半天"):
        assert BlockKind.INTERTITLE not in _kinds(found, line), line


def test_a_poems_title_over_its_author_on_a_page_of_poems_stays_a_heading(tmp_path: Path) -> None:
    """1968-10-09, cut: each poem's title over its author's rank and name."""
    parts = [
        "——南京长江大桥守桥战士诗选",
        "旭日东升红旗扬，",
        "万米大桥放光芒。",
        "千歌万曲唱给红太阳！",
        "一切为着毛主席",
        "五好战士\u3000徐金荣",
        "为毛主席架大桥，",
        "为毛主席铺铁道，",
        "喝令长江让开道！",
        "阳光万里照大桥",
        "五好战士\u3000洪加法",
        "红旗升起云中飘，",
        "劈开长江万顷涛；",
        "阳光万里照大桥。",
    ]
    found = _blocks(tmp_path, "守桥战士唱大桥", parts, (1968, 10, 9), [])
    assert _kinds(found, "一切为着毛主席") == {BlockKind.INTERTITLE}
    assert BlockKind.INTERTITLE in _kinds(found, "阳光万里照大桥")


def test_a_two_line_heading_over_body_text_stays_a_heading(tmp_path: Path) -> None:
    parts = [
        "本报记者\u3000王强",
        "今年以来，全县各公社大搞农田水利基本建设，新修水渠二百多条，扩大水浇地面积三万多亩，粮食产量大幅度增长。",
        "依靠集体力量",
        "改变山河面貌",
        "大寨原来是一个穷山恶水的地方，七沟八梁一面坡，土地瘠薄，十年九旱。大寨人在党支部的领导下，治山治水。",
    ]
    found = _blocks(tmp_path, "改天换地", parts, (1975, 9, 12), ["王强"])
    assert _kinds(found, "依靠集体力量") == {BlockKind.INTERTITLE}


def test_signers_and_a_date_over_a_short_line_are_no_verse(tmp_path: Path) -> None:
    """A letter's signers and date, then 后记 over a short paragraph: a date stands in the run, no poem."""
    parts = [
        "敬爱的毛主席：",
        "我们向您报告好消息。今年我们村获得了大丰收，粮食亩产超过了八百斤。",
        "全村社员",
        "七月三十日",
        "后记",
        "这封信是全村社员讨论后写成的。",
    ]
    found = _blocks(tmp_path, "测试信", parts, (1960, 8, 1), [])
    assert BlockKind.PARAGRAPH not in _kinds(found, "后记")
