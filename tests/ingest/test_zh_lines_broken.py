"""A short line standing alone under a line that stops in mid-sentence (``encoder/ingest/zh_lines.py``
``resolve_candidates``, ``_broken_above``): the export broke a sentence or a heading across parts.

Under a line of prose stopping on a word (…缅甸艺术家们唱的中国歌曲), the short line ends its sentence
(“歌唱祖国”、“东方红”和 / “牧羊姑娘”受到…): body text, no heading (1961-01-01). Under a short line
with a comma that stops on a word, itself under a finished paragraph, it is the second line of one
heading (密切机务工作与农业生产的联系，全 / 面安排劳力畜力和机械动力, 1962-02-03). The near misses
keep the headings the rule must not touch: under a finished paragraph, under a writer's name glued after
the last sentence, a deck opening with a dash, a poem's title under a verse line."""

from __future__ import annotations

from pathlib import Path

from encoder.diagnostics import Reporter
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import Block, BlockKind

from ..conftest import write_json_article


def _blocks(
    folder: Path, title: str, parts: list[str], date: tuple[int, int, int], authors: list[str] | None = None
) -> list[Block]:
    """The Chinese blocks the classifier makes of an article: ``title``, then ``parts``."""
    year, month, day = date
    path = write_json_article(folder / f"{year}-{month:02d}-{day:02d}_x.json", title, parts, date, authors=authors)
    reporter = Reporter(str(path))
    return parse(read_source(path, reporter=reporter), reporter).texts[0].blocks


def _kind(found: list[Block], text: str) -> BlockKind:
    """The kind of the block holding ``text`` (a heading's lines are one block)."""
    (kind,) = [block.kind for block in found if text in block.text]
    return kind


#: 1961-01-01 (奈温上将欢宴我军事代表团), cut: a song's names broken across three parts.
_BANQUET = [
    "据新华社仰光30日电\u3000缅甸联邦国防军总参谋长奈温上将今晚在这里举行盛大宴会，招待由中国人民解放军副总参谋长"
    "张爱萍上将率领的中国军事代表团。",
    "中国大使李一氓，大使馆武官蒋克定大校（中国军事代表团团员），副武官路展上校和中国驻缅甸大使馆其他外交官员也出席了宴会。",
    "在宴会进行中，缅甸著名艺术家用缅甸语和中国语唱歌，他们的歌唱受到热烈的鼓掌。缅甸艺术家们唱的中国歌曲",
    "“歌唱祖国”、“东方红”和",
    "“牧羊姑娘”受到中国代表团的热烈欢迎。宴会是在热烈友好的气氛中进行的。宾主双方频频为两国之间和两国的武装部队的持久友谊而干杯。",
]


def test_the_end_of_a_broken_sentence_is_no_heading(tmp_path: Path) -> None:
    found = _blocks(tmp_path, "奈温上将欢宴我军事代表团", _BANQUET, (1961, 1, 1))
    assert _kind(found, "“歌唱祖国”、“东方红”和") is BlockKind.PARAGRAPH


#: 1962-02-03 (提高拖拉机的利用率), cut: two headings each broken across two parts, one whole.
_TRACTORS = [
    "华国柱",
    "目前拖拉机利用率不高的原因是多方面的。在不同地区由于条件不同，起主导作用的因素也是不同的。一般来说，"
    "提高拖拉机利用率可以从下列几个方面着手。",
    "恢复和保持拖拉机完好的技术状态",
    "拖拉机及其作业机械技术状态不好，带“病”工作或长期停车待修不能工作，是当前拖拉机利用率不高的最主要原因。",
    "由此可见，配备拖拉机作业机具后，要用好拖拉机和农业机具，还必须成比例地配置维修设备、备用零件和维修材料。",
    "密切机务工作与农业生产的联系，全",
    "面安排劳力畜力和机械动力",
    "当前，人民公社农业生产主要依靠劳力、畜力。但凡是增产效果显著，作业成本较低的机械作业，公社都是欢迎的。",
    "密切机务工作和农业生产的关系，还可以通过安排茬口，调剂灌水日期，选用耕种和收获季节不同的品种等，延长拖拉机的作业季节。",
    "正确配备拖拉机和农业机具，合理安",
    "排拖拉机作业",
    "配备什么型号的拖拉机，要根据土质的轻重松紧、作物的布局和地块的大小来决定。例如有的粮棉产区，地块经过划分整理。",
]


def test_a_heading_broken_in_mid_word_is_one_heading(tmp_path: Path) -> None:
    found = _blocks(tmp_path, "提高拖拉机的利用率", _TRACTORS, (1962, 2, 3), ["华国柱"])
    assert _kind(found, "密切机务工作与农业生产的联系，全") is BlockKind.INTERTITLE
    assert _kind(found, "面安排劳力畜力和机械动力") is BlockKind.INTERTITLE
    assert _kind(found, "正确配备拖拉机和农业机具，合理安") is BlockKind.INTERTITLE
    assert _kind(found, "排拖拉机作业") is BlockKind.INTERTITLE
    assert _kind(found, "恢复和保持拖拉机完好的技术状态") is BlockKind.INTERTITLE
    assert _kind(found, "当前，人民公社农业生产") is BlockKind.PARAGRAPH


def test_a_heading_under_a_finished_paragraph_stays_a_heading(tmp_path: Path) -> None:
    parts = [
        "在宴会进行中，缅甸著名艺术家用缅甸语和中国语唱歌，他们的歌唱受到热烈的鼓掌，宾主频频举杯。",
        "友谊之花处处开",
        "宴会是在热烈友好的气氛中进行的。宾主双方频频为两国之间和两国的武装部队的持久友谊而干杯。",
    ]
    found = _blocks(tmp_path, "欢宴", parts, (1961, 1, 1))
    assert _kind(found, "友谊之花处处开") is BlockKind.INTERTITLE


def test_a_heading_under_a_writers_name_glued_after_the_last_sentence_stays_a_heading(tmp_path: Path) -> None:
    """1966-09-07 (过党日, in no gold): the section's writer ends the paragraph, after a space."""
    parts = [
        "“请毛主席参加我们的会”",
        "新北大队党支部在检查总结工作中，认识到突出政治的重要。同志们把这种做法亲切地称为“请毛主席参加我们的会”。\u3000孙福瑄",
        "亲属在支部会上的批评",
        "园口大队党支部每月都过两次“党日”，通过“党日”活动和学习毛主席著作，提高了党员的自觉性。陈景成也诚恳地表示接受。",
        "林运表",
    ]
    found = _blocks(tmp_path, "过党日", parts, (1966, 9, 7))
    assert _kind(found, "亲属在支部会上的批评") is BlockKind.INTERTITLE


def test_a_deck_naming_a_source_under_a_heading_is_no_sentences_end(tmp_path: Path) -> None:
    parts = [
        "据塔斯社里加一日讯：苏联拉脱维亚国立图书馆的青年共产党员举办了中国共产党三十年的展览会，参观者极为踊跃。",
        "中共团结着全中国人民与朝鲜人民并肩抗击侵略者",
        "——朝鲜《劳动新闻》的社论",
        "【新华社平壤一日电】今日此间各报为纪念中国共产党诞生三十周年，均以一版首要地位刊载社论和专文。",
    ]
    found = _blocks(tmp_path, "世界各国报纸刊物刊登纪念专文和消息", parts, (1951, 7, 3))
    assert _kind(found, "——朝鲜《劳动新闻》的社论") is BlockKind.INTERTITLE


def test_a_poems_title_under_a_verse_line_with_no_stop_stays_a_heading(tmp_path: Path) -> None:
    """A suite of poems: the stanza's last line has a comma and no stop, the lines above it are verse
    (short), not prose; the next poem's title is no sentence's end and the verse line no heading."""
    parts = [
        "李学鳌",
        "一层层梯田绕山腰，一道道石堰似金箍；这是大寨人用铁肩膀，一担担挑出的幸福路。",
        "当年这里是七沟八梁一面坡，荒草丛中野兔出没。",
        "你的每一块石头，都刻着大寨人的志气",
        "狼窝掌里唱起新歌",
        "三战狼窝掌，三次被冲垮，大寨人不低头；第四次又上阵，终于把荒沟变成了米粮川。",
    ]
    found = _blocks(tmp_path, "虎头山下（组诗）", parts, (1975, 9, 14), ["李学鳌"])
    assert _kind(found, "狼窝掌里唱起新歌") is BlockKind.INTERTITLE
    assert _kind(found, "你的每一块石头，都刻着大寨人的志气") is BlockKind.PARAGRAPH


def test_a_heading_under_a_long_line_of_names_with_no_punctuation_stays_a_heading(tmp_path: Path) -> None:
    """A long line stopping on a word but holding no comma or stop is no broken sentence of prose."""
    parts = [
        "北京第一机床厂工人李春华北京第二机床厂工人王明远天津拖拉机厂技术员张国庆",
        "工人的心愿",
        "我们要在工作岗位上做出更大的成绩，为社会主义建设贡献自己的全部力量，把工厂办得更好，让产品质量一年比一年提高。",
    ]
    found = _blocks(tmp_path, "来信", parts, (1965, 3, 2))
    assert _kind(found, "工人的心愿") is BlockKind.INTERTITLE
