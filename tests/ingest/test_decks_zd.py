"""Round zd's cues of a title's first deck (:mod:`encoder.ingest.decks`, :mod:`encoder.ingest.deck_shapes`): measures
taken introducing them, a genre or a series above the title, an adverb of a programme before its verb; each with the
dev titles it was read off and near misses that must not fire."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.diagnostics import Reporter
from encoder.enrich import AUTHORITY_ONLY, enrich
from encoder.ingest.deck_shapes import FIRST_INTRODUCERS, FRAMES
from encoder.ingest.decks import CUES, deck_kinds, frames
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import BlockKind

from .conftest import dev_decks

ROOT = Path(__file__).resolve().parents[2]
K, H, S = BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE


@pytest.mark.parametrize(
    ("name", "kicker", "headline"),
    [
        (
            "1981-04-03_贵阳市花溪区青岩公社采取各种措施_认真做好落选人员的思想工作.json",
            "贵阳市花溪区青岩公社采取各种措施",
            "认真做好落选人员的思想工作",
        ),
        (
            "1987-04-01_保加利亚监督机构采取措施_加强对个体经营者的管理.json",
            "保加利亚监督机构采取措施",
            "加强对个体经营者的管理",
        ),
        ("1973-03-03_旅大盐区见闻_银滩春早.json", "旅大盐区见闻", "银滩春早"),
        ("2001-09-01_残疾人触网故事之四小棍点出来的网站.json", "残疾人触网故事之四", "小棍点出来的网站"),
        (
            "1988-01-03_不断完善企业承包经营责任制_西安工业产值首次突破百亿元.json",
            "不断完善企业承包经营责任制",
            "西安工业产值首次突破百亿元",
        ),
        (
            "1996-04-01_进一步完善“两级政府三级管理”体制上海确定社区建设管理目标.json",
            "进一步完善“两级政府三级管理”体制",
            "上海确定社区建设管理目标",
        ),
    ],
)
def test_a_first_deck_that_frames_or_introduces_is_a_kicker(name: str, kicker: str, headline: str) -> None:
    assert dev_decks(name) == [("kicker", kicker), ("headline", headline)]


@pytest.mark.parametrize(
    "deck",
    ["保加利亚监督机构采取措施", "贵阳市花溪区青岩公社采取各种措施", "国务院采取一系列有力措施", "卫生部提出五项措施"],
)
def test_measures(deck: str) -> None:
    assert FIRST_INTRODUCERS["measures"](deck)


@pytest.mark.parametrize(
    "deck",
    [
        "双鸭山矿务局岭西竖井煤矿狠抓防尘措施",  # the measures are the news, no verb of taking them
        "各地落实防汛措施",
        "采取措施的效果显著",
        "有关部门采取措施不力",
    ],
)
def test_measures_not(deck: str) -> None:
    assert not FIRST_INTRODUCERS["measures"](deck)


@pytest.mark.parametrize("deck", ["旅大盐区见闻", "残疾人触网故事之四", "牙买加纪行", "西藏纪行之二", "海岛巡礼"])
def test_genre_above(deck: str) -> None:
    assert FRAMES["genre above"](deck)


@pytest.mark.parametrize(
    "deck",
    [
        "长城是世界七大奇迹之一",  # a share, no series
        "今年产量占全国三分之一",
        "他在日记中写下所见所闻",
        "见闻",  # too short to name a place or a subject
        "上海见闻：新风尚",
    ],
)
def test_genre_above_not(deck: str) -> None:
    assert not FRAMES["genre above"](deck)


def test_a_genre_above_a_subtitle_of_its_own_marks_stays_the_headline() -> None:
    assert deck_kinds(["牙买加纪行", "——世界青年田径锦标赛散记"]) == [H, S]


@pytest.mark.parametrize(
    "deck", ["不断完善企业承包经营责任制", "进一步完善“两级政府三级管理”体制", "进一步推动工商业者接受社会主义改造"]
)
def test_an_adverb_of_a_programme_before_its_verb(deck: str) -> None:
    assert CUES["exhortation"](deck)


@pytest.mark.parametrize(
    "deck",
    [
        "不断壮大的民兵队伍",  # a noun phrase the adverb qualifies
        "进一步发展的可能",
        "不断",
        "我国外贸不断发展",  # a subject of its own first
    ],
)
def test_an_adverb_of_a_programme_not(deck: str) -> None:
    assert not CUES["exhortation"](deck)


def test_a_deck_opening_on_zai_with_a_clause_of_its_own_is_no_frame() -> None:
    assert not frames("在即将召开的大会上，代表们说")


def test_a_slogan_over_the_speech_it_titles_stays_the_headline() -> None:
    """The May-1946 sample's speech: a cry over the deck naming the speech is its title, not a kicker (the rule
    of a cry over a report, tried in round zd, read it as kicker + headline and was taken back)."""
    path = next((ROOT / "source" / "rmrb").glob("1946-05-17_把悲痛变为力量*.md"))
    reporter = Reporter(str(path))
    text = enrich(parse(read_source(path, reporter=reporter), reporter), reporter, AUTHORITY_ONLY).texts[0]
    assert not text.kickers
    assert text.headline is not None and text.headline.text == "把悲痛变为力量，与人民密切结合！"
    assert [block.text[:5] for block in text.subtitles] == ["邓小平同志"]
