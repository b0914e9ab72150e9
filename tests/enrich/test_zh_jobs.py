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
    assert read("工人们和干部们一起劳动") == []
    assert read("支部书记处书记方业镜和我们谈论") == []  # 镜 is rarely a given name in the data
    assert read("导游周为接待一个从美国来的旅游团") == []  # two characters: not read
    assert read("他是一位老工人，也是劳动模范。") == []
