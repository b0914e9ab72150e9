"""Round ze's cue of a first deck framing the news: a clause of when (…时, …在即), a setting (``decks._SETTING``)."""

from __future__ import annotations

import pytest

from encoder.ingest.decks import CUES, deck_kinds
from encoder.model import BlockKind

from .conftest import dev_decks

K, H, S = BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE


@pytest.mark.parametrize(
    ("name", "kicker", "headline"),
    [
        ("1947-03-01_莫斯科会议举行在即_英美代表团日内赴苏.json", "莫斯科会议举行在即", "英美代表团日内赴苏"),
        ("1948-05-07_蒋匪盘踞昌潍地区时_群众惨遭活埋刀铡.json", "蒋匪盘踞昌潍地区时", "群众惨遭活埋刀铡"),
    ],
)
def test_a_clause_of_when_is_a_kicker(name: str, kicker: str, headline: str) -> None:
    assert dev_decks(name) == [("kicker", kicker), ("headline", headline)]


@pytest.mark.parametrize(
    "deck",
    ["蒋匪盘踞昌潍地区时", "莫斯科会议举行在即", "全国人代会开幕在即", "敌军溃退时", "在接见青年团代表大会主席团时"],
)
def test_a_clause_of_when_is_a_setting(deck: str) -> None:
    assert CUES["setting"](deck)


@pytest.mark.parametrize(
    "deck",
    [
        # a word ending on 时, no clause of when
        "救灾物资及时运到",
        "列车准时到达",
        "工人每天工作八小时",
        "抢修工作历时三天",  # the word is inside: no end on 时
        "春耕生产不误农时",
        "新线路正式通车按时",
        "各地防汛抢险随时",
        "旧观念已经过时",
        "问题暂时",
        "两国同时",
        "各地抢种不误农时",
        "战士们此时",
        "这种现象已非一时",
        "商店营业到时",
        "下午两点报时",
        # 即 that is no 在即
        "会议立即",
    ],
)
def test_not_a_clause_of_when(deck: str) -> None:
    assert not CUES["setting"](deck)


def test_a_statement_with_a_clause_of_when_inside_it_stays_the_headline() -> None:
    assert deck_kinds(["救灾物资及时运到", "灾民生活得到安排"]) == [H, S]
