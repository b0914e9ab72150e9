"""Review of round ze's broken-line rule (``encoder/ingest/zh_short_lines.py`` ``broken_above``): realistic
texts of the paper where a short line stands alone under a line that stops in mid-sentence.

The end of a sentence the export broke twice stops on a conjunction (“歌唱祖国”、“东方红”和, 1961-01-01): no
heading. A heading under a line whose final stop or signer's gap was lost ends as a heading does and stays one
(a poem's title under a verse line left open, a letter's next heading under ``此致敬礼！王明``, a report's
heading under ``…生产情绪极为高涨``, a rally's closing slogans with no ！). A heading broken in two fills its first
line (密切机务工作与农业生产的联系，全, 1962-02-03); a couplet's half (桃花开了，杏花开了) or a closing date and
place (一九五六年五月，昆明) over a short line is none."""

from __future__ import annotations

from pathlib import Path

from encoder.model import Block, BlockKind

from .conftest import json_blocks


def _kind(found: list[Block], text: str) -> BlockKind:
    """The kind of the block one of whose lines is ``text`` (a heading's lines are one block)."""
    (kind,) = [block.kind for block in found if text in [line.strip() for line in block.text.split("\n")]]
    return kind


def test_a_sentence_broken_twice_stopping_on_a_conjunction_is_no_heading(tmp_path: Path) -> None:
    parts = [
        "新华社三十日讯　周恩来总理今晚在人民大会堂举行盛大招待会，庆祝中华人民共和国成立十五周年。",
        "招待会上，中外来宾频频举杯，祝贺中国人民取得的伟大成就。军乐团演奏了",
        "“东方红”、“歌唱祖国”和",
        "“社会主义好”等乐曲。出席招待会的有来自世界各国的贵宾二千多人，以及各国驻华使节和夫人。",
    ]
    found = json_blocks(tmp_path, "国庆招待会", parts, (1964, 10, 1))
    assert _kind(found, "“东方红”、“歌唱祖国”和") is BlockKind.PARAGRAPH


def test_a_poems_title_under_a_long_verse_line_left_open_stays_a_heading(tmp_path: Path) -> None:
    parts = [
        "一层层梯田绕山腰，一道道石堰似金箍；这是大寨人用铁肩膀，一担担挑出的幸福路。",
        "当年这里是七沟八梁一面坡，荒草丛中野兔出没。",
        "三战狼窝掌，大寨人不低头，终于把荒沟变成了米粮川，千年的穷根从此刨",
        "虎头山上红旗飘",
        "虎头山上红旗飘，大寨人民志气高；战天斗地学愚公，敢叫日月换新貌。",
    ]
    found = json_blocks(tmp_path, "大寨组歌", parts, (1975, 9, 14))
    assert _kind(found, "虎头山上红旗飘") is BlockKind.INTERTITLE


def test_a_letters_heading_under_a_signer_glued_after_the_valediction_stays_a_heading(tmp_path: Path) -> None:
    parts = [
        "编辑同志：我们村的电影放映队已经有半年没有来了，社员们都很想看电影，希望有关部门能够重视这个问题。"
        "此致敬礼！王明",
        "农村需要更多的科技书",
        "我是一个农村青年，很想学一点农业科学技术，可是在我们公社的新华书店里，很难买到这方面的书籍。"
        "希望出版部门多出一些通俗的科技读物。",
    ]
    found = json_blocks(tmp_path, "读者来信", parts, (1980, 5, 3))
    assert _kind(found, "农村需要更多的科技书") is BlockKind.INTERTITLE


def test_a_heading_under_a_reporter_glued_after_the_last_sentence_stays_a_heading(tmp_path: Path) -> None:
    parts = [
        "今年这个县的粮食获得了大丰收，总产量比去年增长百分之十五，农民的收入大大增加了。本报记者李明",
        "山区人民的新生活",
        "走进山村，到处都是新盖的瓦房，家家户户都添置了收音机、缝纫机和自行车，农民的生活一年比一年好。",
    ]
    found = json_blocks(tmp_path, "来自山区的报告", parts, (1984, 6, 2))
    assert _kind(found, "山区人民的新生活") is BlockKind.INTERTITLE


def test_a_heading_under_a_paragraph_that_lost_its_final_stop_stays_a_heading(tmp_path: Path) -> None:
    parts = [
        "今年太行区的生产运动，在各级领导的重视下，已普遍开展起来，各地群众生产情绪极为高涨",
        "组织起来",
        "各村普遍组织了变工互助组，据不完全统计，全区参加变工的劳动力已达全部劳动力的百分之六十以上。",
    ]
    found = json_blocks(tmp_path, "太行区生产运动", parts, (1947, 3, 2))
    assert _kind(found, "组织起来") is BlockKind.INTERTITLE


def test_a_heading_under_slogans_with_no_exclamation_stays_a_heading(tmp_path: Path) -> None:
    parts = [
        "大会最后，全体代表高呼：伟大的中国共产党万岁，伟大的领袖毛主席万岁",
        "会后的联欢晚会",
        "当天晚上，代表们和驻地的群众一起举行了联欢晚会，文工团演出了许多精彩的节目，会场上不断响起热烈的掌声。",
    ]
    found = json_blocks(tmp_path, "在庆功大会上", parts, (1960, 2, 3))
    assert _kind(found, "会后的联欢晚会") is BlockKind.INTERTITLE


def test_a_couplets_half_over_a_short_line_is_no_heading_broken_in_two(tmp_path: Path) -> None:
    parts = [
        "春天来了，山村里到处是一片繁忙的景象。社员们起早贪黑，忙着送肥、耕地，准备春播。",
        "桃花开了，杏花开了",
        "满山遍野一片红",
        "队长领着社员们上山植树造林，他说：今年要把全村的荒山都种上树，让荒山变成花果山。",
    ]
    found = json_blocks(tmp_path, "春到山村", parts, (1962, 4, 1))
    assert _kind(found, "桃花开了，杏花开了") is BlockKind.PARAGRAPH


def test_a_closing_date_and_place_over_a_postscripts_heading_is_no_heading(tmp_path: Path) -> None:
    parts = [
        "这是一个美丽的地方，我们在那里住了三天，受到了当地人民的热烈欢迎和热情接待，终生难忘。",
        "一九五六年五月，昆明",
        "附记",
        "这篇访问记是作者在访问云南边疆期间写成的，文中所记都是作者亲眼所见的事情，特此说明。",
    ]
    found = json_blocks(tmp_path, "访问记", parts, (1956, 6, 1))
    assert _kind(found, "一九五六年五月，昆明") is not BlockKind.INTERTITLE
    assert _kind(found, "附记") is BlockKind.INTERTITLE


def test_a_heading_broken_in_mid_word_filling_its_line_is_still_one_heading(tmp_path: Path) -> None:
    parts = [
        "农村俱乐部是农村文化活动的中心，办好俱乐部对于丰富农民的文化生活具有重要意义。下面谈几点意见。",
        "依靠群众，勤俭节约，办好农村俱",
        "乐部的各项活动",
        "办俱乐部必须依靠群众，从群众的需要出发，因陋就简，勤俭节约，不要铺张浪费，不要脱离群众。",
    ]
    found = json_blocks(tmp_path, "怎样办好农村俱乐部", parts, (1963, 2, 1))
    assert _kind(found, "依靠群众，勤俭节约，办好农村俱") is BlockKind.INTERTITLE
    assert _kind(found, "乐部的各项活动") is BlockKind.INTERTITLE
