"""The rule of a list closed as bodies are (:mod:`encoder.enrich.zh_firms`): its items are
bodies. The sentences are from the People's Daily articles of ``tests/fixtures/rmrb-json-dev/``
and of the public training data (``../shared/ner-data/``)."""

from __future__ import annotations

from encoder.enrich.zh_firms import closed
from encoder.model import PhraseKind

from .test_zh_conventions import at, needs_crf, surfaces

PER, LOC, ORG = PhraseKind.PERSON, PhraseKind.PLACE, PhraseKind.ORG


@needs_crf
def test_the_items_of_a_list_closed_as_bodies_are_bodies() -> None:
    text = "由于竞赛的推动，武钢、重钢、石钢、太钢等厂需用的煤炭"  # 1960-03-03
    found = [at(text, "武钢", PER), at(text, "石钢", PER), at(text, "太钢", ORG)]
    assert surfaces(closed(text, found)) == [(name, ORG) for name in ("武钢", "重钢", "石钢", "太钢")]
    text = "本月初将阎伪之“笑合”、“王城”、“广裕”、“林收”、“水利振兴会”等公司银行掠夺"  # 1946-10-28
    assert {("王城", ORG), ("广裕", ORG), ("林收", ORG)} <= set(surfaces(closed(text, [])))
    text = "中华网、新浪网、搜狐、网易、TOM等15家网站"  # 2001-02-03
    assert {("中华网", ORG), ("新浪网", ORG), ("搜狐", ORG)} <= set(surfaces(closed(text, [])))
    text = "国人熟知微软、ＩＢＭ、苹果、惠普等公司的大名"  # 1995-10-04: 苹果 a common word
    assert ("惠普", ORG) in surfaces(closed(text, [at(text, "惠普", ORG)]))
    assert ("苹果", ORG) not in surfaces(closed(text, [at(text, "惠普", ORG)]))
    text = "Ｃｉｓｃｏ、佳网等公司在中国开始了自己网络电话"  # MSRA: a Latin first item whole
    assert surfaces(closed(text, [])) == [("Ｃｉｓｃｏ", ORG), ("佳网", ORG)]


@needs_crf
def test_a_kind_of_bodies_before_a_noun_tells_no_bodies() -> None:
    """A review's examples: the kind is a modifier where a noun follows it (等企业职工)."""
    text = "学习王进喜、时传祥等企业职工的精神"
    found = [at(text, "王进喜", PER), at(text, "时传祥", PER)]
    assert closed(text, found) == found
    text = "张三、李四等公司负责人说"
    found = [at(text, "张三", PER), at(text, "李四", PER)]
    assert closed(text, found) == found


@needs_crf
def test_quoted_items_are_read_as_the_others_are() -> None:
    """A review's examples: slogans, ills and goods quoted are no bodies."""
    for text in (
        "发扬“质量第一”、“用户至上”等企业精神",
        "克服“大锅饭”、“铁饭碗”等企业弊端",
        "学习“鞍钢宪法”等企业管理经验",
        "推销“万向节”、“齐心”等公司的产品",
    ):
        assert closed(text, []) == [], text


@needs_crf
def test_a_list_with_a_place_among_its_items_is_left_as_it_is() -> None:
    """A review's examples: a place found is never retyped, nor the rest of its list."""
    text = "临汾、运城、侯马等十家报社的记者"
    found = [at(text, "临汾", PER), at(text, "运城", PER), at(text, "侯马", LOC)]
    assert closed(text, found) == found
    text = "张家口、宣化等厂的职工"
    found = [at(text, "张家口", LOC)]
    assert closed(text, found) == found


@needs_crf
def test_digits_and_latin_trade_words_are_no_bodies() -> None:
    """A review's examples: a Latin item among common words, items of digits only."""
    assert closed("发展ＩＴ、电信、金融等企业", []) == []
    assert closed("在１０１、１０２等中学", []) == []


@needs_crf
def test_kinds_of_bodies_trades_and_other_closings_are_no_bodies() -> None:
    for text in (
        "先后建起了焦化厂、电器厂、甲醛厂等１６家企业。",  # MSRA: kinds of factories
        "支持村里办起了豆腐厂、纸箱厂等企业，",
        "编了我国千家中西制药、保健品、医疗器械、制药机械等企业",  # trades
        "纺织、机械、化工等工厂都完成了任务。",
        "张三、李四等报告了情况。",  # 报告, not 报
    ):
        assert closed(text, []) == []
    text = "朱德、刘少奇等校阅"  # 校 opens a longer word (校阅): no closing
    found = [at(text, "朱德", PER), at(text, "刘少奇", PER)]
    assert closed(text, found) == found
