"""Persons by where the paper prints them (bylines, credits), on lines of the sample corpus
(``../shared/corpus/rmrb-json-dev/``, dated) and of the name gold's articles."""

from __future__ import annotations

import importlib.util

import pytest

from encoder.enrich.zh_bylines import byline_names, bylined
from encoder.model import Phrase, PhraseKind

from .test_names_crf import names_in

CRF = importlib.util.find_spec("jieba") is not None and importlib.util.find_spec("pycrfsuite") is not None
needs_crf = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")

PER, LOC, ORG = PhraseKind.PERSON, PhraseKind.PLACE, PhraseKind.ORG


def names(text: str) -> list[str]:
    return [text[s:e] for s, e in byline_names(text)]


def test_a_name_after_a_credit_or_a_role_and_a_space_is_a_byline() -> None:
    assert names("本报记者\u3000朱波") == ["朱波"]  # 1956-03-13
    assert names("本报记者  张启昕") == ["张启昕"]  # 1989-02-01
    assert names("新华社记者\u3000王胜杰摄") == ["王胜杰"]  # 1961-09-14
    assert names("向欢迎群众致意。\u3000新华社记者\u3000张\u3000萍摄（传真照片）") == ["张\u3000萍"]  # 1965-02-17
    assert names("上钢一厂第三转炉车间党总支书记\u3000耿心") == ["耿心"]  # 1971-03-07
    assert names("原北京大学法学院教授  严仁赓") == ["严仁赓"]  # 1951-12-14
    assert names("哈尔滨市监察局\u3000周瑞伍") == ["周瑞伍"]  # 1955-09-11: a unit, then the author


def test_names_after_a_byline_name_and_lines_of_names_alone_are_bylines() -> None:
    assert names("本报记者\u3000袁建达\u3000沈纯") == ["袁建达", "沈纯"]  # 1988-04-28
    assert names("新华社记者\u3000叶世涛\u3000新民晚报记者\u3000黄彰才") == ["叶世涛", "黄彰才"]  # 1963-02-22
    assert names("陈鹏  陆熙  洪加祥") == ["陈鹏", "陆熙", "洪加祥"]  # 1998-04-04
    assert names("（史长城  杜志宏  陈宝全）") == ["史长城", "杜志宏", "陈宝全"]  # 2003-01-31
    assert names("张安祥\u3000王沈海摄") == ["张安祥", "王沈海"]  # 1984-03-31


def test_reporters_credited_in_running_text_are_bylines() -> None:
    assert names("本报讯  记者曹照琴、任之报道：黑龙江省航运管理局干部深入基层") == ["曹照琴", "任之"]  # 1990-08-16
    assert names("本报讯　新华社记者余辉音、潘善棠报道：北京工业系统") == ["余辉音", "潘善棠"]  # 1986-07-13
    assert names("记者蒋德、通讯员吴瑞元报道") == ["蒋德", "吴瑞元"]
    assert names("美联社记者贝却敌六日自板门店报道") == []  # no name's length
    assert names("据新华社记者报道") == []


def test_slogans_and_words_apart_by_spaces_are_no_bylines() -> None:
    assert names("戒骄戒躁\u3000艰苦奋斗\u3000乘胜前进") == []  # 1970-01-06
    assert names("管好晚秋\u3000收好早秋") == []  # 1959-09-15
    assert names("锅里有\u3000碗里才有") == []  # 1963-02-22
    assert names("市平壤被美帝国主义炸成废墟\u3000新华社稿") == []  # 1965-06-25
    assert names("据新华社六日讯\u3000本社记者报道：刚果（利）") == []  # 1967-04-07


def test_a_byline_name_takes_the_place_of_a_person_read_across_its_spaces() -> None:
    text = "新华社记者\u3000游云谷摄"  # 1959-09-15: the CRF read \u3000游云谷
    crf = (5, 9, Phrase(PER, ["\u3000游云谷"], entity="k", tagger="zh_ner", certainty="medium"))
    found = bylined(text, [crf])
    assert [(text[s:e], p.kind) for s, e, p in found] == [("游云谷", PER)]
    place = (5, 9, Phrase(LOC, ["\u3000游云谷"], entity="k", tagger="zh_ner", certainty="medium"))
    assert bylined(text, [place]) == [place]  # a place or body found there stays


@needs_crf
def test_the_names_pass_tags_bylines() -> None:
    found = names_in(["本报记者\u3000朱波", "上钢一厂第三转炉车间党总支书记\u3000耿心"])
    assert ("朱波", PER, "zh_ner") in found and ("耿心", PER, "zh_ner") in found
