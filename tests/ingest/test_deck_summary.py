"""A title of two decks over a summary deck is read as a title of three (round ze)."""

from __future__ import annotations

import pytest

from encoder.ingest.deck_summary import three_decks
from encoder.model import Block, BlockKind, Span

from .conftest import dev_decks

K, H, S = BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE
#: A report's lead telling the second deck's news no more than the first's (made up).
LEAD = "新华社北京五日电　据塔斯社报道，各方面的消息说明了这件事情的经过。"


@pytest.mark.parametrize(
    ("name", "decks"),
    [
        (
            "1950-03-06_列昂节夫在真理报发表专文_美国经济危机在增长中.json",
            [("kicker", "列昂节夫在真理报发表专文"), ("headline", "美国经济危机在增长中")],
        ),
        (
            "1963-06-04_印方无权对我方在我领土斯潘古尔湖地区的活动提出异议_我外交部断然拒绝印方无理抗议.json",
            [
                ("kicker", "印方无权对我方在我领土斯潘古尔湖地区的活动提出异议"),
                ("headline", "我外交部断然拒绝印方无理抗议"),
            ],
        ),
        # near miss: a second deck of clauses summarises (headline, subtitle, subtitle in the gold)
        (
            "1950-03-03_真理报论减低物价决定_党与政府这一划时代的决定，最生动地反映对劳动人民福利的斯大林式的关怀.json",
            [
                ("headline", "真理报论减低物价决定"),
                ("subtitle", "党与政府这一划时代的决定，最生动地反映对劳动人民福利的斯大林式的关怀"),
            ],
        ),
    ],
)
def test_two_decks_over_a_summary_deck(name: str, decks: list[tuple[str, str]]) -> None:
    assert dev_decks(name)[:2] == decks
    assert dev_decks(name)[2][0] == "subtitle"  # the summary deck


def _block(kind: BlockKind, *lines: str) -> Block:
    return Block(kind, [[line] for line in lines], Span("x.json", 1, 1))


SUMMARY = "美帝正在步希特勒的后尘，制造新的世界战争，但它远不能挽救腐朽透顶的资本主义制度。"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ([_block(H, "列昂节夫在真理报发表专文"), _block(S, "美国经济危机在增长中")], [K, H]),
        # a title read otherwise is left alone: a kicker over the headline already, a kicker printed above
        ([_block(K, "列昂节夫在真理报发表专文"), _block(H, "美国经济危机在增长中")], [K, H]),
        (
            [_block(K, "为和平而斗争"), _block(H, "列昂节夫在真理报发表专文"), _block(S, "美国经济危机在增长中")],
            [K, H, S],
        ),
        # a headline over two lines
        ([_block(H, "列昂节夫在真理报", "发表专文"), _block(S, "美国经济危机在增长中")], [H, S]),
        # the exceptions of three decks: a second deck of clauses, a host's reception, a deck going on from the first
        (
            [
                _block(H, "真理报论减低物价决定"),
                _block(S, "党与政府这一划时代的决定，最生动地反映对劳动人民福利的斯大林式的关怀"),
            ],
            [H, S],
        ),
        ([_block(H, "格森·格森西大使举行宴会"), _block(S, "庆祝泰国国王生日")], [H, S]),
        ([_block(H, "朝游击队猛烈展开活动"), _block(S, "不断袭击敌后据点")], [H, S]),
    ],
)
def test_three_decks(title: list[Block], expected: list[BlockKind]) -> None:
    three_decks(title, _block(S, SUMMARY), LEAD)
    assert [block.kind for block in title] == expected


def test_the_lead_reporting_the_first_deck_apart_keeps_it_the_headline() -> None:
    title = [_block(H, "列昂节夫在真理报发表专文"), _block(S, "美国经济危机在增长中")]
    three_decks(title, _block(S, SUMMARY), "新华社北京五日电　列昂节夫在真理报发表专文，论述资本主义世界的前途。")
    assert [block.kind for block in title] == [H, S]
