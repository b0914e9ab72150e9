"""A title's second deck opening on the period its figures cover: a detail of the first deck (round ze)."""

from __future__ import annotations

import pytest

from encoder.ingest.deck_periods import opens_on_period
from encoder.ingest.decks import deck_kinds
from encoder.model import BlockKind

from .conftest import dev_decks

K, H, S = BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE


@pytest.mark.parametrize(
    ("name", "headline", "subtitle"),
    [
        (
            "1979-11-03_秋季广交会生意兴隆_前半月成交额超过历届交易会同期水平.json",
            "秋季广交会生意兴隆",
            "前半月成交额超过历届交易会同期水平",
        ),
        (
            "1992-10-03_观光年中国更迷人_旅游业再创新纪录头7月来华游客364万人次.json",
            "观光年中国更迷人\u3000旅游业再创新纪录",
            "头7月来华游客364万人次",
        ),
        (
            "2002-04-01_宁夏退耕还林还草工作全面展开_春季造林种草所需的树种、草种基本到位.json",
            "宁夏退耕还林还草工作全面展开",
            "春季造林种草所需的树种、草种基本到位",
        ),
    ],
)
def test_a_period_below_the_news_is_a_subtitle(name: str, headline: str, subtitle: str) -> None:
    assert dev_decks(name) == [("headline", headline), ("subtitle", subtitle)]


@pytest.mark.parametrize(
    "deck",
    [
        "头7月来华游客364万人次",
        "前半月成交额超过历届交易会同期水平",
        "春季造林种草所需的树种、草种基本到位",
        "去年建筑工程总量比解放前增三十八倍",
        "１２年来接待境外客人近千万人",
        "上半年工业产值增长百分之十二",
        "一季度协议总金额逾２０亿美元",
        "今年粮食总产量超过三百亿斤",
        "前三季度出口增长两成",
    ],
)
def test_opens_on_period(deck: str) -> None:
    assert opens_on_period(deck)


@pytest.mark.parametrize(
    "deck",
    [
        # an event named by its season
        "秋季广交会今日开幕",
        "冬季运动会在哈尔滨举行",
        "春季攻势受挫",
        # a date, a plan, a figure of no time
        "1月1日起开征车辆购置税",
        "十月一日全线通车",
        "明年将建成三座电站",
        "前5名全是中国选手",
        # 前 or 头 opening a word
        "前线战士英勇杀敌",
        "头头是道",
    ],
)
def test_not_a_period(deck: str) -> None:
    assert not opens_on_period(deck)


def test_a_frame_still_makes_the_period_deck_the_main_title() -> None:
    """A first deck that introduces or frames the news keeps the deck below as the main title."""
    assert deck_kinds(["农业部农作物病虫测报总站发布", "今年小麦病害发生趋势预报"]) == [K, H]
    assert deck_kinds(["为了实现农业现代化", "今年全省新修水渠三千条"]) == [K, H]


def test_the_lead_no_longer_makes_the_period_deck_the_main_title() -> None:
    lead = "新华社广州3日电　秋季广交会开幕半个月来，前半月成交额超过历届交易会同期水平。"
    assert deck_kinds(["秋季广交会生意兴隆", "前半月成交额超过历届交易会同期水平"], lead) == [H, S]


def test_a_kicker_of_parallel_phrases_over_news_stays() -> None:
    assert deck_kinds(["抓革命\u3000促生产", "全省工业生产捷报频传"]) == [K, H]
