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
