"""Kickers, subtitles, list items and captions found in real articles of the JSON distribution."""

from __future__ import annotations

from pathlib import Path

from encoder.diagnostics import Reporter
from encoder.enrich import AUTHORITY_ONLY, enrich
from encoder.ingest.decks import deck_kinds
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import BlockKind, BlockList, walk
from encoder.tei.writer import write

DEV = Path(__file__).resolve().parent.parent / "fixtures" / "rmrb-json-dev"


def _article(name: str):
    path = DEV / name
    reporter = Reporter(str(path))
    return enrich(parse(read_source(path, reporter=reporter), reporter), reporter, AUTHORITY_ONLY)


def test_kickers_above_a_title_that_leaves_them_out_and_a_subtitle_below() -> None:
    text = _article("1958-08-07_泽登巴尔说_爱好和平的人都赞成中苏公报_阿尔巴尼亚报纸赞颂社会主义国家的团结.json").texts[
        0
    ]
    assert [b.text for b in text.kickers] == ["捍卫和平的历史文献", "各国公众和舆论继续评论中苏公报", "泽登巴尔说"]
    assert text.headline is not None and text.headline.text == "爱好和平的人都赞成中苏公报"
    assert [b.text for b in text.subtitles] == ["阿尔巴尼亚报纸赞颂社会主义国家的团结"]


def test_deck_rules() -> None:
    assert deck_kinds(["站到人民方面来", "——记石头疙瘩罢战蒋军李排副谈话"]) == [BlockKind.HEADLINE, BlockKind.SUBTITLE]
    assert deck_kinds(["管好晚秋\u3000收好早秋", "吉林安徽河北开展超产运动保证丰产丰收"]) == [
        BlockKind.KICKER,
        BlockKind.HEADLINE,
    ]


def test_numbered_items_and_the_lines_between_them_are_one_list() -> None:
    article = _article("1997-08-05_江主席任免驻外大使.json")
    lists = [part for part, _depth in walk(article.texts[0]) if isinstance(part, BlockList)]
    assert lists and sum(len(found.items) for found in lists) >= 16
    assert lists[0].items[1].text.startswith("任命梁栋")
    assert b"<list xml:id=" in write(article, "test")


def test_picture_note_and_its_caption() -> None:
    blocks = _article("1977-04-30_湖上浮岛.json").texts[0].blocks
    captions = [b.text for b in blocks if b.kind is BlockKind.CAPTION]
    assert captions and captions[-1].startswith("图为缅甸")
