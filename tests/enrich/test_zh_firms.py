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
    assert surfaces(closed(text, [])) == [(name, ORG) for name in ("笑合", "王城", "广裕", "林收", "水利振兴会")]
    text = "中华网、新浪网、搜狐、网易、TOM等15家网站"  # 2001-02-03
    assert ("TOM", ORG) in surfaces(closed(text, []))
    text = "国人熟知微软、ＩＢＭ、苹果、惠普等公司的大名"  # 1995-10-04: 苹果 a common word
    assert surfaces(closed(text, [at(text, "惠普", ORG)])) == [("ＩＢＭ", ORG), ("惠普", ORG)]
    text = "Ｃｉｓｃｏ、佳网等公司在中国开始了自己网络电话"  # MSRA: a Latin first item whole
    assert surfaces(closed(text, [])) == [("Ｃｉｓｃｏ", ORG), ("佳网", ORG)]


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
    found = [at(text, "朱德", PER, None), at(text, "刘少奇", PER, None)]
    assert closed(text, found) == found
