"""Writers' lines of a page of short pieces under intertitles (encoder/ingest/zh_writers.py), on real
articles of the JSON distribution."""

from __future__ import annotations

from pathlib import Path

from encoder.diagnostics import Reporter
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.ingest.zh_writers import names_line, writer_at, writers
from encoder.model import Block, BlockKind, Span

from ..conftest import write_json_article
from .conftest import FIXTURES

DEV = FIXTURES / "rmrb-json-dev"


def _blocks(path: Path) -> list[Block]:
    reporter = Reporter(str(path))
    return parse(read_source(path, reporter=reporter), reporter).texts[0].blocks


def _kinds(path: Path) -> dict[str, BlockKind]:
    return {block.text.strip(): block.kind for block in _blocks(path)}


def test_a_line_of_names_holds_names_shaped_as_persons_and_nothing_else() -> None:
    assert names_line("金惠兰\u3000王生才") == 2
    assert names_line("周思平  吕纯英") == 2
    assert names_line("刘信珍") == 1
    assert names_line("欧阳海") == 1
    assert not names_line("编诗鼓干劲")  # (no surname opens it)
    assert not names_line("党的恩情唱不完")
    assert not names_line("山东省总工会女工部")
    assert not names_line("王老五的新生活")


def test_the_writers_under_each_pieces_heading_are_its_byline() -> None:
    """1959-04-04 白庙村农民谈写诗: each farmer's talk under its heading, its writers under it
    (俺两口的老实话 / 金惠兰　王生才 / text): bylines, the headings still headings."""
    (path,) = DEV.glob("1959-04-04_白庙村*.json")
    kinds = _kinds(path)
    for name in ("金惠兰\u3000王生才", "刘信珍", "胡改兰"):
        assert kinds[name] is BlockKind.BYLINE
    for heading in ("俺两口的老实话", "党的恩情唱不完", "编诗鼓干劲"):
        assert kinds[heading] is BlockKind.INTERTITLE


def test_the_writers_closing_a_piece_before_the_next_heading_are_its_byline() -> None:
    """1952-01-09 新人新事: …建设新中国的新丰镇！ / 周思平  吕纯英 / the next item's heading;
    1966-09-07 过党日: two pieces closed so, the second heading in quotation marks (“回头望”)."""
    (path,) = DEV.glob("1952-01-09_新人新事*.json")
    kinds = _kinds(path)
    assert kinds["周思平  吕纯英"] is BlockKind.BYLINE
    assert kinds["柳州骨粉厂劳动模范尹绩成当了副厂长"] is BlockKind.INTERTITLE
    (path,) = DEV.glob("1966-09-07_过党日*.json")
    kinds = _kinds(path)
    assert kinds["林运表"] is kinds["张圣华"] is BlockKind.BYLINE
    assert kinds["县委委员在农村支部里过党日"] is kinds["“回头望”"] is BlockKind.INTERTITLE


def test_a_letters_second_signer_under_a_unit_read_as_a_heading_is_no_byline() -> None:
    """1956-12-03 党员来信: 中共武汉市第二商业局总支 / 金作良　黄美容 / 奇怪的理由 (a letter's two
    signers, then the next letter's heading): one line of names, not closing a sentence, and no
    other such line on the page: not a writers' line."""
    (path,) = DEV.glob("1956-12-03_党员来信*.json")
    assert _kinds(path)["金作良\u3000黄美容"] is not BlockKind.BYLINE


def _block(kind: BlockKind, text: str) -> Block:
    return Block(kind, [[text]], Span("x", 1, 1))


def test_one_name_under_one_heading_is_not_enough() -> None:
    """A single name under a single heading, a paragraph under it, stands where a writer does,
    but may be a heading's second line: the page must show its kind (a second such line)."""
    text = "全县春耕生产进展很快，各公社都组织了力量，社员们一早就下地了，干劲十足，进度很快。"
    one = [
        _block(BlockKind.INTERTITLE, "春耕的故事"),
        _block(BlockKind.PARAGRAPH, "刘信珍"),
        _block(BlockKind.PARAGRAPH, text),
    ]
    assert writer_at(one, 1)
    assert writers(one) == []
    two = [
        *one,
        _block(BlockKind.INTERTITLE, "秋收的故事"),
        _block(BlockKind.PARAGRAPH, "胡改兰"),
        _block(BlockKind.PARAGRAPH, text),
    ]
    assert writers(two) == [1, 4]


def test_the_subject_under_a_pieces_heading_is_no_writer(tmp_path: Path) -> None:
    """特级英雄 / 杨根思 / 杨根思同志是…: the text under the name opens with it: the piece's subject."""
    path = write_json_article(
        tmp_path / "a.json",
        "英雄谱",
        [
            "特级英雄",
            "杨根思",
            "杨根思同志是中国人民志愿军的一个连长，他在战斗中英勇牺牲。",
            "石油工人的一面旗帜",
            "王进喜",
            "王进喜同志是大庆油田的钻井队长，他带领工人艰苦奋斗。",
        ],
        (1965, 1, 1),
    )
    assert BlockKind.BYLINE not in {block.kind for block in _blocks(path)}


def test_villages_and_counties_are_no_names() -> None:
    for place in ("王家庄", "李村", "张店", "高唐县", "赵家屯"):
        assert not names_line(place)


def test_a_text_calling_the_name_by_a_pronoun_or_a_title_is_about_its_subject(tmp_path: Path) -> None:
    """一级英雄 / 黄继光 / 他在上甘岭… and 特等功臣 / 邱少云 / 他在潜伏中…: a text opening with a
    third-person pronoun is about the name over it, no writer; so is one calling it by a title."""
    path = write_json_article(
        tmp_path / "a.json",
        "英雄谱",
        [
            "一级英雄",
            "黄继光",
            "他在上甘岭战役中，用自己的胸膛堵住了敌人的枪眼，为部队开辟了前进的道路。",
            "特等功臣",
            "邱少云",
            "他在潜伏中被敌人的燃烧弹烧着，为了不暴露目标，一动不动，直到牺牲。",
        ],
        (1953, 1, 1),
    )
    assert BlockKind.BYLINE not in {block.kind for block in _blocks(path)}
    for text in ("邱班长带领全班潜伏在敌人阵地前。", "老邱带领全班潜伏在敌人阵地前。", "这位英雄带领全班潜伏。"):
        blocks = [
            _block(BlockKind.INTERTITLE, "特等功臣"),
            _block(BlockKind.PARAGRAPH, "邱少云"),
            _block(BlockKind.PARAGRAPH, text),
        ]
        assert not writer_at(blocks, 1), text
    writer = [
        _block(BlockKind.INTERTITLE, "特等功臣"),
        _block(BlockKind.PARAGRAPH, "邱少云"),
        _block(BlockKind.PARAGRAPH, "我们"),
    ]
    assert writer_at(writer, 1)  # (a text about no one over it)
