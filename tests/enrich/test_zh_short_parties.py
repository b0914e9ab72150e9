"""Communist parties named short (:mod:`encoder.enrich.zh_short_parties`), on sentences of the dev
gold's articles (``tests/fixtures/rmrb-json-dev/``) and of ``../shared/corpus``."""

from __future__ import annotations

import pytest

from encoder.enrich.zh_short_parties import abbreviation_apart, short_parties

from .test_zh_conventions import CRF, LOC, ORG, at, surfaces

pytestmark = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")


def test_a_country_s_abbreviation_and_gong_name_its_communist_party() -> None:
    text = "其余内阁席次分配计：捷共七席：内政部长诺西克"
    assert surfaces(short_parties(text, [])) == [("捷共", ORG)]
    text = "比利时代表团团长、比共副主席热夫·图尔夫在发言"
    assert surfaces(short_parties(text, [at(text, "比利时", LOC)])) == [("比利时", LOC), ("比共", ORG)]
    text = "以菲共领袖塔拉克为首的人民解放军"
    assert surfaces(short_parties(text, [])) == [("菲共", ORG)]


def test_gong_opening_a_word_or_an_abbreviation_ending_one_names_no_party() -> None:
    for text in ("加勒比共同体", "巴西共产党", "参加共青团", "中美共同声明", "法兰西共和国"):
        assert short_parties(text, []) == [], text


def test_gong_of_in_all_names_no_party() -> None:
    for text in ("美、英共派出军舰十艘", "在本届奥运会上美共获得四十枚金牌"):
        assert short_parties(text, []) == [], text


def test_a_short_name_cut_as_one_word_is_a_party() -> None:
    text = "法共总书记马歇"
    assert surfaces(short_parties(text, [])) == [("法共", ORG)]
    text = "菲共和越共"  # 菲 + 共和 is cut a word: 越共 only
    assert surfaces(short_parties(text, [])) == [("越共", ORG)]


def test_a_country_s_abbreviation_before_a_state_organ_is_no_part_of_it() -> None:
    text = "该电称：美经济合作总署宣称：“对华贷款"  # 1948-08-28
    assert surfaces(abbreviation_apart(text, [at(text, "美经济合作总署", ORG)])) == [("经济合作总署", ORG)]
    text = "乌外交部副部长格利先科指出"  # 1995-11-02
    assert surfaces(abbreviation_apart(text, [at(text, "乌外交部", ORG)])) == [("外交部", ORG)]


def test_a_date_s_ri_before_a_body_is_no_part_of_it() -> None:
    """A review's example: 日 closes the date 5月3日."""
    text = "今年5月3日外交部发言人说"
    assert surfaces(abbreviation_apart(text, [at(text, "日外交部", ORG)])) == [("外交部", ORG)]
    text = "自2月27日戈特拉火车站发生袭击"  # 2002-03-04
    assert surfaces(abbreviation_apart(text, [at(text, "日戈特拉火车站", ORG)])) == [("戈特拉火车站", ORG)]


def test_a_name_that_needs_its_country_keeps_it() -> None:
    """A review's examples: parties, and bodies whose name is no complete one without the country;
    a name the pass had is never lost."""
    for text, name in (
        ("美共产党全国委员会主席", "美共产党全国委员会"),
        ("英共产党执行委员会", "英共产党执行委员会"),
        ("越劳动党中央委员会", "越劳动党中央委员会"),
        ("朝劳动党中央委员会", "朝劳动党中央委员会"),
        ("匈社会主义工人党", "匈社会主义工人党"),
        ("巴人民党", "巴人民党"),
        ("日公明党", "日公明党"),
        ("德社民党", "德社民党"),
        ("美民主党全国委员会", "美民主党全国委员会"),
        ("苏科学院院士", "苏科学院"),
        ("法总工会总书记", "法总工会"),
        ("意总工会总书记", "意总工会"),
        ("英石油公司", "英石油公司"),
        ("美钢铁公司", "美钢铁公司"),
        ("苏作家协会", "苏作家协会"),
        ("菲人民解放军及菲全国农民协会的势力", "菲全国农民协会"),  # ../shared/corpus, 1948-03-17
        ("在同日举行的英上院会议中", "英上院"),  # 1949-05-01: 上院 a common word
    ):
        found = [at(text, name, ORG)]
        assert abbreviation_apart(text, found) == found, text


def test_an_abbreviation_of_a_longer_word_or_name_stays() -> None:
    for text, name in (
        ("苏州市苏纶纱厂工人", "苏纶纱厂"),  # 1951-08-07: 苏 opens the name
        ("及日中友好协会等", "日中友好协会"),  # 1963-10-06: two abbreviations
        ("日苏外交部", "日苏外交部"),  # two abbreviations before a state organ
        ("美纽约警察局", "美纽约警察局"),  # a place's name follows the abbreviation
        ("扎伊尔《埃利马报》六月九日", "埃利马报"),  # ../shared/corpus, 1977-06-13: a title
        ("缅科学家代表团举行招待会", "缅科学家代表团"),  # a delegation is descriptive
        ("美联社华盛顿电", "美联社"),
    ):
        found = [at(text, name, ORG)]
        assert abbreviation_apart(text, found) == found
