"""A first deck ending on a verb of making known, or sentences ending on a dash, introduces the next deck (round zc,
:mod:`encoder.ingest.deck_shapes`).

``…政治部通令`` / ``解放战士家属享受军属待遇``: someone declares, admits, warns or urges, orders, or a body decides,
and the deck below is what is made known, the main title; the first deck is a kicker, as ``…说``, ``…指出``,
``…宣布`` already were (:data:`encoder.ingest.decks.INTRODUCERS`). Dev blocks 15,358 → 15,370 (even 7,266 → 7,268,
odd 8,092 → 8,102; 1940s +4, 1950s +4, 1980s +2, 2000s +2; no decade loses); outside the gold two titles moved,
both right (1979-03-06 …发言人声明 / 要求…, 1994-10-03 …会议呼吁 / 增加… / 减少…).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.ingest.deck_shapes import FIRST_INTRODUCERS
from encoder.ingest.decks import deck_kinds, introduces
from encoder.model import BlockKind

from .conftest import dev_title_kinds

ROOT = Path(__file__).resolve().parent.parent.parent
DEV = ROOT / "tests" / "fixtures" / "rmrb-json-dev"

K, H, S = BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE
MAKES_KNOWN = FIRST_INTRODUCERS["making known"]


@pytest.mark.parametrize(
    ("name", "kinds"),
    [
        ("1948-08-01_山东兵团政治部通令_解放战士家属享受军属待遇.json", [K, H]),
        ("1949-08-01_华北人民政府八一通令_调整华北行政区划.json", [K, H]),
        ("1953-01-03_中南军政委员会决定_登记与调配技术干部.json", [K, H]),
        ("1957-12-02_美国总统科学方面的智囊承认_苏联科学发展迅速.json", [K, H]),
        ("1987-06-01_我代表在第三届裁军特别联大筹委会提出建议_美苏应尽快就裁减核和常规武器达成协议.json", [K, H]),
        ("2003-10-02_业内人士提醒_黄金周健身要科学.json", [K, H]),
        ("1956-08-01_亚洲作家会议筹委会决定_今年在印举行亚洲作家会议_印度总统和总理分别接见筹委会代表.json", [K, H, S]),
        ("1979-03-06_朝鲜祖国战线中央书记局发言人声明要求南朝鲜停止对北方的诽谤和军事行动.json", [K, H]),
        ("1994-10-03_２４国集团部长级会议呼吁增加官方发展援助减少市场准入限制.json", [K, H, S]),
    ],
)
def test_a_first_deck_making_known_is_a_kicker(name: str, kinds: list[BlockKind]) -> None:
    """Dev gold: an order (1948-08-01, 1949-08-01), a body's decision (1953-01-03, 1956-08-01), an admission
    (1957-12-02), a proposal (1987-06-01), a warning (2003-10-02); outside the gold, a statement (1979-03-06) and
    a call (1994-10-03): the first deck a kicker, the deck below it the main title."""
    assert dev_title_kinds(name) == kinds


@pytest.mark.parametrize(
    ("name", "kinds"),
    [
        # 决定 a noun, no body's word before it: a document's comment, the headline
        (
            "1950-03-03_真理报论减低物价决定_党与政府这一划时代的决定，最生动地反映对劳动人民福利的斯大林式的关怀.json",
            [H, S],
        ),
        # …的声明: the statement named, a report of its own, the headline
        ("1976-08-07_朝鲜政府发表关于朝鲜目前局势的声明_谴责美国和南朝鲜当局的新战争挑衅活动.json", [H, S]),
        # …严正声明 as the middle deck of three: the main title under a kicker, not a second kicker
        (
            "1951-02-01_反对美帝对日片面媾和及武装日本_我三大青年组织严正声明_南昌医药界和芜湖教会学校师生示威游行.json",
            [K, H, S],
        ),
    ],
)
def test_not_making_known(name: str, kinds: list[BlockKind]) -> None:
    assert dev_title_kinds(name)[: len(kinds)] == kinds


def test_making_known_reads_the_first_deck_only() -> None:
    for line in (
        "山东兵团政治部通令",
        "美国总统科学方面的智囊承认",
        "业内人士提醒",
        "中南军政委员会决定",
        "日部分学者及旧军人声明",
    ):
        assert MAKES_KNOWN(line), line
        assert not introduces(line), line  # not a middle deck's cue
    for line in ("真理报论减低物价决定", "朝鲜政府发表关于朝鲜目前局势的声明", "职工提出的建议", "一个重要的决定"):
        assert not MAKES_KNOWN(line), line
    assert deck_kinds(["中南军政委员会决定", "登记与调配技术干部"]) == [K, H]
    assert deck_kinds(["真理报论减低物价决定", "党与政府这一划时代的决定"]) == [H, S]


@pytest.mark.parametrize(
    "name",
    [
        "2002-03-01_各路媒体摩拳擦掌备战“两会”，人民日报、新华社、中央电视台负责人披露报道打算——让群众了解“两会”.json",
        "2001-03-01_导游不到位，行程欠合理，随意改景点……一游客参加南京飞扬旅游公司组织的华东五市八日游，乘兴而去，扫兴而归，经历了——一次.json",
        "2003-09-01_面对国际上一些要求人民币升值的声音，中国表明了一种理性、正确和负责任的态度——人民币汇率：保持基本稳定.json",
    ],
)
def test_sentences_a_dash_ends_lead_into_the_headline(name: str) -> None:
    """Round zc (dev gold, 2001–2003): a first deck of one sentence or more ending on a dash leads into the
    deck below, the main title (…披露报道打算—— / 让群众了解“两会”): a kicker, as a deck ending on ``：`` or ``……``
    is. Dev blocks +3 (even +1, odd +2; 2000s +3); nothing moves outside the gold or in the deck gold."""
    assert dev_title_kinds(name) == [K, H]


def test_a_headline_broken_off_at_a_dash_stays_one_headline() -> None:
    """No sentence punctuation before the dash: the headline's first half (dev 2002-06-02, gold one headline)."""
    assert dev_title_kinds("2002-06-02_减少蔬菜农药残留的关键——合理正确使用农药.json") == [H]
    dash = FIRST_INTRODUCERS["sentences before a dash"]
    assert not dash("减少蔬菜农药残留的关键——") and not dash("一面鲜红的旗帜——")
    assert not dash("导游不到位，行程欠合理")  # sentences, but no dash: not this cue
    assert dash("各路媒体摩拳擦掌备战“两会”，人民日报、新华社、中央电视台负责人披露报道打算——")
