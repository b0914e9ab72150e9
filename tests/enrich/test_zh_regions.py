"""Regions named by provinces' one-character names (:mod:`encoder.enrich.zh_regions`), on real
People's Daily sentences."""

from __future__ import annotations

import importlib.util

import pytest

from encoder.enrich import zh_regions
from encoder.enrich.naming import made_name
from encoder.model import PhraseKind

pytestmark = pytest.mark.skipif(importlib.util.find_spec("jieba") is None, reason="jieba is not installed")


def regions_of(text: str, found: list | None = None) -> list[str]:
    return [text[s:e] for s, e, p in zh_regions.regions(text, found or []) if p.kind is PhraseKind.PLACE]


def test_joined_names_and_a_name_with_its_direction_are_places() -> None:
    assert regions_of("陈谢大军打遍豫陕鄂") == ["豫陕鄂"]  # 1948-01-16
    assert regions_of("相当集中，尤其是鲁西南、两淮、豫西北、黔西和滇东五个") == ["鲁西南", "豫西北", "黔西", "滇东"]
    assert regions_of("县出发，经冀西、晋北，越长城") == ["冀西", "晋北"]  # 1948-12-10
    assert regions_of("当前，京津冀地区还存在着严重缺水") == ["京津冀"]  # 1980-09-01: 地区 is left out
    assert regions_of("滇东富煤区距离两广缺煤区也比其他任何") == ["滇东", "两广"]  # 1979-08-02


def test_a_region_with_its_border_region_or_its_line_is_one_place() -> None:
    assert regions_of("便号召说：“陕甘宁边区是民主的发祥地，") == ["陕甘宁边区"]  # 1947-03-11
    assert regions_of("把川黔铁路、川黔公路的作用发挥出来") == ["川黔铁路", "川黔公路"]  # 1987-10-03


def test_ambiguous_names_count_only_beside_an_unambiguous_one() -> None:
    assert regions_of("其中又以宁沪杭地带、武汉及其附近") == ["宁沪杭"]  # 1979-08-02
    assert regions_of("苏南嘉定嘉丰纱厂陈企敏") == []  # 苏 is also the Soviet Union (苏中友好协会)
    assert regions_of("苏中友好协会理事会") == []
    assert regions_of("港澳同胞") == []


def test_no_region_inside_a_word_or_before_a_body_s_name() -> None:
    assert regions_of("绿油油的麦田也一陇陇的被淹没") == []  # 1947-04-03: a word doubled
    assert regions_of("他们考察北方的情况") == []  # 察 ends 考察
    assert regions_of("贷给或卖给农民。冀中行署于三月十六日") == []  # 1949-04-03: an organisation
    assert regions_of("原中国人民解放军滇桂黔边纵队700名老战士") == []  # 1989-07-22: a unit
    assert regions_of("辽东省工业厅驻津购销处") == []  # 1952-12-19
    assert regions_of("发现了一张“晋察冀画报”，那上面") == []  # 1946-05-15: a periodical


def test_a_name_found_over_the_region_wins_and_a_loose_one_gives_way() -> None:
    text = "冀中人民子弟兵在战斗"  # no body's word after the region: the organisation found wins
    body = (0, 7, made_name(PhraseKind.ORG, "冀中人民子弟兵"))
    assert zh_regions.regions(text, [body]) == [body]
    assert regions_of(text) == ["冀中"]
    text = "黔西、滇东富煤区距离"
    loose = (3, 6, made_name(PhraseKind.PLACE, "滇东富"))
    assert regions_of(text, [loose]) == ["黔西", "滇东"]


def test_a_place_cutting_into_a_region_before_a_body_gives_way_to_the_body() -> None:
    text = "晋察冀边区政府"  # the policy: an official government's name is an organisation
    cut = (1, 5, made_name(PhraseKind.PLACE, "察冀边区"))
    assert [(s, e, p.kind) for s, e, p in zh_regions.regions(text, [cut])] == [(0, 7, PhraseKind.ORG)]


def test_words_and_names_that_are_no_region() -> None:  # the review's sentences
    assert regions_of("省京剧团晋京演出") == []  # 晋京: go to the capital
    assert regions_of("各地剧团纷纷晋京") == []
    assert regions_of("湖南省委机关刊物《新湘评论》发表文章") == []  # a periodical's title
    assert regions_of("新晋冠军") == []  # 新 counts only in a run of three
    assert regions_of("湘云同志是一位优秀的教师") == []  # a person, by the address after
    assert regions_of("解放军由津南下") == []  # 由津 + 南下, a motion
    assert regions_of("冀中十分区司令部") == []  # a numbered unit: an organisation


def test_heads_and_the_names_of_the_shared_table() -> None:
    assert regions_of("冀中区") == ["冀中区"]  # the policy's 太岳区
    assert regions_of("公开协助蒋军向冀东解放区香河") == ["冀东"]  # 1946-08-12: 解放区 is descriptive
    assert regions_of("自一九五二年桂西僮族自治区成立") == []  # 1957-07-06: a longer place
    assert regions_of("京沪穗三地") == ["京沪穗"]
    assert regions_of("川藏公路") == ["川藏公路"]
    assert regions_of("青藏铁路") == ["青藏铁路"]
    assert regions_of("晋新公路") == ["晋新公路"]  # 新 before a road's word


def test_a_verb_or_an_adverb_after_the_region_opens_no_body() -> None:
    assert regions_of("陕甘宁边区举行参议会选举") == ["陕甘宁边区"]
    assert regions_of("他们在冀中开会") == ["冀中"]
    assert regions_of("他们在冀中到处") == ["冀中"]
    assert regions_of("冀中全部") == ["冀中"]
    assert regions_of("冀南银行发行钞票") == []
    assert regions_of("辽东省商业厅干部训练班开学") == []  # not on a lucky cut: 商业 + 厅
