"""An address ending in an exclamation under the paragraph announcing its message
(encoder/ingest/zh_addresses.py), on real articles of ``tests/fixtures/rmrb-json-dev/`` and on
made-up lines at the rule's edges."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.ingest.zh_addresses import exclaimed_address
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
