"""The deck shapes of :mod:`encoder.ingest.deck_shapes`, on titles of the dev JSON (issue 13, third round).

Measured on the dev block gold (436 articles, 2026-12-01), each shape added alone to the rules
before it (even years 1953 of 2040 segments right, odd years 2316 of 2427): a deck broken off on a
dash or inside quotation marks even 1953 → 1955, odd unchanged (2000s +2); a second deck of two
clauses even 1953 → 1955, odd unchanged (1960s +2); a body's call or directive even 1953 → 1955,
odd 2316 → 2320 (1940s +6); a message and its addressee even 1953 → 1955, odd 2316 → 2318 (1950s
+2, 1970s +2). No decade loses. Then, with those four, a people, a gathering or places with no verb
framing the next deck: even 1961 → 1967, odd 2322 → 2324 (1940s +4, 1950s +4), no decade loses.
On the Chinese articles of ../shared/corpus/rmrb-json-dev/ and rmrb-json/ in no block gold the five
change no block; on the deck gold's titles in no block gold, 260 decks right before and after.
"""

from __future__ import annotations

import pytest

from encoder.ingest.deck_shapes import PEOPLE_OR_PLACES, broken_off, clauses
from encoder.ingest.decks import _NEWS_VERB, deck_kinds, frames, introduces
from encoder.model import BlockKind

K, H, S = BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (["减少蔬菜农药残留的关键——", "合理正确使用农药"], [H, H]),  # 2002-06-02
        (["国际数学家大会“力学与物理学中", "的非线性偏微方程”卫星会议举行"], [H, H]),  # 2002-09-01
    ],
)
def test_a_deck_broken_off_goes_on_in_the_next_line(lines: list[str], kinds: list[BlockKind]) -> None:
    assert deck_kinds(lines) == kinds


def test_broken_off() -> None:
    assert broken_off("减少蔬菜农药残留的关键——")
    assert broken_off("国际数学家大会“力学与物理学中")
    assert not broken_off("——记石头疙瘩罢战蒋军李排副谈话")  # a subtitle's dash opens it
    assert not broken_off("共同建立“有活力的、统一的欧洲经济区”")  # quotation closed
    assert not broken_off("美帝在刚果（利）加紧推行新殖民主义")


def test_a_second_deck_of_two_clauses_is_not_the_main_title() -> None:
    # 1966-10-10: the lead repeats the second deck, but it summarises in two clauses.
    lead = (
        "新华社沈阳九日电\u3000最近，人民解放军沈阳部队召开学习毛主席著作积极分子代表会议，"
        "广泛交流活学活用毛主席著作在“用”字上狠下功夫的经验。"
    )
    lines = ["对毛主席著作爱得深才能用得狠", "沈阳部队召开积极分子代表会议，交流在“用”字上狠下功夫的经验"]
    assert deck_kinds(lines, lead) == [H, S]
    assert clauses(lines[1]) and not clauses(lines[0])
    assert not clauses("朱镕基代总理会见李显龙副总理时说，")  # a comma that only ends the deck


def test_a_deck_under_a_meeting_keeps_its_clauses() -> None:
    """The deck gold's 1984-01-27: the meeting's resolution, in two clauses, is still the main title."""
    assert deck_kinds(["民柬联合政府在柬境内举行内阁会议", "决定维护团结，把抗越斗争进行到底"]) == [K, H]


@pytest.mark.parametrize(
    "line",
    [
        "冀鲁豫日报社论号召",  # 1947-06-03
        "沙河指示各区村",  # 1947-05-10
        "冀南行署指示夏季生产",  # 1948-07-07
        "缅甸共产党中央致电中共中央",  # 1973-09-04
        "朝鲜祖国战线致函日内瓦会议",  # 1954-05-08
    ],
)
def test_a_call_a_directive_a_message_to_someone_introduce_the_next_deck(line: str) -> None:
    assert introduces(line)
    assert deck_kinds([line, "组织群众防旱"]) == [K, H]


@pytest.mark.parametrize(
    "line",
    [
        "全非工会联合会常任书记致电热烈祝贺我党“九大”",  # 1969-04-10: what the message says follows
        "我红十字会打电报给菲律宾红十字会",  # 1970-11-09: headline, then a subtitle
        "广大人民响应党和政府的号召掀起全民大力发展农业生产热潮",  # 1966-05-08
        "坚决贯彻毛主席的指示加速实现干部思想革命化",  # deck gold 1968-10-28
        "学习毛主席的指示",
    ],
)
def test_not_a_call_nor_a_message_to_someone(line: str) -> None:
    assert not introduces(line)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("北平南通两地", "工商倒闭日多"),  # 1948-04-08
        ("六次全国劳动大会", "向朱总司令致敬"),  # 1948-08-10
        ("日本山口县人民", "反对美军把风景区变成演习场"),  # 1956-04-03
        ("大马士革等四城市", "议员补缺选举竞争激烈"),  # 1957-05-05
    ],
)
def test_a_people_a_gathering_or_places_with_no_verb_frame_the_next_deck(first: str, second: str) -> None:
    assert frames(first)
    assert deck_kinds([first, second]) == [K, H]


@pytest.mark.parametrize(
    "line",
    [
        "首都十万人民集会",  # a verb after the people: 集会 is not the noun 大会
        "人民大会堂举行宴会欢迎贵宾",  # a verb of the news
        "全国各地人民欢庆“五一”劳动节",  # the corpus's 1952-05-03: the people are not at the end
        "越南南方人民解放武装力量取得巨大胜利",
    ],
)
def test_not_a_people_a_gathering_nor_places(line: str) -> None:
    assert not PEOPLE_OR_PLACES.search(line) or _NEWS_VERB.search(line)
