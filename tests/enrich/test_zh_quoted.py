"""Bodies written in quotation marks (:mod:`encoder.enrich.zh_quoted`), on real lines."""

from itertools import pairwise

import pytest

from encoder.enrich.zh_quoted import quoted_bodies
from encoder.model import PhraseKind

from .test_names_crf import names_in, part_text
from .test_zh_conventions import CRF, LOC, ORG, PER, at, surfaces

pytestmark = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("南京三十日讯：蒋家“全国经济委员会”（属蒋家行政院）慑于人民反对", "全国经济委员会"),
        ("建立堵塞合作道路的“和平安全临时委员会”及", "和平安全临时委员会"),
        ("他以新近成立的跨党派机构“评估弹道导弹对美国威胁委员会”主席身份", "评估弹道导弹对美国威胁委员会"),
    ],
)
def test_a_body_in_quotation_marks_is_an_organisation(text: str, body: str) -> None:
    assert surfaces(quoted_bodies(text, [])) == [(body, ORG)]


def test_the_names_found_inside_are_left_for_the_whole_body() -> None:
    text = "所谓“日本外交协会”的头子"
    found = [at(text, "日本", LOC), at(text, "外交协会", ORG)]
    assert surfaces(quoted_bodies(text, found)) == [("日本外交协会", ORG)]
    text = "美国“国外战争退伍军人协会”头子马汉鼓吹"  # the country outside the marks stays
    assert surfaces(quoted_bodies(text, [at(text, "美国", LOC)])) == [("美国", LOC), ("国外战争退伍军人协会", ORG)]


@pytest.mark.parametrize(
    "text",
    [
        "提出了“大跃进”的口号",  # no body's head
        "他们提出了“人民的喜报”",  # a paper's ending is the periodicals' rule
        "这是“先进集体”",  # a kind, no name
        "“三反”、“五反”运动",
        "成立“协会”",  # a head with no word of its own before it
        "称他为“苏联代表团”",  # a descriptive body: the place alone
        "争取给所有通电的“希望小学”配齐音像播放设备",  # 1999-03-23 of the corpus: a kind of school
        "力图开办美苏“文化交易所”",  # 1966-12-18 of the corpus: a figure of speech
        "保利大厦推出了“情人节北京伊甸园夜总会”。",  # 1993-02-15 of the corpus: an evening's event
        "它的最大的股东是“巴黎荷兰银行”。",  # a bank: a figure of speech as often as a name
        "森林是“绿色银行”，要很好地保护",
        "公社干部背着背包下乡，办起了“流动办公室”。",
        "总统在白宫“椭圆形办公室”会见了他。",  # a room
        "各界代表在一日联合组成“细菌战防御委员会”，由细菌学专家",  # after a verb of setting up
        "全县各公社、各生产大队都由贫下中农组成了“办广播委员会”，",  # 1969-09-15 of the corpus
        "各地成立了“革命委员会”。",
        "学校成立了“家长委员会”。",
        "开展“五好”运动，成立了“五好评比委员会”。",
        "群众把这个小组称为“青年突击委员会”。",
        "时，警察方面已组织“追悼、伸冤与复仇委员会”，于二十九日提出",  # a quoted 、: refused
        "各村都建立了“农会、民兵、妇女联合会”等组织。",  # a list of kinds
    ],
)
def test_a_quoted_phrase_that_names_no_body_is_left(text: str) -> None:
    assert quoted_bodies(text, []) == []


def test_a_society_named_after_a_person_is_one_org() -> None:
    # POLICY: inside a tagged org name a person is not tagged (日本毛泽东思想研究会 is one org).
    for text, body, person in (
        ("成立了“周恩来研究会”", "周恩来研究会", "周恩来"),
        ("成立了“鲁迅研究会”", "鲁迅研究会", "鲁迅"),
    ):
        assert surfaces(quoted_bodies(text, [at(text, person, PER)])) == [(body, ORG)]


def test_a_quotation_holding_a_person_or_crossed_by_a_name_is_left() -> None:
    text = "他们提出了“张伯伦委员会”"
    found = [at(text, "张伯伦", PER)]
    assert quoted_bodies(text, found) == found
    text = "这个“苏联科学院”的"
    crossing = [(2, 6, at(text, "苏联科学院", ORG)[2])]
    assert quoted_bodies(text, crossing) == crossing


# The reviewer's cases (review-orgs-r), through the whole names pass.
def _orgs(text: str) -> list[str]:
    from .test_names_crf import names_in

    return [surface for surface, kind, _ in names_in([text]) if kind is ORG]


@pytest.mark.parametrize(
    "text",
    [
        "各地成立了“革命委员会”。",
        "街道成立了“居民委员会”。",
        "学校成立了“家长委员会”。",
        "各厂都成立了“技术革新委员会”。",
        "开展“五好”运动，成立了“五好评比委员会”。",
        "森林是“绿色银行”，要很好地保护",
        "大搞植树造林，建设“绿色银行”。",
        "公社干部背着背包下乡，办起了“流动办公室”。",
        "群众把这个小组叫做“点子银行”。",
        "职工们把它叫做“技术银行”。",
        "他创办了“智力银行”，为群众服务。",
    ],
)
def test_a_quoted_kind_or_figure_of_speech_is_no_org(text: str) -> None:
    assert _orgs(text) == []


def test_a_room_in_quotes_is_no_org() -> None:
    assert "椭圆形办公室" not in _orgs("总统在白宫“椭圆形办公室”会见了他。")


@pytest.mark.parametrize(
    ("text", "org"), [("成立了“鲁迅研究会”", "鲁迅研究会"), ("成立了“周恩来研究会”", "周恩来研究会")]
)
def test_a_quoted_society_named_after_a_person_is_one_org(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    ("text", "fused"),
    [
        ("各村都建立了“农会、民兵、妇女联合会”等组织。", "农会、民兵、妇女联合会"),
        ("他们把全村组织成“工会、青年团、妇女联合会”。", "工会、青年团、妇女联合会"),
    ],
)
def test_a_quoted_list_is_not_one_org(text: str, fused: str) -> None:
    assert fused not in _orgs(text)


@pytest.mark.parametrize(
    ("name", "part", "station"),
    [
        ("1967-03-02_泰国人民武装", 2, "泰国人民之声"),  # 曼谷消息：“泰国人民之声”电台二十一日……
        ("1970-08-04_“柬埔寨民族统一阵线之声”", 2, "柬埔寨民族统一阵线之声"),  # 新华社三日讯　“……”电台，
    ],
)
def test_a_quoted_name_the_text_calls_a_radio_station_is_an_organisation(name: str, part: int, station: str) -> None:
    text = part_text(name, part)
    assert (station, ORG) in surfaces(quoted_bodies(text, []))
    assert (station, ORG) in [(found, kind) for found, kind, _ in names_in([text])]  # the names pass whole


@pytest.mark.parametrize(
    "text",
    [
        "“泰国人民之声”、法国《红色人道报》谴责美国",  # no station word after it
        "收听“泰国人民之声”节目",  # a programme, not the station
        "他说“之声”电台",  # too short to be a name
        "“人民之声”的电台",  # the station word does not follow the marks
    ],
)
def test_a_quoted_phrase_without_a_station_word_right_after_it_is_left(text: str) -> None:
    assert quoted_bodies(text, []) == []


# The reviewer's cases (review-orgs-u), through the whole names pass.
def _names(*texts: str) -> list[tuple[str, PhraseKind]]:
    return [(text, kind) for text, kind, _ in names_in(list(texts))]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("美帝国主义的“心理战”电台日夜不停地造谣。", "心理战"),  # a kind of station, quoted as a figure
        ("“新闻和报纸摘要”电台每天早晨播出，听众很多。", "新闻和报纸摘要"),  # a programme: a work
    ],
)
def test_a_quoted_kind_or_programme_before_the_station_word_is_no_station(text: str, quoted: str) -> None:
    assert (quoted, ORG) not in _names(text)


def test_a_quoted_city_before_the_station_word_stays_a_place() -> None:
    # the gold tags 伦敦电台 / 达尔文电台 as the place only (1982-05-02, 1976-03-06)
    found = _names("据“莫斯科”电台广播，苏联政府发表声明。")
    assert ("莫斯科", LOC) in found and ("莫斯科", ORG) not in found
    text = "据“莫斯科”电台广播"
    place = [at(text, "莫斯科", LOC)]
    assert quoted_bodies(text, place) == place


def test_a_station_after_shi_is_the_same_station() -> None:
    found = _names("“自由欧洲”电台是美国中央情报局一手操纵的。", "这就是“自由欧洲”电台的真面目。")
    assert found.count(("自由欧洲", ORG)) == 2 and ("欧洲", LOC) not in found


@pytest.mark.parametrize(
    ("text", "station"),
    [
        ("美国国会拨款成立了“自由亚洲”电台，专门对中国进行广播。", "自由亚洲"),
        ("老挝爱国战线建立了“老挝爱国战线之声”电台。", "老挝爱国战线之声"),
    ],
)
def test_a_station_set_up_is_still_named(text: str, station: str) -> None:
    assert (station, ORG) in _names(text)


def test_a_station_named_after_a_person_is_one_org() -> None:
    # a person inside a tagged org is not tagged (POLICY, 日本毛泽东思想研究会)
    found = _names("据“胡志明之声”电台报道，越南南方军民又取得了新的胜利。")
    assert ("胡志明之声", ORG) in found and ("胡志明", PER) not in found


@pytest.mark.parametrize(
    ("text", "station"),
    [
        ("据‘缅甸人民之声’电台广播，缅甸人民军在各地作战。", "缅甸人民之声"),  # single marks
        ("“海峡之声”广播电台今天开始播音。", "海峡之声"),  # 广播电台
        ("据“美国之音”电台报道，", "美国之音"),
    ],
)
def test_a_quoted_station_is_one_org(text: str, station: str) -> None:
    assert (station, ORG) in _names(text)


def test_station_spans_never_overlap() -> None:
    text = "据“泰国人民之声”电台报道，泰国人民武装力量和“自由欧洲”电台、美国之音电台"
    spans = sorted((s, e) for s, e, _ in quoted_bodies(text, []))
    assert all(e1 <= s2 for (_, e1), (s2, _) in pairwise(spans))
