"""The English rules on real translations: tests/fixtures/bilingual (see its SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

from encoder import patterns as pt
from encoder.diagnostics import Reporter
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import Block, BlockKind

from .conftest import FIXTURES


def english(name: str) -> list[Block]:
    path: Path = FIXTURES / "bilingual" / f"{name}.txt"
    reporter = Reporter(str(path))
    (text,) = [t for t in parse(read_source(path, reporter=reporter), reporter).texts if t.lang == "en"]
    return text.blocks


def test_a_reporter_glued_to_the_last_paragraph_is_a_byline() -> None:
    found = english("10-closing-byline-dateline")
    assert [(b.kind, b.text) for b in found[-2:]] == [
        (BlockKind.BYLINE, "Our reporter Wang Fang"),
        (BlockKind.CREDIT, "(This paper, Paris, June 25)"),
    ]
    assert found[-3].text.endswith("will take the stage.")


def test_a_name_in_brackets_glued_to_the_last_paragraph_is_a_byline() -> None:
    found = english("11-glued-lead-and-credit")
    assert (found[-1].kind, found[-1].text) == (BlockKind.BYLINE, "(Li Kexin)")


def test_the_translated_leads() -> None:
    match = pt.EN_LEAD.match("Report of this paper: Tongliao City in Inner Mongolia raised funds")
    assert match is not None and match.group() == "Report of this paper"
    match = pt.EN_LEAD.match("Xinhua News Agency, Beijing, October 12 (reporter Zhou Shuchun): President")
    assert match is not None and match.group().endswith("(reporter Zhou Shuchun)")
    assert pt.EN_CREDIT.match("(Xinhua)") and not pt.EN_CREDIT.match("(Li Kexin)")


def test_numbered_sentences_in_sequence_are_list_items_and_a_heading_is_not() -> None:
    found = english("05-list")
    items = [b.text for b in found if b.kind is BlockKind.LIST_ITEM]
    assert len(items) == 7 and items[0].startswith("1. The Secretary-General") and items[-1] == "7. Parade."
    assert "Programme of the Ceremony" not in items
    numbered_headings = [b for b in english("01-numbered-intertitles") if b.text[:2] in ("1.", "2.", "3.", "4.")]
    assert numbered_headings and all(b.kind is not BlockKind.LIST_ITEM for b in numbered_headings)


_BILINGUAL = """Title: Premier Li Peng's Toast
Author:
Date: 1988-10-01
Page: 1

Premier Li Peng's Toast

(September 30, 1988) Distinguished guests, comrades:

On the occasion of the 39th anniversary of the founding of the People's Republic of China,
I extend warm congratulations.

<hr />

Original:

### 李鹏总理的祝酒词

1988-10-01
第1版()
专栏：

    李鹏总理的祝酒词
    （一九八八年九月三十日）各位来宾，各位同志：
    在庆祝中华人民共和国成立39周年之际，我代表党中央和国务院，向全国各族人民表示热烈的祝贺。
"""


def test_a_speechs_date_glued_before_its_address_is_read_as_on_the_chinese_side(tmp_path: Path) -> None:
    """Review of blocks-t: (September 30, 1988) Distinguished guests, comrades: is the place-date and
    the salutation, as （一九八八年九月三十日）各位来宾，各位同志： is (zh_dated): both sides alike."""
    path = tmp_path / "1988-10-01-toast.txt"
    path.write_text(_BILINGUAL, encoding="utf-8")
    reporter = Reporter(str(path))
    texts = {t.lang[:2]: t.blocks for t in parse(read_source(path, reporter=reporter), reporter).texts}
    assert [b.kind for b in texts["en"]] == [b.kind for b in texts["zh"]]
    assert [(b.kind, b.text) for b in texts["en"][1:3]] == [
        (BlockKind.PLACE_DATE, "(September 30, 1988)"),
        (BlockKind.SALUTATION, "Distinguished guests, comrades:"),
    ]


def test_a_date_run_into_a_sentence_or_no_date_in_brackets_stays_in_its_line(tmp_path: Path) -> None:
    """Near-misses: a bracketed date opening a sentence (no salutation), a bracket that is no date."""
    for line, kind in (
        ("(September 30, 1988) In the evening, the Great Hall of the People was ablaze with lights.", None),
        ("(Excerpts) Distinguished guests, comrades:", BlockKind.SALUTATION),
    ):
        text = _BILINGUAL.replace("(September 30, 1988) Distinguished guests, comrades:", line)
        path = tmp_path / "1988-10-01-toast.txt"
        path.write_text(text, encoding="utf-8")
        reporter = Reporter(str(path))
        (english_text,) = [t for t in parse(read_source(path, reporter=reporter), reporter).texts if t.lang == "en"]
        assert BlockKind.PLACE_DATE not in {b.kind for b in english_text.blocks}, line
        assert [b.text for b in english_text.blocks if b.text.startswith("(")] == [line]
        if kind is not None:
            assert english_text.blocks[1].kind is kind
