"""A verb or preposition read into a person's head, cut where the article names the person
without it: 叫三喜 of 小经理叫三喜 (三喜 written thirty times), 让兰英 and 于兰英 (兰英); not a name
written whole as often as alone, not a rest always before one same character (大兰 of 大兰多),
not a two-character name, not a lead that is no word governing a person."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from encoder.enrich import zh_heads
from encoder.enrich.zh_crf import Entity

from .test_names_crf import CRF
from .test_zh_discourse import persons
from .test_zh_titles import texts_of

needs_jieba = pytest.mark.skipif(importlib.util.find_spec("jieba") is None, reason="jieba is not installed")


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


# A woman introduced once by her full name, then called by her given name (a 1958 feature), and
# the heroine 向秀丽 (1959): 于 and 向 are their surnames here, not words governing them.
YU_XIUYING = [
    "女社员于秀英今年二十三岁。",
    "秀英从小没了爹娘，秀英说：“社就是我的家。”",
    "秀英的丈夫在部队里。队里的人都夸秀英能干，秀英却说还差得远。",
]
XIANG_XIULI = [
    "向秀丽同志是广州何济公制药厂的女工。",
    "秀丽从小家里很穷，十几岁就进了工厂。",
    "秀丽常说，秀丽的心里只有工厂。秀丽在大火中抢救了国家财产。",
]
ROOT = Path(__file__).resolve().parents[2]


@needs_jieba
def test_a_lead_that_is_a_surname_is_kept_where_it_governs_nothing_in_its_line() -> None:
    lines: dict[str, list[Entity]] = {line: [] for line in YU_XIUYING}
    lines[YU_XIUYING[0]] = [(3, 6, "PER", 0.9)]  # 女社员 | 于秀英: no 由于, no verb before
    assert zh_heads.cut(lines)[YU_XIUYING[0]] == [(3, 6, "PER", 0.9)]
    lines = {line: [] for line in XIANG_XIULI}
    lines[XIANG_XIULI[0]] = [(0, 3, "PER", 0.9)]  # at the line's start
    assert zh_heads.cut(lines)[XIANG_XIULI[0]] == [(0, 3, "PER", 0.9)]


@needs_jieba
@pytest.mark.parametrize(
    ("line", "at", "governing"),
    [
        ("另一种是由于兰英不安心", 5, True),  # 由于 | 兰英: the cut joins 于 to 由
        ("还有和兰英一起的人", 2, True),  # a verb right before it
        ("他和秀英说", 1, True),  # a pronoun right before it
        ("向阁下，向锡兰政府和人民致敬", 4, True),  # the rest a place of the dictionary
        ("女社员于秀英今年二十三岁。", 3, False),  # a noun before it: the surname of a full name
        ("向秀丽同志是女工。", 0, False),  # the line's start
    ],
)
def test_a_surname_lead_governs_where_the_cut_or_the_word_before_says_so(line: str, at: int, governing: bool) -> None:
    assert zh_heads.governs(line, at, line[at + 1 : at + 3]) is governing


@pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")
@pytest.mark.parametrize(("texts", "name"), [(YU_XIUYING, "于秀英"), (XIANG_XIULI, "向秀丽")])
def test_the_names_pass_keeps_a_full_name_whose_surname_is_a_lead(texts: list[str], name: str) -> None:
    assert name in persons(texts)


@pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")
@pytest.mark.parametrize(
    ("date", "texts", "name", "ref"),
    [
        ("1958-05-02", YU_XIUYING, "于秀英", "local-yu-xiuying"),
        ("1959-03-01", XIANG_XIULI, "向秀丽", "local-xiang-xiuli"),
    ],
)
def test_the_tei_keeps_the_full_name_and_its_ref(
    tmp_path: Path, date: str, texts: list[str], name: str, ref: str
) -> None:
    y, m, d = (int(x) for x in date.split("-"))
    source = tmp_path / f"{date}_{name}.json"
    parts = [{"type": "paragraph", "text": text} for text in texts]
    doc = {"title": texts[0], "authors": [], "dates": [{"year": y, "month": m, "day": d}], "parts": parts}
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / f"{date}.xml"
    subprocess.run(
        [sys.executable, "-m", "encoder", "convert", "-q", str(source), "-o", str(out)], check=True, cwd=ROOT
    )
    assert re.search(rf'<persName ref="#[^"]*\.{ref}"[^>]*>{name}</persName>', out.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "lines",
    [
        # 向警予 written whole every time
        {"向警予同志是早期的妇女领袖。": [(0, 3, "PER", 0.9)], "向警予创办了女校。": [(0, 3, "PER", 0.9)]},
        # a French name: the rest ·保罗·萨特 is never written alone
        {"让·保罗·萨特到达北京。": [(0, 7, "PER", 0.9)], "萨特说": [], "萨特笑了": [], "萨特走了": []},
        # 于光远 written whole more often than 光远 alone
        {"于光远说": [(0, 3, "PER", 0.9)], "于光远讲话": [], "于光远同志": [], "光远同志": []},
    ],
)
def test_no_cut_of_a_name_opening_with_a_lead_the_article_writes_whole(lines: dict[str, list[Entity]]) -> None:
    assert zh_heads.cut(lines) == lines


@pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")
def test_the_verb_of_jiao_sanxi_is_still_cut() -> None:
    texts = ["小经理叫三喜，是村里的。", "三喜说，他不怕。三喜笑了。", "大家都说三喜好。不见三喜发急。"]
    found = persons(texts)
    assert "叫三喜" not in found and "三喜" in found
