"""Numbered units of an army (:mod:`encoder.enrich.zh_units`), on sentences of the dev gold's
articles (``tests/fixtures/rmrb-json-dev/``) and of ``../shared/corpus``."""

from __future__ import annotations

import json
from pathlib import Path

from encoder.enrich.zh_units import commands, in_words, units

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
