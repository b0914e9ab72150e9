"""The part tree of a text (encoder/enrich/structure.py), on real articles of the JSON distribution."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from encoder.diagnostics import Reporter
from encoder.enrich import AUTHORITY_ONLY, enrich
from encoder.enrich.structure import structure
from encoder.enrich.zh_pieces import closes_piece
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import Article, Block, BlockKind, Header, Item, Letter, Section, Span, Text

from ..conftest import write_json_article
from .conftest import FIXTURES


def test_a_reply_printed_under_a_letter_is_a_letter_of_its_own() -> None:
    """1969-03-10: the co-operative's letter (salute, body, signed) and the brigade's reply (salute,
    body, closing formula, signed) are two letters, with no S001 demoting their lines."""
    (path,) = (FIXTURES / "rmrb-json-dev").glob("1969-03-10_高举毛泽东思想伟大红旗*.json")
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


def test_only_a_name_in_brackets_closing_a_piece_before_one_of_its_kind_closes_it() -> None:
    """The classifier's and the structure's test (``zh_pieces.closes_piece``): ▲… / （王志） / ▲…
    closes the first item; not before an intertitle (1959-04-04: the authors 金惠兰　王生才 over
    their own words), a piece of another kind or more of the piece, not a name out of brackets,
    not a quotation's speaker, not on a page signed at its top."""

    def block(kind: BlockKind, text: str) -> Block:
        return Block(kind, [[text]], Span("x", 1, 1))

    item, other, byline = (block(BlockKind.LIST_ITEM, t) for t in ("▲甲地丰收。", "△乙地丰收。", "（王志）"))
    byline.kind = BlockKind.BYLINE
    head, body = block(BlockKind.INTERTITLE, "一"), block(BlockKind.PARAGRAPH, "我编了诗。")
    assert closes_piece([item, byline, item], 1)
    assert not closes_piece([item, byline, head], 1)
    assert not closes_piece([item, byline, other], 1)
    assert not closes_piece([item, byline, body], 1)
    assert not closes_piece([item, block(BlockKind.BYLINE, "刘信珍"), item], 1)
    assert not closes_piece([block(BlockKind.LIST_ITEM, "▲“修好！”"), byline, item], 1)
    assert not closes_piece([block(BlockKind.BYLINE, "本报记者　李明"), item, byline, item], 2)


def _tmp_text(folder: Path, parts: list[str]) -> Text:
    """The enriched Chinese text of an article of 1985-05-03 titled 两地见闻, then ``parts``."""
    path = write_json_article(folder / "1985-05-03_x.json", "两地见闻", parts, (1985, 5, 3), page=4)
    reporter = Reporter(str(path))
    return enrich(parse(read_source(path, reporter=reporter), reporter), reporter, AUTHORITY_ONLY).texts[0]


def _blocks(nodes: Sequence[object]) -> list[Block]:
    """The blocks in ``nodes`` and their divisions, in order."""
    out: list[Block] = []
    for node in nodes:
        if isinstance(node, Block):
            out.append(node)
        elif isinstance(node, Item | Section):
            out.extend(_blocks([*([node.head] if isinstance(node, Section) else []), *node.content]))
    return out


@pytest.mark.parametrize(
    "parts",
    [
        ["甲地今年粮食丰收，群众生活改善。", "本报记者　王志", "本报讯　乙地今年也获得丰收。", "乙地群众很高兴。"],
        [
            "本报记者　李明",
            "甲地今年粮食丰收，群众生活改善。",
            "本报记者　王志",
            "本报讯　乙地今年也获得丰收。",
            "乙地群众很高兴。",
        ],
        [
            "新华社记者　李明",
            "新华社北京5月2日电　甲地今年粮食丰收，群众生活改善。",
            "新华社记者　王志",
            "新华社上海5月2日电　乙地今年也获得丰收。",
            "乙地群众很高兴。",
        ],
        ["▲甲地今年粮食丰收，群众生活改善。", "王志", "▲乙地今年也获得丰收。", "李明"],
        [
            "“工人阶级必须领导一切。”",
            "（毛泽东）",
            "【新华社北京十日电】首都工人阶级在毛主席的伟大号召下，开进了上层建筑各个领域。",
            "广大革命群众热烈欢迎。",
        ],
    ],
)
def test_a_byline_in_the_middle_from_another_rule_is_a_paragraph(tmp_path: Path, parts: list[str]) -> None:
    """The reviewer's inputs: a reporter's line in the middle (the next report's writer), a name
    out of brackets between items, an epigraph's author: no byline in the middle, no item."""
    text = _tmp_text(tmp_path, parts)
    assert not [block for block in _blocks(text.content) if block.kind is BlockKind.BYLINE]
    assert not [node for node in text.content if isinstance(node, Item)]


def test_a_pieces_writers_stay_its_byline_under_its_heading_or_closing_it() -> None:
    """1959-04-04: each talk is a section, its writers' byline right under its head; 1952-01-09: the
    first piece, under its heading, ends with its writers' byline (周思平  吕纯英)."""
    sections = [node for node in _text("1959-04-04_白庙村").content if isinstance(node, Section)]
    firsts = [section.content[0] for section in sections]
    assert [(b.kind, b.text) for b in firsts if isinstance(b, Block)] == [
        (BlockKind.BYLINE, "金惠兰\u3000王生才"),
        (BlockKind.BYLINE, "刘信珍"),
        (BlockKind.BYLINE, "胡改兰"),
    ]
    section = _text("1952-01-09_新人新事").content[0]
    assert isinstance(section, Section) and section.head.text == "战斗英雄刘四虎受到故乡人民的热烈爱戴"
    first = section.content[-1]
    assert isinstance(first, Item) and isinstance(first.content[-1], Block)
    assert (first.content[-1].kind, first.content[-1].text) == (BlockKind.BYLINE, "周思平  吕纯英")


def test_a_names_line_from_another_rule_is_kept_only_where_the_writers_rule_passes(tmp_path: Path) -> None:
    """各县小麦产量 / 平原县 / 王家庄　李家庄 / text / 高唐县 / 张家庄　赵家庄 / text: villages read as
    names by the closing rules stand where a writer would, but the writers' rule refuses them: a
    paragraph in the structure, no byline."""
    text = "这是一段很长的正文，讲的是公社里的新人新事，大家都很高兴，干劲十足，进度很快。"
    parts = ["平原县", "王家庄　李家庄", text, "高唐县", "张家庄　赵家庄", text]
    path = write_json_article(tmp_path / "a.json", "各县小麦产量", parts, (1965, 1, 1))
    reporter = Reporter(str(path))
    article = parse(read_source(path, reporter=reporter), reporter)
    structure(article, reporter)
    assert BlockKind.BYLINE not in {block.kind for block in article.texts[0].blocks}


def test_the_writers_closing_the_last_titled_piece_stay_in_its_section() -> None:
    """1950-07-02 各地简讯: eight titled pieces, each closed by its writers in brackets; the last
    one's, （梁尚敏、律宗宪）。, ends its item in its section like the others, not the back matter."""
    text = _text("1950-07-02_各地简讯")
    sections = [node for node in text.content if isinstance(node, Section)]
    last = sections[-1].content[-1]
    assert isinstance(last, Item) and isinstance(last.content[-1], Block)
    assert (last.content[-1].kind, last.content[-1].text) == (BlockKind.BYLINE, "（梁尚敏、律宗宪）。")
    assert "（梁尚敏、律宗宪）。" not in [block.text for block in text.back if isinstance(block, Block)]


def test_the_title_repeated_under_its_dateline_stays_a_head_below_the_title() -> None:
    """2001-07-02: the decision's title, then 新华社北京7月1日电 and the title again (a headline
    opening on its lead: front matter, not demoted); 1967-03-03: the letter's salutation after it
    opens the letter."""
    text = _text("2001-07-02_中共中央关于表彰")
    assert text.headline is not None and text.headline.text.startswith("中共中央关于表彰")
    assert [b.kind for b in text.front] == [BlockKind.HEADLINE]
    assert text.front[0].text.startswith("新华社北京7月1日电中共中央关于表彰")
    text = _text("1967-03-03_首都大专院校")
    assert [b.kind for b in text.front] == [BlockKind.HEADLINE]
    assert isinstance(text.content[0], Letter) and text.content[0].opener[0].text == "最最敬爱的伟大领袖毛主席："


def test_a_second_headline_with_no_lead_is_a_paragraph_below_the_title() -> None:
    span = Span("x.json", 1, 1)
    title = Block(BlockKind.HEADLINE, [["中共中央关于表彰的决定"]], span)
    again = Block(BlockKind.HEADLINE, [["中共中央关于表彰的决定"]], span)
    body = Block(BlockKind.PARAGRAPH, [["中国共产党已经走过80年不平凡的光辉历程。"]], span)
    text = Text("zh-Hans", [title, again, body], span)
    structure(Article("x.json", Header(), [text]), Reporter("x.json"))
    assert text.headline is title and text.front == [] and again.kind is BlockKind.PARAGRAPH


def test_a_pictures_maker_in_the_middle_stays_a_byline(tmp_path: Path) -> None:
    """1986-05-02: （本版美术作品由张海波摄影） above the pictures' captions (吴作人近影, …) is the maker's byline,
    not demoted with the bylines that close no piece; a reporter's line in the middle still is."""
    text = _text("1986-05-02_吴作人作品选")
    assert [b.kind for b in text.blocks if b.text.strip() == "（本版美术作品由张海波摄影）"] == [BlockKind.BYLINE]
    body = "这个县今年粮食生产获得了全面丰收，农民群众的生活得到了显著的改善。"
    text = _tmp_text(tmp_path, [body, "（王普林摄）", body, "本报记者　李明", body + "。"])
    kinds = {b.text.strip(): b.kind for b in text.blocks}
    assert kinds["（王普林摄）"] is BlockKind.BYLINE and kinds["本报记者　李明"] is not BlockKind.BYLINE
