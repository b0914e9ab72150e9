"""Numbered units of an army (:mod:`encoder.enrich.zh_units`), on sentences of the dev gold's
articles (``tests/fixtures/rmrb-json-dev/``) and of ``../shared/corpus``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from encoder.enrich.zh_units import commands, in_words, units
from encoder.model import PhraseKind

from .test_names_crf import names_in
from .test_zh_conventions import LOC, ORG, at, needs_crf, surfaces


def test_numbered_units_and_chains_of_units_are_organisations() -> None:
    text = "两个师部（整三师、十五师）、六个旅部（新一旅、二○六师第二旅、整三师第三旅、二十旅、六十四旅、一三五旅）"
    assert [s for s, _ in surfaces(units(text, []))] == [
        "整三师",
        "十五师",
        "新一旅",
        "二○六师第二旅",
        "整三师第三旅",
        "二十旅",
        "六十四旅",
        "一三五旅",
    ]
    text = "二个整团（三十六师一六五旅四九四团、二○六师二旅四团）"
    assert [s for s, _ in surfaces(units(text, []))] == ["三十六师一六五旅四九四团", "二○六师二旅四团"]
    text = "图固守固县等重要据点之敌四十师一一七团、一一六团向北窜逃"
    assert surfaces(units(text, [])) == [("四十师一一七团", ORG), ("一一六团", ORG)]
    text = "重创第三六九旅、第二五八旅"
    assert [s for s, _ in surfaces(units(text, []))] == ["第三六九旅", "第二五八旅"]


def test_counts_words_and_titles_are_no_units() -> None:
    for text in ("乱成一团", "三个旅", "百团大战", "第一师范学院", "这一支队伍", "获得十连冠", "第三营业部", "两师"):
        assert units(text, []) == [], text
    text = "记者访问一六三团连长邵文彬"  # the unit, not the title fused to it (团长)
    assert [s for s, _ in surfaces(units(text, []))] == ["一六三团"]
    assert units("该团一一六团长", []) == []


def test_a_flag_a_badge_a_medical_school_and_a_japanese_division_are_no_units() -> None:
    for text in (
        "鲜艳的八一军旗在阳光下飘扬，胸前佩戴着八一军徽",  # the army's flag and badge
        "第三军医",  # of 第三军医大学
        "日寇第五师团和第十六师团向南进犯",  # Japanese divisions: whole or nothing, no 第五师
        "第一师专",
        "第三师院",
        "整整一营敌人被我全歼",  # all of a battalion
        "整整一团人",
    ):
        assert units(text, []) == [], text


def test_a_military_subdistrict_is_one_unit() -> None:
    text = "冀中第九军分区司令员王平"
    assert surfaces(units(text, [])) == [("第九军分区", ORG)]


def test_a_count_or_a_pronoun_before_the_number_makes_no_unit() -> None:
    assert units("这十五师", []) == []  # this unit, but the number a count's (_COUNT_BEFORE)


def test_a_name_found_across_a_unit_keeps_it_and_one_inside_gives_way() -> None:
    text = "驻守四十军三一八团两个营"
    inside = at(text, "三一八", LOC)
    assert surfaces(units(text, [inside])) == [("四十军三一八团", ORG)]
    across = at(text, "驻守四十", LOC)
    assert units(text, [across]) == [across]


DEV = Path(__file__).resolve().parents[1] / "fixtures" / "rmrb-json-dev"


def dev_text(prefix: str) -> str:
    """The text of the dev fixture whose name begins with ``prefix``."""
    (path,) = DEV.glob(prefix + "*.json")
    parts = json.loads(path.read_text(encoding="utf-8"))["parts"]
    return "\n".join(part.get("text", "") for part in parts)


def test_an_army_and_its_regional_forces_or_command_are_one_organisation_on_dev_text() -> None:
    for prefix, sentence, army, place, whole in (
        ("1975-04-06_发扬", "人民解放军广州部队“塔山英雄团”", "人民解放军", "广州", "人民解放军广州部队"),
        ("1980-06-04_沈阳", "人民解放军沈阳部队许多年纪较大", "人民解放军", "沈阳", "人民解放军沈阳部队"),
    ):
        assert sentence in dev_text(prefix)
        found = [at(sentence, army, ORG), at(sentence, place, LOC)]
        assert surfaces(commands(sentence, found)) == [(whole, ORG)]
    sentence = "豫陕鄂人民解放军司令部顷发表第二号公报"
    assert sentence in dev_text("1948-01-16_陈谢")
    found = [at(sentence, "豫陕鄂", LOC), at(sentence, "人民解放军", ORG)]
    assert surfaces(commands(sentence, found)) == [("豫陕鄂", LOC), ("人民解放军司令部", ORG)]
    sentence = "连美国第八军总部都已不得不承认"
    assert sentence in dev_text("1951-12-07_美军")
    found = [at(sentence, "美国", LOC), at(sentence, "第八军", ORG)]
    assert surfaces(commands(sentence, found)) == [("美国", LOC), ("第八军总部", ORG)]
    sentence = "人民解放军西藏军区副司令员桑颇"  # a military region the tagger found
    assert sentence in dev_text("1962-08-05_班禅")
    found = [at(sentence, "人民解放军", ORG), at(sentence, "西藏军区", ORG)]
    assert surfaces(commands(sentence, found)) == [("人民解放军西藏军区", ORG)]


def test_an_arm_of_the_service_a_short_army_and_a_place_apart_are_no_command() -> None:
    text = "人民军高射炮部队击落敌机"  # a kind of unit, no region's place
    found = [at(text, "人民军", ORG)]
    assert commands(text, found) == found
    text = "美军冲绳部队"  # an army of two characters: a country's troops
    found = [at(text, "美军", ORG), at(text, "冲绳", LOC)]
    assert commands(text, found) == found
    text = "人民解放军在广州部队驻地"  # the place not right after the army
    found = [at(text, "人民解放军", ORG), at(text, "广州", LOC)]
    assert commands(text, found) == found
    text = "人民解放军广州市民"  # a place and no forces after it
    found = [at(text, "人民解放军", ORG), at(text, "广州", LOC)]
    assert commands(text, found) == found
    text = "人民解放军北京军区大院"  # a region found is joined, a place found before 军区 too
    found = [at(text, "人民解放军", ORG), at(text, "北京", LOC)]
    assert surfaces(commands(text, found)) == [("人民解放军北京军区", ORG)]
    text = "人民解放军副司令部长"  # no command right after the army
    found = [at(text, "人民解放军", ORG)]
    assert commands(text, found) == found
    text = "解放军司令部"  # an army of three characters and its command
    assert surfaces(commands(text, [at(text, "解放军", ORG)])) == [("解放军司令部", ORG)]
    text = "共青团司令部"  # a body not ending as an army does
    found = [at(text, "共青团", ORG)]
    assert commands(text, found) == found


@needs_crf
def test_an_army_whose_last_character_opens_a_word_is_no_army_on_dev_text() -> None:
    for prefix, sentence, army in (
        ("1947-10-10_滨海", "长李汉明等四十六名被解放军官，于上月", "解放军"),  # 被解放 + 军官
        ("1948-01-16_陈谢", "解放军事重镇蒋匪重要补给站", "解放军"),  # 解放 + 军事重镇
        ("1953-02-10_平壤", "朝中人民军队并肩作战", "人民军"),  # the people's armies
    ):
        assert sentence in dev_text(prefix)
        assert in_words(sentence, [at(sentence, army, ORG)]) == [], sentence


@needs_crf
def test_an_army_before_a_word_of_its_own_or_a_function_word_stays() -> None:
    for text, army in (
        ("人民解放军官兵", "人民解放军"),  # officers and men of the army
        ("志愿军事迹展览", "志愿军"),
        ("解放军战士", "解放军"),
        ("《八路军中的日本兵》", "八路军"),  # 中 a locative, though 军中 is a word
        ("人民解放军。", "人民解放军"),
    ):
        found = [at(text, army, ORG)]
        assert in_words(text, found) == found, text
    text = "英军官兵"  # an army of two characters: not read here
    found = [at(text, "英军", ORG)]
    assert in_words(text, found) == found
    text = "解放军官"  # a place is no army
    found = [at(text, "解放军", LOC)]
    assert in_words(text, found) == found


@needs_crf
def test_an_army_and_its_troops_or_team_in_one_word_of_the_cut_stays() -> None:
    # the cut reads 解放军部队, 解放军队 as one word; the army is said more often than the word
    for text, army in (
        ("我解放军部队于昨日攻克县城", "解放军"),  # (written as the paper writes)
        ("解放军队的尤艳春", "解放军"),  # PKU 1998-01: the army's sports team
        ("马来亚民族解放军部队袭击英军据点", "民族解放军"),  # the word 解放军部队 opens inside the army
    ):
        found = [at(text, army, ORG)]
        assert in_words(text, found) == found, text


@needs_crf
def test_a_word_more_common_than_the_army_or_not_its_troops_is_still_no_army() -> None:
    text = "继续保持和发扬了人民军队的优良革命传统"  # 人民军队 (654) said more often than 人民军 (107)
    assert in_words(text, [at(text, "人民军", ORG)]) == []
    text = "朝中人民军队并肩作战"  # the word opens inside the army found
    assert in_words(text, [at(text, "中人民军", ORG)]) == []
    text = "解放军事重镇"  # 军事: no troops nor team
    assert in_words(text, [at(text, "解放军", ORG)]) == []


# The names pass on sentences of the People's Daily (PKU 199801 corpus in ../shared/ner-data, dev
# fixtures) or written as the paper writes (marked); from the review of branch orgs-s2.


def kinds(text: str) -> list[tuple[str, PhraseKind]]:
    return [(name, kind) for name, kind, _ in names_in([text])]


@needs_crf
@pytest.mark.parametrize(
    "text",
    [
        "我解放军部队于昨日攻克县城",  # (written as the paper writes, 1946-49)
        "西北解放军部队昨克宜川",  # (written as the paper writes)
        "中原解放军部队渡过汉水",  # (written as the paper writes; POLICY: 中原解放军 → 中原 + 解放军)
        "马来亚民族解放军部队袭击英军据点",  # (written as the paper writes)
    ],
)
def test_an_army_before_its_troops_keeps_the_army(text: str) -> None:
    # jieba's one word 解放军部队 holds the army whole: the army's name stays an org
    assert ("解放军", ORG) in kinds(text)


@needs_crf
@pytest.mark.parametrize(
    "text",
    [
        "哈尔滨队的黄莉丽、解放军队的尤艳春、吉林队的王宏与齐齐哈尔队的于净",  # PKU 1998-01
        "这四名女将和解放军队李燕子，在女子短距离全能５００米比赛中又都打破了全国纪录",  # PKU 1998-01
        "在男子短距离全能１０００米比赛中，解放军队运动员庞海龙",  # PKU 1998-01
    ],
)
def test_the_army_s_sports_team_keeps_the_army(text: str) -> None:
    # 解放军队 is the army's team (jieba word 解放军队), not 军队: POLICY tags the army (team descriptive)
    assert ("解放军", ORG) in kinds(text)


@needs_crf
@pytest.mark.parametrize(
    "text, whole",
    [
        ("人民解放军昆明部队某部战士", "人民解放军昆明部队"),  # POLICY: army + place + 部队 one org
        ("中国人民解放军北京军区司令部发出通知", "中国人民解放军北京军区司令部"),  # organ with its parent
        ("人民解放军广州部队司令部", "人民解放军广州部队司令部"),
        ("中国人民解放军驻香港部队司令部发言人说", "中国人民解放军驻香港部队司令部"),
        ("【新华社豫陕鄂前线十三日电】豫陕鄂人民解放军司令部顷发表第二号公报", "人民解放军司令部"),  # dev 1948-01-16
        ("老挝人民解放军最高指挥部的战斗命令", "人民解放军最高指挥部"),  # dev
    ],
)
def test_an_army_and_its_command_or_regional_forces_are_one_org_in_the_names_pass(text: str, whole: str) -> None:
    assert (whole, ORG) in kinds(text)


@needs_crf
@pytest.mark.parametrize(
    "text, army",
    [
        ("人民解放军部队进驻县城", "人民解放军"),
        ("八路军部队在晋察冀", "八路军"),
        ("人民解放军需要人民的支援", "人民解放军"),
        ("人民解放军用鲜血保卫祖国", "人民解放军"),
        ("人民解放军属于人民", "人民解放军"),
        ("人民解放军训练有素", "人民解放军"),
        ("人民解放军装备现代化", "人民解放军"),
        ("人民解放军将继续前进", "人民解放军"),
        ("人民解放军团结一致", "人民解放军"),
        ("人民解放军师长", "人民解放军"),
        ("志愿军援助朝鲜人民", "志愿军"),
        ("朝鲜人民军部队和中国人民志愿军", "朝鲜人民军"),
    ],
)
def test_an_army_before_a_word_of_its_own_stays_in_the_names_pass(text: str, army: str) -> None:
    # 军 + the next character is a word (军部, 军需, 军用, 军属, 军训, 军装...) but the cut reads the army whole
    assert (army, ORG) in kinds(text)


@needs_crf
def test_an_army_with_a_place_not_forces_after_it_is_not_joined_in_the_names_pass() -> None:
    # a place beginning the next words, no 部队/军区 after it: the army and the place stay apart
    found = kinds("感谢人民解放军广州各界人民热烈欢迎")
    assert not any(name.startswith("人民解放军广州") for name, _ in found)
    found = kinds("人民解放军在广州部队驻地")
    assert not any(name.startswith("人民解放军在") for name, _ in found)


@needs_crf
def test_released_officers_are_no_army_in_the_names_pass() -> None:
    # dev 1947-10-10: 被解放 + 军官 (released officers), no army
    assert ("解放军", ORG) not in kinds("滨海两广籍被解放军官")
