"""Review of round zc's body change (``zh_addresses.alone_addresses``): made-up articles in People's Daily
shapes, an address closed by a colon alone on its line opening a quotation introduced by a colon or the body
under the title, and the blocks after it (valedictions, signatures, dates).

Two nested lines of a quoted story (``老师问同学们：`` over ‘你们长大了想干什么？’, ``请看这些年轻的英雄们：``) were
read as salutations by the rule as written; the guard adds verbs of asking and bidding (问 but not 问候 nor
顾问, 嘱咐, 叮嘱, 吩咐, 请看, 请听) to ``zh_addresses._TELLING`` (dev unchanged, no fixture's blocks changed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.model import Block, BlockKind

from .test_zh_lines import kind_of
from .test_zh_tails import article

_LEAD = "新华社北京五日电　"
_STORY = "本报讯　北京第一机床厂的老工人王师傅今年退休了。"
_BODY = "我们今天在这里集会，热烈庆祝两国人民的伟大友谊。"
_SPEECH = ["周总理在大会上讲话。他说：", "“同志们，朋友们：", _BODY + "”"]


def _kinds(found: list[Block]) -> list[BlockKind]:
    return [block.kind for block in found]


# --- quoted addresses under the paragraph introducing them: salutations --------------------------------


@pytest.mark.parametrize(
    ("intro", "address", "first"),
    [
        # a children's letter quoted in a report
        (
            "北京市东城区的小学生给边防战士写了一封信。来信说：",
            "“亲爱的叔叔阿姨们：",
            "我们是东城区的少先队员。我们在学校里好好学习，长大了也要像你们一样保卫祖国。",
        ),
        # a speech quoted in a report
        ("首都各界今天举行大会。周恩来总理在大会上讲话。他说：", "“同志们，朋友们：", _BODY + "”"),
        # a toast quoted under its own introducing paragraph
        ("他在宴会上致词说：", "“尊敬的总统先生：", _BODY + "”"),
        ("团长在欢迎会上说：", "“亲爱的同志们：", "祖国人民派我们来看望你们。”"),
    ],
)
def test_a_quoted_address_under_its_introduction_is_the_salutation(
    tmp_path: Path, intro: str, address: str, first: str
) -> None:
    found = article(tmp_path, "大会", [_LEAD + "慰问团今天到达。", intro, address, first, "会场上响起了热烈的掌声。"])
    assert kind_of(found, address) is BlockKind.SALUTATION
    assert kind_of(found, intro) is BlockKind.PARAGRAPH
    assert kind_of(found, first) is BlockKind.PARAGRAPH


# --- lines ending in a colon inside a quotation that address no one: paragraphs ---------------------------


@pytest.mark.parametrize(
    ("intro", "line", "below"),
    [
        # a nested line of a quoted story: asking (guard: 问)
        ("王师傅回忆起他小时候上学的情形，他说：", "“老师问同学们：", "‘你们长大了想干什么？’我说我想当一个工人。”"),
        # a guide's sentence introducing what the pictures show (guard: 请看)
        (
            "在纪念馆里，讲解员指着墙上的照片对参观者说：",
            "“请看这些年轻的英雄们：",
            "他们中间最小的只有十六岁，最大的也不过二十岁。”",
        ),
        # bidding, with a pronoun (我们) in it: no address before the guard either
        ("他至今还记得母亲临终前的情景。他说：", "“母亲把我们叫到床前，嘱咐孩子们：", "‘要听党的话，好好做人。’”"),
        # an interview's question, no addressee's word
        ("记者访问了厂长。记者问：", "“今年的生产任务能完成吗？", "厂长说："),
        # an address with the speech run into it: not alone on its line
        ("彭真市长讲话。他说：", "“同志们：我们胜利了！", "今后的任务更加艰巨。”"),
    ],
)
def test_a_quoted_line_ending_in_a_colon_that_addresses_no_one_stays_a_paragraph(
    tmp_path: Path, intro: str, line: str, below: str
) -> None:
    found = article(tmp_path, "回忆", [_STORY, intro, line, below, "如今，他的愿望实现了。"])
    assert kind_of(found, line) is BlockKind.PARAGRAPH


# --- the body under the title --------------------------------------------------------------------------------


def test_a_speechs_addressees_called_under_its_title_and_its_closing(tmp_path: Path) -> None:
    """A toast printed under its title: the addressees called one a line join the salutation; its wish, signer
    and date under the last paragraph are its closing, as before the rule."""
    parts = [
        "尊敬的总统阁下，",
        "尊敬的夫人，",
        "女士们，先生们：",
        _BODY,
        "祝总统阁下身体健康！",
        "李先念",
        "一九八五年七月二十日",
    ]
    found = article(tmp_path, "在欢迎宴会上的讲话", parts)
    assert _kinds(found) == [
        BlockKind.HEADLINE,
        *[BlockKind.SALUTATION] * 3,
        BlockKind.PARAGRAPH,
        BlockKind.VALEDICTION,
        BlockKind.SIGNATURE,
        BlockKind.PLACE_DATE,
    ]


def test_a_sentence_broken_after_a_comma_above_the_address_is_no_addressee(tmp_path: Path) -> None:
    found = article(tmp_path, "在欢迎宴会上的讲话", ["今天我们欢迎尊敬的总统，", "女士们，先生们：", _BODY])
    assert kind_of(found, "今天我们欢迎尊敬的总统，") is BlockKind.PARAGRAPH


# --- what a quoted salutation does to the report's blocks after it: nothing ----------------------------


def test_a_report_quoting_a_speech_keeps_its_writers_line(tmp_path: Path) -> None:
    parts = [_LEAD + "首都各界今天举行大会。", *_SPEECH, "会场上响起了经久不息的掌声。", "北京第一机床厂工人　李明"]
    found = article(tmp_path, "友谊的大会", parts)
    assert kind_of(found, "“同志们，朋友们：") is BlockKind.SALUTATION
    assert found[-2].kind is BlockKind.PARAGRAPH and found[-1].kind is BlockKind.BYLINE


def test_a_report_quoting_a_speech_ending_with_a_cheer_and_its_reporters(tmp_path: Path) -> None:
    parts = [_LEAD + "首都各界今天举行大会。", *_SPEECH, "大会最后向越南人民致以崇高的敬礼！", "本报记者"]
    found = article(tmp_path, "友谊的大会", parts)
    assert _kinds(found[-2:]) == [BlockKind.PARAGRAPH, BlockKind.BYLINE]


def test_a_formula_glued_inside_the_report_after_a_quoted_speech_is_no_closing(tmp_path: Path) -> None:
    glued = "最后，大会向全体志愿军指战员致以崇高的敬礼！全体与会者"
    parts = [_LEAD + "首都各界今天举行大会。", *_SPEECH, glued, "会议在国际歌声中结束。"]
    found = article(tmp_path, "友谊的大会", parts)
    assert kind_of(found, glued) is BlockKind.PARAGRAPH
    assert not {BlockKind.VALEDICTION, BlockKind.SIGNATURE} & set(_kinds(found))


def test_a_quoted_letters_closing_then_the_report_goes_on(tmp_path: Path) -> None:
    parts = [
        _LEAD + "小学生给战士写信。来信说：",
        "“亲爱的叔叔阿姨们：",
        "我们是东城区的少先队员。",
        "此致",
        "敬礼！",
        "东城区少先队员”",
        "战士们读了信，都很感动。",
        "（新华社）",
    ]
    found = article(tmp_path, "孩子们的信", parts)
    assert _kinds(found[2:6]) == [
        BlockKind.SALUTATION,
        BlockKind.PARAGRAPH,
        BlockKind.VALEDICTION,
        BlockKind.VALEDICTION,
    ]
    assert kind_of(found, "战士们读了信，都很感动。") is BlockKind.PARAGRAPH
    assert found[-1].kind is BlockKind.CREDIT


def test_two_quoted_speeches_and_a_name_line_between_them(tmp_path: Path) -> None:
    parts = [
        _LEAD + "首都各界今天举行大会。",
        *_SPEECH,
        "接着，越南代表团团长讲话。",
        "范文同",
        "他说：",
        "“亲爱的中国朋友们：",
        "我们感谢中国人民的支援。”",
    ]
    found = article(tmp_path, "友谊的大会", parts)
    assert kind_of(found, "“亲爱的中国朋友们：") is BlockKind.SALUTATION
    assert kind_of(found, "范文同") is BlockKind.PARAGRAPH
    assert kind_of(found, "他说：") is BlockKind.PARAGRAPH
