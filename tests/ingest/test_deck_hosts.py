"""A title's first deck reporting a host's reception, banquet or meeting is its headline (round zd)."""

from __future__ import annotations

import pytest

from encoder.ingest.deck_hosts import host_over, hosts
from encoder.ingest.decks import deck_kinds
from encoder.model import BlockKind

from .conftest import dev_decks

K, H, S = BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE


@pytest.mark.parametrize(
    ("name", "decks"),
    [
        (
            "1974-11-05_博阿里武官举行招待会_庆祝意大利建军节.json",
            [("headline", "博阿里武官举行招待会"), ("subtitle", "庆祝意大利建军节")],
        ),
        (
            "1976-12-05_格森·格森西大使举行宴会_庆祝泰国国王普密蓬·阿杜德陛下生日.json",
            [("headline", "格森·格森西大使举行宴会"), ("subtitle", "庆祝泰国国王普密蓬·阿杜德陛下生日")],
        ),
        (
            "1965-10-06_我国际贸易促进会主席举行招待会_庆祝日本工业展览会开幕.json",
            [("headline", "我国际贸易促进会主席举行招待会"), ("subtitle", "庆祝日本工业展览会开幕")],
        ),
        (
            "2002-09-01_朱镕基总理同比亚总统会见_双方就中喀关系进行了亲切友好的交谈.json",
            [("headline", "朱镕基总理同比亚总统会见"), ("subtitle", "双方就中喀关系进行了亲切友好的交谈")],
        ),
    ],
)
def test_a_hosts_reception_over_its_occasion_is_the_headline(name: str, decks: list[tuple[str, str]]) -> None:
    assert dev_decks(name) == decks


def test_a_hosts_reception_in_a_title_of_four_is_the_headline() -> None:
    name = (
        "1961-07-02_加纳驻华大使举行招待会_庆祝加纳国庆和建军节_董必武副主席、朱德委员长出席招待会_"
        "罗瑞卿副总理祝加纳人民在反帝斗争中取得.json"
    )
    assert [kind for kind, _ in dev_decks(name)] == ["headline", "subtitle", "subtitle", "subtitle"]


@pytest.mark.parametrize(
    "deck",
    [
        "加纳驻华大使举行招待会",
        "我驻古巴大使举行国庆招待会",
        "日本社会党第五次访华代表团团长举行答谢宴会",
        "中华全国民主妇女联合会举行茶会",
        "横滨市长飞鸟田一雄举行酒会",
        "楚图南举行宴会欢迎古巴客人",
        "克莱伯举行宴会欢迎姚依林",
        "奈温上将欢宴我军事代表团",
        "陈毅副总理宴请柬埔寨外交大臣富里萨拉",
        "李瑞环会见中日友好人士",
        "朱镕基总理同比亚总统会见",
        "廖承志会长会见并宴请日本创价学会访华代表团",
    ],
)
def test_hosts(deck: str) -> None:
    assert hosts(deck)


@pytest.mark.parametrize(
    "deck",
    [
        # round-ups of several hosts
        "我驻亚非一些国家使馆分别举行招待会",
        "各国驻华使馆纷纷举行宴会",
        "江苏省革委会、新疆维吾尔自治区革委会先后设宴欢迎",
        # no host of its own: the verb or a frame opens the deck
        "举行酒会欢迎日本各界朋友",
        "在桑戈尔总统举行的宴会上",
        "在接见青年团代表大会主席团时",
        "为庆祝瑞典国旗日",
        "庆祝中柬友好和互不侵犯条约签订九周年",
        # the reception named as a noun, a guest at it, a talk
        "我驻外使节举行的国庆招待会上洋溢革命气氛",
        "霍查谢胡等领导人和中共代表团出席歌舞晚会",
        "达达赫总统应邀出席文艺晚会",
        "黄华外长同瑟德尔外交大臣举行会谈",
        "首都各界群众举行国庆联欢大会",
        # a summary, or a meeting hailed by a long subject
        "行前举行告别宴会，塞拉西一世皇帝出席",
        "全国亿万军民隆重纪念党的光辉生日热烈欢呼毛主席再次接见各地革命战士",
        "朱镕基代总理会见李显龙副总理时说",
        "周总理会见外宾后",
        # words that hold the characters of a meeting but name none
        "两国领导人的会见",
        "会见厅装修一新",
    ],
)
def test_hosts_not(deck: str) -> None:
    assert not hosts(deck)


def test_a_round_up_of_hosts_keeps_its_kicker() -> None:
    name = "1969-08-04_我驻亚非一些国家使馆分别举行招待会_庆祝中国人民解放军建军四十二周年.json"
    assert [kind for kind, _ in dev_decks(name)] == ["kicker", "headline"]


def test_two_reports_of_hosting_are_left_alone() -> None:
    assert not host_over("黄华外长欢宴瑞典外交大臣瑟德尔一行", "楚图南举行宴会欢迎古巴客人")


@pytest.mark.parametrize(
    ("decks", "kinds"),
    [
        # the lead tells the occasion: still the host's deck is the headline
        (["博阿里武官举行招待会", "庆祝意大利建军节"], [H, S]),
        # a frame above the host's deck keeps its kicker (the deck of purpose is read first)
        (["为庆祝瑞典国旗日", "瑞典驻中国大使举行招待会"], [K, H]),
    ],
)
def test_deck_kinds(decks: list[str], kinds: list[BlockKind]) -> None:
    lead = "新华社十日讯　意大利驻中国大使馆武官博阿里十日晚举行招待会，庆祝意大利建军节。" if kinds == [H, S] else ""
    assert deck_kinds(decks, lead) == kinds
