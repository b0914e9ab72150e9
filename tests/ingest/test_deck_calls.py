"""A title's first deck calling on people or a body to act, over what they are to do: a kicker (round ze)."""

from __future__ import annotations

import pytest

from encoder.ingest.deck_calls import calls_on
from encoder.ingest.decks import deck_kinds
from encoder.model import BlockKind

from .conftest import dev_decks

K, H, S = BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE


@pytest.mark.parametrize(
    ("name", "kicker", "headline"),
    [
        (
            "1948-06-02_太行区党委号召全区党员和人民_恢复发展农工业生产.json",
            "太行区党委号召全区党员和人民",
            "恢复发展农工业生产",
        ),
        (
            "1992-03-02_吴学谦要求旅游部门发挥现有设施潜力提高队伍素质.json",
            "吴学谦要求旅游部门",
            "发挥现有设施潜力提高队伍素质",
        ),
    ],
)
def test_a_call_on_people_over_what_they_are_to_do_is_a_kicker(name: str, kicker: str, headline: str) -> None:
    assert dev_decks(name) == [("kicker", kicker), ("headline", headline)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("太行区党委号召全区党员和人民", "恢复发展农工业生产"),
        ("吴学谦要求旅游部门", "发挥现有设施潜力提高队伍素质"),
        ("总政治部要求全军和武警部队", "贯彻中央通知深入学习邓小平理论"),  # the deck gold's readers: a kicker
        ("省委号召各级干部", "深入基层帮助群众渡过难关"),
        ("县政府要求各地", "做好秋收秋种工作"),
    ],
)
def test_calls_on(first: str, second: str) -> None:
    assert calls_on(first, second)
    assert deck_kinds([first, second]) == [K, H]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # what is asked is said in the deck itself, no one it is made to at its end
        ("联大紧急会议决议要求敌对双方立即停火", "制止把军队和军火运进敌对行动地区"),
        ("产品质量达到设计要求", "提前两个月投入生产"),
        ("响应党中央号召", "全县青年踊跃参军"),
        ("工人要求提高工资", "举行罢工"),
        # no one named before the verb: a slogan
        ("号召全国人民", "积极参加爱国储蓄"),
        ("要求各部门", "认真执行规定"),
        # sentence punctuation: a statement of its own
        ("会议闭幕，要求各部门", "认真执行规定"),
        # the deck below has a subject of its own: a report of its own
        ("毛主席号召全国人民", "全国人民热烈响应"),
        ("省委号召各级干部", "三千干部下乡蹲点"),
        # the people are named but not at the end
        ("省委号召干部群众参加义务劳动", "修好水渠"),
    ],
)
def test_not_a_call_on_people(first: str, second: str) -> None:
    assert not calls_on(first, second)
