"""Letterspaced headings, in real articles and at their edges."""

from __future__ import annotations

from pathlib import Path

from encoder.diagnostics import Reporter
from encoder.enrich import AUTHORITY_ONLY, enrich
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.ingest.zh_labelled import letterspaced_headings
from encoder.model import Article, Block, BlockKind, Span

DEV = Path(__file__).resolve().parent.parent / "fixtures" / "rmrb-json-dev"
ROSTER = "1974-08-03_参加第七届亚运会我体育代表团的乒乓球羽毛球网球举重摔跤代表队名单.json"


def _article(name: str) -> Article:
    path = DEV / name
    reporter = Reporter(str(path))
    return enrich(parse(read_source(path, reporter=reporter), reporter), reporter, AUTHORITY_ONLY)


def _paragraphs(*texts: str) -> list[Block]:
    return [Block(BlockKind.PARAGRAPH, [[text]], Span("x", number, 1)) for number, text in enumerate(texts, 1)]


def test_letterspaced_headings_alone_or_glued_to_a_paragraph_s_end() -> None:
    """1969-07-05: …越走心里越亮堂。初　经　考　验 (glued), …产量大增。“吐　故　纳　新”; 1974-08-03's teams."""
    blocks = _article("1969-07-05_和贫下中农结合的道路我走定了.json").texts[0].blocks
    headings = [block.text for block in blocks if block.kind is BlockKind.INTERTITLE]
    assert headings == ["初\u3000经\u3000考\u3000验", "“吐\u3000故\u3000纳\u3000新”", "冲\u3000锋\u3000陷\u3000阵"]
    before = next(index for index, block in enumerate(blocks) if block.text == headings[0]) - 1
    assert blocks[before].kind is BlockKind.PARAGRAPH and blocks[before].text.endswith("越走心里越亮堂。")
    teams = [block.text for block in _article(ROSTER).texts[0].blocks if block.kind is BlockKind.INTERTITLE]
    assert teams == [" ".join(team).replace(" ", "\u3000") for team in ("网球代表队", "举重代表队", "摔跤代表队")]


def test_names_and_spaced_words_in_a_sentence_are_no_letterspaced_heading() -> None:
    blocks = _paragraphs(
        "毛\u3000泽\u3000东", "他说：大　家　好", "我们走了。王\u3000兆\u3000文", "这是一句话。初　经　考　验，"
    )
    letterspaced_headings(blocks)
    assert [block.kind for block in blocks] == [BlockKind.PARAGRAPH] * 4
    blocks = _paragraphs("这是一句话。冲\u3000锋\u3000陷\u3000阵")
    letterspaced_headings(blocks)
    assert [(block.kind, block.text) for block in blocks] == [
        (BlockKind.PARAGRAPH, "这是一句话。"),
        (BlockKind.INTERTITLE, "冲\u3000锋\u3000陷\u3000阵"),
    ]
