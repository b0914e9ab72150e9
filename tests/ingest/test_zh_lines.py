"""Chinese lines decided from their neighbours (encoder/ingest/zh_lines.py), and the rules of
the other Chinese modules, on real articles of the JSON distribution
(``tests/fixtures/rmrb-json-dev/``): each test names the article and what it shows."""

from __future__ import annotations

from encoder.diagnostics import Reporter
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.ingest.zh_lines import EXCELLENCY
from encoder.model import Block, BlockKind

from .conftest import FIXTURES

DEV = FIXTURES / "rmrb-json-dev"


def blocks(prefix: str) -> list[Block]:
    """The Chinese blocks the classifier makes of the dev article whose name starts with ``prefix``."""
    (path,) = sorted(DEV.glob(f"{prefix}*.json"))
    reporter = Reporter(str(path))
    return parse(read_source(path, reporter=reporter), reporter).texts[0].blocks


def kind_of(found: list[Block], text: str) -> BlockKind:
    """The kind of the block whose text is ``text`` (white space at its edges aside)."""
    (kind,) = [block.kind for block in found if block.text.strip() == text]
    return kind


def test_an_addressee_ending_in_excellency_needs_no_colon() -> None:
    assert EXCELLENCY.match("中华人民共和国国务院总理周恩来先生阁下")
    assert not EXCELLENCY.match("在向阁下祝贺贵国的成功的时候，我非常希望")  # (a sentence addressing him)


def test_an_editors_note_above_the_title_leaves_the_headline_below_it() -> None:
    """1973-10-20: 编者按 printed above 积极开展综合利用工作; the signing committee under it."""
    found = blocks("1973-10-20")
    assert [b.kind for b in found[:3]] == [BlockKind.EDITORIAL, BlockKind.HEADLINE, BlockKind.BYLINE]
    assert found[1].text == "积极开展综合利用工作"
