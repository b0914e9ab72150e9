"""Numbered units of an army (:mod:`encoder.enrich.zh_units`), on sentences of the dev gold's
articles (``tests/fixtures/rmrb-json-dev/``) and of ``../shared/corpus``."""

from __future__ import annotations

from encoder.enrich.zh_units import units

from .test_zh_conventions import LOC, ORG, at, surfaces


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
