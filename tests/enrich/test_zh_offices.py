"""Offices a state or a body keeps in a place: their keeper and their place (zh_offices)."""

from __future__ import annotations

from encoder.enrich.zh_offices import stationed

from .test_names_crf import names_in
from .test_zh_conventions import LOC, ORG, PER, at, needs_crf, surfaces


@needs_crf
def test_an_office_kept_in_a_place_is_its_keeper_and_its_place() -> None:
    text = "中国国际航空公司驻罗马办事处的同志告诉记者"
    assert surfaces(stationed(at(text, "中国国际航空公司驻罗马办事处", ORG)) or []) == [
        ("中国国际航空公司", ORG),
        ("罗马", LOC),
    ]
    text = "卿亨利·基辛格博士、美国驻中国联络处主任乔治·布什"  # a state: 苏联 ends as bodies do
    assert surfaces(stationed(at(text, "美国驻中国联络处", ORG)) or []) == [("美国", LOC), ("中国", LOC)]
    text = "苏联驻中国办事处"
    assert surfaces(stationed(at(text, text, ORG)) or []) == [("苏联", LOC), ("中国", LOC)]


@needs_crf
def test_an_office_s_place_is_tagged_only_where_the_dictionary_knows_it() -> None:
    text = "铁道部驻东北特派员办事处成立水害抢修司令部"  # 1950-07-18: 东北特派员 is no place
    assert surfaces(stationed(at(text, "铁道部驻东北特派员办事处", ORG)) or []) == [("铁道部", ORG)]
    text = "中国常驻日内瓦联合国办事处代表团团长金永健"  # no office of a keeper: not cut
    assert stationed(at(text, "联合国办事处", ORG)) is None
    text = "美国驻中国联络处"  # an office read as no organisation: not cut
    assert stationed(at(text, text, PER)) is None
    assert stationed(at(text, text, LOC)) is None


@needs_crf
def test_a_keeper_is_a_place_only_where_it_is_a_known_place() -> None:
    for text, keeper in (  # a body not ending as bodies do, or of the authority file: as read
        ("中国民航驻东京办事处的工作人员", "中国民航"),
        ("三菱商事驻北京办事处代表", "三菱商事"),
        ("日本经济新闻驻北京办事处", "日本经济新闻"),
        ("欧洲共同体驻华代表处代表", "欧洲共同体"),
        ("欧共体驻华代表处代表", "欧共体"),
    ):
        office = text[: text.index("处") + 1]
        assert surfaces(stationed(at(text, office, ORG)) or [])[0] == (keeper, ORG)


@needs_crf
def test_常驻_and_a_place_opening_with_驻() -> None:
    text = "联合国难民署常驻北京办事处代表"  # 常驻: kept for good, no part of the keeper
    found = stationed(at(text, "联合国难民署常驻北京办事处", ORG)) or []
    assert surfaces(found) == [("联合国难民署", ORG), ("北京", LOC)]
    assert [(s, e) for s, e, _ in found] == [(0, 6), (8, 10)]
    text = "日本常驻联合国代表处"  # an organisation of the authority file after 驻
    assert surfaces(stationed(at(text, text, ORG)) or []) == [("日本", LOC), ("联合国", ORG)]
    text = "郑州铁路局驻马店办事处"  # 驻马店 is a place: its 驻 is its own
    found = stationed(at(text, text, ORG)) or []
    assert surfaces(found) == [("郑州铁路局", ORG), ("驻马店", LOC)]
    assert [(s, e) for s, e, _ in found] == [(0, 5), (5, 8)]


@needs_crf
def test_the_names_pass_tags_an_office_s_keeper_and_place() -> None:
    names = names_in(["津巴布韦非洲民族联盟驻卢萨卡办事处一月十日的新闻公报说"])  # 1973-01-13
    assert [(surface, kind) for surface, kind, _ in names] == [("津巴布韦非洲民族联盟", ORG), ("卢萨卡", LOC)]
    names = names_in(["日中备忘录贸易办事处驻北京联络处首席代表安田佳三"])
    assert [(surface, kind) for surface, kind, _ in names] == [
        ("日中备忘录贸易办事处", ORG),
        ("北京", LOC),
        ("安田佳三", PER),
    ]
