"""A title's first deck assessing how a whole went, over the deck that details it: the headline (round ze)."""

from __future__ import annotations

import pytest

from encoder.ingest.deck_assessments import assesses
from encoder.ingest.decks import deck_kinds
from encoder.model import BlockKind

from .conftest import dev_decks

K, H, S = BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE


@pytest.mark.parametrize(
    ("name", "headline", "subtitle"),
    [
        (
            "2000-08-02_上半年乡镇企业发展势头良好_各项主要经济指标稳定增长.json",
            "上半年乡镇企业发展势头良好",
            "各项主要经济指标稳定增长",
        ),
        (
            "2001-01-02_元旦期间社会治安秩序良好全国人民在喜庆祥和的气氛中迎来新世纪.json",
            "元旦期间社会治安秩序良好",
            "全国人民在喜庆祥和的气氛中迎来新世纪",
        ),
        (
            "2001-11-01_永胜地震救灾措施得力社会稳定党中央国务院要求全力以赴做好救灾工作.json",
            "永胜地震救灾措施得力社会稳定",
            "党中央国务院要求全力以赴做好救灾工作",
        ),
    ],
)
def test_an_assessment_over_its_particulars_is_the_headline(name: str, headline: str, subtitle: str) -> None:
    assert dev_decks(name) == [("headline", headline), ("subtitle", subtitle)]


@pytest.mark.parametrize(
    "deck",
    [
        "上半年乡镇企业发展势头良好",
        "永胜地震救灾措施得力社会稳定",
        "秋季广交会生意兴隆",
        "北京市旅游业发展迅速",
        "全国政协委员视察工作成果显著",
        "春运首日火车站客流平稳",
        "全省夏粮收购进展顺利",
    ],
)
def test_assesses(deck: str) -> None:
    assert assesses(deck)


@pytest.mark.parametrize(
    "deck",
    [
        # a slogan or a goal: no subject of its own
        "保持物价稳定",
        "促进经济平稳",
        "维护社会稳定",
        # a wish
        "祝大会顺利",
        "愿两国关系发展顺利",
        # a verdict named by 的, a thing's noun phrase, how lively someone is
        "双方关系的良好",
        "关注青少年身体健康",
        "遵唐路上我军活跃",
        "冀鲁豫黄河南地武极活跃",
        # sentence punctuation, too short
        "生产发展，市场稳定",
        "形势良好",
    ],
)
def test_not_an_assessment(deck: str) -> None:
    assert not assesses(deck)


def test_the_lead_no_longer_makes_the_particulars_the_main_title() -> None:
    lead = "新华社北京1日电　元旦期间，全国人民在喜庆祥和的气氛中迎来新世纪，社会治安秩序良好。"
    assert deck_kinds(["元旦期间社会治安秩序良好", "全国人民在喜庆祥和的气氛中迎来新世纪"], lead) == [H, S]


def test_the_full_form_and_the_frames_still_decide_before_it() -> None:
    full = ["冀鲁豫黄河南地武极活跃", "四天消灭蒋匪六百", "七分区我游击队九天内歼匪二百多"]
    assert deck_kinds(full) == [K, H, S]
    assert deck_kinds(["在党的政策指引下", "全县粮食生产形势良好"]) == [K, H]
