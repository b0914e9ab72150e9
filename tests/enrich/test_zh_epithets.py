"""Epithets read as persons, on real articles: a one-character surname standing for a person
the article names (蒋介石), glued to an army, a regime, an area or a gang (蒋军, 蒋政府, 蒋管区,
蒋帮), is no person, nor a place; a real name of that shape (谢军, the chess player) stays."""

from __future__ import annotations

import pytest

from encoder.enrich import zh_epithets
from encoder.model import PhraseKind

from .test_names_crf import CRF, names_in
from .test_zh_titles import texts_of

pytestmark = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")


@pytest.mark.parametrize(
    ("article", "epithet"),
    [("1946-09-09", "蒋军"), ("1946-10-10", "蒋军"), ("1948-05-02", "蒋管区"), ("1970-02-05", "蒋帮")],
)
def test_an_epithet_of_a_person_the_article_names_is_no_name(article: str, epithet: str) -> None:
    texts = texts_of(article)
    assert sum(text.count(epithet) for text in texts) >= 3
    found = names_in(texts)
    assert not [name for name in found if name[0] == epithet]
    assert ("蒋介石", PhraseKind.PERSON) in {name[:2] for name in found}


def test_a_real_name_of_that_shape_stays() -> None:
    # the 1996-02-02 report of the chess match (谢军和苏珊第二盘棋速写): no other 谢 in it
    lines = ["谢军果断地将王前兵前进两格。", "很显然谢军不适应这种局面。", "观看谢军的动向。"]
    found = {line: [(line.index("谢军"), line.index("谢军") + 2, "PER", 0.99)] for line in lines}
    assert zh_epithets.dropped(found) == found


def test_the_epithet_goes_in_every_reading_only_beside_another_person_of_its_surname() -> None:
    lines = ["蒋介石的军事系统，因蒋军在平绥东线遭受打击", "欢迎蒋管区的职工到解放区来"]
    found = {
        lines[0]: [(0, 3, "PER", 0.98), (10, 12, "PER", 0.96)],
        lines[1]: [(2, 5, "LOC", 0.8)],
    }
    assert zh_epithets.dropped(found) == {lines[0]: [(0, 3, "PER", 0.98)], lines[1]: [(2, 5, "LOC", 0.8)]}
    found[lines[1]].append((2, 5, "PER", 0.9))
    assert zh_epithets.dropped(found)[lines[1]] == []
