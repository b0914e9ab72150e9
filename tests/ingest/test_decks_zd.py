"""Round zd's cues of a title's first deck (:mod:`encoder.ingest.decks`, :mod:`encoder.ingest.deck_shapes`): measures
taken introducing them, a genre or a series above the title, an adverb of a programme before its verb, an office of
秘书长; each with the dev titles it was read off and near misses that must not fire."""

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
        ("1963-02-02_朝中方面秘书长_抗议美方军舰飞机进行挑衅.json", "朝中方面秘书长", "抗议美方军舰飞机进行挑衅"),
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


def test_an_office_of_secretary_general() -> None:
    assert CUES["person"]("朝中方面秘书长")
    assert frames("联合国秘书长")
    assert not frames("联合国秘书长呼吁停火")  # a statement of its own
    assert not frames("秘书长的报告")


@pytest.mark.parametrize(
    ("name", "kicker", "headline"),
    [
        ("1948-05-07_蒋匪盘踞昌潍地区时_群众惨遭活埋刀铡.json", "蒋匪盘踞昌潍地区时", "群众惨遭活埋刀铡"),
        (
            "1992-03-02_吴学谦要求旅游部门发挥现有设施潜力提高队伍素质.json",
            "吴学谦要求旅游部门",
            "发挥现有设施潜力提高队伍素质",
        ),
    ],
)
def test_a_time_or_a_request_to_a_body_is_a_kicker(name: str, kicker: str, headline: str) -> None:
    assert dev_decks(name) == [("kicker", kicker), ("headline", headline)]


@pytest.mark.parametrize("deck", ["蒋匪盘踞昌潍地区时", "周总理访问缅甸时", "在朝鲜停战谈判破裂时"])
def test_a_clause_of_when(deck: str) -> None:
    assert CUES["setting"](deck)


@pytest.mark.parametrize(
    "deck",
    ["各地抢修电网及时", "列车运行准时", "工人每天劳动八小时", "此风不可长于一时", "上海举办展览会临时", "节目按时"],
)
def test_a_clause_of_when_not(deck: str) -> None:
    assert not CUES["setting"](deck)


@pytest.mark.parametrize(
    "deck", ["吴学谦要求旅游部门", "总政治部要求全军和武警部队", "省委要求各级党组织", "国务院要求各地"]
)
def test_a_request_to_a_body(deck: str) -> None:
    assert FIRST_INTRODUCERS["request to"](deck)


@pytest.mark.parametrize(
    "deck",
    [
        "国务院要求各部门认真执行节约规定",  # what is requested is in the deck
        "产品质量达到设计要求",
        "温家宝对中央储备粮管理工作做出批示要求",
        "群众对干部的要求",
        "要求各地",
    ],
)
def test_a_request_to_a_body_not(deck: str) -> None:
    assert not FIRST_INTRODUCERS["request to"](deck)


@pytest.mark.parametrize(
    ("name", "kicker", "headline"),
    [
        ("1947-03-01_莫斯科会议举行在即_英美代表团日内赴苏.json", "莫斯科会议举行在即", "英美代表团日内赴苏"),
        (
            "1973-03-02_结束对埃塞俄比亚的友好访问_中国友好参观团回到上海.json",
            "结束对埃塞俄比亚的友好访问",
            "中国友好参观团回到上海",
        ),
    ],
)
def test_a_time_at_hand_or_a_visit_ended_is_a_kicker(name: str, kicker: str, headline: str) -> None:
    assert dev_decks(name) == [("kicker", kicker), ("headline", headline)]


@pytest.mark.parametrize(
    "deck", ["结束对埃塞俄比亚的友好访问", "胜利结束对朝鲜民主主义人民共和国的访问", "圆满结束对日本的正式访问"]
)
def test_a_visit_ended(deck: str) -> None:
    assert FRAMES["visit ended"](deck)


@pytest.mark.parametrize(
    "deck",
    [
        "李瑞环结束对欧洲四国访问回京",  # who ended it is named: the news itself
        "结束在苏联参观访问后中",
        "结束对埃塞俄比亚的友好访问后回国",
        "代表团结束对日本的访问",
    ],
)
def test_a_visit_ended_not(deck: str) -> None:
    assert not FRAMES["visit ended"](deck)


@pytest.mark.parametrize("deck", ["莫斯科会议举行在即", "春耕在即"])
def test_at_hand(deck: str) -> None:
    assert CUES["setting"](deck)


def test_at_hand_not_a_statement_of_its_own() -> None:
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
