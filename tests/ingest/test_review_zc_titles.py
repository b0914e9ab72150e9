"""Review of round zc (title_repeat.locate): the title repeated under lines too long for kickers is the headline
when the line under it names the header's authors. Near-misses both ways, as JSON articles of the distribution
(the body given whole: no title line added above it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.diagnostics import Reporter
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import Block, BlockKind

from .conftest import made_up_json

H, B, K, E, P = BlockKind.HEADLINE, BlockKind.BYLINE, BlockKind.KICKER, BlockKind.EDITORIAL, BlockKind.PARAGRAPH

_LEAD_IN = (
    "截至11月30日，在俄人民友谊大学宿舍火灾中罹难的中国留学生增至9人，仍有4人下落不明，41名受伤学生在救治中。"
    "火灾发生后的六个日日夜夜，我驻俄使馆和国内派出的联合工作组的100多位工作人员，含着泪水昼夜工作，"
    "全国人民也一起分担着这巨大的不幸——"
)
_RESCUE = "祖国是你们坚强的后盾"
_TAX = "加大对税收征管宣传力度"
_NOTE = (
    "编者按：今年4月28日是全国人大常委会第二十一次会议审议通过新修订的《中华人民共和国税收征收管理法》"
    "颁布实施一周年。4月，也是第十一个全国税收宣传月。税收宣传月的主题是诚信纳税、利国利民。"
)
_NOTE_2 = (
    "为了进一步加强对新《税收征管法》的宣传，配合税收宣传月活动的开展，人民日报社、国家税务总局于3月31日在北京"
    "人民大会堂联合主办了“新税收征管法颁布一周年暨‘诚信纳税、利国利民’高层研讨会”。"
)
_NOTE_3 = (
    "与会专家和领导围绕诚信纳税、依法治税等问题进行了深入的讨论，提出了许多有价值的意见和建议。"
    "今天，本版刊登研讨会发言摘编，以飨读者。以下是部分发言的摘要，供读者参阅。"
)
_UNSIGNED_NOTE = (
    "今年4月28日是新修订的《中华人民共和国税收征收管理法》颁布实施一周年。为了进一步加强对新《税收征管法》的宣传，"
    "人民日报社、国家税务总局于3月31日在北京联合主办了高层研讨会。今天，本版刊登研讨会发言摘编。"
)
_FARM = (
    "今年以来，全省各地认真贯彻党的十一届三中全会精神，把工作着重点转移到社会主义现代化建设上来，农业生产出现了"
    "新的局面，粮食、棉花、油料都比去年同期有较大幅度的增长，社员收入普遍提高。"
)
_SPRING = "春到苗岭"


def _blocks(folder: Path, title: str, parts: list[str], authors: list[str], date: tuple[int, int, int]) -> list[Block]:
    """The blocks of a JSON article of ``date`` whose body is ``parts`` exactly."""
    path = made_up_json(folder, date, title, parts, authors, page=5)
    reporter = Reporter(str(path))
    return parse(read_source(path, reporter=reporter), reporter).texts[0].blocks


def _kinds(found: list[Block], count: int) -> list[BlockKind]:
    return [block.kind for block in found[:count]]


# -- the rule takes these, rightly ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("本报驻俄罗斯记者  吕岩松", ["吕岩松"]),  # the 2003-12-01 shape
        ("本报驻俄罗斯记者　吕　岩　松", ["吕岩松"]),  # the name padded with ideographic spaces
        ("文／吕岩松", ["吕岩松"]),  # 文／ before the name (2000s features)
        ("本报驻俄罗斯记者  吕岩松", ["本报驻俄罗斯记者 吕岩松"]),  # the header gives the post too
        ("本报记者  吕岩松", ["本报记者吕岩松"]),  # the header glues post and name
    ],
)
def test_a_lead_in_over_the_title_then_the_reporter_however_named(
    tmp_path: Path, line: str, authors: list[str]
) -> None:
    found = _blocks(
        tmp_path, _RESCUE, [_LEAD_IN, _RESCUE, line, "“党中央、国务院非常关心受难的留学生。”"], authors, (2003, 12, 1)
    )
    assert _kinds(found, 4) == [K, H, B, P]
    assert found[2].text == line


def test_an_editors_note_ending_on_its_signature_line_over_the_title(tmp_path: Path) -> None:
    """The note signed at its end on the same line (……发言摘编。——编者): editorial, then the headline and byline."""
    parts = [_UNSIGNED_NOTE + "——编者", _TAX, "人民日报总编辑  王  晨", "2000年1月19日，江泽民总书记指出。"]
    assert _kinds(_blocks(tmp_path, _TAX, parts, ["王晨"], (2002, 4, 1)), 4) == [E, H, B, P]


def test_a_lead_then_the_title_as_an_intertitle_without_the_byline_stays_body(tmp_path: Path) -> None:
    """The article's own lead, then a line equal to the title opening a section (no authors' line under it)."""
    parts = [_FARM, _SPRING, "三月的苗岭，到处是一片繁忙景象。", "本报记者  田林"]
    found = _blocks(tmp_path, _SPRING, parts, ["田林"], (1980, 4, 1))
    assert found[0].kind is P
    assert H not in {block.kind for block in found}


def test_the_title_below_four_long_paragraphs_is_not_looked_for(tmp_path: Path) -> None:
    """Deeper than three lines the title and its byline are the body's (a second report further down the page)."""
    parts = [_FARM, _FARM, _FARM, _FARM, _SPRING, "本报记者  田林", "三月的苗岭。"]
    found = _blocks(tmp_path, _SPRING, parts, ["田林"], (1980, 4, 1))
    assert _kinds(found, 4) == [P, P, P, P]
    assert H not in {block.kind for block in found}


def test_a_title_glued_to_its_text_under_a_long_lead_is_no_headline(tmp_path: Path) -> None:
    parts = [_FARM, f"{_SPRING}　三月的苗岭，到处是一片繁忙景象。", "本报记者  田林"]
    found = _blocks(tmp_path, _SPRING, parts, ["田林"], (1980, 4, 1))
    assert found[0].kind is P
    assert H not in {block.kind for block in found}


# -- guarded on this branch ------------------------------------------------------------------------------------


def test_an_editors_note_of_three_paragraphs_is_editorial_throughout(tmp_path: Path) -> None:
    """The rule gave the note's third paragraph (only the line right under 编者按 was looked at) a kicker."""
    parts = [_NOTE, _NOTE_2, _NOTE_3, _TAX, "人民日报总编辑  王  晨", "2000年1月19日，江泽民总书记指出。"]
    assert _kinds(_blocks(tmp_path, _TAX, parts, ["王晨"], (2002, 4, 1)), 6) == [E, E, E, H, B, P]


def test_an_editors_note_over_its_signature_line_is_editorial(tmp_path: Path) -> None:
    """The note signed on a line of its own (——编者) under it: the rule gave the note's paragraph a kicker."""
    parts = [_UNSIGNED_NOTE, "——编者", _TAX, "人民日报总编辑  王  晨", "2000年1月19日，江泽民总书记指出。"]
    assert _kinds(_blocks(tmp_path, _TAX, parts, ["王晨"], (2002, 4, 1)), 5) == [E, E, H, B, P]


@pytest.mark.parametrize(
    ("title", "parts", "authors", "date"),
    [
        (  # a telegram: its wish is the title, its sender signs it
            "中朝两国人民的友谊万古长青",
            [
                "金日成同志：",
                "在朝鲜民主主义人民共和国成立三十周年之际，我们代表中国共产党、中国政府和中国人民，向你并通过你"
                "向朝鲜劳动党、朝鲜政府和英雄的朝鲜人民致以最热烈的祝贺和最良好的祝愿。",
                "中朝两国人民的友谊万古长青",
                "华国锋",
                "一九七八年九月八日",
            ],
            ["华国锋"],
            (1978, 9, 9),
        ),
        (  # a readers' letter closing on its slogan, the title, over the writer's name
            "向雷锋同志学习",
            [
                "人民日报编辑部：",
                "我们是沈阳部队某部的战士。最近，我们学习了雷锋同志的日记，受到了很大的教育。我们决心以雷锋同志为"
                "榜样，做一颗永不生锈的螺丝钉，在平凡的岗位上全心全意为人民服务，把有限的生命投入到无限的为人民服务之中去。",
                "向雷锋同志学习",
                "李明",
            ],
            ["李明"],
            (1963, 3, 10),
        ),
    ],
)
def test_a_letter_whose_closing_repeats_the_title_over_its_signature_has_no_headline(
    tmp_path: Path, title: str, parts: list[str], authors: list[str], date: tuple[int, int, int]
) -> None:
    """The rule took the salutation and the letter's text for kickers, its closing for the headline."""
    found = _blocks(tmp_path, title, parts, authors, date)
    assert found[0].kind is BlockKind.SALUTATION
    assert found[1].kind is P
    assert not {H, K} & {block.kind for block in found}
