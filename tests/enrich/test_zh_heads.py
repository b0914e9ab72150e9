"""A verb or preposition read into a person's head, cut where the article names the person
without it: 叫三喜 of 小经理叫三喜 (三喜 written thirty times), 让兰英 and 于兰英 (兰英); not a name
written whole as often as alone, not a rest always before one same character (大兰 of 大兰多),
not a two-character name, not a lead that is no word governing a person."""

from __future__ import annotations

import pytest

from encoder.enrich import zh_heads
from encoder.enrich.zh_crf import Entity

from .test_names_crf import CRF
from .test_zh_discourse import persons
from .test_zh_titles import texts_of


def cut_persons(lines: dict[str, list[Entity]]) -> list[str]:
    return [line[s:e] for line, entities in zh_heads.cut(lines).items() for s, e, kind, _ in entities if kind == "PER"]


@pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")
@pytest.mark.parametrize(
    ("article", "name", "led"),
    [("1947-07-01_小经理", "三喜", "叫三喜"), ("1959-01-02_新年看喜剧影片", "兰英", "让兰英")],
)
def test_the_hero_named_by_the_given_name_alone_is_read_wherever_the_article_writes_it(
    article: str, name: str, led: str
) -> None:
    texts = texts_of(article)
    found = persons(texts)
    assert led not in found and "于兰英" not in found
    assert found.count(name) == sum(text.count(name) for text in texts) >= 15


def test_a_lead_is_cut_where_the_article_writes_the_rest_alone_more_often() -> None:
    lines = {"小经理叫三喜，是村里的": [(3, 6, "PER", 0.8)], "三喜说": [], "三喜笑了": [], "不见三喜发急": []}
    assert cut_persons(lines) == ["三喜"]


@pytest.mark.parametrize(
    "lines",
    [
        # the rest written alone twice only
        {"小经理叫三喜，是": [(3, 6, "PER", 0.8)], "三喜说": [], "三喜笑了": []},
        # written after the lead as often as alone: a person of that surname (于兰英)
        {"由于兰英": [(2, 5, "PER", 0.8)], "于兰英说": [], "于兰英笑": [], "兰英说": [], "兰英看": [], "兰英走": []},
        # the rest always before one same character: the head of a longer word (驻于大兰多)
        {"驻于大兰多": [(1, 4, "PER", 0.8)], "大兰多工人": [], "港口大兰多": [], "到大兰多": []},
        # 李 governs nothing: a surname (李三喜, 三喜 written alone)
        {"李三喜说": [(0, 3, "PER", 0.8)], "三喜说": [], "三喜笑了": [], "三喜走了": []},
        # a two-character name keeps its surname (于敏; its rest is one character)
        {"于敏说": [(0, 2, "PER", 0.8)], "敏说": [], "敏笑": [], "敏走": []},
        # a place is no person
        {"向阳村": [(0, 3, "LOC", 0.8)], "阳村说": [], "阳村人": [], "阳村里": []},
    ],
)
def test_no_cut_without_the_article_naming_the_person_without_the_lead(lines: dict[str, list[Entity]]) -> None:
    before = [line[s:e] for line, entities in lines.items() for s, e, _, _ in entities]
    after = [line[s:e] for line, entities in zh_heads.cut(lines).items() for s, e, _, _ in entities]
    assert after == before


def test_the_cut_is_idempotent() -> None:
    lines = {"小经理叫三喜，是村里的": [(3, 6, "PER", 0.8)], "三喜说": [], "三喜笑了": [], "不见三喜发急": []}
    once = zh_heads.cut(lines)
    assert zh_heads.cut(once) == once
