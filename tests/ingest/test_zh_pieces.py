"""Bylines closing a piece in the middle of a page of short pieces (encoder/ingest/zh_pieces.py)."""

from __future__ import annotations

from pathlib import Path

from encoder.model import BlockKind

from .test_zh_lines import blocks, kind_of
from .test_zh_tails import article


def test_a_name_in_brackets_alone_between_two_items_closes_the_first() -> None:
    """1991-09-03 简讯: ▲… / （王志） / ▲…（王然）; 1982-08-01 出版动态: △… / （晓江） / △…."""
    assert kind_of(blocks("1991-09-03_简讯"), "（王志）") is BlockKind.BYLINE
    assert kind_of(blocks("1982-08-01_出版动态"), "（晓江）") is BlockKind.BYLINE


def test_a_name_in_brackets_glued_before_the_next_reports_lead_closes_the_report() -> None:
    """1947-06-09: …可修滩二百亩。（萧簧） / 【本报讯】为了帮助群众…; 1947-07-01: …（培义） / 又讯：…."""
    found = blocks("1947-06-09_村干带头")
    assert kind_of(found, "（萧簧）") is BlockKind.BYLINE
    assert found[[b.text.strip() for b in found].index("（萧簧）") - 1].text.rstrip().endswith("二百亩。")
    assert kind_of(blocks("1947-07-01_自觉"), "（培义）") is BlockKind.BYLINE


def test_no_closing_byline_without_a_new_piece_after_it_or_with_no_name(tmp_path: Path) -> None:
    """A name in brackets followed by more of the same piece, a source (（新华社）), a picture note,
    a number (（一）), or a name inside a sentence, is no closing byline."""
    parts = ["第一件事情已经办好了。", "（晓江）", "这件事情还没有完。", "又讯：第二件事情也办好了。"]
    assert kind_of(article(tmp_path, "简讯", parts), "（晓江）") is not BlockKind.BYLINE
    for name in ("（新华社）", "（附图片）", "（一）", "（节选）"):
        parts = ["第一件事情已经办好了。", name, "【本报讯】第二件事情也办好了。", "完了。"]
        assert kind_of(article(tmp_path, "简讯", parts), name) is not BlockKind.BYLINE
    parts = ["他对（晓江）说了这件事", "【本报讯】第二件事情也办好了。", "完了。"]
    assert BlockKind.BYLINE not in {block.kind for block in article(tmp_path, "简讯", parts)}
