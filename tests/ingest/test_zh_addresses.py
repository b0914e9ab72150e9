"""An address ending in an exclamation under the paragraph announcing its message
(encoder/ingest/zh_addresses.py), on real articles of ``tests/fixtures/rmrb-json-dev/`` and on
made-up lines at the rule's edges."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.ingest.zh_addresses import colon_address, exclaimed_address
from encoder.model import BlockKind

from .test_zh_lines import blocks, kind_of
from .test_zh_tails import article


def test_an_orders_addressees_called_out_under_its_announcement_are_its_salutation() -> None:
    """1951-05-03: two orders of the day, each announced (…的命令如下：) and opening with its
    addressees called out (陆军战士与士官同志们！校尉与将军同志们！); the text under each stays paragraphs."""
    found = blocks("1951-05-03_苏联陆、海军部长")
    assert kind_of(found, "陆军战士与士官同志们！校尉与将军同志们！") is BlockKind.SALUTATION
    assert kind_of(found, "海军战士与士官同志们！海军校尉与将军同志们！") is BlockKind.SALUTATION
    assert kind_of(found, "伟大的苏维埃人民和他们的英勇的陆军万岁！") is BlockKind.PARAGRAPH


def test_a_telegrams_long_address_under_its_announcement_is_its_salutation() -> None:
    """1950-05-06: …电贺海南岛解放。电称： / an address naming nine commanders, a comma, and 全体军民同志们！"""
    found = blocks("1950-05-06_中国人民革命军事委员会电贺")
    address = [block for block in found if block.text.strip().startswith("中国人民解放军中南军区及广东前线")]
    assert [block.kind for block in address] == [BlockKind.SALUTATION]


@pytest.mark.parametrize(
    "text",
    [
        "同志们！",
        "陆军战士与士官同志们！校尉与将军同志们！",
        "各位来宾！各位朋友们！",
        "亲爱的日本青年朋友们！",
        "总统先生阁下！",
    ],
)
def test_addresses_called_out(text: str) -> None:
    assert exclaimed_address(text)


@pytest.mark.parametrize(
    "text",
    [
        "我们坚决支持你们！",  # a pronoun's 们: the message's first sentence
        "我们的领袖斯大林同志万岁！",  # a cheer, not an address
        "同志们：",  # a colon: the salutation rules' own
        "同志们，我们胜利了！",  # a sentence after the address
        "今天是节日。同志们！",  # a sentence's end inside
        "“同志们！”",  # a quotation
        "战士们！" * 4,  # more than three addressees
        "全" * 80 + "同志们！",  # too long
    ],
)
def test_lines_that_are_no_address(text: str) -> None:
    assert not exclaimed_address(text)


def test_an_address_under_no_announcement_stays_a_paragraph(tmp_path: Path) -> None:
    """Made up: the same address under a narrative paragraph (…他站起来说：, no message's word) or
    under an announcement with a sentence after it stays a paragraph; under 命令如下： it is the
    salutation."""
    order, text = "全体战士同志们！", "今天，苏联陆军与我国全体人民共同欢庆五一节——全世界劳动人民团结的节日。"
    announced = "新华社莫斯科一日电　苏联国防部长今天发布庆祝五一节的命令如下："
    found = article(tmp_path, "命令", [announced, order, text])
    assert kind_of(found, order) is BlockKind.SALUTATION
    told = article(tmp_path, "命令", ["新华社莫斯科一日电　大会上，一位老战士站起来，激动地说：", order, text])
    assert kind_of(told, order) is BlockKind.PARAGRAPH
    ended = article(tmp_path, "命令", [announced + "今天放假。", order, text])
    assert kind_of(ended, order) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "text",
    [
        "热烈欢迎远道而来的日本青年朋友们！",  # a toast's first sentence: verb + object
        "谢谢乡亲们！",  # a thanks
        "我们坚决支持越南兄弟们！",  # a pronoun subject, a verb, a noun of persons
        "光荣属于抗洪英雄们！",  # a slogan: subject + verb + object
        "光荣归于英雄的中国人民志愿军指战员们！",  # a 1950s slogan
        "向英雄的工人阶级同志们致敬！",  # a slogan's 向 … 致敬
    ],
)
def test_sentences_ending_with_a_persons_noun_are_no_address(text: str) -> None:
    """Review of blocks-u: a line with a verb of its clause before the addressee, or opening with a
    pronoun subject, is the message's sentence or a cheer, not its address."""
    assert not exclaimed_address(text)


@pytest.mark.parametrize("text", ["我军全体指战员同志们！", "全国各族人民和全体同志们！", "一致奋斗的战友们！"])
def test_addresses_that_hold_no_clause(text: str) -> None:
    """An address opening with 我军 (no pronoun subject) or holding 一致 (no 致 of a clause) is still one."""
    assert exclaimed_address(text)


_BODY = "今天，苏联劳动人民与全世界劳动人民一起，庆祝国际劳动人民的节日五一节，这是各国劳动人民团结的节日。"


def test_a_welcome_or_a_slogan_under_an_announcement_stays_a_paragraph(tmp_path: Path) -> None:
    """Review of blocks-u: …致词说： then 热烈欢迎…朋友们！ (the toast's first sentence), …慰问信说： then
    光荣属于抗洪英雄们！ (a cheer): paragraphs."""
    toast = "新华社北京二十五日电　周恩来总理今天举行宴会欢迎日本青年代表团，周恩来总理在宴会上致词说："
    welcome = "热烈欢迎远道而来的日本青年朋友们！"
    found = article(tmp_path, "周总理宴请日本青年代表团", [toast, welcome, _BODY])
    assert kind_of(found, welcome) is BlockKind.PARAGRAPH
    told = "新华社北京二十五日电　首都各界今天举行大会，大会致抗洪英雄们的慰问信说："
    cheer = "光荣属于抗洪英雄们！"
    found = article(tmp_path, "首都各界慰问抗洪英雄", [told, cheer, _BODY])
    assert kind_of(found, cheer) is BlockKind.PARAGRAPH


def test_cheers_slogans_and_a_speechs_own_exclamations_stay_paragraphs(tmp_path: Path) -> None:
    """Review of blocks-u: a cheer (…万岁！) under 致敬电全文如下：, slogans under 口号如下：, 同志们！朋友们！
    inside a speech: paragraphs."""
    announced = "新华社北京二十五日电　大会在热烈的掌声中一致通过了致毛主席的致敬电，致敬电全文如下："
    found = article(tmp_path, "大会", [announced, "中国共产党万岁！", _BODY])
    assert kind_of(found, "中国共产党万岁！") is BlockKind.PARAGRAPH
    slogans = "本报讯　中共中央今天发布了庆祝一九五一年五一劳动节的口号。口号如下："
    found = article(tmp_path, "口号", [slogans, "全世界无产者联合起来！", "向英雄的工人阶级同志们致敬！", _BODY])
    assert kind_of(found, "全世界无产者联合起来！") is BlockKind.PARAGRAPH
    assert kind_of(found, "向英雄的工人阶级同志们致敬！") is BlockKind.PARAGRAPH
    speech = "新华社北京二十五日电　周恩来总理在宴会上讲话。讲话全文如下："
    found = article(tmp_path, "讲话", [speech, "亲爱的朋友们！", _BODY, "同志们！朋友们！", _BODY])
    assert kind_of(found, "同志们！朋友们！") is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "announced",
    [
        "新华社北京二十五日电　中共中央、国务院、中央军委今天就长江抗洪抢险斗争取得决定性胜利致电如下：",
        "新华社北京一日电　中共中央今天致电如下：",  # short: read as a salutation for its colon at first
    ],
)
def test_dear_comrades_under_a_telegrams_announcement_is_the_salutation(tmp_path: Path, announced: str) -> None:
    """Review of blocks-u: 亲爱的同志们！ opening a telegram announced …致电如下： is its salutation;
    the announcement opening with its dateline lead, even a short one, is the report's paragraph."""
    found = article(tmp_path, "致电", [announced, "亲爱的同志们！", _BODY, _BODY])
    assert kind_of(found, "亲爱的同志们！") is BlockKind.SALUTATION
    assert kind_of(found, announced) is BlockKind.PARAGRAPH


def test_a_short_salutation_with_no_lead_stays_one(tmp_path: Path) -> None:
    """Made up: a salutation with a colon and no lead above an exclaimed line stays the salutation
    (only a lead announcing the message is given back to the report)."""
    found = article(tmp_path, "信", ["各位代表：", "同志们！", _BODY, _BODY])
    assert kind_of(found, "各位代表：") is BlockKind.SALUTATION


def test_an_address_closed_by_a_colon_under_its_announcement_is_the_salutation() -> None:
    """1954-09-02: …发布命令如下： / 全国正规军、地方部队、民兵和游击队的指挥员和战斗员们： (an order's address);
    1949-10-01: …慰问电如下： / 中国人民革命军事委员会毛泽东主席，……人民海军的全体指挥员战斗员同志们： (a
    telegram's list of addressees, 212 characters): the salutation; the text under each stays paragraphs."""
    found = blocks("1954-09-02_庆祝越南")
    address = "全国正规军、地方部队、民兵和游击队的指挥员和战斗员们："
    (at,) = [n for n, block in enumerate(found) if block.text.strip() == address]
    assert [block.kind for block in found[at : at + 2]] == [BlockKind.SALUTATION, BlockKind.PARAGRAPH]
    found = blocks("1949-10-01_人民政协全体会议通电")
    (at,) = [n for n, block in enumerate(found) if block.text.endswith("人民海军的全体指挥员战斗员同志们：")]
    assert [block.kind for block in found[at : at + 2]] == [BlockKind.SALUTATION, BlockKind.PARAGRAPH]
    assert len(found[at].text) > 200


@pytest.mark.parametrize(
    "text",
    [
        "我们全体指挥员和战斗员们：",  # a pronoun subject: a sentence
        "我们向全体同志们表示：",  # a clause's verb, and no addressee before the colon
        "向各位代表们致敬：",  # a slogan's 向 … 致敬
        "同志们，我们胜利了：",  # no addressee's word before the colon
        "今天是节日。同志们：",  # a sentence's end inside
        "“同志们：",  # a quotation
        "他说：",  # no addressee
        "今天，我要告诉朋友们：",  # a clause after a time, no addressee first
        "现在我要告诉同志们：",  # a pronoun and a verb of telling, no comma (review of body-w)
        "在这里我代表中国人民告诉全世界的朋友们：",  # the same, in a speech
        "毛主席经常教导青年们：",  # a quotation's introduction, no address
        "他们正告侵略者们：",  # a pronoun and a verb anywhere
        "你们各位代表：",  # a pronoun
    ],
)
def test_lines_closed_by_a_colon_that_are_no_address(text: str) -> None:
    assert not colon_address(text)


def test_an_address_closed_by_a_colon_under_no_announcement_stays_a_paragraph(tmp_path: Path) -> None:
    """Made up: a list of addressees closed by a colon under a narrative paragraph (…他站起来说：, no
    message's word) stays a paragraph; under …命令如下： it is the salutation."""
    address = "全国正规军、地方部队、民兵和游击队的指挥员和战斗员们："
    announced = "新华社河内一日电　越南人民军总司令今天发布命令如下："
    found = article(tmp_path, "命令", [announced, address, _BODY])
    assert kind_of(found, address) is BlockKind.SALUTATION
    told = "新华社河内一日电　大会上，一位老战士站起来，激动地说："
    found = article(tmp_path, "命令", [told, address, _BODY])
    assert kind_of(found, address) is not BlockKind.SALUTATION


@pytest.mark.parametrize(
    "text",
    [
        "我军全体指战员同志们：",  # 我军: a possessive of a body, no pronoun subject
        "全国人民代表大会的代表们：",  # 代表 a noun (代表大会, 代表们), no verb
        "各位代表，各位来宾，同志们：",
        "亲爱的代表同志们：",
    ],
)
def test_addresses_closed_by_a_colon_with_no_pronoun_nor_verb(text: str) -> None:
    """Made up: the edge of the review of body-w's rule: nothing but addressees, 我军 and 代表 as nouns."""
    assert colon_address(text)


def test_a_speech_sentence_under_its_announcement_is_no_salutation(tmp_path: Path) -> None:
    """Made up (review of body-w): …讲话说： / 在这里我代表中国人民告诉全世界的朋友们： (the speaker's
    sentence, introducing the next paragraph): a paragraph, not the salutation of a letter."""
    told = "【新华社北京二十五日电】周恩来总理今天在欢迎大会上讲话说："
    line = "在这里我代表中国人民告诉全世界的朋友们："
    said = "中国人民是热爱和平的人民，我们从来不侵略别人，也决不允许别人侵略我们。"
    found = article(tmp_path, "讲话", [told, line, said, _BODY])
    assert kind_of(found, line) is not BlockKind.SALUTATION


# --- an address alone on its line, announced by no message's word (alone_addresses) -----------------


def test_a_quoted_letters_address_under_its_introduction_is_the_salutation() -> None:
    """1949-08-05: …秦医生托她带一封信和一剂药给老王。信上写着： / “老王同志： / 孩子的病好了没有？…: the
    letter quoted whole opens with its address, the salutation; the introduction and the letter's text stay
    paragraphs."""
    found = blocks("1949-08-05_同志之间")
    (at,) = [n for n, block in enumerate(found) if block.text.strip() == "“老王同志："]
    assert [block.kind for block in found[at - 1 : at + 2]] == [
        BlockKind.PARAGRAPH,
        BlockKind.SALUTATION,
        BlockKind.PARAGRAPH,
    ]


def test_a_quoted_speechs_address_under_he_said_is_the_salutation() -> None:
    """1955-08-03: 王炳南大使首先发言。他说： / “大使先生： / 在我们开始讨论以前，…: the salutation."""
    found = blocks("1955-08-03_中美两国大使级会谈")
    assert kind_of(found, "“大使先生：") is BlockKind.SALUTATION
    assert kind_of(found, "王炳南大使首先发言。他说：") is BlockKind.PARAGRAPH


def test_a_speechs_addressees_called_one_a_line_under_its_title_are_its_salutation() -> None:
    """1970-05-03: 周恩来总理的讲话 / 尊敬的柬埔寨国家元首诺罗敦·西哈努克亲王和夫人， / 尊敬的苏发努冯亲王， /
    尊敬的阮友寿主席， / 尊敬的范文同总理， / 尊敬的…全体贵宾们，同志们，朋友们： / the speech: five lines of
    the salutation, the speech's first paragraph under them."""
    found = blocks("1970-05-03_在四月二十五日")
    (at,) = [n for n, block in enumerate(found) if block.text.strip() == "尊敬的苏发努冯亲王，"]
    kinds = [block.kind for block in found[at - 1 : at + 5]]
    assert kinds == [BlockKind.SALUTATION] * 5 + [BlockKind.PARAGRAPH]
    assert found[at - 2].kind is BlockKind.HEADLINE


def test_a_telegrams_address_broken_under_its_title_is_the_salutation() -> None:
    """1976-10-03 (a fixture in no gold): 摩洛哥国王哈桑二世的贺电 / 北京…国务院总理华国锋 / 先生阁下： / 值此…:
    the address's two pieces are the salutation (and the telegram's wish above its signer its valediction)."""
    found = blocks("1976-10-03_摩洛哥国王哈桑二世的贺电")
    assert found[1].text.endswith("总理华国锋") and found[1].kind is BlockKind.SALUTATION
    assert kind_of(found, "先生阁下：") is BlockKind.SALUTATION
    assert kind_of(found, "顺致最崇高的敬意。") is BlockKind.VALEDICTION


_SPEECH = "今天，我们在这里欢聚一堂，庆祝这次会议的圆满成功。"


@pytest.mark.parametrize(
    ("above", "address"),
    [
        # a quotation mark, but no colon introducing it: a quoted line in a story
        ("新华社河内一日电　大会开得很热烈。", "“同志们，朋友们："),
        # a colon introducing a quotation that is no address (a telling verb, a pronoun)
        ("新华社河内一日电　老战士站起来说：", "“现在我要告诉同志们："),
        # addressees closed by commas with no address closed by a colon under them
        ("新华社河内一日电　宴会上，周总理举杯说：", "尊敬的苏发努冯亲王，"),
    ],
)
def test_addresses_that_open_no_quotation_nor_the_body_stay_paragraphs(
    tmp_path: Path, above: str, address: str
) -> None:
    found = article(tmp_path, "大会", [above, address, _SPEECH])
    assert kind_of(found, address) is BlockKind.PARAGRAPH


def test_lines_called_with_a_comma_above_an_address_under_the_title(tmp_path: Path) -> None:
    """Made up: under the title, 尊敬的主席先生， above 女士们，先生们： is a line of the salutation; a sentence
    broken after a comma (感谢尊敬的主席，: a verb of thanks) is no addressee (the address under it is the
    salutation of the rules before this one)."""
    found = article(tmp_path, "讲话", ["尊敬的主席先生，", "女士们，先生们：", _SPEECH])
    assert [block.kind for block in found[1:4]] == [BlockKind.SALUTATION, BlockKind.SALUTATION, BlockKind.PARAGRAPH]
    found = article(tmp_path, "讲话", ["感谢尊敬的主席，", "女士们，先生们：", _SPEECH])
    assert kind_of(found, "感谢尊敬的主席，") is BlockKind.PARAGRAPH
