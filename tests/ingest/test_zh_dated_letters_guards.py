"""What a date under a title and a quoted letter's last line stay (``encoder/ingest/zh_dated.py``,
``encoder/ingest/zh_letters.py``, ``encoder/enrich/structure.py``).

Round za tried two rules: a whole date alone in brackets under a document's title is its place-date
(a TEI dateline in the front matter), and the line under a quoted letter's last paragraph, a name of
three characters or a post and a name, is that letter's signature. Each gained two dev articles and
one right line in unlabelled text; a review then wrote these made-up articles in People's Daily shapes,
which those rules got wrong and the code before them gets right: a diary's or a chronicle's dated first
entry, an adoption note over two lines, a bilingual speech whose date deck must mirror, a profile's
sections named after people, a slogan ending a quoted letter, a reporter's name between paragraphs.
Neither rule was shipped; these keep what the code does. (Two more cases of the review, a closing
formula with a gap, ``敬祝　安康``, as a quoted letter's last line, are wrong before and after: left.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from encoder.check.validate import Validation
from encoder.model import Block, BlockKind
from encoder.run.pipeline import encode

from .test_zh_tails import article

TEI = "{http://www.tei-c.org/ns/1.0}"


def _kinds(found: list[Block], text: str) -> list[BlockKind]:
    return [block.kind for block in found if block.text.strip() == text]


# ---- 1. a whole date alone in brackets under the title ---------------------------------------

#: A diary printed in extracts: each entry opens with its whole date in brackets (雷锋日记 shape).
_DIARY = [
    "（一九六○年十月二十一日）",
    "今天我参加了团支部的学习会，同志们都谈了自己的体会。我决心把有限的生命投入到无限的为人民服务之中去。",
    "（一九六○年十一月八日）",
    "一个人的作用，对于革命事业来说，就如一架机器上的一颗螺丝钉。螺丝钉虽小，其作用是不可估计的。",
]
#: A chronicle of days (开国大典前后 shape): each day's date alone in brackets over its events.
_CHRONICLE = [
    "（一九四九年九月三十日）",
    "下午六时，毛主席和政协全体代表来到天安门广场，为人民英雄纪念碑奠基。",
    "（一九四九年十月一日）",
    "下午三时，首都三十万人齐集天安门广场，隆重举行开国大典。",
]


@pytest.mark.parametrize(
    ("title", "parts"), [("雷锋日记摘抄", _DIARY), ("开国大典前后", _CHRONICLE)], ids=["diary", "chronicle"]
)
def test_a_dated_first_entry_is_no_place_date(tmp_path: Path, title: str, parts: list[str]) -> None:
    found = article(tmp_path, title, parts)
    first, second = _kinds(found, parts[0]), _kinds(found, parts[2])
    assert first not in ([], [BlockKind.PLACE_DATE])
    assert first == second


def test_an_adoption_note_over_two_lines_is_not_split_into_a_dateline(tmp_path: Path) -> None:
    parts = [
        "（一九八○年九月十日）",
        "第五届全国人民代表大会第三次会议通过",
        "第一章　总则",
        "第一条　本法是婚姻家庭关系的基本准则。",
    ]
    found = article(tmp_path, "中华人民共和国婚姻法", parts)
    assert _kinds(found, parts[0]) not in ([], [BlockKind.PLACE_DATE])


_BILINGUAL_SPEECH = """Title: Speech at the CPPCC New Year Tea Party (January 1, 2000)
Author: Jiang Zemin
Date: 2000-01-02
Page: 1

Speech at the CPPCC New Year Tea Party

(January 1, 2000)

Jiang Zemin

Comrades and friends:

Today is New Year's Day of 2000, a special moment in which people greet a new century and a new millennium.

1999 was a most unusual year in the history of our country's development.

<hr />

Original:

### 在全国政协新年茶话会上的讲话（二○○○年一月一日）
江泽民
2000-01-02
第1版()
专栏：

    在全国政协新年茶话会上的讲话
    （二○○○年一月一日）
    江泽民
    同志们，朋友们：
    今天是二○○○年元旦佳节，也是人们迎接新世纪、新千年的特殊时刻。
    一九九九年，是我国发展历史上很不平凡的一年。
"""


def test_a_bilingual_speechs_date_deck_mirrors(tmp_path: Path) -> None:
    path = tmp_path / "speech.txt"
    path.write_text(_BILINGUAL_SPEECH, encoding="utf-8")
    result = encode(path, validation=Validation("project", engine="lxml"))
    assert result.tei is not None
    body = etree.fromstring(result.tei).find(f"{TEI}text/{TEI}body")
    zh, en = body.findall(f"{TEI}div")
    assert len(zh.findall(f"{TEI}dateline")) == len(en.findall(f"{TEI}dateline"))
    assert not [d for d in result.diagnostics if d.code == "A001"]


# ---- 2. the signer of a letter a report quotes --------------------------------------------------

_REPORT = "本报讯　大庆油田的职工，最近给本报编辑部来信，谈了他们学习铁人精神的体会。"
_ADDRESS = "编辑同志："
_LETTER = "我们油田的职工，在铁人精神的鼓舞下，克服了重重困难，原油产量连年上升。"
_AFTER = "编辑部收到来信后，派记者到油田作了采访。"
_SECTION = ["王进喜是一九五九年从玉门来到大庆的钻井队长。", "他带领全队工人人拉肩扛，把钻机运上了井场。"]


@pytest.mark.parametrize("heading", ["王进喜", "钻井队长　王进喜"])
def test_a_heading_named_after_a_person_under_a_quoted_letter_stays_a_heading(tmp_path: Path, heading: str) -> None:
    found = article(tmp_path, "大庆人", [_REPORT, _ADDRESS, _LETTER, _AFTER, heading, *_SECTION])
    assert _kinds(found, heading) == [BlockKind.INTERTITLE]


def test_a_slogan_ending_a_quoted_letter_is_its_text(tmp_path: Path) -> None:
    line = "高举红旗　向前进"
    found = article(tmp_path, "大庆人", [_REPORT, _ADDRESS, _LETTER, line, _AFTER, *_SECTION])
    assert _kinds(found, line) not in ([], [BlockKind.SIGNATURE])


def test_a_reporters_name_under_a_quoted_letter_is_no_signer(tmp_path: Path) -> None:
    line = "本报记者　王德明"
    found = article(tmp_path, "大庆人", [_REPORT, _ADDRESS, _LETTER, _AFTER, line, *_SECTION])
    assert _kinds(found, line) not in ([], [BlockKind.SIGNATURE])
