"""Round zg: the address of a letter or a speech further down the text (encoder/ingest/zh_addresses.py,
``alone_addresses``; encoder/ingest/zh_tails.py, ``salutations``), on real input (dev fixtures and an unlabelled
article of the development corpus) and on the near misses that must keep their kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.model import BlockKind

from ..enrich.test_zh_pieces import article, blocks, kind_of

_BODY = "在你们的节日里，我们向你们致以热烈的祝贺，祝你们在建设祖国的事业中取得更大的成就。"


# --- an address alone on its line under a heading, a signature or a byline (zh_addresses.alone_addresses) -------


def test_an_address_called_out_under_a_letters_byline_is_its_salutation() -> None:
    """1956-05-01 向伟大的中国人民致敬: a worker's letter, his byline, then 亲爱的中国朋友们！ over its text."""
    assert kind_of(blocks("1956-05-01_向伟大的中国人民致敬"), "亲爱的中国朋友们！") is BlockKind.SALUTATION


def test_a_telegrams_address_called_out_under_its_title_is_its_salutation() -> None:
    """1958-10-03 (unlabelled): the addressee and two addresses called out, under the title."""
    found = blocks("1958-10-03_苏中友协理事会主席安德烈耶夫的贺电")
    assert kind_of(found, "中苏友好协会总会敬爱的宋庆龄同志！亲爱的同志们！") is BlockKind.SALUTATION


def test_a_heading_padded_apart_and_run_into_an_address_is_no_salutation() -> None:
    """1951-01-03 读者来信: a letter's title in three padded halves, then 编者同志：, on one line; a salutation
    would put the title inside the salute, so the line keeps its kind."""
    line = "燃料工业部经理司大同办事处  屡次不执行合同  造成国家的损失编者同志："
    assert kind_of(blocks("1951-01-03_读者来信"), line) is BlockKind.PARAGRAPH


def test_an_address_under_a_subtitle_in_quotation_marks_stays_as_it_was(tmp_path: Path) -> None:
    """Quoted, right under the title's decks: a quotation of the address, not the text's own (as before)."""
    found = article(tmp_path, "致全国青年", ["“青年朋友们！", _BODY])
    assert kind_of(found, "“青年朋友们！") is BlockKind.PARAGRAPH


def test_an_address_under_a_narrative_paragraph_stays_a_paragraph(tmp_path: Path) -> None:
    """Under a paragraph not ending in a colon: a speech reported, not printed whole."""
    found = article(tmp_path, "大会开幕", ["大会在热烈的掌声中开幕，会场里坐满了代表。", "同志们！", _BODY])
    assert kind_of(found, "同志们！") is BlockKind.PARAGRAPH


# --- an address opening a letter further down a page, or a speech's address run into its announcement -----------


def test_the_editors_address_opening_each_letter_of_a_page_of_letters_is_cut_off_as_its_salutation() -> None:
    """1952-07-04 读者来信: under an editor's note and under the previous letter's signature, 编辑同志：… opens
    each letter; the address is cut off as the salutation, the letter's text stays a paragraph."""
    found = blocks("1952-07-04_读者来信")
    salutes = [block for block in found if block.kind is BlockKind.SALUTATION]
    assert [block.text.strip() for block in salutes] == ["编辑同志：", "编辑同志：", "编辑同志："]
    after = [found[found.index(block) + 1] for block in salutes[:2]]
    assert [block.kind for block in after] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    assert after[0].text.startswith("青年团北京师范大学附属女子中学")
    assert after[1].text.startswith("当我们青年团小组的同志们")


def test_an_address_opening_the_letter_under_its_announcement_is_cut_off() -> None:
    """1953-08-03: …原信如下： / 朝鲜人民军的家属们：我听到朝鲜停战协定签订的消息后，…"""
    found = blocks("1953-08-03_罗盛教烈士的父亲给朝鲜人民军家属的信")
    assert kind_of(found, "朝鲜人民军的家属们：") is BlockKind.SALUTATION
    (letter,) = [block for block in found if block.text.startswith("我听到朝鲜停战协定签订的消息后")]
    assert letter.kind is BlockKind.PARAGRAPH


def test_a_speechs_address_run_into_the_paragraph_announcing_it_is_cut_off() -> None:
    """1954-08-02: 席间，周恩来总理致词说：敬爱的总理同志，亲爱的同志们： and …致词说：敬爱的总理同志！
    亲爱的同志们和朋友们！ (a toast printed whole under the report of the reception)."""
    found = blocks("1954-08-02_为周总理访问蒙古和庆祝")
    assert kind_of(found, "敬爱的总理同志，亲爱的同志们：") is BlockKind.SALUTATION
    assert kind_of(found, "敬爱的总理同志！亲爱的同志们和朋友们！") is BlockKind.SALUTATION
    assert kind_of(found, "席间，周恩来总理致词说：") is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "paragraph",
    [
        "他站起来激动地说：同志们，我们胜利了！",  # a sentence after the address
        "老师笑着说：我告诉同学们：",  # telling, no address
        "会上，他说：我们要学习先进！",  # a pronoun's clause
        "会议主席说：大会现在开幕！",  # no addressee's word
        "一位老战士站起来，激动地说：同志们！",  # a speech reported (激动地说), no speech's word before 说
    ],
)
def test_a_paragraph_ending_after_a_speakers_colon_on_no_address_is_not_cut(tmp_path: Path, paragraph: str) -> None:
    found = article(tmp_path, "大会开幕", ["新华社北京一日电　大会今天在北京开幕。", paragraph, _BODY])
    assert kind_of(found, paragraph) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    ("above", "line"),
    [
        ("大会在热烈的掌声中开幕，会场里坐满了代表。", "同志们：" + _BODY),  # under a narrative paragraph
        ("一位老战士站起来，激动地说：", "同志们：" + _BODY),  # a speech reported, no message announced
        ("来信摘登", "地址：北京市东城区。" + _BODY),  # a field's name, no addressee
        ("来信摘登", "我们：" + _BODY),  # a pronoun
    ],
)
def test_a_paragraph_opening_on_a_colon_where_no_letter_opens_is_not_cut(tmp_path: Path, above: str, line: str) -> None:
    found = article(tmp_path, "读者来信", ["新华社北京一日电　本报收到读者来信多封。", above, line])
    assert kind_of(found, line) is BlockKind.PARAGRAPH


def test_the_same_page_with_the_editors_address_under_the_heading_is_cut(tmp_path: Path) -> None:
    """The near misses' setting with an address: under the heading, 编辑同志：… opens a letter."""
    found = article(
        tmp_path, "读者来信", ["新华社北京一日电　本报收到读者来信多封。", "来信摘登", "编辑同志：" + _BODY]
    )
    assert kind_of(found, "编辑同志：") is BlockKind.SALUTATION
    assert kind_of(found, _BODY) is BlockKind.PARAGRAPH


def test_the_near_misses_counterparts_announced_by_a_message_or_a_speechs_word_are_cut(tmp_path: Path) -> None:
    """Made up: the near misses' settings with a message announced (…来信全文如下：) or a speech's word
    before 说 (主席致词说：同志们！): the address is the salutation."""
    found = article(
        tmp_path, "读者来信", ["新华社北京一日电　本报收到读者来信多封。", "他的来信全文如下：", "同志们：" + _BODY]
    )
    assert kind_of(found, "同志们：") is BlockKind.SALUTATION
    found = article(tmp_path, "大会开幕", ["新华社北京一日电　大会今天在北京开幕。", "主席致词说：同志们！", _BODY])
    assert [kind_of(found, text) for text in ("主席致词说：", "同志们！")] == [
        BlockKind.PARAGRAPH,
        BlockKind.SALUTATION,
    ]


# --- the review's near misses (made up, in the shapes of real pages): each must keep its kind -------------------


@pytest.mark.parametrize(
    ("title", "parts", "line"),
    [
        (  # a speaker's name under a symposium's heading, not a letter's address
            "首都文艺界座谈",
            [
                "本报讯　首都文艺界人士昨天举行座谈会。下面是部分发言摘要：",
                "深入生活是根本",
                "夏衍同志：我认为，" + _BODY,
            ],
            "夏衍同志：我认为，" + _BODY,
        ),
        (  # an interviewer's label
            "编辑与作者的对话",
            ["本报文艺部编辑日前访问了女作家谌容。", "谈创作", "编辑：您的新作发表以后，引起了很大的反响。"],
            "编辑：您的新作发表以后，引起了很大的反响。",
        ),
        (  # a list's head under a heading, no address
            "省劳动模范大会闭幕",
            [
                "本报讯　省劳动模范大会昨天闭幕。",
                "特等劳动模范",
                "荣获特等劳动模范称号的有以下同志：",
                "王大明、李秀英、张国华。",
            ],
            "荣获特等劳动模范称号的有以下同志：",
        ),
        (  # a sentence ending on a vocative after a speech's word
            "全县水利大会开幕",
            [
                "本报讯　全县水利工作大会昨天开幕。",
                "县委书记王强在大会上讲话说：团结起来，同志们！",
                "会上，各公社代表纷纷表示决心。",
            ],
            "县委书记王强在大会上讲话说：团结起来，同志们！",
        ),
        (  # a poem's first line under its byline: verse follows, no prose
            "献给边防战士",
            ["李瑛", "边防的战士们！", "你们守卫着祖国的大门，", "风雪里站成一排青松。"],
            "边防的战士们！",
        ),
        (  # under a picture's caption
            "欢迎外宾",
            ["本报记者　王芳", "图为少先队员向外宾献花。", "朋友们！", "欢迎你们到中国来！孩子们的歌声响彻了机场。"],
            "朋友们！",
        ),
        (  # a speech reported inside a reader's letter the body opens with
            "读者来信",
            [
                "编辑同志：我们厂今年的生产搞得很好。" + _BODY,
                "在庆功会上，厂长在大会上讲话说：同志们！",
                _BODY,
                "北京第一机床厂　王力",
            ],
            "在庆功会上，厂长在大会上讲话说：同志们！",
        ),
    ],
)
def test_the_reviews_near_misses_keep_their_kind(tmp_path: Path, title: str, parts: list[str], line: str) -> None:
    found = article(tmp_path, title, parts)
    assert kind_of(found, line) is BlockKind.PARAGRAPH
