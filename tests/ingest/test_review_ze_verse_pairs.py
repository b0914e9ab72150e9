"""Review of round ze's verse-pair rule (``encoder/ingest/zh_short_lines.py`` ``verse_pair``): two short lines
read as a pair over a short line are a poem's lines only among the poem's lines (under another verse line or the
title, 1957-10-03's 滚开！滚开 / 吃人的鬼 / 咬牛的怪 / 快！快！滚开); under a paragraph of prose they are a heading
set in two lines over a short sentence (铁人精神 / 代代相传 / 王进喜去世了。), as before the rule."""

from __future__ import annotations

from pathlib import Path

from encoder.model import Block, BlockKind

from .conftest import json_blocks


def _kind(found: list[Block], text: str) -> BlockKind:
    """The kind of the block one of whose lines is ``text`` (a heading's lines are one block)."""
    (kind,) = [block.kind for block in found if text in [line.strip() for line in block.text.split("\n")]]
    return kind


def test_two_short_lines_among_a_poems_lines_are_verse(tmp_path: Path) -> None:
    parts = [
        "王老汉",
        "大河涨水小河满！",
        "千家万户",
        "齐动手",
        "修渠又筑坝，",
        "旱地变水田。",
        "今年的庄稼长得格外好，秋后的粮食堆成山，谁见了都说这是大跃进带来的好收成。",
    ]
    found = json_blocks(tmp_path, "修渠歌", parts, (1958, 5, 4))
    assert _kind(found, "千家万户") is BlockKind.PARAGRAPH
    assert _kind(found, "齐动手") is BlockKind.PARAGRAPH


def test_a_heading_in_two_lines_over_a_short_sentence_under_prose_stays_a_heading(tmp_path: Path) -> None:
    parts = [
        "新华社记者",
        "大庆油田是在荒原上建设起来的。十多年来，大庆工人以“铁人”王进喜为榜样，艰苦创业，为国家作出了重大贡献。",
        "铁人精神",
        "代代相传",
        "王进喜去世了。",
        "但是他的精神仍在大庆油田发扬光大，一代又一代的石油工人学习他的革命精神，在油田上立下了新的功劳。",
    ]
    found = json_blocks(tmp_path, "访问大庆", parts, (1975, 10, 5))
    assert _kind(found, "铁人精神") is BlockKind.INTERTITLE
    assert _kind(found, "代代相传") is BlockKind.INTERTITLE


def test_a_heading_in_two_lines_over_a_speakers_short_line_stays_a_heading(tmp_path: Path) -> None:
    parts = [
        "本报记者　王林",
        "这是一堂生动的阶级教育课。老贫农李大爷给青年们讲了他在旧社会受苦的经历，大家听了都很受感动。",
        "忆苦",
        "思甜",
        "李大爷说开了：",
        "那年我才十二岁，就给地主放牛，吃的是糠菜，穿的是破烂衣服，地主还常常打我骂我。",
    ]
    found = json_blocks(tmp_path, "一堂生动的阶级教育课", parts, (1965, 3, 2))
    assert _kind(found, "忆苦") is BlockKind.INTERTITLE


def test_two_short_lines_under_a_long_verse_line_are_verse(tmp_path: Path) -> None:
    parts = [
        "李季",
        "我们走在大路上，意气风发斗志昂扬，",
        "红旗飘飘",
        "战鼓声声",
        "建设祖国干劲大，",
        "誓把山河重安排。",
    ]
    found = json_blocks(tmp_path, "前进歌", parts, (1964, 5, 1))
    assert _kind(found, "红旗飘飘") is BlockKind.PARAGRAPH
    assert _kind(found, "战鼓声声") is BlockKind.PARAGRAPH


def test_a_heading_in_two_lines_over_a_line_of_dialogue_under_prose_stays_a_heading(tmp_path: Path) -> None:
    parts = [
        "本报记者",
        "在祖国西南边疆的一个哨所里，记者见到了一位年轻的战士，他已经在这里守卫了三年。",
        "哨所的",
        "新主人",
        "“同志，你找谁？”",
        "他笑着迎上前来，原来他就是新来的哨长，一个刚满二十岁的小伙子，说起话来干脆利落。",
    ]
    found = json_blocks(tmp_path, "边防线上", parts, (1978, 8, 1))
    assert _kind(found, "哨所的") is BlockKind.INTERTITLE
