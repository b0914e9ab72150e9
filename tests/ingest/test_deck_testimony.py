"""A first deck ending on a verb of testifying or pleading, of asking in an instruction, or of asking, wishing or
speaking on an occasion, introduces the next deck (round zf, :mod:`encoder.ingest.deck_shapes`).

``前金大教授贝德证明`` / ``日军在南京残暴空前``: what is testified, pleaded, asked, wished or said is the deck below,
the main title; the first deck is a kicker, as ``…承认``, ``…提醒`` already were (the cue ``making known``). Dev
blocks 17,288 → 17,292 (even 8,236 → 8,240, odd unchanged; 1940s +2, 1960s +2); the deck gold 543 → 545 of 602
(1987-06-04); outside the block gold three titles moved, all right (2002-02-01 …做出批示要求 / 必须…, 2002-05-01
…演职人员时希望 / 贯彻…, 1987-06-04 …委员会上发言 / 美苏应…, kicker + headline for all the deck gold's readers).
"""

from __future__ import annotations

import pytest

from encoder.ingest.deck_shapes import FIRST_INTRODUCERS
from encoder.ingest.decks import deck_kinds
from encoder.model import BlockKind

from .conftest import dev_title_kinds

K, H, S = BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE
TESTIFIES = FIRST_INTRODUCERS["testimony or wish"]


@pytest.mark.parametrize(
    ("name", "kinds"),
    [
        ("1946-08-02_前金大教授贝德证明_日军在南京残暴空前.json", [K, H]),
        ("1962-05-03_全非青年大会各国代表激昂陈词_非洲反帝斗争将进行到胜利.json", [K, H]),
        ("2002-02-01_温家宝对中央储备粮管理工作做出批示要求_必须严格制度严格管理严格责任.json", [K, H]),
        (
            "2002-05-01_丁关根看望全国青年歌手电视大奖赛演职人员时希望_贯彻“三个代表”重要思想_创作讴歌时代优秀歌曲.json",
            [K, H],
        ),
        ("1987-06-04_我代表在联合国和平利用外空委员会上发言_美苏应尽早达成制止外空军备竞赛协议.json", [K, H]),
    ],
)
def test_a_first_deck_testifying_or_wishing_is_a_kicker(name: str, kinds: list[BlockKind]) -> None:
    """Dev gold: a testimony (1946-08-02), a plea (1962-05-03); outside the block gold, an instruction's request
    (2002-02-01), a wish on a visit (2002-05-01) and a speech at a meeting (1987-06-04, the deck gold): the first deck
    a kicker, the deck below it the main title."""
    assert dev_title_kinds(name) == kinds


@pytest.mark.parametrize(
    "line",
    [
        "出具无犯罪证明",
        "边疆各族人民充满希望",
        "山区农民看到了希望",
        "产品达到设计要求",
        "人民的希望",
        "在全国政协新年茶话会上的讲话",  # the 2000-01-02 dev title: a speech named
        "全国供销合作总社座谈学习“七一”重要讲话",  # the 2001-08-01 dev title: a speech studied
    ],
)
def test_a_noun_is_no_testimony_nor_wish(line: str) -> None:
    """A proof issued, a hope felt or seen, a requirement met, a speech named or studied: nouns, no verb
    introducing the next deck."""
    assert not TESTIFIES(line)


def test_a_hope_felt_stays_the_headline() -> None:
    """Near miss: a first deck ending on 希望 as a noun states the news itself; the deck below is a subtitle."""
    assert deck_kinds(["边疆各族人民充满希望", "新疆粮棉产量创历史最高水平"]) == [H, S]


def test_the_cue_reads_the_first_deck_only() -> None:
    """A middle deck ending on 希望 under a kicker stays the main title, not a second kicker."""
    kinds = deck_kinds(["为了孩子们的明天", "全国妇联负责人时希望", "各地关心少年儿童成长"])
    assert kinds[0] is K
    assert kinds[1] is H
