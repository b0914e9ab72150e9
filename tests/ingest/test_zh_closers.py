"""Closing lines the other closing rules leave (encoder/ingest/zh_closers.py): a message's wish above
its signers, a closing source in square brackets, a body that wrote the report, a closing date, signers
marked （签字）; on real articles of ``tests/fixtures/rmrb-json-dev/``, real lines of them rearranged,
and near-misses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from encoder import patterns as pt
from encoder.check.validate import Validation
from encoder.diagnostics import Level, Reporter
from encoder.ingest import zh_closers
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import Block, BlockKind
from encoder.run.pipeline import encode

from ..conftest import FIXTURES, write_json_article
from .test_zh_lines import blocks
from .test_zh_tails import article

TEI = "{http://www.tei-c.org/ns/1.0}"
NS = {"t": TEI[1:-1]}


def _kinds(found: list, text: str) -> list[BlockKind]:
    return [block.kind for block in found if block.text.strip() == text]


def test_each_telegrams_wish_above_its_signers_is_its_valediction() -> None:
    """1963-10-03: on a page of telegrams, the wish or the respects alone above each signer (not the
    first letter's: letter_signature reads that one)."""
    found = blocks("1963-10-03_庆祝")
    for wish in (
        "祝你个人健康、幸福，中国人民繁荣、进步。",
        "主席先生，请接受我崇高的敬意。",
        "阁下，请接受我个人、也门人民和政府最衷心的祝愿，祝你们健康和成功，祝中华人民共和国人民进步和繁荣。",
    ):
        assert _kinds(found, wish) == [BlockKind.VALEDICTION], wish


def test_the_respects_glued_after_a_telegrams_last_sentence_are_cut_off() -> None:
    """1979-10-04: …继续进行合作。顺致最崇高的、兄弟般的敬意。 above 冈比亚共和国代总统."""
    found = blocks("1979-10-04_冈比亚")
    assert _kinds(found, "顺致最崇高的、兄弟般的敬意。") == [BlockKind.VALEDICTION]
    (body,) = [block for block in found if block.text.startswith("在中华人民共和国国庆的时候")]
    assert body.kind is BlockKind.PARAGRAPH and body.text.endswith("继续进行合作。")


_ADDRESS = "北京中华人民共和国主席刘少奇阁下："
_BODY = "值此中华人民共和国国庆之际，我向你和中国人民表示祝贺和诚挚的祝愿，祝中国人民幸福。"
_SIGNERS = ["南斯拉夫社会主义联邦共和国副总统", "亚历山大·兰科维奇", "一九六三年九月三十日于贝尔格莱德"]


def test_a_wish_above_a_signer_closes_the_message(tmp_path: Path) -> None:
    found = article(
        tmp_path, "南斯拉夫副总统的贺电", [_ADDRESS, _BODY, "祝你个人健康、幸福，中国人民繁荣、进步。", *_SIGNERS]
    )
    assert _kinds(found, "祝你个人健康、幸福，中国人民繁荣、进步。") == [BlockKind.VALEDICTION]


def test_no_valediction_of_a_body_sentence_or_without_a_signer(tmp_path: Path) -> None:
    """Near-misses: a congratulation (祝贺…), a paragraph of two sentences ending with a wish (the
    glued respects only are cut off), a wish with no letter around it, a wish with no signer under it."""
    assert not zh_closers._WISH_LINE.match("祝贺你们在社会主义建设中取得的伟大成就。")  # (a first letter's: zh_rules')
    two = "我们两国人民的友谊日益发展。祝你们健康。"
    found = article(tmp_path, "南斯拉夫副总统的贺电", [_ADDRESS, _BODY, two, *_SIGNERS])
    assert _kinds(found, two) == [BlockKind.PARAGRAPH]
    report = ["新华社北京一日电　各地群众热烈庆祝国庆。", "他们说：", "祝毛主席万寿无疆！", "王进喜　李四光"]
    found = article(tmp_path, "各地庆祝国庆", report)
    assert _kinds(found, "祝毛主席万寿无疆！") == [BlockKind.PARAGRAPH]
    found = article(tmp_path, "南斯拉夫副总统的贺电", [_ADDRESS, _BODY, "祝你个人健康、幸福，中国人民繁荣、进步。"])
    assert BlockKind.VALEDICTION not in {b.kind for b in found if b.text.startswith("祝你个人")}


def test_a_source_in_square_brackets_closing_the_text_is_its_credit() -> None:
    """1948-10-12 (【转载大众日报】) and 1950-06-02 (【新华社讯】), alone in the text's last part."""
    assert _kinds(blocks("1948-10-12_支援解放军"), "【转载大众日报】") == [BlockKind.CREDIT]
    assert _kinds(blocks("1950-06-02_一个模范托儿所"), "【新华社讯】") == [BlockKind.CREDIT]


def test_a_bracket_opening_or_inside_the_text_is_no_closing_credit(tmp_path: Path) -> None:
    """Near-misses: a lead opening the paragraph (【新华社讯】…), a bracketed heading inside the
    text (【编者的话】 with text under it), a slogan in brackets ending the text (【打倒美帝国主义】)."""
    body = "沈阳橡胶七厂共有职工一千二百名，内有女职工三百六十三名。"
    found = article(tmp_path, "一个模范托儿所", ["【新华社讯】" + body, "托儿所的经费大部分由厂方补助。"])
    assert BlockKind.CREDIT not in {b.kind for b in found}
    found = article(tmp_path, "一个模范托儿所", [body, "【新华社讯】", "托儿所的经费大部分由厂方补助。"])
    assert _kinds(found, "【新华社讯】") not in ([], [BlockKind.CREDIT])
    found = article(tmp_path, "一个模范托儿所", [body, "【打倒美帝国主义】"])
    assert _kinds(found, "【打倒美帝国主义】") not in ([], [BlockKind.CREDIT])


def test_the_writers_respects_to_his_excellency_are_a_valediction(tmp_path: Path) -> None:
    """谨向阁下致以最崇高的敬意。 (the diplomatic telegram's usual close), 顺向阁下致以…,
    请阁下接受我最崇高的敬意。, alone above the signers or glued after the last sentence; and
    …。致以崇高的敬礼！ glued (review of round r)."""
    for respects in ("谨向阁下致以最崇高的敬意。", "顺向阁下致以最良好的祝愿。", "请阁下接受我最崇高的敬意。"):
        found = article(tmp_path, "南斯拉夫副总统的贺电", [_ADDRESS, _BODY, respects, *_SIGNERS])
        assert _kinds(found, respects) == [BlockKind.VALEDICTION], respects
        found = article(tmp_path, "南斯拉夫副总统的贺电", [_ADDRESS, _BODY + respects, *_SIGNERS])
        assert _kinds(found, respects) == [BlockKind.VALEDICTION], respects
        assert _kinds(found, _BODY) == [BlockKind.PARAGRAPH], respects
    found = article(tmp_path, "南斯拉夫副总统的贺电", [_ADDRESS, _BODY + "致以崇高的敬礼！", *_SIGNERS])
    assert _kinds(found, "致以崇高的敬礼！") == [BlockKind.VALEDICTION]


def test_a_request_or_a_toast_above_the_signers_is_body_text(tmp_path: Path) -> None:
    """Near-misses: a request (请接受我们的邀请，…, an invitation), a toast (祝酒时，…), the
    telegram's last sentence; glued after a sentence, a request naming no respects."""
    for line in ("请接受我们的邀请，于明年春天访问我国。", "祝酒时，他说，两国人民的友谊万古长青。"):
        found = article(tmp_path, "南斯拉夫副总统的贺电", [_ADDRESS, _BODY, line, *_SIGNERS])
        assert _kinds(found, line) == [BlockKind.PARAGRAPH], line
    glued = _BODY + "请接受我们的邀请。"
    found = article(tmp_path, "南斯拉夫副总统的贺电", [_ADDRESS, glued, *_SIGNERS])
    assert _kinds(found, glued) == [BlockKind.PARAGRAPH]


_REPORT = ["【本报讯】渤海区人民为支援解放军攻打济南，动员了大批民工和担架。", "各地群众纷纷赶制军鞋，筹集粮草。"]


def test_a_long_reprint_source_in_brackets_at_the_end_is_a_credit(tmp_path: Path) -> None:
    """【转载一九四六年六月五日解放日报社论】: the paper reprinted from, with its date and the kind of
    article; 【本报讯】 closing the text (review of round r)."""
    for source in ("【转载一九四六年六月五日解放日报社论】", "【本报讯】"):
        found = article(tmp_path, "渤海人民的支前洪流", [*_REPORT, source])
        assert _kinds(found, source) == [BlockKind.CREDIT], source


def test_a_section_mark_in_brackets_at_the_end_is_not_a_credit(tmp_path: Path) -> None:
    """Near-misses: a section's mark (【国内简讯】), an appendix's heading (【附：…】), a picture's note
    (【图片：新华社稿】), the text's last part: no source named, or a heading with a colon."""
    for mark in ("【国内简讯】", "【附：渤海区支前民工统计表】", "【图片：新华社稿】"):
        found = article(tmp_path, "渤海人民的支前洪流", [*_REPORT, mark])
        assert _kinds(found, mark) not in ([], [BlockKind.CREDIT]), mark


def test_a_body_or_a_member_closing_a_report_is_its_byline() -> None:
    """1971-11-01: …勤俭办学。 / 山西壶关县革委会; 1972-01-05: …争… / 河北获鹿县寺家庄公社一社员."""
    assert _kinds(blocks("1971-11-01_分散"), "山西壶关县革委会") == [BlockKind.BYLINE]
    assert _kinds(blocks("1972-01-05_抓紧"), "河北获鹿县寺家庄公社一社员") == [BlockKind.BYLINE]


_REPORT = ["全县今年小麦丰收，社员们很高兴。", "他们决心明年争取更大的丰收。"]


@pytest.mark.parametrize(
    "parts",
    [
        [*_REPORT, "全县召开了革委会"],  # (the report's own words: a sentence without its stop, a verb)
        [*_REPORT, "这就是我们的革委会"],  # (的: a sentence)
        ["这里的居民互相帮助。", "人们都说。", "这就是城市居民委员会"],  # (是: a sentence without its stop)
        [*_REPORT, "“河北获鹿县寺家庄公社一社员”"],  # (in quotation marks: someone's words)
        [*_REPORT, "中共某县委员会", "一九七一年十月一日"],  # (over a date: the signer of a statement)
        ["编辑同志：", *_REPORT, "某公社一社员"],  # (a letter: its signer)
        [*_REPORT[:1], "某县革委会", "他们决心明年争取更大的丰收。"],  # (not the last line)
    ],
)
def test_a_body_line_that_does_not_close_a_report_is_no_byline(tmp_path: Path, parts: list[str]) -> None:
    found = article(tmp_path, "小麦丰收", parts)
    assert BlockKind.BYLINE not in {block.kind for block in found}, parts


def test_a_date_under_the_last_sentence_is_the_texts_place_date() -> None:
    """1981-05-04, a poem: …象磁石一样。 / 八一年三月二十日 (the year in two figures); 1986-05-02, a
    preface: …获得富有启发性的教益。 / 1986年4月 / 本文是《吴作人画展》前言 / （本版美术作品由张海波摄影） /
    the pictures' captions (short lines that end no sentence)."""
    assert _kinds(blocks("1981-05-04"), "八一年三月二十日") == [BlockKind.PLACE_DATE]
    found = blocks("1986-05-02_吴作人")
    assert _kinds(found, "1986年4月") == [BlockKind.PLACE_DATE]


_LAST = "大家决心明年争取更大的丰收。"


@pytest.mark.parametrize(
    ("parts", "line"),
    [
        (
            [_LAST, "一九六七年三月二日", "今天我们到了北京，见到了很多同志，心里非常高兴。"],
            "一九六七年三月二日",
        ),  # (a diary's)
        ([_LAST, "三月二日", "第二天我们又出发了，大家都很高兴。", "这是后记"], "三月二日"),  # (body text under it)
        (["这是一段话", "一九八一年三月", "这是最后的话"], "一九八一年三月"),  # (no sentence's end above)
        ([_LAST, "十年"], "十年"),  # (no month: no date)
        ([_LAST, "十年", "这是后记"], "十年"),  # (no month, not last: no date)
        (
            [_LAST, "一九五〇年五月一日", "成立大会", "一九五〇年六月一日", "召开座谈会"],
            "一九五〇年五月一日",
        ),  # (entries)
        (
            ["我含着眼泪写下了这首诗。", "一九七六年一月", "花开花落", "春去春来", "人民的总理", "永在我们心间"],
            "一九七六年一月",
        ),  # (a date heading a poem's verse)
        ([_LAST, "三月二日", "晴", "上午参观工厂", "下午座谈"], "三月二日"),  # (a diary's last entry: short notes)
    ],
)
def test_a_date_line_that_does_not_close_the_text_is_no_place_date(tmp_path: Path, parts: list[str], line: str) -> None:
    found = article(tmp_path, "丰收", ["全县今年小麦丰收，社员们很高兴。", *parts])
    assert BlockKind.PLACE_DATE not in _kinds(found, line), parts


@pytest.mark.parametrize("title", ["关于春耕的通知", "某县革委会的声明", "致全县社员的一封信"])
def test_a_body_closing_a_notice_or_a_message_signs_it(tmp_path: Path, title: str) -> None:
    found = article(tmp_path, title, [*_REPORT, "山西壶关县革委会"])
    assert _kinds(found, "山西壶关县革委会") not in ([], [BlockKind.BYLINE]), title


def test_a_date_closing_a_poem_is_its_place_date(tmp_path: Path) -> None:
    parts = ["春风吹绿了山冈，", "田野里一片繁忙。", "社员们干劲冲天，", "誓夺今年大丰收。", "一九七二年三月"]
    assert _kinds(article(tmp_path, "春天的歌", parts), "一九七二年三月") == [BlockKind.PLACE_DATE]


@pytest.mark.parametrize("title", ["勤劳致富的带头人", "决定性的一年", "坚持业余读书", "社队集资办电"])
def test_a_title_with_the_word_for_a_message_inside_a_word_still_lets_the_body_be_the_byline(
    tmp_path: Path, title: str
) -> None:
    # (致富, 决定性, 读书, 办电 name no message, no decision: the report's closing body is its byline)
    found = article(tmp_path, title, [*_REPORT, "山西壶关县革委会"])
    assert _kinds(found, "山西壶关县革委会") == [BlockKind.BYLINE], title


@pytest.mark.parametrize("group", ["山西壶关县革委会报道组", "河北某县委写作小组"])
def test_a_bodys_reporting_or_writing_group_closing_a_report_is_its_byline(tmp_path: Path, group: str) -> None:
    found = article(tmp_path, "分散办学好", [*_REPORT, group])
    assert _kinds(found, group) == [BlockKind.BYLINE]


def test_a_body_signing_a_notice_over_its_date_is_its_signature(tmp_path: Path) -> None:
    parts = [
        "各公社、生产大队：",
        "春耕生产即将开始，各地要切实做好准备工作。",
        "山西壶关县革委会",
        "一九七一年三月一日",
    ]
    found = article(tmp_path, "关于做好春耕生产的几点意见", parts)
    assert _kinds(found, "山西壶关县革委会") == [BlockKind.SIGNATURE]


def test_a_formula_or_a_wish_glued_to_a_letters_last_sentence_is_its_valediction() -> None:
    """1951-05-04: …的苦心。此致崇高的慰问敬礼！ above 出席…全体代表; 1950-08-02: …而奋斗！谨祝您们身体健康！
    above the writer's role and name 北京市电车公司工人  韩振兴, then that line its signature."""
    found = blocks("1951-05-04_向中朝")
    assert _kinds(found, "此致崇高的慰问敬礼！") == [BlockKind.VALEDICTION]
    assert _kinds(found, "出席处理接受美国津贴救济机关会议全体代表") == [BlockKind.SIGNATURE]
    found = blocks("1950-08-02_努力生产")
    assert _kinds(found, "谨祝您们身体健康！") == [BlockKind.VALEDICTION]
    assert _kinds(found, "北京市电车公司工人  韩振兴") == [BlockKind.SIGNATURE]
    (body,) = [block for block in found if block.text.startswith("亲爱的解放军同志们！我们要在")]
    assert body.kind is BlockKind.PARAGRAPH and body.text.endswith("为建设新中国而奋斗！")


_WRITER = "北京市电车公司工人  韩振兴"


def test_a_glued_wish_needs_its_opening_word_a_letter_and_a_signer_under_it(tmp_path: Path) -> None:
    """Near-misses: a wish opened by 祝 alone glued to a sentence (body text: 祝你们健康。), a glued
    wish in a report with no salutation (its writer stays a byline), a glued wish over a reporter's
    line (a byline, not the letter's signer), a glued wish with nothing under it."""
    two = "我们要为建设新中国而奋斗！祝您们身体健康！"
    found = article(tmp_path, "京市电车工人致函解放军", [_ADDRESS, _BODY, two, _WRITER])
    assert _kinds(found, two) == [BlockKind.PARAGRAPH]
    glued = "我们要为建设新中国而奋斗！谨祝您们身体健康！"
    found = article(tmp_path, "京市电车工人的生产竞赛", [_BODY, glued, _WRITER])
    assert BlockKind.VALEDICTION not in {b.kind for b in found}
    assert _kinds(found, _WRITER) == [BlockKind.BYLINE]
    found = article(tmp_path, "京市电车工人致函解放军", [_ADDRESS, _BODY, glued, "新华社记者　张三"])
    assert _kinds(found, "新华社记者　张三") == [BlockKind.BYLINE]
    found = article(tmp_path, "京市电车工人致函解放军", [_ADDRESS, _BODY, glued])
    assert BlockKind.VALEDICTION not in {b.kind for b in found}


def test_the_respects_opened_by_ci_zhi_glued_are_cut_off(tmp_path: Path) -> None:
    """此致…敬礼！ glued after the last sentence, above the signer (a made-up telegram: its lines real
    ones), and not where the formula has no sentence end before it (…此致崇高的敬礼！ inside a sentence)."""
    glued = "我们两国人民的友谊日益发展。此致崇高的敬礼！"
    found = article(tmp_path, "南斯拉夫副总统的贺电", [_ADDRESS, _BODY, glued, *_SIGNERS])
    assert _kinds(found, "此致崇高的敬礼！") == [BlockKind.VALEDICTION]
    inside = "我们两国人民的友谊日益发展，谨此致崇高的敬礼！"
    found = article(tmp_path, "南斯拉夫副总统的贺电", [_ADDRESS, _BODY, inside, *_SIGNERS])
    assert BlockKind.VALEDICTION not in {b.kind for b in found if b.text.startswith("我们两国")}


def test_a_letters_writers_line_is_its_signature() -> None:
    """1979-09-02: the letter to the editor (编辑同志：) signed 北京  齐卫  廖杜 (a place and the writers,
    which the byline rules read as writers): its signature."""
    found = blocks("1979-09-02_快接受")
    assert _kinds(found, "北京  齐卫  廖杜") == [BlockKind.SIGNATURE]


def test_a_writers_line_signs_no_text_without_a_letter_or_a_sentence_above(tmp_path: Path) -> None:
    """Near-misses: the same line closing a text with no salutation, under a line that ends no sentence,
    and a reporter's line closing a letter's text (the report's byline)."""
    letter = "读八月二日《人民日报》发表的记者来信，很有感触。这个教训难道还不该记取！"
    found = article(tmp_path, "快接受盲目进口的教训！", [letter, "北京  齐卫  廖杜"], ["齐卫", "廖杜"])
    assert _kinds(found, "北京  齐卫  廖杜") == [BlockKind.BYLINE]
    found = article(
        tmp_path, "快接受盲目进口的教训！", ["编辑同志：", letter, "一套进口设备的遭遇", "北京  齐卫  廖杜"]
    )
    assert _kinds(found, "北京  齐卫  廖杜") not in ([], [BlockKind.SIGNATURE])
    found = article(tmp_path, "快接受盲目进口的教训！", ["编辑同志：", letter, letter, "新华社记者　张三"])
    assert _kinds(found, "新华社记者　张三") == [BlockKind.BYLINE]


_QUOTING = [
    "本报讯　前天，北京市第一机床厂收到了一封来信。信中写道：",
    "机床厂的同志们：",
    "你们支援农业的机床已经运到，社员们非常高兴。",
    "这封信在全厂职工中引起了很大的反响，大家表示一定要生产更多更好的机床支援农业。",
]


@pytest.mark.parametrize("names", ["张维　李明", "（张维　李明）", "新华社记者　张维　李明", "本报记者　张维　李明"])
def test_a_reports_reporters_line_under_a_quoted_letter_stays_its_byline(tmp_path: Path, names: str) -> None:
    """Review of blocks-t: a report quoting a letter (its salutation under the report's sentence,
    信中写道：) ends with its reporters' line, the report's byline: names, names in brackets, one
    role and several names."""
    found = article(tmp_path, "一封感谢信", [*_QUOTING, names], ["张维", "李明"])
    assert _kinds(found, names) == [BlockKind.BYLINE]


def test_a_letters_writers_line_under_an_editors_letter_is_its_signature(tmp_path: Path) -> None:
    """A letter to the editor opening the text, signed by a place and its writers: signature."""
    parts = [
        "编辑同志：",
        "读了八月二日贵报发表的记者来信，很有感触。",
        "这个教训难道还不该记取吗？",
        "北京  齐卫  廖杜",
    ]
    found = article(tmp_path, "快接受盲目进口的教训", parts, ["齐卫", "廖杜"])
    assert _kinds(found, "北京  齐卫  廖杜") == [BlockKind.SIGNATURE]


def test_a_quoted_letters_closing_inside_quotes_stays_in_the_report(tmp_path: Path) -> None:
    """The wish closes a letter quoted in a report, the quotation closed on it, no signer under it."""
    parts = [
        "本报讯　石景山钢铁厂工人给志愿军写了一封信。",
        "“亲爱的志愿军同志们：",
        "我们一定努力生产，支援你们打败美国侵略者。谨祝你们身体健康！”",
        "工人们表示，一定要用实际行动来支援前线，多炼钢，炼好钢。",
    ]
    found = article(tmp_path, "工人的来信", parts)
    assert BlockKind.VALEDICTION not in {block.kind for block in found}


def test_a_poem_line_ending_ci_zhi_jing_li_keeps_its_line(tmp_path: Path) -> None:
    """此致敬礼！ run into a line of verse (after a dash, no sentence end before it) is the poem's."""
    parts = ["亲爱的英雄们：", "你们在冰天雪地里战斗，", "你们在枪林弹雨中前进。", "我们向你们——此致敬礼！", "张三"]
    found = article(tmp_path, "致英雄", parts, ["张三"])
    assert _kinds(found, "我们向你们——此致敬礼！") == [BlockKind.PARAGRAPH]


def test_a_glued_jing_zhu_wish_above_a_signer_is_cut_off(tmp_path: Path) -> None:
    """The rule's own case, made up: …而奋斗！敬祝毛主席万寿无疆！ above the writers."""
    body = "这是一段足够长的正文，讲述了工厂里的工人们如何克服困难、改进技术、提高产量，并取得了显著的成绩。"
    parts = ["敬爱的毛主席：", body, "我们一定为建设社会主义而奋斗！敬祝毛主席万寿无疆！", "大寨大队全体社员"]
    found = article(tmp_path, "大寨社员给毛主席的信", parts)
    assert _kinds(found, "敬祝毛主席万寿无疆！") == [BlockKind.VALEDICTION]
    assert _kinds(found, "我们一定为建设社会主义而奋斗！") == [BlockKind.PARAGRAPH]


def test_a_signer_marked_as_signed_and_the_signers_above_him_are_signatures() -> None:
    """1953-03-05: the doctors' bulletin signed by eight lines of signers, the last marked
    （签字）, under its last sentence; 1951-05-03: two orders, each signed （签字） under its last
    cheer; 1954-09-02: an order signed by its commander."""
    found = blocks("1953-03-05_斯大林同志三月四日")
    for signer in (
        "苏联卫生部部长阿·弗·特雷季雅科夫",
        "医药科学院院士纳·维·科诺瓦洛夫教授",
        "伊·纳·菲利莫诺夫教授，伊·斯·格拉茹诺夫教授，",
        "鲁·阿·特卡切夫教授，维·伊·伊凡诺夫—涅兹纳莫夫讲师（签字）",
    ):
        assert _kinds(found, signer) == [BlockKind.SIGNATURE], signer
    assert _kinds(found, "目前正在施行若干旨在恢复身体极其重要的机能的治疗。") == [BlockKind.PARAGRAPH]
    found = blocks("1951-05-03_苏联陆、海军部长")
    assert _kinds(found, "苏联陆军部部长、苏联元帅华西列夫斯基（签字）") == [BlockKind.SIGNATURE]
    assert _kinds(found, "苏联海军部部长、海军上将尤马谢夫（签字）") == [BlockKind.SIGNATURE]
    assert set(_kinds(found, "我们伟大的导师与领袖斯大林同志万岁！")) == {BlockKind.PARAGRAPH}
    assert _kinds(blocks("1954-09-02_庆祝越南"), "越南人民军总司令武元甲将军（签字）") == [BlockKind.SIGNATURE]


def test_no_marked_signers_of_a_sentence_nor_without_a_sentence_above(tmp_path: Path) -> None:
    """Near-misses: a sentence saying someone signed (its full stop), a marked line whose lines
    above run up to a heading with no sentence ended above them, a sentence above the signers
    (its colon: 签字的有：)."""
    body = "我们伟大的导师与领袖斯大林同志万岁！"
    said = "双方代表在协定上签了字。苏联元帅华西列夫斯基（签字）。"
    found = article(tmp_path, "苏联陆军部长的命令", [body, said])
    assert _kinds(found, said) == [BlockKind.PARAGRAPH]
    found = article(tmp_path, "苏联陆军部长的命令", ["一", "苏联元帅华西列夫斯基（签字）"])
    assert _kinds(found, "苏联元帅华西列夫斯基（签字）") not in ([], [BlockKind.SIGNATURE])
    found = article(tmp_path, "苏联陆军部长的命令", [body, "签字的有：", "苏联元帅华西列夫斯基（签字）"])
    assert _kinds(found, "签字的有：") not in ([], [BlockKind.SIGNATURE])
    assert not zh_closers._MARKED_SIGNED.match("会谈后双方签字（签字）。")


def dated_article(
    tmp_path: Path, title: str, parts: list[str], date: tuple[int, int, int], authors: list[str] | None = None
) -> list[Block]:
    """The blocks of an article of ``date`` written to ``tmp_path``: its title, then ``parts``."""
    name = f"{date[0]}-{date[1]:02d}-{date[2]:02d}_x.json"
    path = write_json_article(tmp_path / name, title, parts, date, authors=authors)
    reporter = Reporter(str(path))
    return parse(read_source(path, reporter=reporter), reporter).texts[0].blocks


def tei(path: Path) -> etree._Element:
    """The TEI of ``path``, valid, with no warning nor block diagnostic."""
    result = encode(path, validation=Validation("project", engine="lxml"), ner=False)
    bad = [str(d) for d in result.diagnostics if d.level >= Level.WARNING or d.code.startswith(("D", "V"))]
    assert result.tei is not None and not bad, bad
    return etree.fromstring(result.tei)


_LEAD = "【新华社北京十四日电】中华人民共和国与苏维埃社会主义共和国联盟友好同盟互助条约全文如下："
_ARTICLE = (
    "第六条　本条约经双方批准后立即生效，有效期定为三十年，"
    "如在期满前一年未有缔约国任何一方表示愿予废除时，则延长五年，并依此法顺延之。"
)
_DONE = "本条约于一九五〇年二月十四日在莫斯科签订，共两份，每份均以中文和俄文书写，两种文字有同等效力。"
_PARTIES = [
    "中华人民共和国中央人民政府全权代表　周恩来（签字）",
    "苏维埃社会主义共和国联盟全权代表　安·扬·维辛斯基（签字）",
]
_WAR = "在这一伟大的爱国战争中，由于全体人民无限的支持，我们的军队获得了一次比一次巨大的胜利，并且一天比一天强大了。"


def test_each_partys_marked_signer_one_under_the_other_signs_the_treaty_in_one_closer(tmp_path: Path) -> None:
    """A treaty prints each party's signer marked （签字）, one under the other: both are signatures
    (a marked line above counts as a signer), both in the one closer, no item cut off after it."""
    found = dated_article(tmp_path, "中苏友好同盟互助条约", [_LEAD, _ARTICLE, _DONE, *_PARTIES], (1950, 2, 15))
    assert [_kinds(found, signer) for signer in _PARTIES] == [[BlockKind.SIGNATURE]] * 2
    assert _kinds(found, _DONE) == [BlockKind.PARAGRAPH]
    path = write_json_article(
        tmp_path / "1950-02-15_y.json", "中苏友好同盟互助条约", [_LEAD, _ARTICLE, _DONE, *_PARTIES], (1950, 2, 15)
    )
    root = tei(path)
    assert len(root.xpath("//t:closer/t:signed", namespaces=NS)) == 2
    assert not root.xpath("//t:div[@type='item']", namespaces=NS)


def test_a_date_above_the_marked_signer_is_no_signer(tmp_path: Path) -> None:
    """一九五四年八月十九日 above the commander's marked line is the order's date (no name, no title):
    the walk up over the signers stops at it; the signer under it still signs the order."""
    parts = [_WAR, _WAR, "越南人民军万岁！", "一九五四年八月十九日", "越南人民军总司令武元甲将军（签字）"]
    found = dated_article(tmp_path, "武元甲将军发布命令", parts, (1954, 9, 2))
    assert _kinds(found, "越南人民军总司令武元甲将军（签字）") == [BlockKind.SIGNATURE]
    assert _kinds(found, "一九五四年八月十九日") not in ([], [BlockKind.SIGNATURE])


@pytest.mark.parametrize(
    ("title", "parts", "date", "marked"),
    [
        (  # a report quoting a treaty, then going on (the banquet): the treaty's last sentence is not the text's
            "中苏友好同盟互助条约签订",
            [
                _LEAD,
                _ARTICLE,
                _DONE,
                "中华人民共和国中央人民政府全权代表周恩来",
                "苏维埃社会主义共和国联盟全权代表维辛斯基（签字）",
                "条约签订后，斯大林大元帅和毛泽东主席在克里姆林宫举行了宴会，双方的领导人都出席了宴会。",
                "毛泽东主席在宴会上讲了话，他说，中苏两国人民的友谊是永恒的，牢不可破的。",
            ],
            (1950, 2, 15),
            "苏维埃社会主义共和国联盟全权代表维辛斯基（签字）",
        ),
        (  # a story quoting a receipt (借条) with its signer, then going on: the story is no signed message
            "一张借条",
            [
                "一九六〇年春天，村里断了粮，老支书带着大家到公社借粮，写下了一张借条。",
                "借到公社粮站玉米五百斤，秋后归还。",
                "借粮人　第三生产队队长李长贵（签名）",
                "三十年过去了，这张发黄的借条，李长贵一直压在箱底，他常常拿出来给孩子们看，讲当年的苦日子。",
                "他说，不能忘了过去。",
            ],
            (1990, 5, 3),
            "借粮人　第三生产队队长李长贵（签名）",
        ),
    ],
)
def test_marked_signers_quoted_in_a_text_that_goes_on_are_no_signatures(
    tmp_path: Path, title: str, parts: list[str], date: tuple[int, int, int], marked: str
) -> None:
    """A treaty quoted in a report, a receipt in a story: the text goes on under the signers, which
    close no text (a report's body made a letter and an item otherwise)."""
    assert _kinds(dated_article(tmp_path, title, parts, date), marked) == [BlockKind.PARAGRAPH]
    path = write_json_article(tmp_path / f"{date[0]}-{date[1]:02d}-{date[2]:02d}_y.json", title, parts, date)
    root = tei(path)
    assert not root.xpath("//t:div[@type='item']", namespaces=NS)
    assert not root.xpath("//t:div[@type='letter']", namespaces=NS)


def test_a_marked_signer_over_another_report_that_is_no_signed_document_stays(tmp_path: Path) -> None:
    """Under the signers, another report's lead in brackets whose text ends in its own paragraphs (no
    marked signer closing it): the signers close no text (1951-05-03's two orders each end so)."""
    parts = [_LEAD, _ARTICLE, _DONE, _PARTIES[1], "【新华社十五日讯】莫斯科各界人士热烈欢迎条约的签订。", _WAR]
    found = dated_article(tmp_path, "中苏条约签订", parts, (1950, 2, 16))
    assert _kinds(found, _PARTIES[1]) == [BlockKind.PARAGRAPH]


def test_marked_signers_after_a_colon_or_in_a_sentence_stay_as_they_were(tmp_path: Path) -> None:
    """签字的有： introduces a list, and a sentence saying someone signed is no signer's line."""
    found = dated_article(tmp_path, "协定签字", [_WAR, "在协定上签字的有：", "中方代表叶季壮（签字）"], (1950, 4, 20))
    assert _kinds(found, "在协定上签字的有：") not in ([], [BlockKind.SIGNATURE])
    said = "周恩来总理和维辛斯基外长分别代表两国政府在条约上签了字，签字的文本上写着周恩来（签字）。"
    assert _kinds(dated_article(tmp_path, "条约签字", [_WAR, said], (1950, 2, 15)), said) == [BlockKind.PARAGRAPH]


def test_the_marked_signers_dev_articles_convert_valid_with_no_text_lost() -> None:
    """1953-03-05 (eight lines of signers in one closer), 1951-05-03 (two orders), 1954-09-02."""
    for prefix in ("1953-03-05_斯大林", "1951-05-03_苏联陆", "1954-09-02_庆祝越南"):
        (path,) = sorted((FIXTURES / "rmrb-json-dev").glob(f"{prefix}*.json"))
        root = tei(path)
        text = "".join("".join(root.find(f"{TEI}text").itertext()).split())
        for part in json.loads(path.read_text(encoding="utf-8"))["parts"]:
            assert "".join(part["text"].split()) in text, (prefix, part["text"][:30])
        if prefix.startswith("1953"):
            (closer,) = root.xpath("//t:closer", namespaces=NS)
            assert len(closer.xpath("t:signed", namespaces=NS)) == 8


_BILINGUAL = (
    "Title: Order of the Commander-in-Chief of the Viet Nam People's Army\nAuthor: \nDate: 1954-09-02\nPage: 4\n"
    + """
Order of the Commander-in-Chief of the Viet Nam People's Army

After nine years of heroic resistance, our people and army celebrate the August Revolution in peace.

Our heroic People's Army fought with the whole people for independence and grew stronger day by day.

The People's Army is determined to fulfil the tasks entrusted to it by President Ho Chi Minh.

{en}

<hr />

Original:

### 越南人民军总司令的命令

1954-09-02
第4版()
专栏：

    越南人民军总司令的命令
    在我们经过八、九年的英勇和胜利的抗战以后，这是我们的人民和军队第一次在和平的环境中欢庆八月革命纪念日和国庆日。
    我们英勇的人民军同全国人民一起，为了独立和统一、民主与和平，坚决地进行了抗战，并且一天比一天强大了。
    越南人民军有决心完成胡志明主席、党和政府托付给它的光荣任务。
{zh}
"""
)


@pytest.mark.parametrize(
    ("en", "zh"),
    [
        (
            "General Vo Nguyen Giap, Commander-in-Chief of the Viet Nam People's Army (Signed)",
            "    越南人民军总司令武元甲将军（签字）",
        ),
        (
            "Minister of National Defence Vo Nguyen Giap (Signed)\n\nChief of the General Staff Van Tien Dung (Signed)",
            "    越南民主共和国国防部长武元甲（签字）\n    越南人民军总参谋长文进勇（签字）",
        ),
    ],
)
def test_signers_marked_on_both_sides_of_a_bilingual_text_mirror(tmp_path: Path, en: str, zh: str) -> None:
    """The order's signers close one letter on each side alike: no V104/V108, as many signers each side."""
    path = tmp_path / "order.txt"
    path.write_text(_BILINGUAL.format(en=en, zh=zh), encoding="utf-8")
    body = tei(path).find(f"{TEI}text/{TEI}body")
    counts = [
        len(div.xpath(".//t:div[@type='letter']/t:closer/t:signed", namespaces=NS)) for div in body.findall(f"{TEI}div")
    ]
    assert counts == [en.count("(Signed)")] * 2


def test_the_papers_remark_glued_after_the_reporters_line_is_cut_off() -> None:
    """1977-02-04: 新华社记者（本报有删节） under the last paragraph; 1969-04-04: 新华社通讯员（本报有删节）:
    the reporters' byline, then the paper's remark, an editorial note."""
    found = blocks("1977-02-04_向新胜利")
    assert [(block.kind, block.text.strip()) for block in found[-2:]] == [
        (BlockKind.BYLINE, "新华社记者"),
        (BlockKind.EDITORIAL, "（本报有删节）"),
    ]
    found = blocks("1969-04-04_太行山下")
    assert [block.kind for block in found[-2:]] == [BlockKind.BYLINE, BlockKind.EDITORIAL]
    assert found[-2].text.strip() == "新华社通讯员"


def test_no_remark_cut_off_a_line_that_is_no_reporters_or_a_bracket_that_is_no_remark(tmp_path: Path) -> None:
    """Made up: a bracket that is no remark of the paper (新华社记者（传真照片）), the remark after a line
    that is no reporter's (一位老工人（本报有删节）), the remark after a reporter's line high in the text
    (four paragraphs under it): nothing is cut off."""
    body = "这个厂今年生产获得了全面丰收，工人群众的生活得到了显著的改善，干部和群众的干劲更足了。"
    for line in ("新华社记者（传真照片）", "一位老工人（本报有删节）"):
        found = article(tmp_path, "报道", [body, body, line])
        assert found[-1].text.strip() == line, line
    found = article(tmp_path, "报道", [body, "新华社记者（本报有删节）", body, body, body, body])
    assert BlockKind.EDITORIAL not in {block.kind for block in found}


@pytest.mark.parametrize("credit", ["（原载《解放军报》，编者有删节）", "（转载自《光明日报》，编者有删节）"])
def test_a_source_noting_the_cut_glued_after_the_reporters_line_is_a_credit(tmp_path: Path, credit: str) -> None:
    """Made up: a source in brackets noting the cut (POLICY: （原载…） is a credit) glued after the
    reporter's line: the byline, then the credit, not the paper's remark; no character lost."""
    body = "这个厂今年生产获得了全面丰收，工人群众的生活得到了显著的改善，干部和群众的干劲更足了。"
    found = article(tmp_path, "报道", [body, body, "新华社记者" + credit])
    assert [(block.kind, block.text) for block in found[-2:]] == [
        (BlockKind.BYLINE, "新华社记者"),
        (BlockKind.CREDIT, credit),
    ]


def test_a_telegrams_closing_date_and_place_are_no_signers_and_its_signers_stand_above() -> None:
    """1965-03-01: 中华人民共和国 / 国务院副总理兼国防部长 / 中华人民共和国元帅 / 林彪 / 一九六五年二月二十七日 /
    于北京 under the telegram's last sentence: four signer's lines, then the date and the place."""
    found = blocks("1965-03-01_林彪元帅")
    assert [b.kind for b in found[-6:]] == [BlockKind.SIGNATURE] * 4 + [BlockKind.PLACE_DATE] * 2
    assert [b.text for b in found[-2:]] == ["一九六五年二月二十七日", "于北京"]


def test_a_date_padded_after_a_signer_is_cut_off_as_the_place_date() -> None:
    """1949-07-02: 中国新民主主义青年团中央委员会　六月二十九日; 1951-01-03: 读者  张明治  十二月二十日: the
    signer, then the date."""
    found = blocks("1949-07-02_青年团")
    assert [(b.kind, b.text.strip()) for b in found[-2:]] == [
        (BlockKind.SIGNATURE, "中国新民主主义青年团中央委员会"),
        (BlockKind.PLACE_DATE, "六月二十九日"),
    ]
    found = blocks("1951-01-03_读者来信")
    assert _kinds(found, "十二月二十日") == [BlockKind.PLACE_DATE]
    assert _kinds(found, "读者  张明治") == [BlockKind.SIGNATURE]


_GREETING = "在你们国庆的时候，我代表中国人民向你们致以热烈的祝贺，祝两国人民的友谊不断发展。"


def test_short_lines_over_a_closing_date_are_signers_only_in_a_message_under_its_last_sentence(
    tmp_path: Path,
) -> None:
    """Made up: a telegram (its salutation) closing 中华人民共和国 / 国务院总理 / 周恩来 / 一九七一年二月三日 /
    于北京: signers, then its place-date; no salutation (a report ending so), five short lines above
    the date, or a line going on from the sentence above (no sentence's end): no signers."""
    closing = ["中华人民共和国", "国务院总理", "周恩来", "一九七一年二月三日", "于北京"]
    found = article(tmp_path, "贺电", ["锡兰总理阁下：", _GREETING, *closing])
    assert [b.kind for b in found[-5:]] == [BlockKind.SIGNATURE] * 3 + [BlockKind.PLACE_DATE] * 2
    found = article(tmp_path, "报道", [_GREETING, _GREETING, *closing])
    assert _kinds(found, "周恩来") not in ([], [BlockKind.SIGNATURE])
    found = article(tmp_path, "贺电", ["锡兰总理阁下：", _GREETING, "中国人民", "中国政府", *closing])
    assert _kinds(found, "周恩来") not in ([], [BlockKind.SIGNATURE])
    found = article(tmp_path, "贺电", ["锡兰总理阁下：", _GREETING[:-1] + "，", *closing])
    assert _kinds(found, "周恩来") not in ([], [BlockKind.SIGNATURE])


def test_a_signers_line_without_a_date_after_its_padding_is_kept_whole(tmp_path: Path) -> None:
    """Made up: 北京　五月花剧团 signing a letter (五月 opens a name, no date) is one line, no place-date."""
    found = article(tmp_path, "来信", ["编辑同志：", _GREETING, "北京\u3000五月花剧团"])
    assert found[-1].text == "北京\u3000五月花剧团" and found[-1].kind is not BlockKind.PLACE_DATE


@pytest.mark.parametrize(
    ("last", "signer", "date"),
    [
        ("苏钢 1984年1月25日", "苏钢 ", "1984年1月25日"),  # (the full date: after any space, which stays the signer's)
        ("第六次全国劳动大会谨上  八月一日", "第六次全国劳动大会谨上  ", "八月一日"),  # (the signer's own formula)
        ("第六次全国劳动大会  八月一日", "第六次全国劳动大会", "八月一日"),  # (a bare signer: cut at the padding)
    ],
)
def test_one_place_cuts_the_date_off_a_signers_line(tmp_path: Path, last: str, signer: str, date: str) -> None:
    """Round z cleanup: the date ending a signer's line is cut off in ``_signers_dates`` alone (it was
    cut in zh_letters too), where each cut falls as before (the texts on each side unchanged)."""
    address = "第六次全国劳动大会致朱总司令及全体指战员同志："
    body = "大会谨代表全国职工向你们致敬！我们一定以全力支援革命战争，直到最后胜利。"
    found = article(tmp_path, "向朱总司令致敬", [address, body, last])
    assert [(b.kind, b.text) for b in found[-2:]] == [(BlockKind.SIGNATURE, signer), (BlockKind.PLACE_DATE, date)]


def test_a_weekday_is_cut_off_a_signer_under_the_closing_formula(tmp_path: Path) -> None:
    """敬礼！ / 秦  星期三 (the shape of 1949-08-05's quoted letter): the weekday is the place-date."""
    letter = ["老王同志：", "我们一定以全力支援革命战争，直到最后胜利。", "敬礼！", "秦  星期三"]
    found = article(tmp_path, "一封信", letter)
    assert [(b.kind, b.text.strip()) for b in found[-2:]] == [
        (BlockKind.SIGNATURE, "秦"),
        (BlockKind.PLACE_DATE, "星期三"),
    ]


@pytest.mark.parametrize("last", ["秦  星期三", "第六次全国劳动大会 八月一日", "第六次全国劳动大会  八月"])
def test_no_date_is_cut_off_without_its_shape(tmp_path: Path, last: str) -> None:
    """Near-misses of the cut: a weekday under no closing formula, the day alone after one space, a
    month with no day."""
    address = "第六次全国劳动大会致朱总司令及全体指战员同志："
    body = "大会谨代表全国职工向你们致敬！我们一定以全力支援革命战争，直到最后胜利。"
    found = article(tmp_path, "向朱总司令致敬", [address, body, last])
    assert BlockKind.PLACE_DATE not in {b.kind for b in found}, last


@pytest.mark.parametrize(
    ("last", "signer"), [("秦  八月一日", "秦  "), ("秦\t八月一日", "秦\t")], ids=["spaces", "tab"]
)
def test_the_day_padded_under_the_formula_is_cut_where_the_day_starts(tmp_path: Path, last: str, signer: str) -> None:
    """(The round's review.) 老王同志： / … / 敬礼！ / 秦  八月一日: the padding stays the signer's, the day alone is
    the place-date, as the letters' pass cut it before the one place took it over."""
    found = article(tmp_path, "一封信", ["老王同志：", "我们一定以全力支援革命战争，直到最后胜利。", "敬礼！", last])
    assert [(b.kind, b.text) for b in found[-2:]] == [(BlockKind.SIGNATURE, signer), (BlockKind.PLACE_DATE, "八月一日")]


def test_a_full_date_with_its_place_alone_on_a_line_is_a_place_date() -> None:
    """1962-10-02: 1962年9月29日于布拉格 under a telegram whose signer the rules missed (read as a heading);
    1968-06-01: 一九六八年五月二十五日于北京 above a joint communiqué's signers (read as a paragraph)."""
    found = blocks("1962-10-02_庆祝中华人民共和国成立十三周年")
    assert set(_kinds(found, "1962年9月29日于布拉格")) == {BlockKind.PLACE_DATE}
    found = blocks("1968-06-01_中华人民共和国政府_几内亚共和国政府")
    assert _kinds(found, "一九六八年五月二十五日于北京") == [BlockKind.PLACE_DATE]


def test_no_place_date_of_a_sentence_or_a_date_lacking_its_year_day_or_place(tmp_path: Path) -> None:
    """Near-misses: an event's day and place with its verb (…于北京举行, …于北京召开), a date with no year or no
    day, a date and place in a sentence (a comma, more words), a bare full date in a report (no place)."""
    for line in (
        "1962年9月30日于北京举行",
        "一九六八年五月二十五日于北京召开",
        "九月三十日于北京",
        "1962年9月于北京",
        "1962年9月30日于北京，",
        "1962年9月30日在北京",
        "1962年9月30日于北京的会议上宣布",
    ):
        assert not pt.ZH_DATED_PLACE.match(line), line
    report = ["新华社北京一日电　会议决定：", "1962年9月30日于北京举行", "各国代表出席了会议。"]
    found = article(tmp_path, "会议决定", report)
    assert _kinds(found, "1962年9月30日于北京举行") not in ([], [BlockKind.PLACE_DATE])
