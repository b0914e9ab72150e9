"""Places and peoples read as persons (:mod:`encoder.enrich.zh_placed`), told by the word written
right after them (卢什涅区, 霍拉姆沙赫尔港, 塔吉克人); on articles of ``tests/fixtures/rmrb-json-dev/``
(two in no gold, two of the dev name gold) and on made-up persons written before a title or a
regime's word, who stay."""

from __future__ import annotations

import pytest

from encoder.enrich import zh_placed
from encoder.model import PhraseKind

from .test_names_crf import CRF, names_in
from .test_zh_titles import texts_of

needs_crf = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")


@needs_crf
@pytest.mark.parametrize(
    ("article", "place", "person"),
    [
        ("1969-05-17_为夺取今年农业好收成而战斗", "卢什涅", None),  # 卢什涅区; 费里、卢什涅、斯库台等 (no gold)
        ("1980-10-08_两伊军队争夺霍拉姆沙赫尔", "霍拉姆沙赫尔", "查姆兰"),  # 伊朗霍拉姆沙赫尔港 (no gold)
        ("1972-03-04_老挝爱国军民广泛出击", "班尼", None),  # 在班尼附近 (dev gold)
        ("2001-07-03_以军炸死3名巴人", "杰宁", "马晓霖"),  # 杰宁市 (dev gold)
    ],
)
def test_a_place_of_a_real_article_is_no_person(article: str, place: str, person: str | None) -> None:
    texts = texts_of(article)
    assert sum(text.count(place) for text in texts) >= 2
    persons = [surface for surface, kind, _ in names_in(texts) if kind is PhraseKind.PERSON]
    assert place not in persons
    assert person is None or person in persons  # the article's persons stay (前伊朗国防部长查姆兰)


def _read(lines: list[str], name: str) -> dict[str, list[tuple[int, int, str, float]]]:
    return {line: [(line.index(name), line.index(name) + len(name), "PER", 0.99)] for line in lines}


@pytest.mark.parametrize(
    "line",
    ["费里和卢什涅区的拖拉机手", "在班尼附近", "塔吉克人以牧业为主", "告别了特累姆森城", "西双版纳境内", "张秋县妇会"],
)
def test_a_place_s_word_after_the_string_makes_it_no_person(line: str) -> None:
    name = {"费": "卢什涅", "在": "班尼", "塔": "塔吉克", "告": "特累姆森", "西": "西双版纳", "张": "张秋"}[line[0]]
    lines = [line, f"据{name}说"]
    assert zh_placed.dropped(_read(lines, name)) == {lines[0]: [], lines[1]: []}


@pytest.mark.parametrize(
    "line",
    [
        "陈毅市长讲话",  # a title after the person
        "高岗省委书记",
        "贺龙县长",  # made up: 县长, 区委, 州长 open as places' words do
        "胡乔木区委书记",
        "蒋经国州长",
        "朗诺当局",  # a regime named after its head: the person is tagged
        "江青集团",
        "林海人民代表",  # 人民, 人大, 人士 open with 人
        "李明人大代表",
        "王进喜人称铁人",
        "江青城市工作",
    ],
)
def test_a_person_before_a_title_or_a_regime_s_word_stays(line: str) -> None:
    name = line[:2]
    found = _read([line], name)
    assert zh_placed.dropped(found) == found


def test_the_place_readings_stay() -> None:
    line = "费里和卢什涅区的拖拉机手，卢什涅的"
    found = {line: [(3, 7, "LOC", 0.9), (13, 16, "PER", 0.9)]}
    assert zh_placed.dropped(found) == {line: [(3, 7, "LOC", 0.9)]}
