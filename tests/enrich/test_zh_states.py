"""Which bodies written after their country are organs of that state (:mod:`encoder.enrich.zh_states`),
on the bodies of sentences of the dev gold's articles (``tests/fixtures/rmrb-json-dev/``) and of the
policy's examples (``tests/fixtures/gold/names/POLICY.md``)."""

from __future__ import annotations

from encoder.enrich.zh_states import governed, state_organ


def test_an_organ_of_a_state_is_complete_without_its_country() -> None:
    for country, body in (
        ("中国", "经贸部"),
        ("苏联", "部长会议"),
        ("民主德国", "国务委员会"),
        ("以色列", "中央选举委员会"),
        ("中国", "行政院"),
        ("台湾", "立法院"),
        ("中国", "国家工商行政管理局"),
        ("我国", "国家统计局"),
        ("中国", "中央军事委员会"),
    ):
        assert state_organ(country, body), country + body


def test_a_body_that_needs_its_country_is_no_organ_of_it() -> None:
    for country, body in (
        ("志愿军", "司令部"),
        ("美国", "国务院"),
        ("美国", "宇航局"),
        ("美国", "中央情报局"),
        ("阿尔巴尼亚", "国家银行"),
        ("中国", "国家银行"),
        ("中国", "部"),
        # a national agency of another state, as the policy's 美国宇航局
        ("美国", "国家航空航天局"),
        ("美国", "国家安全委员会"),
        ("美国", "国家安全局"),
        ("美国", "国家标准局"),
        ("苏联", "国家安全委员会"),
        ("韩国", "行政院"),
    ):
        assert not state_organ(country, body), country + body


def test_a_body_of_a_place_below_the_state_needs_its_place() -> None:
    for country, body in (
        ("江苏省", "国家税务局"),
        ("上海市", "国家安全局"),
        ("北京市", "国家税务局"),
        ("江苏省", "部长会议"),
        ("上海市", "委宣传部"),
    ):
        assert not state_organ(country, body), country + body


def test_a_ministers_meeting_of_a_region_of_many_states_is_no_state_s_organ() -> None:
    for region in ("亚洲", "非洲", "欧洲", "拉丁美洲", "东南亚", "西欧"):
        assert not state_organ(region, "部长会议"), region  # 亚洲部长会议在曼谷开幕: an event
    assert state_organ("匈牙利", "部长会议") and state_organ("苏联", "部长会议")


def test_a_division_s_government_is_named_and_a_country_s_is_not() -> None:
    for name in ("吉林省政府", "深圳市政府", "长治县政府", "潞城县府", "烟台市府"):  # 县府 shortens 县政府
        assert governed(name), name
    for name in (
        "美国政府",  # a country's: descriptive
        "新疆维吾尔自治区政府",
        "大阪府",  # a Japanese prefecture, a place
        "本市政府",  # no place's name before the level
        "县府",
        "吉林省",  # no government
    ):
        assert not governed(name), name
