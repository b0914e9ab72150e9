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
