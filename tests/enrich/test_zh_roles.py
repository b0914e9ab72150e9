"""Characters of films and plays found by the word that casts them (zh_roles), on real sentences
of the paper and of the MSRA data; and where nothing is read: a noun, an office, the actor."""

from __future__ import annotations

import importlib.util

import pytest

from encoder.enrich.zh_roles import cast, readings
from encoder.model import PhraseKind

from .test_names_crf import names_in

CRF = importlib.util.find_spec("jieba") is not None and importlib.util.find_spec("pycrfsuite") is not None
needs_crf = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")

CREDITS = (
    "特别值得提出的是肖驰（饰兰英）、杨威（饰社主任）、杨静（饰大金子）、刘季云（饰羊官老九）、纯绵（饰满仓）等同志。"
)


def read(line: str) -> list[str]:
    return [line[start:end] for start, end in readings(line)]


@needs_crf
@pytest.mark.parametrize(
    ("line", "names"),
    [
        (CREDITS, ["兰英", "大金子", "满仓"]),  # not 社主任 (an office), nor 羊官老九 (four characters)
        ("由著名导演阿哥里导演，扮演鲁妈和周朴园的演员都是阿尔巴尼亚的著名演员。", ["鲁妈"]),
        ("它显示了影片主人公满仓、兰英这一对青年男女的成长。", ["满仓"]),
        ("扮演潘汉年，时时处处感到", ["潘汉年"]),
        ("他在影片中扮演角色，", []),  # a noun of the dictionary
        ("“装饰门面”借以扮演风雅，但那毕竟是", []),  # a rare noun of the dictionary
        ("《雷锋的日子》中雷锋的扮演者吴军。", []),  # the actor, not a part
        ("美国在这场冲突中扮演了不光彩的角色。", []),
    ],
)
def test_a_character_is_read_after_the_word_that_casts_it(line: str, names: list[str]) -> None:
    assert read(line) == names


@needs_crf
def test_a_person_read_with_the_cue_gives_way_to_the_name() -> None:
    start = CREDITS.index("饰兰英")
    found = cast({CREDITS: [(start, start + 3, "PER", 0.90)]})
    assert (start + 1, start + 3, "PER", 0.5) in [(s, e, k, 0.5) for s, e, k, _ in found[CREDITS]]
    assert all(s != start for s, _, _, _ in found[CREDITS])


@needs_crf
def test_the_character_is_found_again_where_the_article_names_it() -> None:
    texts = [
        CREDITS,
        "影片更好地体现公社化之前，大跃进初期的人们的精神面貌还有些不足；对满仓这样一个正面人物还用力不够。",
        "大金子正害怕见人，兰英闯进家里看到自己一直羡慕的大金子如此狼狈的归来，更增加了自己的悔恨和委屈情绪。",
    ]
    persons = [surface for surface, kind, _ in names_in(texts) if kind is PhraseKind.PERSON]
    assert persons.count("满仓") == 2 and persons.count("大金子") == 3 and persons.count("兰英") == 2
