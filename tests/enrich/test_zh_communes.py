"""The units of a people's commune (:mod:`encoder.enrich.zh_communes`), on sentences of the dev
gold's articles (``tests/fixtures/rmrb-json-dev/``) and of ``../shared/corpus``."""

from __future__ import annotations

import pytest

from encoder.enrich.zh_communes import communes

from .test_zh_conventions import CRF, LOC, ORG, at, surfaces

needs_crf = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")


@needs_crf
def test_a_commune_its_brigade_team_and_organ_are_one_organisation() -> None:
    text = "陕西长安县太乙宫公社新北大队党支部，在检查总结工作中"
    found = [at(text, "长安县", LOC), at(text, "北大队党支部", ORG)]
    assert surfaces(communes(text, found)) == [("长安县", LOC), ("太乙宫公社新北大队党支部", ORG)]
    text = "这个公社和平大队第六生产队，去年减了产"
    assert surfaces(communes(text, [])) == [("和平大队第六生产队", ORG)]
    text = "在陕西扶风县杏林人民公社，发现有些生产队没有认真贯彻勤俭办社的方针"
    assert surfaces(communes(text, [])) == [("杏林人民公社", ORG)]
    text = "山东省五莲县街头公社季家官庄大队根据当前春耕大忙的特点"  # 街头, a word, named by its brigade too
    assert surfaces(communes(text, [at(text, "五莲县", LOC)])) == [("五莲县", LOC), ("街头公社季家官庄大队", ORG)]


@needs_crf
def test_a_county_found_with_the_unit_keeps_apart() -> None:
    text = "是山东省文登县葛家大队人。"
    found = [at(text, "山东省", LOC), at(text, "文登县葛家大队", ORG)]
    assert surfaces(communes(text, found)) == [("山东省", LOC), ("文登县", LOC), ("葛家大队", ORG)]
    text = "山东省五莲县街头公社季家官庄大队根据当前春耕大忙的特点"  # the commune found with its county
    found = [at(text, "山东省", LOC), at(text, "五莲县街头公社", ORG)]
    assert surfaces(communes(text, found))[1:] == [("五莲县", LOC), ("街头公社季家官庄大队", ORG)]
    text = "新疆伊宁市郊汉宾公社的维吾尔、哈萨克等民族社员"  # 郊, the suburbs, is no part of the name
    found = [at(text, "伊宁市", LOC), at(text, "郊汉宾公社", ORG)]
    assert surfaces(communes(text, found)) == [("伊宁市", LOC), ("汉宾公社", ORG)]


@needs_crf
def test_a_kind_of_unit_is_no_unit() -> None:
    for text in (
        "各地人民公社的许多生产大队",
        "一个后进大队去蹲点",
        "我的儿子在地方武装县大队，若是大队部允许的话",
        "妇女、工商界、宗教界和市民等大队。",
        "推动了全公社活学活用",
        "葛家大队长王某",  # a title fused to the unit
        "学校少年先锋队大队部",  # the pioneers' brigade, no unit of a commune
        "少年先锋队大队委员会",
        "和平大队伍",  # 队伍, ranks
    ):
        assert communes(text, []) == [], text
    text = "渭南县城关公社许多生产大队奶羊增加了"  # 许多生产 names no brigade
    assert surfaces(communes(text, [])) == [("城关公社", ORG)]
