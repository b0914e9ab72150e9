"""Reading a Chinese body's name for its English (heads, first part, places, numbers), on fixture pairs."""

from __future__ import annotations

import importlib.util

import pytest

from encoder.enrich.authority import DEFAULT, load
from encoder.enrich.bodies import clues, runs, score
from encoder.enrich.matcher import matcher

pytestmark = pytest.mark.skipif(importlib.util.find_spec("pypinyin") is None, reason="pypinyin is not installed")


def weigh(chinese: str, english: str) -> int:
    read = clues(chinese, matcher(str(DEFAULT)), load(str(DEFAULT)))
    assert read is not None, chinese
    return score(read, english)


def test_bodies_the_english_translates_are_read_as_one() -> None:
    assert weigh("石家庄市工商联合会", "Shijiazhuang Federation of Industry and Commerce") > 0
    assert weigh("上海染化十厂", "Shanghai No. 10 Dye and Chemical Plant") > 0
    assert weigh("通辽农电局", "Tongliao Rural Power Bureau") > 0
    assert weigh("国务院科技干部局", "Scientific and Technical Cadres Bureau of the State Council") > 0
    assert weigh("益民消火器材厂", "Yimin Fire Equipment Factory") > 0
    assert weigh("青村化肥厂", "Qingcun Fertiliser Plant") > 0  # 青村: its pinyin
    assert weigh("外交部", "Ministry of Foreign Affairs") > 0


def test_bodies_that_only_look_alike_are_not() -> None:
    # the same head, another place; the same words, another number; another ministry
    assert weigh("内蒙古农电局", "Tongliao Rural Power Bureau") == 0
    assert weigh("上海染化十厂", "Shanghai No. 9 Dye and Chemical Plant") == 0
    assert weigh("农业部", "Ministry of Foreign Affairs") == 0
    # the English says more than the Chinese: the city's committee is not a company's
    long = "Revolutionary Committee of the Shanghai Chemical and Light Industry Supply Company"
    assert weigh("上海市革委会", long) == 0 and weigh("上海市化工轻工供应公司革委会", long) > 0
    # of two Chinese bodies, the one the English spells fully weighs more
    municipal = "Shanghai Municipal Revolutionary Committee"
    assert weigh("上海市革委会", municipal) > weigh("市革委会", municipal) > 0


def test_a_name_without_a_head_or_a_readable_first_part_has_no_clues() -> None:
    known, records = matcher(str(DEFAULT)), load(str(DEFAULT))
    assert clues("民盟中央", known, records) is None and clues("厂", known, records) is None
    assert clues("民消火器材厂", known, records) is None  # one character before 消火: no romanisation


def test_runs_of_capitalised_words_are_the_candidates() -> None:
    def found(text: str) -> list[str]:
        return [text[start:end] for start, end in runs(text)]

    assert found(
        "In the Resist-America, Aid-Korea movement, the Shijiazhuang Federation of Industry and Commerce gained"
    ) == [
        "Resist-America",
        "Aid-Korea",
        "Shijiazhuang Federation of Industry and Commerce",
    ]
    assert found("from the Presidium of the USSR Supreme Soviet and the USSR Council of Ministers") == [
        "Presidium of the USSR Supreme Soviet",
        "USSR Council of Ministers",
    ]
    assert found("at the beginning of April the Inner Mongolia Rural Power Bureau awarded") == [
        "Inner Mongolia Rural Power Bureau"
    ]
    assert found("for the Shanghai Resin Factory's use") == ["Shanghai Resin Factory"]
