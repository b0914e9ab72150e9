"""Where a Chinese organisation's name begins and ends (:mod:`encoder.enrich.zh_orgs`), on
sentences of the dev gold's articles (``tests/fixtures/rmrb-json-dev/``) and of ``source/rmrb/``."""

from __future__ import annotations

import pytest

from encoder.enrich.zh_orgs import (
    directions_kept_out,
    named_after,
    ordinal,
    own_name,
    parties,
    place_apart,
    sectioned,
    stately,
    villages_apart,
)

from .test_zh_conventions import CRF, LOC, ORG, PER, at, surfaces

needs_crf = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")


def test_a_place_of_a_level_opening_an_enterprise_of_its_own_name_stays_apart() -> None:
    text = "工人裴招娣、天赐庄私立东吴大学范烟桥、苏州市苏纶纱厂工人"
    found = place_apart(at(text, "天赐庄私立东吴大学", ORG), [])
    assert surfaces(found) == [("天赐庄", LOC), ("东吴大学", ORG)]
    assert text[found[1][0] : found[1][1]] == "东吴大学"
    known = [at(text, "苏州市", LOC, None)]
    assert surfaces(place_apart(at(text, "苏州市苏纶纱厂", ORG), known)) == [("苏州市", LOC), ("苏纶纱厂", ORG)]
    for whole in ("马家村初级小学", "苏州市人民政府", "中国土产公司"):  # the name needs its place
        assert place_apart(at(whole, whole, ORG), []) == [at(whole, whole, ORG)]


@needs_crf
def test_a_body_of_a_name_of_its_own_after_a_county_stays_apart_and_a_generic_one_keeps_it() -> None:
    text = "延庆县珍珠泉公社党委"
    assert surfaces(place_apart(at(text, text, ORG), [])) == [("延庆县", LOC), ("珍珠泉公社党委", ORG)]
    text = "新华社华东八日电】徐州东北贾汪煤矿已举办的职工福利"
    known = [at(text, "徐州", LOC, None)]
    assert surfaces(place_apart(at(text, "徐州东北贾汪煤矿", ORG), known)) == [("徐州", LOC), ("贾汪煤矿", ORG)]
    for whole in ("唐山市机械工程学会", "苏州市食品业第四九分会", "武邑县人民武装部", "鸡泽县保安大队"):
        assert place_apart(at(whole, whole, ORG), []) == [at(whole, whole, ORG)], whole
    found = [at(text, "徐州", LOC, None), at(text, "东北", LOC, None), at(text, "贾汪煤矿", ORG)]
    kept = directions_kept_out([found[1]], [found[0], found[2]], text)
    assert kept == []  # 东北: a direction from Xuzhou, not the Northeast


def test_a_section_of_an_enterprise_is_the_enterprise() -> None:
    text = "苏纶纱厂织部筒子间乙班工人龚"
    assert sectioned(at(text, "苏纶纱厂织部", ORG))[2].text == "苏纶纱厂"
    assert sectioned(at(text, "苏纶纱厂", ORG))[2].text == "苏纶纱厂"


def test_a_body_and_the_delegation_it_sends_are_the_body() -> None:
    text = "亚非作家常设局代表团离赞比亚"
    assert sectioned(at(text, "亚非作家常设局代表团", ORG))[2].text == "亚非作家常设局"
    text = "阿尔巴尼亚国家银行和储金保险局联合代表团离京回国"
    assert sectioned(at(text, "储金保险局联合代表团", ORG))[2].text == "储金保险局"
    # a descriptive body, a stem ending in no body's head (央 of a party's centre), a mission abroad
    for whole in ("中国政府代表团", "印尼共产党中央代表团", "中国常驻日内瓦联合国办事处代表团"):
        assert sectioned(at(whole, whole, ORG)) == at(whole, whole, ORG), whole
    # a congress is an event (the policy), and so is a delegation to one: nothing to trim to
    for whole in (
        "世界和平大会代表团",
        "国际劳工大会代表团",
        "世界工会代表大会代表团",
        "亚非会议代表团",
        "中国出席世界和平大会代表团",
        "中国出席第二十六届联合国大会代表团",
        "中国参加亚非作家常设局代表团",
    ):
        assert sectioned(at(whole, whole, ORG)) == at(whole, whole, ORG), whole


def test_a_body_and_the_visiting_or_working_group_it_sends_are_the_body() -> None:
    for text, whole, body in (
        ("神户世志夫为首的日本国营铁道工会和机车工会访华团", "机车工会访华团", "机车工会"),  # 1963-10-02
        ("鞍钢的清查工作在国务院工作组的帮助下", "国务院工作组", "国务院"),  # 1978-09-03
        ("中国人民外交学会欢宴英中友协访问团", "英中友协访问团", "英中友协"),  # corpus, 1952-09-08
        ("政协常委说：", "省政协视察团", "省政协"),  # made up
    ):
        assert sectioned(at(text + whole, whole, ORG))[2].text == body, whole
    # a group named by its errand or its place alone, a descriptive body, a group posted abroad
    for whole in ("贸易考察团", "中国政府工作组", "中国驻越南工作组", "北京慰问团", "中央工作组"):
        assert sectioned(at(whole, whole, ORG)) == at(whole, whole, ORG), whole
    # a body named by its kind only: the communes' system, an organ named relative to its unit
    for whole in ("人民公社工作组", "公社党委工作组", "大队党支部工作组", "中国青年访问团", "上海工人访问团"):
        assert sectioned(at(whole, whole, ORG)) == at(whole, whole, ORG), whole


def test_a_states_full_name_and_the_body_after_it_are_one_body() -> None:
    text = "会议还决定设立中华人民共和国第五机械工业部和中国国务院"
    found = [at(text, "中华人民共和国", LOC, None), at(text, "第五机械工业部", ORG), at(text, "中国", LOC, None)]
    found.append(at(text, "国务院", ORG, None))
    assert surfaces(stately(text, found)) == [("中华人民共和国第五机械工业部", ORG), ("中国", LOC), ("国务院", ORG)]
    text = "中华人民共和国政府"
    found = [at(text, "中华人民共和国", LOC, None), at(text, "政府", ORG)]
    assert stately(text, found) == found  # country + 政府 is descriptive (the policy)


def test_the_ordinal_of_a_congress_belongs_to_its_committee() -> None:
    text = "非法召开了所谓的第三次亚非作家大会筹备委员会会议"
    assert surfaces(ordinal(text, [at(text, "亚非作家大会筹备委员会", ORG)])) == [("第三次亚非作家大会筹备委员会", ORG)]
    text = "第三次中国作家协会会议"
    assert surfaces(ordinal(text, [at(text, "中国作家协会", ORG)])) == [("中国作家协会", ORG)]


def test_a_place_and_the_party_league_or_agency_after_it_are_one_body() -> None:
    for text, place, whole in (
        ("主义党和组织是：泰国共产党中央委员会、印尼", "泰国", "泰国共产党中央委员会"),
        ("热烈欢迎喀麦隆人民联盟副主席", "喀麦隆", "喀麦隆人民联盟"),
        ("据越南南方解放通讯社报道", "越南南方", "越南南方解放通讯社"),
        ("由朝鲜劳动党中央总书记", "朝鲜", "朝鲜劳动党中央"),
        ("意大利共产党人联盟（马克思列宁主义）", "意大利", "意大利共产党人联盟"),  # not 意大利共产党
        ("目前东帝汶独立革命阵线仍然控制着", "东帝汶", "东帝汶独立革命阵线"),
        ("庆祝英雄的朝鲜人民军创建五周年", "朝鲜", "朝鲜人民军"),
        ("新华社河内四日电越南人民军总司令部联络代表团", "越南", "越南人民军总司令部"),
        ("各界代表一致表示完全支持老挝爱国战线党和苏发努冯亲王", "老挝", "老挝爱国战线党"),
        ("支持越南民族统一战线的斗争", "越南", "越南民族统一战线"),
    ):
        assert surfaces(parties(text, [at(text, place, LOC, None)])) == [(whole, ORG)], whole
    text = "比利时马克思列宁主义共产党中央委员会、希腊"
    found = [at(text, "比利时", LOC, None), at(text, "共产党中央委员会", ORG), at(text, "希腊", LOC, None)]
    assert surfaces(parties(text, found)) == [("比利时马克思列宁主义共产党中央委员会", ORG), ("希腊", LOC)]
    # 1961-09-14: the league found after the country writes the country itself: no party of it
    text = "喀麦隆人民在喀麦隆人民联盟领导下"
    found = [at(text, "喀麦隆", LOC, None), at(text, "喀麦隆人民联盟", ORG)]
    assert surfaces(parties(text, found)) == [("喀麦隆", LOC), ("喀麦隆人民联盟", ORG)]
    for text, place in (
        ("中国只有由共产党领导", "中国"),  # 1951-12-14: words of a sentence, no party's name
        ("南京市各民主党派和工商联", "南京市"),  # 1961-03-13: 民主党派, the parties in general
        ("法国总统昨天会见社会党领袖", "法国"),
        ("建立美国、日本和南朝鲜三方军事联盟", "南朝鲜"),  # a count: an alliance, no name
        ("美国和日本共产党", "美国"),
        ("中国人民军队", "中国"),  # the army of a people, no name
        ("中国人民军事力量日益强大", "中国"),  # 人民 + 军事, no 人民军
        ("越南人民军民英勇抗战", "越南"),  # 军民, the army and the people
        ("越南人民军官和士兵", "越南"),
        ("中国统一战线工作", "中国"),  # a sector of work, no named front
        ("中国青年战线上的新人", "中国"),
    ):
        assert parties(text, [at(text, place, LOC, None)]) == [at(text, place, LOC, None)], text


def test_a_member_of_a_party_s_central_committee_and_its_central_paper_leave_the_party_alone() -> None:
    for text, place, party in (
        ("命政府代表团，由越南劳动党中央委员、政府副总理", "越南", "越南劳动党"),  # 1974-06-07
        ("九月四日电　日本工人党中央机关报《劳农战报》", "日本", "日本工人党"),  # 1976-09-05
        ("越南劳动党中央候补委员阮文", "越南", "越南劳动党"),  # a review's example (2026-12-01)
        ("新华社平壤１月７日电朝鲜劳动党中央机关报《劳动新闻》今", "朝鲜", "朝鲜劳动党"),  # PKU 1998-01
    ):
        assert surfaces(parties(text, [at(text, place, LOC, None)])) == [(party, ORG)], text
    text = "越南劳动党中央委员会第一书记"  # the committee itself
    assert surfaces(parties(text, [at(text, "越南", LOC, None)])) == [("越南劳动党中央委员会", ORG)]


def test_a_county_or_a_place_named_before_a_village_stays_apart() -> None:
    text = "据沁源、安泽、沁县调查。安泽金堆村某贫农买了几亩地"
    found = [at(text, "沁源", LOC), at(text, "安泽", LOC), at(text, "安泽金堆村", LOC, nth=0)]
    found[2] = at(text, "安泽金堆村", LOC)
    assert surfaces(villages_apart(text, found))[-2:] == [("安泽", LOC), ("金堆村", LOC)]
    text = "海阳县后黄塘村"
    assert surfaces(villages_apart(text, [at(text, text, LOC)])) == [("海阳县", LOC), ("后黄塘村", LOC)]
    text = "梁峪村"
    assert villages_apart(text, [at(text, text, LOC)]) == [at(text, text, LOC)]
    assert villages_apart(text, [at(text, text, PER)]) == [at(text, text, PER)]


def test_a_person_before_an_institution_s_end_is_the_institution() -> None:
    text = "午前往西山碧云寺晋谒孙中山纪念堂，并向孙中山先生遗像"  # 1961-03-13 (the sample corpus)
    found = named_after(text, [at(text, "孙中山", PER, None), at(text, "孙中山", PER, None, 1)])
    assert surfaces(found) == [("孙中山纪念堂", ORG), ("孙中山", PER)]
    text = "利用列宁医院一幢旧房子建成了制药"  # 1968-07-05
    assert surfaces(named_after(text, [at(text, "列宁", PER)])) == [("列宁医院", ORG)]
    text = "学习赵一曼班的经验"  # a class named after her: a descriptor, the person stays
    assert surfaces(named_after(text, [at(text, "赵一曼", PER)])) == [("赵一曼", PER)]


@needs_crf
def test_a_county_opening_a_body_is_a_word_of_the_cut() -> None:
    """A review's example: 超级市场公司 opens with no county (超级市 is no word of its cut)."""
    assert own_name("香河县公安交警大队") and not own_name("超级市场公司")
