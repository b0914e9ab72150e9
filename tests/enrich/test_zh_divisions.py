"""China's divisions from the official list: the short forms the CRF misses, taken where they stand
alone and where a reader sees a place. The sentences are from the People's Daily articles of the
sample corpus (``../shared/corpus/rmrb-json/``) and the dev gold's sources; the table's rows are
built from lines of cpca's data files (``tests/fixtures/cpca/``)."""

from __future__ import annotations

import json
from pathlib import Path

from encoder import train_places
from encoder.enrich import zh_divisions
from encoder.enrich.zh_divisions import added, raised
from encoder.model import Phrase

from .test_zh_conventions import LOC, PER, at, needs_crf, surfaces

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "cpca"


def test_the_shipped_table_holds_the_rows_the_command_builds() -> None:
    built = train_places.build(FIXTURE, None)["divisions"]
    shipped = json.loads(zh_divisions.TABLE.read_text(encoding="utf-8"))["divisions"]
    assert built == [
        ["东乡族自治县", "东乡", "county"],
        ["伊犁哈萨克自治州", "伊犁", "prefecture"],
        ["和平县", "和平", "county"],
        ["山西省", "山西", "province"],
        ["平遥县", "平遥", "county"],
        ["延边朝鲜族自治州", "延边", "prefecture"],
        ["新疆维吾尔自治区", "新疆", "province"],
        ["沁县", "", "county"],  # one character left: no short form
        ["长治市", "长治", "prefecture"],
        ["长阳土家族自治县", "长阳", "county"],
    ]  # no district (和平区) nor heading (市辖区)
    assert all(row in shipped for row in built)


def test_a_short_form_that_is_mostly_a_word_is_not_taken() -> None:
    table = zh_divisions.names()
    assert {"平遥", "长治", "信阳", "清丰", "天峨"} <= table
    assert not {"和平", "东方", "互助", "共和", "合作", "三台"} & table


@needs_crf
def test_a_division_standing_alone_where_a_reader_sees_a_place_is_a_place() -> None:
    for text, place in (
        ("该麦种自一九四五年在清丰发现，行署农业试验场便着手试", "清丰"),  # 1948-07-26
        ("浙赣线仅上饶以西就发生水害事故十一处", "上饶"),  # 1950-07-18
        ("其他襄垣、高平二县偷盗犯亦经查获", "襄垣"),  # 1950-04-04
        ("不料，分配去天峨的同学不肯去。", "天峨"),  # 1988-04-28
    ):
        assert (place, LOC) in surfaces(added(text, [])), text


@needs_crf
def test_a_division_inside_a_longer_name_or_a_word_is_not_taken() -> None:
    for text in (
        "参议会驻会委员丁一，晋城基督教会泰永和，河南",  # 1946-06-10: a church, a person
        "樟树是常绿乔木，品种和变种很多",  # 1959-03-29: the tree
        "直插云霄的峭崖扑面而来",  # 1990-05-02: the sky
        "当其进至金乡以西大田集附近时",  # 1947-02-04: 大田集, a market town
        "并安装好了三台苏式的空气压缩机",  # 1954-04-07: three machines
        "竭力向当涂火车站集中矿石",  # 1956-06-06: a station
    ):
        assert all(
            phrase.text not in ("晋城", "樟树", "云霄", "大田", "三台", "当涂") for _, _, phrase in added(text, [])
        )
    text = "黄鼎臣、康永和、彭友今"  # 1991-01-02: a person the pass found first
    person = at(text, "康永和", PER)
    assert surfaces(added(text, [person])) == [("康永和", PER)]


def test_a_crf_place_below_medium_that_the_list_holds_is_raised() -> None:
    text = "破坏平汉铁路南段许昌、信阳间铁道"  # 1948-01-16
    start, end, phrase = at(text, "信阳", LOC)
    low = Phrase(LOC, ["信阳"], entity="k", tagger="zh_ner", certainty="low")
    assert raised((start, end, low))[2].certainty == "medium"
    assert raised((start, end, phrase)) == (start, end, phrase)
    other = Phrase(LOC, ["大石头"], entity="k", tagger="zh_ner", certainty="low")
    assert raised((0, 3, other))[2].certainty == "low"
