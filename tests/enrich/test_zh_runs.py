"""Persons printed as a list with no separators (:mod:`encoder.enrich.zh_runs`). The lines are
from the People's Daily articles of ``tests/fixtures/rmrb-json-dev/`` (the 1997-11-02 list of
the members of Hong Kong's electoral council for the Ninth National People's Congress; headings
of other articles for what is no list)."""

from __future__ import annotations

import importlib.util

import pytest

from encoder.enrich import zh_runs
from encoder.enrich.zh_runs import cut, model, runs, tagged
from encoder.model import Phrase, PhraseKind


def names(text: str) -> list[str]:
    return [text[start:end] for start, end in runs(text)]


def test_the_table_is_shipped() -> None:
    assert zh_runs.TABLE.is_file()
    assert model() is not None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("王为谦王英伟王国华王国兴王绍尔", ["王为谦", "王英伟", "王国华", "王国兴", "王绍尔"]),
        # one-character given names, cut where a surname opens the next name
        ("丁午寿丁锦源于镜波马力马志民", ["丁午寿", "丁锦源", "于镜波", "马力", "马志民"]),
        ("马绍良马临马逢国王丹凤（女）", ["马绍良", "马临", "马逢国", "王丹凤"]),
        # a married woman's two surnames; notes in brackets between the names
        ("方心让方和方润华方黄吉雯（女）", ["方心让", "方和", "方润华", "方黄吉雯"]),
        ("叶顺兴（女）田北俊田益民丘福雄", []),  # 丘 is not among the surnames: the run does not cut whole
        ("黄河黄河清黄学海黄定光黄宜弘", ["黄河", "黄河清", "黄学海", "黄定光", "黄宜弘"]),
    ],
)
def test_a_part_that_is_a_list_of_names(line: str, expected: list[str]) -> None:
    assert names(line) == expected


def test_fewer_than_four_names_are_not_read() -> None:
    assert names("王为谦王英伟王国华") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("朱树豪朱莲芬（女）伍秉坚", ["朱树豪", "朱莲芬", "伍秉坚"]),
        ("冯检基冯琳（女）邢籁（女）", ["冯检基", "冯琳", "邢籁"]),
        ("范徐丽泰（女）范锦平林广兆", ["范徐丽泰", "范锦平", "林广兆"]),
    ],
)
def test_three_names_are_read_where_a_note_of_sex_marks_the_list(line: str, expected: list[str]) -> None:
    assert names(line) == expected


@pytest.mark.parametrize("line", ["石家庄张家口（女）秦皇岛", "马家庄王家湾（女）李家村"])
def test_three_places_with_a_note_are_not_read(line: str) -> None:
    assert names(line) == []


def test_two_names_with_a_note_are_not_read() -> None:
    assert names("陈捷贵陈清霞（女）") == []


@pytest.mark.parametrize(
    "line",
    [
        "季家官庄大队大办农活专业队学习班",
        "伊朗胡韦达首相的贺电",
        "江苏邗江酒甸公社供销社",
        "吉安专区抗美援朝运动热烈展开",
        # an affiliation before two authors (PKU January 1998): words of the dictionary across the names
        "华南师范大学　吴颖民　麦志强",
        "江西南昌　王锐　焦善民",
        "沈阳于洪区宁官屯",
        "代表：江苏常州市沈成嵩徐忠敏",
    ],
)
def test_ordinary_text_is_no_list(line: str) -> None:
    assert names(line) == []


def test_a_list_after_its_label() -> None:
    # written as the paper writes a list after its label (the names of the line above)
    text = "主席团成员：王为谦王英伟王国华王国兴王绍尔。"
    assert names(text) == ["王为谦", "王英伟", "王国华", "王国兴", "王绍尔"]
    assert names("他说：王为谦王英伟王国华王国兴王绍尔。") == []  # no list's label


def test_cut_prefers_the_likelier_names() -> None:
    table = model()
    assert table is not None
    assert cut("马临马逢国", table) == [(0, 2), (2, 5)]


@pytest.mark.skipif(importlib.util.find_spec("pypinyin") is None, reason="pypinyin is not installed")
def test_the_run_replaces_the_names_found_across_it() -> None:
    text = "黄河黄河清黄学海黄定光黄宜弘"
    place = Phrase(PhraseKind.PLACE, ["黄河"], entity="k")
    found = tagged(text, [(0, 2, place)])
    assert [(p.text, p.kind) for _, _, p in found] == [
        ("黄河", PhraseKind.PERSON),
        ("黄河清", PhraseKind.PERSON),
        ("黄学海", PhraseKind.PERSON),
        ("黄定光", PhraseKind.PERSON),
        ("黄宜弘", PhraseKind.PERSON),
    ]


def test_a_person_of_the_authority_file_in_a_run_keeps_its_link() -> None:
    from encoder.enrich.authority import DEFAULT
    from encoder.enrich.matcher import matcher
    from encoder.enrich.names import with_crf
    from encoder.enrich.statistical import zh_crf_finder

    match = matcher(str(DEFAULT))
    text = "主席团常务主席：江泽民李鹏乔石朱镕基刘华清胡锦涛。"
    found = with_crf(match.finder("zh-Hans"), zh_crf_finder([text], match.zh_forms))(text)
    refs = {text[s:e]: phrase.entity for s, e, phrase in found}
    assert refs["江泽民"] == "jiang-zemin" and refs["李鹏"] == "li-peng" and refs["胡锦涛"] == "hu-jintao"
