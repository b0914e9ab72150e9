"""The title repeated under its dateline (encoder/ingest/title_repeat.py), on real articles of
``tests/fixtures/rmrb-json-dev/`` and near-misses: what the line goes on with decides."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import etree

from encoder.check.validate import Validation
from encoder.cli import main
from encoder.diagnostics import Reporter
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.ingest.title_repeat import addressed, salutation
from encoder.model import BlockKind, Phrase, PhraseKind

from ..conftest import write_json_article
from .conftest import FIXTURES
from .test_zh_lines import blocks
from .test_zh_tails import article

_DECISION = "中共中央关于表彰全国先进基层党组织和优秀共产党员优秀党务工作者的决定"
_LETTER = "首都大专院校红卫兵代表大会给毛主席的致敬信"
_COMMUNIQUE = "中葡联合联络小组第二十三次会议新闻公报"
_JOINT = "中苏联合公报"
_TEI = "{http://www.tei-c.org/ns/1.0}"


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
    """1995-07-02 (``../shared/corpus``): the communiqué named as the subject of the lead's sentence."""
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


@pytest.mark.parametrize("rest", ["全文如下：", "指出：", "如下："])
def test_a_verb_announcing_what_follows_is_no_salutation(tmp_path: Path, rest: str) -> None:
    """…公报全文如下：, …公报指出：: the communiqué is the subject of the sentence, no title before an
    addressee; the line stays one paragraph with its dateline (review of round t)."""
    line = f"新华社北京十五日电\u3000{_JOINT}{rest}"
    found = article(tmp_path, _JOINT, [line, "应中华人民共和国政府的邀请，苏联部长会议主席于十月一日到达北京。"])
    assert [(b.kind, b.text) for b in found[:2]] == [(BlockKind.HEADLINE, _JOINT), (BlockKind.PARAGRAPH, line)]
    assert BlockKind.SALUTATION not in [b.kind for b in found]
    assert _lead(found[1]) == "新华社北京十五日电"


def test_a_communique_announced_in_full_is_not_written_as_a_letter(tmp_path: Path) -> None:
    path = write_json_article(
        tmp_path / "1960-10-01_x.json",
        _JOINT,
        [
            f"新华社北京十五日电\u3000{_JOINT}全文如下：",
            "应中华人民共和国政府的邀请，苏联部长会议主席于十月一日到达北京。",
        ],
        (1960, 10, 1),
    )
    out = tmp_path / "x.xml"
    assert main(["convert", "-q", "--no-ner", str(path), "-o", str(out)]) == 0
    tree = etree.parse(str(out))
    assert tree.findall(f".//{_TEI}salute") == []
    assert tree.findall(f".//{_TEI}div[@type='letter']") == []


def test_an_addressee_after_the_title() -> None:
    assert addressed("最最敬爱的伟大领袖毛主席：")
    assert addressed("亲爱的台湾同胞：")
    assert addressed("全国各族人民们：")
    assert addressed("亲爱的同志们，朋友们！")
    for verb in ("全文如下：", "如下：", "指出：", "今天发表讲话说：", "宣布：", "我们："):
        assert salutation(verb) and not addressed(verb), verb


@pytest.mark.parametrize(
    "parts",
    [
        ["新华社北京三十一日电\u3000全国人民代表大会常务委员会今天发表《告台湾同胞书》。", "亲爱的台湾同胞："],
        [
            "新华社北京三十一日电\u3000全国人民代表大会常务委员会今天发表文告。",
            "新华社北京三十一日电\u3000告台湾同胞书",
        ],
        ["新华社北京三十一日电\u3000告台湾同胞", "亲爱的台湾同胞："],
        ["新华社北京三十一日电\u3000告台湾同胞书今天在北京发表。", "亲爱的台湾同胞："],
    ],
    ids=["quotation", "later", "part", "subject"],
)
def test_near_misses_keep_a_single_headline(tmp_path: Path, parts: list[str]) -> None:
    assert [b.kind for b in article(tmp_path, "告台湾同胞书", parts)].count(BlockKind.HEADLINE) == 1


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        (_LETTER, [f"新华社二日讯\u3000{_LETTER}\u3000最最敬爱的伟大领袖毛主席：", "我们向您致敬！"]),
        ("告台湾同胞书", ["新华社北京三十一日电\u3000告台湾同胞书亲爱的台湾同胞：", "今天是一九七九年元旦。"]),
        (_JOINT, [f"新华社北京十五日电\u3000{_JOINT}", "双方一致认为，两国的友好合作关系有了新的发展。"]),
        (_JOINT, [f"新华社北京十五日电\u3000{_JOINT}全文如下：", "双方一致认为，两国的友好合作关系有了新的发展。"]),
    ],
    ids=["letter-spaced", "salutation", "alone", "announced"],
)
def test_no_text_is_lost_when_the_repeated_title_is_split(tmp_path: Path, title: str, parts: list[str]) -> None:
    found = article(tmp_path, title, parts)
    assert _compact("".join(b.text for b in found)) == _compact(title + "".join(parts))
    path = write_json_article(tmp_path / "1967-03-03_x.json", title, parts, (1967, 3, 3))
    out = tmp_path / "x.xml"
    assert main(["convert", "-q", "--no-ner", str(path), "-o", str(out)]) == 0
    zh = etree.parse(str(out)).find(f".//{_TEI}div[@type='original']")
    assert zh is not None and _compact("".join(zh.itertext())) == _compact(title + "".join(parts))


def test_the_repeated_title_under_decks_and_over_a_byline_is_valid(tmp_path: Path) -> None:
    """head, subhead, the second head, byline: the project schema and tei_all accept it."""
    title = "中苏友好同盟互助条约\u3000一九五○年二月十四日签订于莫斯科"
    body = [
        "一九五○年二月十四日签订于莫斯科",
        f"新华社北京十四日电\u3000{title}",
        "本报记者\u3000李庄",
        "中华人民共和国中央人民政府主席及苏维埃社会主义共和国联盟最高苏维埃主席团，决心共同防止日本帝国主义之再起。",
    ]
    path = write_json_article(tmp_path / "1950-02-15_x.json", "中苏友好同盟互助条约", body, (1950, 2, 15))
    source = json.loads(path.read_text(encoding="utf-8"))
    source["title"] = title  # the title field holds both decks, the body prints them a line each
    path.write_text(json.dumps(source, ensure_ascii=False), encoding="utf-8")
    reporter = Reporter(str(path))
    found = parse(read_source(path, reporter=reporter), reporter).texts[0].blocks
    assert [b.kind for b in found[:4]] == [BlockKind.HEADLINE, BlockKind.SUBTITLE, BlockKind.HEADLINE, BlockKind.BYLINE]
    out = tmp_path / "x.xml"
    assert main(["convert", "-q", "--no-ner", str(path), "-o", str(out)]) == 0
    assert Validation("project", engine="lxml").file(out) == []
    assert Validation("tei_all", engine="lxml").file(out) == []
    zh = etree.parse(str(out)).find(f".//{_TEI}div[@type='original']")
    assert zh is not None
    tags = [(child.tag.removeprefix(_TEI), child.get("type")) for child in zh][:4]
    assert tags == [("head", None), ("head", "sub"), ("head", None), ("byline", None)]


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


def test_the_title_under_an_editors_note_of_two_paragraphs_then_its_byline() -> None:
    """2002-04-01: 编者按：… and its second paragraph (110 characters) above the title, the authors' line under it."""
    found = blocks("2002-04-01_加大对税收征管宣传力度")
    kinds = [BlockKind.EDITORIAL, BlockKind.EDITORIAL, BlockKind.HEADLINE, BlockKind.BYLINE, BlockKind.PARAGRAPH]
    assert [b.kind for b in found[:5]] == kinds
    assert [found[2].text, found[3].text] == ["加大对税收征管宣传力度", "人民日报总编辑  王  晨"]


def test_the_title_under_a_long_lead_in_then_its_reporter() -> None:
    """2003-12-01: a lead-in of 123 characters ending in a dash above the title, the reporter's line under it."""
    found = blocks("2003-12-01_祖国是你们坚强的后盾")
    assert [b.kind for b in found[:4]] == [BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.BYLINE, BlockKind.PARAGRAPH]
    assert found[2].text == "本报驻俄罗斯记者  吕岩松"


def test_the_title_of_two_phrases_under_a_lead_in_then_its_writer() -> None:
    """1999-11-01 (no block gold): 1980年，我国注册会计师行业开始恢复重建。… over 发挥“经济警察”　… / 李勇."""
    found = blocks("1999-11-01_发挥“经济警察”")
    assert [b.kind for b in found[:3]] == [BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.BYLINE]
    assert found[2].text == "李勇"


def _unsigned(folder: Path, parts: list[str], authors: list[str]) -> list:
    """The blocks of the 2003-12-01 article with ``parts`` as its body (no title line added) and ``authors``."""
    source = json.loads(next((FIXTURES / "rmrb-json-dev").glob("2003-12-01_祖国是你们坚强的后盾.json")).read_text())
    source["parts"], source["authors"] = [{"type": "paragraph", "text": text} for text in parts], authors
    path = folder / "2003-12-01_x.json"
    path.write_text(json.dumps(source, ensure_ascii=False), encoding="utf-8")
    reporter = Reporter(str(path))
    return parse(read_source(path, reporter=reporter), reporter).texts[0].blocks


@pytest.mark.parametrize(
    ("under", "authors"),
    [
        ("本报驻俄罗斯记者  吕岩松", []),  # no authors in the header: nothing says the line under signs it
        ("本报驻俄罗斯记者  吕岩松", ["李勇"]),  # it names someone else
        ("11月29日上午9时，位于莫斯科市西南区距卢蒙巴各族人民友谊大学不远的“老北京”饭店。", ["吕岩松"]),
    ],
)
def test_a_long_line_above_the_title_stays_body_text_without_the_authors_under_it(
    tmp_path: Path, under: str, authors: list[str]
) -> None:
    lead_in = (
        "截至11月30日，在俄人民友谊大学宿舍火灾中罹难的中国留学生增至9人，仍有4人下落不明，41名受伤学生在救治中。" * 2
    )
    found = _unsigned(
        tmp_path, [lead_in, "祖国是你们坚强的后盾", under, "“党中央、国务院非常关心受难的留学生。”" * 3], authors
    )
    assert BlockKind.HEADLINE not in {b.kind for b in found}
    assert found[0].kind is BlockKind.PARAGRAPH
