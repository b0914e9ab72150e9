"""Museums are organisations (zh_conventions.ORG_HEADS over the counts of zh_bodies.heads: MSRA's
text tags museums places), on sentences of the dev fixtures; memorial halls, exhibition halls and a
museum named by no word of its own stay as they were."""

from __future__ import annotations

import pytest

from encoder.enrich.zh_bodies import body_named, headed, heads
from encoder.model import PhraseKind

from .test_names_crf import names_in, part_text
from .test_zh_conventions import CRF

pytestmark = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")


@pytest.mark.parametrize(
    ("fixture", "museum"),
    [
        ("1967-01-11_蔡若虹是美术界反党的罪魁祸首", "中国革命博物馆"),
        ("1993-11-01_外事简讯", "中国历史博物馆"),
        ("2001-02-18_我和我居住的地域", "中国茶叶博物馆"),
    ],
)
def test_a_museum_the_crf_read_as_a_place_is_an_organisation(fixture: str, museum: str) -> None:
    text = next(t for t in (part_text(fixture, i) for i in range(40)) if museum in t)
    sentence = next(s for s in text.split("。") if museum in s)
    found = {(surface, kind) for surface, kind, _ in names_in([sentence])}
    assert (museum, PhraseKind.ORG) in found
    assert (museum, PhraseKind.PLACE) not in found


def test_museum_heads_and_what_they_leave_alone() -> None:
    table = heads()
    assert table["博物馆"] and table["博物院"]
    assert body_named("中国革命博物馆") and body_named("故宫博物院")
    assert headed("艺术博物馆")  # 天津 + 艺术博物馆
    assert not body_named("博物馆") and not body_named("大博物馆")  # no word of its own before the head
    assert not body_named("李苦禅纪念馆") and not body_named("北京展览馆")  # halls: places, the gold's


@pytest.mark.parametrize(
    ("text", "museum"),
    [
        ("他们参观了中国人民革命军事博物馆和鲁迅博物馆。", "鲁迅博物馆"),  # named after a person
        ("代表团参观了故宫博物院和上海博物馆。", "上海博物馆"),
        ("代表团参观了大英博物馆。", "大英博物馆"),
        ("展览会在中国美术馆和中国历史博物馆展厅同时开幕。", "中国历史博物馆"),  # a hall of it: the museum
    ],
)
def test_museums_in_made_up_sentences_are_organisations(text: str, museum: str) -> None:
    assert (museum, PhraseKind.ORG) in [(s, k) for s, k, _ in names_in([text])]
