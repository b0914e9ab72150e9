"""A series of long bare headings (``encoder/ingest/zh_lines.py`` ``_long_bare_series``): where a text has no
heading yet, two lines or more of 26 to 45 characters with no sentence mark (a colon inside aside), stopping
on a word between finished paragraphs, the one under each long, are its headings.

From dev sources: 2003-12-01 (祖国是你们坚强的后盾: 中国外交官对受难同胞的关爱…留下了难忘的印象 /
一位华侨道出了心声：…这是一个亲民爱民的好政府), 2003-03-02 (新的阵容　新的面貌: 一“新”：… / 二“新”：…).
Near misses: one such line alone (a sentence the export broke), lines in a text whose headings are short,
a figure broken across the lines (…修建道路1.2 / 万多公里，…; …调整村党支部 / 2371个，…), a line holding a full
stop, a line ending with a comma, a short paragraph under the line."""

from __future__ import annotations

from pathlib import Path

from encoder.model import Block, BlockKind

from .conftest import json_blocks


def _kind(found: list[Block], text: str) -> BlockKind:
    (kind,) = [block.kind for block in found if block.text.strip() == text]
    return kind


_EMBASSY = [
    "本报驻俄罗斯记者\u3000吕岩松",
    "突然间，感情的波涛冲破闸门，40多位满面哀容的学生家长失声痛哭。几天来他们哭干了眼泪。然而，当孩子的命运、"
    "家庭的悲剧同亿万人民联系在一起时，一股强大的情感再一次揉碎了家长们的心。",
    "中国外交官对受难同胞的关爱给俄罗斯医生和其他国家的受难学生留下了难忘的印象",
    "俄外交部高官致函刘古昌大使，代表俄罗斯政府和人民对中国学生不幸遇难表示沉痛哀悼，并对受伤同学表示深切慰问。",
    "为了不遗漏任何一位受伤的中国学生，我驻俄使馆不放弃每一条线索，派出十几支小分队到莫斯科各大医院寻找。",
    "一位华侨道出了心声：我们的政府无微不至地关怀在国外的同胞，这是一个亲民爱民的好政府",
    "从发生火灾的当日起，我驻俄使馆每天晚上都要召开有20多人参加的会议，而且会议经常要持续到深夜。",
]


def test_a_features_long_bare_headings_are_headings(tmp_path: Path) -> None:
    """2003-12-01, cut."""
    found = json_blocks(tmp_path, "祖国是你们坚强的后盾", _EMBASSY, (2003, 12, 1))
    assert _kind(found, _EMBASSY[2]) is BlockKind.INTERTITLE
    assert _kind(found, _EMBASSY[5]) is BlockKind.INTERTITLE


def test_long_headings_counted_with_a_colon_are_headings(tmp_path: Path) -> None:
    """2003-03-02, cut."""
    parts = [
        "本报记者\u3000王比学",
        "据介绍，从委员人选的酝酿、推荐到提名等各个步骤、环节，都是由各方面郑重协商，在达成一致意见的基础上进行的。",
        "一“新”：人数总额超历届，表明了爱国统一战线的不断扩大",
        "十届全国政协共有委员2238名，比政协九届一次会议增加42名，总人数创历届人数之最，基本囊括了社会各个阶层。",
        "在政协全国委员会中保持一定数量的民主党派成员，是坚持多党合作和政治协商的必要条件。",
        "二“新”：广泛的代表性和包容性，体现了中华民族的大团结、大联合",
        "“扩大党的群众基础”是十六大提出的，政协的活力就在于同各方面群众保持密切的联系。",
    ]
    found = json_blocks(tmp_path, "新的阵容\u3000新的面貌", parts, (2003, 3, 2))
    assert _kind(found, parts[2]) is BlockKind.INTERTITLE
    assert _kind(found, parts[5]) is BlockKind.INTERTITLE


def test_one_long_bare_line_alone_is_a_broken_sentence(tmp_path: Path) -> None:
    parts = _EMBASSY[:5]
    found = json_blocks(tmp_path, "祖国是你们坚强的后盾", parts, (2003, 12, 1))
    assert _kind(found, _EMBASSY[2]) is BlockKind.PARAGRAPH


_BROKEN = [
    "新世纪的第一个春天，河南省4.3万多名省市县机关干部走出机关，深入农村，开展驻村工作，受到社会各界的广泛关注。",
    "驻村工作开展以来，根据省驻村办的统一要求和部署，全省已整顿和调整了一批村党",
    "支部，依照有关法定程序整顿调整村委会两千多个，村级组织的凝聚力、号召力明显增强。",
    "工作队员们和农民同吃同住同劳动，帮助他们解决生产和生活中的困难，深受群众的欢迎。",
    "十个月来，全省一万个工作队已帮助所驻村修建道路一万多公里，修桥涵五千多座，架设",
    "电线一万多公里，这些实实在在的好事，受到了广大农民群众的欢迎。",
]


def test_broken_lines_in_a_text_with_short_headings_stay_paragraphs(tmp_path: Path) -> None:
    parts = [*_BROKEN[:3], "留下了一支不走的工作队", *_BROKEN[3:]]
    found = json_blocks(tmp_path, "干部受教育\u3000农民得实惠", parts, (2002, 1, 4))
    assert _kind(found, "留下了一支不走的工作队") is BlockKind.INTERTITLE
    assert _kind(found, _BROKEN[1]) is BlockKind.PARAGRAPH
    assert _kind(found, _BROKEN[4]) is BlockKind.PARAGRAPH


def test_a_figure_broken_across_lines_is_no_heading(tmp_path: Path) -> None:
    """2002-01-04's shapes: a line stopping on a figure, a paragraph opening with one."""
    parts = [
        _BROKEN[0],
        "10个月来，全省1万个工作队已帮助所驻村修建道路1.2",
        "万多公里，修桥涵5581座，农网改造架设电线1.5万公里，这些实事受到了广大农民群众的欢迎。",
        _BROKEN[3],
        "驻村工作开展以来，根据省驻村办的统一要求和部署，全省已整顿和调整村党支部",
        "2371个，依照有关法定程序整顿调整村委会2236个，村级组织的凝聚力、号召力明显增强。",
    ]
    found = json_blocks(tmp_path, "干部受教育", parts, (2002, 1, 4))
    assert _kind(found, parts[1]) is BlockKind.PARAGRAPH
    assert _kind(found, parts[4]) is BlockKind.PARAGRAPH


def test_long_lines_with_a_full_stop_or_a_final_comma_or_a_short_paragraph_under_are_none(tmp_path: Path) -> None:
    parts = [
        _EMBASSY[1],
        "中国外交官对受难同胞的关爱感动了大家。俄罗斯医生和其他国家的学生都很难忘",
        _EMBASSY[3],
        "一位华侨道出了心声：我们的政府无微不至地关怀在国外的同胞，这是一个好政府，",
        _EMBASSY[4],
        "一位留学生的家长说：我们的政府无微不至地关怀在国外的同胞和他们的亲人",
        "大家都很感动。",
        _EMBASSY[6],
    ]
    found = json_blocks(tmp_path, "祖国是你们坚强的后盾", parts, (2003, 12, 1))
    for line in (parts[1], parts[3], parts[5]):
        assert _kind(found, line) is BlockKind.PARAGRAPH, line
