"""Chinese persons right after a trade, a calling or a post, on sentences of the name gold's
articles and the sample corpus (``../shared/corpus/``, dated)."""

from __future__ import annotations

import importlib.util

import pytest

from encoder.enrich.zh_crf import MEDIUM
from encoder.enrich.zh_jobs import employed

JIEBA = importlib.util.find_spec("jieba") is not None
pytestmark = pytest.mark.skipif(not JIEBA, reason="jieba is not installed (pip install '.[ner]')")


def read(line: str, entities: list[tuple[int, int, str, float]] | None = None) -> list[str]:
    return [line[s:e] for s, e, kind, _ in employed(line, entities or []) if kind == "PER"]


def test_a_name_after_a_job_is_a_person() -> None:
    assert read("这个好政策。中农莫家忠在去年实行粮食统购") == ["莫家忠"]  # 1954-11-01
    assert read("本报驻日本大使馆临时代办米国钧以及旅日朝侨") == ["米国钧"]  # 1975-02-01
    assert read("乡长王尚福和乡干部吕维兰专门找到高宗云说") == ["吕维兰"]  # 1988-06-03
    assert read("市支公司职工代表芮和勋。") == ["芮和勋"]  # 1951-08-07
    assert read("清流县林畲乡农民巫炳林的口中讨来的。") == ["巫炳林"]  # 2003-04-02
    assert read("工矿车辆厂的劳动模范芦盛和，当他参观和学习了") == ["芦盛和"]  # 1960-04-09


def test_a_person_the_crf_is_unsure_of_gives_way_a_sure_one_not() -> None:
    line = "这个好政策。中农莫家忠在去年实行粮食统购"
    assert employed(line, [(6, 11, "PER", 0.32)]) == [(8, 11, "PER", MEDIUM)]
    assert employed(line, [(8, 10, "PER", 0.9)]) == [(8, 10, "PER", 0.9)]
    assert employed(line, [(8, 11, "ORG", 0.3)]) == [(8, 11, "ORG", 0.3)]


def test_words_after_a_job_are_no_names() -> None:
    assert read("工人阶级和农民群众团结起来") == []
    assert read("全国人民代表大会主任委员会议") == []
    assert read("支部书记处书记方业镜和我们谈论") == []  # 镜 is rarely a given name in the data
    assert read("导游周为接待一个从美国来的旅游团") == []  # two characters: not read
    assert read("老农民常言道：") == []  # a word of the dictionary as a whole
    assert read("农民张建国庆节") == []  # 张建国 would end inside 国庆节


def test_a_surname_that_is_mostly_a_word_reads_no_name() -> None:
    line = "日共总书记宫本显治等离京"  # 1959-03-02: 宫 is a word of the caller's (zh_titles)
    assert employed(line, [], frozenset("宫")) == []
    assert read(line) == ["宫本显"]


def test_a_word_and_a_character_after_a_job_are_no_name() -> None:
    assert read("他的发言代表许多人的意见") == []  # 许多 is a word
    assert read("这位老农民的话代表许多人的心愿") == []
    assert read("农民黎明时就下地了") == []  # 黎明
    for line in ("代表古巴和", "代表韩国和", "代表石家庄", "代表邵阳市", "农民王家庄", "英雄岳家军"):
        assert read(line) == [], line


def test_a_name_does_not_end_in_a_conjunction_that_joins_what_follows() -> None:
    assert read("中农莫林和他的妻子都参加了互助组") == []
    assert read("工矿车辆厂的劳动模范芦盛和，当他参观和学习了") == ["芦盛和"]  # 1960-04-09
