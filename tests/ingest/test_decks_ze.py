"""Round ze in decks.py: a clause of when (…时, …在即) is a setting; parallel phrases a kicker over a main title."""

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
        "秋收正当时",
        "改革开放恰逢其时",
        "商场促销限时",
        # 即 that is no 在即
        "会议立即",
    ],
)
def test_not_a_clause_of_when(deck: str) -> None:
    assert not CUES["setting"](deck)


def test_a_statement_with_a_clause_of_when_inside_it_stays_the_headline() -> None:
    assert deck_kinds(["救灾物资及时运到", "灾民生活得到安排"]) == [H, S]


@pytest.mark.parametrize(
    ("name", "headline", "subtitle"),
    [
        (
            "1962-02-03_工农兄弟欢聚一堂_畅叙家常互鼓干劲_记太原氮肥厂访问团在农业劳动模范吴春安等的生产大队里.json",
            "工农兄弟欢聚一堂  畅叙家常互鼓干劲",
            "记太原氮肥厂访问团在农业劳动模范吴春安等的生产大队里",
        ),
        (
            "1974-12-05_加强思想建设_保证党的一元化领导_郾城县委在批林批孔中认真学习，坚持劳动，开展批评和自我批评，"
            "提高党组织的战斗力.json",
            "加强思想建设\u3000保证党的一元化领导",
            "郾城县委在批林批孔中认真学习，坚持劳动，开展批评和自我批评，提高党组织的战斗力",
        ),
    ],
)
def test_a_slogan_over_a_summary_or_a_profile_is_the_headline(name: str, headline: str, subtitle: str) -> None:
    """A first deck of parallel phrases is a kicker only over a deck that may be the main title (round ze)."""
    assert dev_decks(name) == [("headline", headline), ("subtitle", subtitle)]


@pytest.mark.parametrize(
    "decks",
    [
        # a long main title, no clauses: still a kicker over it (1970, 1976 in the dev gold)
        ["紧跟毛主席  夺取更大胜利", "首都广大人民掀起学习、落实毛主席重要指示和中央两报一刊元旦社论的热潮"],
        ["深入批邓促生产　支援灾区多贡献", "河北、辽宁广大干部和群众以实际行动支援唐山、丰南地区的抗震救灾斗争"],
        # a short report with a comma inside: not longer than a headline, still the main title
        ["管好晚秋　收好早秋", "吉林安徽，河北开展超产运动"],
        ["互助互利  互相促进", "北京新疆达成联营农牧业基地协议"],
    ],
)
def test_a_slogan_over_a_main_title_stays_a_kicker(decks: list[str]) -> None:
    assert deck_kinds(decks) == [K, H]


def test_a_slogan_over_a_summary_of_clauses() -> None:
    decks = ["智力劳力结合　乡镇企业有望", "万里参观北京乡镇企业产品展销会，认为农民真正懂得知识分子政策"]
    assert deck_kinds(decks) == [H, S]
