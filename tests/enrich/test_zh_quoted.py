"""Bodies written in quotation marks (:mod:`encoder.enrich.zh_quoted`), on real lines."""

import pytest

from encoder.enrich.zh_quoted import quoted_bodies

from .test_zh_conventions import CRF, LOC, ORG, PER, at, surfaces

pytestmark = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("南京三十日讯：蒋家“全国经济委员会”（属蒋家行政院）慑于人民反对", "全国经济委员会"),
        ("各界代表在一日联合组成“细菌战防御委员会”，由细菌学专家", "细菌战防御委员会"),
        ("建立堵塞合作道路的“和平安全临时委员会”及", "和平安全临时委员会"),
        ("时，警察方面已组织“追悼、伸冤与复仇委员会”，于二十九日提出", "追悼、伸冤与复仇委员会"),
        ("他以新近成立的跨党派机构“评估弹道导弹对美国威胁委员会”主席身份", "评估弹道导弹对美国威胁委员会"),
    ],
)
def test_a_body_in_quotation_marks_is_an_organisation(text: str, body: str) -> None:
    assert surfaces(quoted_bodies(text, [])) == [(body, ORG)]


def test_the_names_found_inside_are_left_for_the_whole_body() -> None:
    text = "它的最大的股东是“巴黎荷兰银行”。其它的股票所有人"
    found = [at(text, "巴黎", LOC), at(text, "荷兰银行", ORG)]
    assert surfaces(quoted_bodies(text, found)) == [("巴黎荷兰银行", ORG)]
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
    ],
)
def test_a_quoted_phrase_that_names_no_body_is_left(text: str) -> None:
    assert quoted_bodies(text, []) == []


def test_a_quotation_holding_a_person_or_crossed_by_a_name_is_left() -> None:
    text = "成立了“周恩来研究会”"
    found = [at(text, "周恩来", PER)]
    assert quoted_bodies(text, found) == found
    text = "这个“苏联科学院”的"
    crossing = [(2, 6, at(text, "苏联科学院", ORG)[2])]
    assert quoted_bodies(text, crossing) == crossing
