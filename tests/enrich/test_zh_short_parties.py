"""Communist parties named short (:mod:`encoder.enrich.zh_short_parties`), on sentences of the dev
gold's articles (``tests/fixtures/rmrb-json-dev/``) and of ``../shared/corpus``."""

from __future__ import annotations

import pytest

from encoder.enrich.zh_short_parties import short_parties

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
