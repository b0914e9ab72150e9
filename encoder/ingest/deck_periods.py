"""A title's second deck opening on the period its figures cover: a detail of the first deck (round ze).

A second deck that opens on a span of time (``头7月来华游客364万人次``, ``前半月成交额超过历届交易会同期水平``,
``春季造林种草所需的树种、草种基本到位``, ``去年建筑工程总量比解放前增三十八倍``, ``１２年来接待境外客人近千万人``)
tells how far the news of the deck above it went in that time: a subtitle under the headline above it
(``秋季广交会生意兴隆``, ``宁夏退耕还林还草工作全面展开``, ``北京市旅游业发展迅速``), not the main title under a
kicker, however much of it the lead repeats (a lead gives the figures as often as the news they measure) and
even under a first deck of parallel phrases (``观光年中国更迷人　旅游业再创新纪录``). :func:`.decks.deck_kinds` asks
:func:`opens_on_period` where the lead, the full form or the parallel phrases would make the second deck the main
title; a first deck that frames the news (:data:`.decks.CUES`) or introduces it still makes it so
(``农业部农作物病虫测报总站发布`` / ``今年小麦病害发生趋势预报``).

Not a period, each a subject of the deck's own:

* an event named by its season (``秋季广交会…``, ``冬季运动会…``, ``春季攻势…``): :data:`_EVENT`;
* a date (``1月1日起…``, ``十月一日…``): a day the news happens, not a span it sums up; nor 明年 (what is planned);
* 前 or 头 before no figure (``前线…``, ``头头是道``), or before a figure of no time (``前5名…``).

Nor is the deck below a detail where the deck above states no news it could detail (:func:`details`, the review of
round ze): a slogan of short phrases (``抓革命　促生产``, ``自力更生　艰苦奋斗``, ``深化改革　扩大开放``) or a kicker's
cliché (``捷报频传``, ``喜讯传来``, ``农业学大寨``) over ``上半年全国工业生产全面超额完成计划``,
``今年夏粮又获大丰收``: the main title under a kicker, the period its own news's time.

Measured (round ze, 2026-12-04): dev blocks 16,639 → 16,645 of 17,268 (1970s, 1990s, 2000s +2: the three titles
above, none broken); the deck gold 541 → 543 of 602 (the 1992 title, in both golds); the unlabelled inputs unchanged
(their three titles with such a deck, ``虎门成为爱国主义教育大课堂`` / ``去年参观…``, ``跨国公司争相投资北京`` /
``一季度协议总金额…``, headline and subtitle already, and ``全国各地供销合作社`` / ``今年供应…``, a subject line's
kicker, are left as they were).
"""

from __future__ import annotations

from ..lazy_re import lazy

#: A span of time opening a deck: the first months or days (头7月, 前半月, 前三季度), a half of the year (上半年),
#: the year or the one before (今年, 去年, 前年), a season (春季), a quarter (一季度), years since (十年来, １２年来).
_PERIOD = lazy(
    r"^(?:(?:头|前)[\d０-９一二三四五六七八九十两半]+个?[月年季天周]|[上下]半年|[今去前]年|[春夏秋冬]季|[一二三四]季度"
    r"|[\d０-９一二三四五六七八九十]+年来)"
)
#: A season naming an event (秋季广交会, 冬季运动会, 春季攻势, 夏季音乐节), not the span of the news.
_EVENT = lazy(r"^[春夏秋冬]季[^，。：；\s]{0,6}(?:会|赛|节|攻势|战役)")
#: The shortest phrase of a first deck that states news a period could detail (秋季广交会生意兴隆, 观光年中国更迷人);
#: a slogan's phrases (抓革命, 深化改革) and a kicker's cliché (捷报频传, 农业学大寨) are shorter.
NEWS_PHRASE = 6
#: What parts a first deck's phrases: spaces (a slogan of parallel phrases), commas.
_PHRASES = lazy(r"[\s，、,]+")


def opens_on_period(deck: str) -> bool:
    """Whether ``deck``, a title's second deck, opens on the span of time its figures cover (see the module)."""
    deck = deck.strip()
    return _PERIOD.search(deck) is not None and _EVENT.search(deck) is None


def details(first: str, second: str) -> bool:
    """Whether ``second``, the deck below ``first``, opens on a period (:func:`opens_on_period`) that details news
    ``first`` states: a phrase of it as long as :data:`NEWS_PHRASE`, no slogan of short phrases nor a cliché."""
    phrases = _PHRASES.split(first.strip())
    return opens_on_period(second) and max(map(len, phrases)) >= NEWS_PHRASE
