"""Bodies one word names (:mod:`encoder.enrich.zh_word_bodies`): newspapers written without marks,
the Republic's Yuans, the national congress, on sentences of the dev gold's articles
(``tests/fixtures/rmrb-json-dev/``) and made-up sentences of what is none of them."""

from __future__ import annotations

import json
from pathlib import Path

from encoder.enrich.zh_word_bodies import bodies, congress, paper, papers, yuans
from encoder.evaluate_ner import names_pass_spans

from .test_zh_conventions import LOC, ORG, at, needs_crf, surfaces


@needs_crf
def test_a_word_in_bao_before_what_a_paper_does_is_a_newspaper() -> None:
    for text, name in (
        ("真理报发表马耶夫斯基评论", "真理报"),  # 1950-03-01
        ("据苏联劳动报驻联大记者报导", "劳动报"),  # 1947-10-05
        ("武器供给中国共产党。消息报称：马歇尔在离华", "消息报"),  # corpus, 1947-03-05
    ):
        assert (name, ORG) in surfaces(papers(text, [])), text


@needs_crf
def test_what_is_no_newspaper_or_is_named_already_is_not_taken() -> None:
    for text in (
        "这个联合公报说，两位总统",  # a document (1964-05-03)
        "该党的机关报发表社论",  # a common word: a kind of paper
        "黑板报说，",  # a paper put up by hand
        "大字报指出",
        "他的思想汇报说",  # a report
        "本报评论员",  # two characters: the paper's own
        "订阅真理报的人很多",  # nothing a paper does after it
    ):
        assert surfaces(papers(text, [])) == [], text
    text = "据苏联劳动报驻联大记者报导"
    found = [at(text, "苏联劳动报", ORG)]  # a name overlapping it stays as it is
    assert papers(text, found) == found
    assert surfaces(papers(text, [at(text, "苏联", LOC)])) == [("苏联", LOC), ("劳动报", ORG)]


@needs_crf
def test_a_name_of_the_dictionary_and_a_loose_bao_before_what_a_paper_does_is_a_newspaper() -> None:
    # made up as the paper writes: the cut reads 红星 + 报, 红旗 + 报 (the Soviet army's paper, Die Rote Fahne)
    assert ("红星报", ORG) in surfaces(papers("苏联红星报发表文章说", []))
    assert ("红旗报", ORG) in surfaces(papers("德国共产党中央机关报红旗报发表社论", []))
    for text in (
        "红星报社的大楼",  # nothing a paper does after it
        "群众报说",  # 群众 names nothing
        "红星报名参加",  # 报名: no loose 报
    ):
        assert surfaces(papers(text, [])) == [], text


def test_a_paper_s_word_is_long_uncommon_and_no_document() -> None:
    assert paper("真理报", False) and paper("消息报", False)
    assert not paper("机关报", True)  # jieba's common word
    assert not any(paper(word, False) for word in ("日报", "联合公报", "新闻公报", "手抄报", "高回报"))


@needs_crf
def test_the_names_pass_finds_the_paper_of_a_dev_article() -> None:
    dev = Path(__file__).parents[1] / "fixtures" / "rmrb-json-dev"
    source = next(dev.glob("1950-03-01_真理报*.json"))
    parts = [part["text"] for part in json.loads(source.read_text(encoding="utf-8"))["parts"]]
    found = {(parts[i][s:e], kind) for i, s, e, kind in names_pass_spans(parts, "crf", "medium")}
    assert ("真理报", "ORG") in found


@needs_crf
def test_a_yuan_of_the_republic_standing_as_a_word_is_a_body() -> None:
    for text in (
        "上月二十八日遭“行政院”否决，此项决议",  # 1947-08-04: quoted
        "政策全盘失败。伪行政院于十月三十一日通",  # 1948-11-08: after 伪
        "“立法委员”向“行政院”提出紧急质询",  # 1987-10-01
    ):
        assert ("行政院", ORG) in surfaces(yuans(text, [])), text
    assert surfaces(yuans("京会晤蒋匪行政院长张群，", [])) == []  # a title: one word of the cut
    assert surfaces(yuans("医院和学院", [])) == []
    # before its head's title, where the cut reads 立 + 法院院长 (made up as the paper writes)
    assert ("立法院", ORG) in surfaces(yuans("伪立法院院长孙科昨日发表谈话", []))
    assert ("监察院", ORG) in surfaces(yuans("监察院副院长说", []))
    assert surfaces(yuans("最高法院院长说", [])) == []  # no Yuan: a court
    text = "孙科立法院院长邀请"
    found = [at(text, "孙科立法院", ORG)]  # another name overlapping it stays as it is
    assert yuans(text, found) == found


def test_the_national_congress_after_its_ordinal_or_china_s_name_is_a_body() -> None:
    for text in (
        "群众一块学习五届人大文件，研究制订",  # 1978-05-01
        "一九七五年四届人大会议期间，在敬爱的",  # 1979-02-03
        "为团长的中国人大代表团结束了对马",  # 1992-08-02
    ):
        assert ("人大", ORG) in surfaces(congress(text, [])), text
    for text in (
        "市十二届人大常委会",  # a local congress: its level before the ordinal
        "县第十届人大会议",
        "王嘉廉在万人大会上发表讲话",  # no ordinal: 人 + 大会
        "歼灭敌人大批有生力量",
        "交市委、市人大、市政府",
    ):
        assert surfaces(congress(text, [])) == [], text


@needs_crf
def test_chinese_people_before_a_word_in_da_is_no_national_congress() -> None:
    # made up as the paper writes: 中国人 (Chinese people) and a word in 大, no 人大
    for text in (
        "在美国的中国人大多数是劳动人民。",
        "旅居海外的中国人大都怀念祖国。",
        "中国人大力发展对外贸易。",
        "清末中国人大规模移居南洋。",
    ):
        assert surfaces(congress(text, [])) == [], text
    # an ordinal's congress before a word in 大 of its own is still the congress (1979-02-03)
    assert ("人大", ORG) in surfaces(congress("一九七五年四届人大会议期间", []))


@needs_crf
def test_the_three_readings_are_made_in_one_pass_and_twice_is_once() -> None:
    text = "据真理报称，五届人大和“行政院”"
    found = bodies(text, [])
    assert surfaces(found) == [("真理报", ORG), ("人大", ORG), ("行政院", ORG)]
    assert bodies(text, found) == found
