"""The title repeated under its dateline (encoder/ingest/title_repeat.py), on real articles of
``tests/fixtures/rmrb-json-dev/`` and near-misses: what the line goes on with decides."""

from __future__ import annotations

from pathlib import Path

from encoder.check.validate import Validation
from encoder.cli import main
from encoder.ingest.title_repeat import salutation
from encoder.model import BlockKind, Phrase, PhraseKind

from .conftest import FIXTURES
from .test_zh_lines import blocks
from .test_zh_tails import article

_DECISION = "中共中央关于表彰全国先进基层党组织和优秀共产党员优秀党务工作者的决定"
_LETTER = "首都大专院校红卫兵代表大会给毛主席的致敬信"
_COMMUNIQUE = "中葡联合联络小组第二十三次会议新闻公报"


def _lead(block) -> str:
    first = block.lines[0][0]
    assert isinstance(first, Phrase) and first.kind is PhraseKind.LEAD
    return first.text


def test_a_decision_repeated_under_its_dateline_is_a_headline() -> None:
    """2001-07-02: 新华社北京7月1日电 then the decision's title again, alone on its line."""
    found = blocks("2001-07-02_中共中央关于表彰")
    assert [b.kind for b in found[:2]] == [BlockKind.HEADLINE, BlockKind.HEADLINE]
    assert _lead(found[1]) == "新华社北京7月1日电"
    assert found[1].text == f"新华社北京7月1日电{_DECISION}"


def test_a_letter_repeated_under_its_dateline_then_its_salutation() -> None:
    """1967-03-03: 新华社二日讯　, the letter's title again, then its addressee on the same line."""
    found = blocks("1967-03-03_首都大专院校")
    assert [b.kind for b in found[:3]] == [BlockKind.HEADLINE, BlockKind.HEADLINE, BlockKind.SALUTATION]
    assert _lead(found[1]) == "新华社二日讯"
    assert found[1].text == f"新华社二日讯\u3000{_LETTER}"
    assert found[2].text == "最最敬爱的伟大领袖毛主席："
    assert found[2].span.column > found[1].span.column


def test_a_title_that_is_the_subject_of_a_sentence_stays_in_its_paragraph(tmp_path: Path) -> None:
    """1995-07-02 (``/work/shared/corpus``): the communiqué named as the subject of the lead's sentence."""
    line = f"新华社北京６月３０日电{_COMMUNIQUE}今天在这里发表。新闻公报全文如下："
    found = article(tmp_path, _COMMUNIQUE, [line, "一、双方回顾了联络小组的工作。"])
    assert [b.kind for b in found[:2]] == [BlockKind.HEADLINE, BlockKind.PARAGRAPH]
    assert found[1].text == line


def test_what_is_not_the_title_repeated_under_a_dateline(tmp_path: Path) -> None:
    body = "中国共产党已经走过80年不平凡的光辉历程。"
    cases = [
        [f"{_DECISION}", body],  # no dateline: the title printed twice is no lead's line
        [f"新华社北京7月1日电{_DECISION[:-2]}", body],  # only part of the title
        [f"新华社北京7月1日电{body}", body],  # the dateline's news
        [body, f"新华社北京7月1日电{_DECISION}"],  # not the first line under the title
        [f"新华社北京7月1日电{_DECISION}{'各级党组织和广大共产党员' * 4}：", body],  # a long line ending in ：
    ]
    for parts in cases:
        found = article(tmp_path, _DECISION, parts)
        assert [b.kind for b in found].count(BlockKind.HEADLINE) == 1, parts


def test_a_salutation_after_the_title() -> None:
    assert salutation("最最敬爱的伟大领袖毛主席：")
    assert salutation("亲爱的同志们，朋友们！")
    assert not salutation("今天在这里发表。新闻公报全文如下：")
    assert not salutation("中华人民共和国政府代表和缅甸联邦政府代表为实现贸易协定，经过诚恳友好谈判")


def test_the_repeated_title_is_a_second_head_the_schemas_accept(tmp_path: Path) -> None:
    """The TEI: the title's head, then the repeated title's head with the lead inside it; valid by the
    project's schema and by tei_all."""
    (path,) = (FIXTURES / "rmrb-json-dev").glob("2001-07-02_中共中央关于表彰*.json")
    out = tmp_path / "decision.xml"
    assert main(["convert", "-q", "--no-ner", str(path), "-o", str(out)]) == 0
    written = out.read_text(encoding="utf-8")
    assert '.zh.hl2"><seg type="lead">' in written
    assert Validation("project", engine="lxml").file(out) == []
    assert Validation("tei_all", engine="lxml").file(out) == []
