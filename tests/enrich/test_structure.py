"""The part tree of a text (encoder/enrich/structure.py), on real articles of the JSON distribution."""

from __future__ import annotations

from encoder.diagnostics import Reporter
from encoder.enrich import AUTHORITY_ONLY, enrich
from encoder.enrich.structure import closes_piece
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import Block, BlockKind, Item, Letter, Span, Text

from .conftest import FIXTURES


def test_a_reply_printed_under_a_letter_is_a_letter_of_its_own() -> None:
    """1969-03-10: the co-operative's letter (salute, body, signed) and the brigade's reply (salute,
    body, closing formula, signed) are two letters, with no S001 demoting their lines."""
    (path,) = (FIXTURES / "rmrb-json-dev").glob("1969-03-10*.json")
    reporter = Reporter(str(path))
    text = enrich(parse(read_source(path, reporter=reporter), reporter), reporter, AUTHORITY_ONLY).texts[0]
    letters = [node for node in text.content if isinstance(node, Letter)]
    assert len(letters) == len(text.content) == 2
    assert [[b.text for b in letter.opener] for letter in letters] == [
        ["安家堡贫下中农管理商业小组："],
        ["江苏邗江酒甸公社供销社："],
    ]
    assert [[b.kind for b in letter.closer] for letter in letters] == [
        [BlockKind.SIGNATURE],
        [BlockKind.VALEDICTION, BlockKind.SIGNATURE],
    ]
    assert not [d for d in reporter.diagnostics if d.code == "S001"]


def _text(prefix: str) -> Text:
    (path,) = (FIXTURES / "rmrb-json-dev").glob(f"{prefix}*.json")
    reporter = Reporter(str(path))
    return enrich(parse(read_source(path, reporter=reporter), reporter), reporter, AUTHORITY_ONLY).texts[0]


def test_a_byline_closing_a_piece_in_the_middle_ends_its_item() -> None:
    """1991-09-03 简讯: ▲… / （王志） / ▲… / （王然）: the first item ends with its byline, the
    second item follows, the last byline ends the text; 1947-06-09: two reports, each by its lead,
    the first closed by （萧簧）."""
    text = _text("1991-09-03_简讯")
    items = [node for node in text.content if isinstance(node, Item)]
    assert len(items) == len(text.content) == 2
    last = items[0].content[-1]
    assert isinstance(last, Block) and last.kind is BlockKind.BYLINE and last.text == "（王志）"
    assert [block.text for block in text.back] == ["（王然）"]
    first = _text("1947-06-09_村干带头").content[0]
    assert isinstance(first, Item) and isinstance(first.content[-1], Block)
    assert first.content[-1].text == "（萧簧）"


def test_a_byline_that_closes_nothing_in_the_middle_is_a_paragraph() -> None:
    """A byline under an intertitle (1959-04-04: the authors 金惠兰　王生才 over their own words) or
    followed by more of the piece does not close it."""
    head, byline, body = (
        Block(kind, [[text]], Span("x", 1, 1))
        for kind, text in (
            (BlockKind.INTERTITLE, "一"),
            (BlockKind.BYLINE, "刘信珍"),
            (BlockKind.PARAGRAPH, "我编了诗。"),
        )
    )
    assert not closes_piece([head, byline, body], 1)
    assert not closes_piece([body, byline, body], 1)
    assert closes_piece([body, byline, head], 1)
