"""A subject line naming a group of people (…人员, …职工, …农民) frames the next deck (round zc, decks.py).

``新华书店人员`` / ``帮助驻村群众翻身``: the first deck names who acts and does nothing of its own, the deck below says
what they do, the main title; the first is a kicker, as a subject line naming an army, a body or a circle already was
(``西安经济学界`` / ``批判…``, which the deck gold's three readers all read a kicker). Dev blocks 15,373 → 15,377 (even
7,269 → 7,271, odd 8,104 → 8,106; 1940s +2, 1950s +2); deck gold unchanged; outside the gold one title moved, right
(2003-06-02 商务部提醒出国劳务人员 / 赴阿联酋应办相关公证和认证: the lead says what the ministry reminds them of).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.ingest.decks import CUES, deck_kinds, frames
from encoder.model import BlockKind

from .conftest import dev_title_kinds

ROOT = Path(__file__).resolve().parent.parent.parent
DEV = ROOT / "tests" / "fixtures" / "rmrb-json-dev"

K, H, S = BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE


@pytest.mark.parametrize(
    "name",
    [
        "1947-09-04_新华书店人员_帮助驻村群众翻身.json",
        "1954-11-01_建设第一汽车制造厂的职工_超额完成十月份施工计划.json",
        "2003-06-02_商务部提醒出国劳务人员_赴阿联酋应办相关公证和认证.json",
    ],
)
def test_a_group_of_people_over_what_they_do_is_a_kicker(name: str) -> None:
    """Dev gold (1947-09-04, 1954-11-01) and outside the gold (2003-06-02): kicker, headline."""
    assert dev_title_kinds(name) == [K, H]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("周恩来总理接见全国青年", "勉励他们为建设祖国贡献力量"),  # a verb of news (接见): a statement, the headline
        ("中国红十字会慰问受灾农民", "送去大批救灾物资"),  # 慰问
        ("卫生部向全国妇女", "发出号召"),  # a coverb (向): no subject line
        ("高速公路收费人员的烦恼", "司机闯卡事件时有发生"),  # a noun its 的 names after the people (烦恼)
    ],
)
def test_a_group_of_people_in_a_statement_is_no_subject_line(first: str, second: str) -> None:
    assert not CUES["subject line"](first)
    assert deck_kinds([first, second])[0] is H


def test_people_are_agents() -> None:
    for line in ("新华书店人员", "建设第一汽车制造厂的职工", "上海纺织工人", "日本山口县农民", "旅日侨胞"):
        assert CUES["subject line"](line) and frames(line), line
