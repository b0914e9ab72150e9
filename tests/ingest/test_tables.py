"""Tables flattened onto one padded line: the price lists of the sample corpus and a fixture."""

from __future__ import annotations

from encoder.check.validate import Validation
from encoder.diagnostics import Reporter
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.ingest.tables import rows
from encoder.model import BlockKind
from encoder.run.pipeline import encode

from .conftest import FIXTURES, RMRB

PRICES = RMRB / "1946-05-21_本市物价表（五月廿日）.md"


def _blocks(path):
    reporter = Reporter(str(path))
    return {t.lang: t.blocks for t in parse(read_source(path, reporter=reporter), reporter).texts}


def test_a_price_list_is_rows_of_three_cells_prices_cut_from_the_next_name() -> None:
    (blocks,) = _blocks(PRICES).values()
    table = [b for b in blocks if b.kind is BlockKind.TABLE_ROW]
    assert len(table) >= 8 and {len(b.lines) for b in table} == {3}
    assert [line[0] for line in table[-1].lines] == ["煤", "一斤", "三．六○"]
    assert all(b.span.line == table[0].span.line for b in table)  # one source line


def test_both_languages_of_the_bilingual_price_list_and_their_headline() -> None:
    found = _blocks(FIXTURES / "bilingual" / "06-price-table.txt")
    for lang, first in (("zh-Hans", ["小米", "一斤", "二五·○○"]), ("en", ["Millet", "1 jin", "25.00"])):
        assert found[lang][0].kind is BlockKind.HEADLINE
        rows_found = [b for b in found[lang] if b.kind is BlockKind.TABLE_ROW]
        assert len(rows_found) == 8 and [line[0] for line in rows_found[0].lines] == first


def test_the_table_is_written_valid_and_faithful() -> None:
    result = encode(PRICES, validation=Validation("project", engine="lxml"))
    assert result.tei is not None and b"<table " in result.tei and b"<cell>" in result.tei
    assert not [d for d in result.diagnostics if d.level >= 2], [str(d) for d in result.diagnostics]


def test_a_padded_line_that_does_not_fall_into_equal_rows_is_no_table() -> None:
    assert rows("小米    一斤    二五·○○小麦    一斤") is None  # cells after the last price
    assert rows("甲    乙    丙    丁") is None  # no price closes a row
    assert rows("小米    一斤    二五·○○") is None  # one row
    assert rows("小米  一斤  二五·○○小麦  一斤  二八·○○") == [
        [(0, "小米"), (4, "一斤"), (8, "二五·○○")],
        [(13, "小麦"), (17, "一斤"), (21, "二八·○○")],
    ]


def test_the_name_tagger_reads_no_name_into_a_lone_cell() -> None:
    """The Chinese CRF, given a price cell alone, took 一○七○○·○○ for an organisation."""
    result = encode(RMRB / "1946-05-28_本市物价表（五月廿六日）.md")
    assert result.tei is not None and b"<cell>" in result.tei
    assert "一○七○○·○○</cell>".encode() in result.tei


def test_a_table_printed_one_row_per_paragraph_is_its_rows_header_and_all() -> None:
    """1981-12-01: 国家  金牌  银牌  铜牌 / 苏联  9  6  5 / … nine paragraphs, columns set with runs of
    spaces and U+3000: nine rows of four cells, every character but the padding kept."""
    (blocks,) = _blocks(FIXTURES / "rmrb-json-dev" / "1981-12-01_世界体操锦标赛各国获奖牌数.json").values()
    table = [b for b in blocks if b.kind is BlockKind.TABLE_ROW]
    assert len(table) == 9 and {len(b.lines) for b in table} == {4}
    assert [line[0] for line in table[0].lines] == ["国家", "金牌", "银牌", "铜牌"]
    assert [line[0] for line in table[2].lines] == ["德意志民主共和国", "5", "0", "2"]


def test_names_set_apart_by_padding_are_no_table() -> None:
    from encoder.ingest.tables import mark_row_paragraphs
    from encoder.model import Block, Span

    texts = ["本报记者  李  杰  戴  鹏", "北京  齐卫  廖杜", "陈鹏  陆熙  洪加祥", "为民  杨枫  海鹰"]
    blocks = [Block(BlockKind.PARAGRAPH, [[text]], Span("x", n, 1)) for n, text in enumerate(texts, 1)]
    mark_row_paragraphs(blocks)
    assert [block.kind for block in blocks] == [BlockKind.PARAGRAPH] * 4


def test_a_row_closed_by_ten_is_a_row_of_its_table() -> None:
    """Review: 国家　　金牌　　银牌　　铜牌 / 苏联　　九　　六　　五 / 中国　　三　　五　　十 / …: all rows, and
    a cell set off by one space at its edge (美国　 1 　0 　1) is kept without it."""
    from encoder.ingest.tables import mark_row_paragraphs
    from encoder.model import Block, Span

    texts = [
        "国家　　金牌　　银牌　　铜牌",
        "苏联　　九　　六　　五",
        "中国　　三　　五　　十",
        "日本  2  3  4",
        "美国　 1 　0 　1",
    ]
    blocks = [Block(BlockKind.PARAGRAPH, [[text]], Span("x", n, 1)) for n, text in enumerate(texts, 1)]
    mark_row_paragraphs(blocks)
    assert [block.kind for block in blocks] == [BlockKind.TABLE_ROW] * 5
    assert [line[0] for line in blocks[-1].lines] == ["美国", "1", "0", "1"]
