"""Review of round zb's body changes (2026-12-03): made-up articles in People's Daily shapes that the two
changes, as first written, got wrong (each was a strict xfail until the fix below).

1. ``encoder/ingest/captions.py``: a reporter's maker line (letterspaced name, 摄 set apart, or glued after a
   paragraph's last sentence) outside the captions is a byline, and the paragraph it is glued to a caption.
2. ``patterns.ZH_PAPER_TEXT`` in ``ZH_SOURCE_CREDIT`` and in ``zh_tails``' glued closing credit: a paper's name
   alone in brackets closing the text is a credit.

Every case here came out right before the changes (``code-zb``) but the two glued-maker cases (a report's
first and last paragraph), where the maker's line stayed inside the paragraph (a byline missed): the change
cuts the byline off right but makes the report's paragraph a caption.

Fix zb: the caption rule is taken out (narrowed to the review's guards, its dev gain fell to one article) and the
paper credit narrowed; every case passes. The two glued-maker cases are not here: the converter (before the round
and after it) leaves a maker's line glued to a report's paragraph inside it, a byline missed (left alone, see
docs/evaluation-history.md, round zb)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from encoder.check.validate import Validation
from encoder.diagnostics import Reporter
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import Block, BlockKind
from encoder.run.pipeline import encode

from ..conftest import write_json_article
from .test_zh_tails import article

TEI = "{http://www.tei-c.org/ns/1.0}"


def _kinds(found: list[Block], text: str) -> list[BlockKind]:
    return [block.kind for block in found if block.text.strip() == text]


def _dated(folder: Path, title: str, parts: list[str], date: tuple[int, int, int]) -> list[Block]:
    path = write_json_article(folder / f"{date[0]}-{date[1]:02d}-{date[2]:02d}_x.json", title, parts, date)
    reporter = Reporter(str(path))
    return parse(read_source(path, reporter=reporter), reporter).texts[0].blocks


# ---- 1. the maker's line outside the captions ------------------------------------------------------------


_PANDA = [
    "本报讯　北京动物园新近从四川运来的大熊猫“盼盼”，昨天第一次和首都观众见面。",
    "“盼盼”今年两岁，体重六十多公斤，活泼可爱。",
]
_ENDING = "“盼盼”一出场，就爬上木架，翻了几个跟头，引得观众哈哈大笑。"


@pytest.mark.parametrize("sentence", ["中外记者争相拍摄", "记者们纷纷摄影"])
def test_a_sentence_of_reporters_taking_pictures_is_no_makers_line(tmp_path: Path, sentence: str) -> None:
    found = article(tmp_path, "大熊猫“盼盼”和观众见面", [*_PANDA, _ENDING + sentence])
    assert _kinds(found, _ENDING + sentence) == [BlockKind.PARAGRAPH]


def test_an_intertitle_about_a_reporter_learning_photography_stays_an_intertitle(tmp_path: Path) -> None:
    parts = [
        "红星公社有一个业余通讯小组，八个组员都是青年社员。",
        "办起了黑板报",
        "小组成立以后，先办起了黑板报，每星期出一期，表扬好人好事。",
        "土记者学会了摄影",
        "去年，公社买了一架照相机，小组长王秀英自告奋勇，学习照相。",
        "她边学边干，拍了不少好照片，在县报上发表。",
    ]
    found = article(tmp_path, "业余通讯小组", parts)
    assert _kinds(found, "办起了黑板报") == [BlockKind.INTERTITLE]
    assert _kinds(found, "土记者学会了摄影") == [BlockKind.INTERTITLE]


#: 1983-05-01 (dev gold): two reporters wrote it, a third took its picture; the gold has the last paragraph a
#: paragraph, then （附图片）, then 本报记者　肖　翔摄 a byline. Here the export has glued the maker to it.
_SQUARE = [
    "本报记者　赵兴林　赵相如",
    "节日前夕，首都人民涌向天安门前，惊异、赞叹、流连忘返。原来灰色的观礼台已被碧绿的草坪、鲜艳的花朵和球状树丛所替代。",
    "总面积达四千七百六十平方米的绿色地带分成四大块，周围有黄杨树作篱镶边。",
]
_LAST = "这是劳动人民智慧和汗水的结晶，也是劳动人民高尚的艺术情趣和创造力的赞歌！它象征着我们祖国的欣欣向荣！"


_BILINGUAL_PICTURE = (
    "Title: Asian Table Tennis Championships Enter the Final Stage\nAuthor: \nDate: 1976-05-07\nPage: 4\n"
    + """
Asian Table Tennis Championships Enter the Final Stage

Xinhua, Pyongyang, May 6: The individual events of the third Asian Championships entered the final stage today.

Chinese and Korean players watched the performance together in the evening. Xinhua reporter Zhang Ping photo

The mixed doubles title went to Japan's Tetsuo Inoue and Mitsuko Shimamoto.

<hr />

Original:

### 亚乒赛单项比赛进入决赛阶段

1976-05-07
第4版()
专栏：

    亚乒赛单项比赛进入决赛阶段
    新华社平壤六日电　第三届亚洲乒乓球锦标赛单项比赛今天进入决赛阶段。
    中朝两国运动员晚上一起观看了演出。新华社记者　张萍摄
    混合双打冠军由日本井上哲夫和岛本美津子获得。
"""
)


def test_a_bilingual_report_with_a_makers_line_glued_inside_stays_aligned(tmp_path: Path) -> None:
    path = tmp_path / "pingpong.txt"
    path.write_text(_BILINGUAL_PICTURE, encoding="utf-8")
    result = encode(path, validation=Validation("project", engine="lxml"), ner=False)
    assert result.tei is not None
    assert not [d for d in result.diagnostics if d.code in ("V104", "V108")]
    root = etree.fromstring(result.tei)
    ids = {element.get("{http://www.w3.org/XML/1998/namespace}id"): element for element in root.iter()}
    for link in root.iter(f"{TEI}link"):
        zh, en = link.get("target").split()
        if "".join(ids[en[1:]].itertext()).startswith("Chinese and Korean players"):
            assert "观看了演出" in "".join(ids[zh[1:]].itertext())
            break
    else:
        raise AssertionError("the English sentence is in no link")


# ---- 2. a paper's name in brackets -----------------------------------------------------------------------


def test_a_see_reference_to_a_paper_is_no_credit(tmp_path: Path) -> None:
    last = "这种情况，连美国资产阶级的报纸也不得不承认。（见美国《纽约时报》）"
    parts = [
        "【新华社北平九日电】美国经济危机日益严重，失业人数继续增加。",
        "据美国劳工部公布，七月份全国失业人数已达四百余万人，比六月份增加了三十万人。",
        last,
    ]
    found = _dated(tmp_path, "美国经济危机日益严重", parts, (1949, 8, 10))
    assert _kinds(found, last) == [BlockKind.PARAGRAPH]


def test_a_quotations_source_closing_the_text_is_no_credit(tmp_path: Path) -> None:
    last = "正如报纸所说：“人定胜天，这是千真万确的真理。”（《解放军报》社论）"
    parts = ["治淮工地上，十万民工日夜奋战。", "他们说：“我们要让淮河永远造福人民。”", last]
    found = _dated(tmp_path, "一定要把淮河修好", parts, (1970, 6, 10))
    assert _kinds(found, last) == [BlockKind.PARAGRAPH]


def test_an_epigraphs_paper_source_is_no_credit(tmp_path: Path) -> None:
    parts = [
        "“无产阶级文化大革命，是一场触及人们灵魂的大革命。”",
        "（《解放军报》社论）",
        "新年伊始，全国各地工厂、农村、机关、学校的广大群众，热烈学习元旦社论。",
        "大家表示，一定要把无产阶级文化大革命进行到底。",
    ]
    found = _dated(tmp_path, "把无产阶级文化大革命进行到底", parts, (1967, 1, 5))
    assert BlockKind.CREDIT not in _kinds(found, "（《解放军报》社论）")


def test_captions_naming_the_papers_pictured_stay_captions(tmp_path: Path) -> None:
    parts = [
        "党成立以后，很快就创办了自己的报刊。这些报刊在宣传马克思主义、指导革命斗争中起了重大作用。",
        "抗日战争时期，党在延安和各根据地创办了许多报纸，团结和教育了广大人民群众。",
        "（附图片）",
        "（《向导》周报）",
        "（《热血日报》）",
    ]
    found = _dated(tmp_path, "革命报刊的光辉历程", parts, (1981, 7, 1))
    assert [block.kind for block in found[-3:]] == [BlockKind.CAPTION] * 3


def test_a_paper_glued_to_a_paragraph_the_text_goes_on_under_stays_the_paragraphs(tmp_path: Path) -> None:
    inside = "群众读了以后，纷纷议论，认为说得很对，应该照这样去做。（人民日报）"
    parts = [
        "这篇文章最早发表在一家地方报纸上，后来又被许多报纸转载，影响很大。",
        inside,
        "各地干部也都表示要认真学习，改进工作作风。",
    ]
    found = article(tmp_path, "一篇文章", parts)
    assert _kinds(found, inside) == [BlockKind.PARAGRAPH]


def test_no_character_is_lost_where_the_changes_cut(tmp_path: Path) -> None:
    """(Passes.) The cuts above lose no character: the blocks' texts, white space aside, are the parts'."""
    for title, parts, date in [
        ("大熊猫“盼盼”和观众见面", [*_PANDA, _ENDING + "中外记者争相拍摄"], (1960, 10, 1)),
        ("天安门前生机盎然", [*_SQUARE, _LAST + "本报记者　肖　翔摄"], (1983, 5, 1)),
        ("美国经济危机日益严重", ["这种情况，连美国资产阶级的报纸也不得不承认。（见美国《纽约时报》）"], (1949, 8, 10)),
    ]:
        found = _dated(tmp_path, title, parts, date)
        assert re.sub(r"\s", "", "".join(block.text for block in found)) == re.sub(r"\s", "", title + "".join(parts))
