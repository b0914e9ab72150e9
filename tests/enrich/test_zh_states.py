"""Which bodies written after their country are organs of that state (:mod:`encoder.enrich.zh_states`),
on the bodies of sentences of the dev gold's articles (``tests/fixtures/rmrb-json-dev/``)."""

from __future__ import annotations

from encoder.enrich.zh_states import state_organ


def test_an_organ_of_a_state_is_complete_without_its_country() -> None:
    # 中国经贸部, 苏联部长会议, 民主德国国务委员会, 中国行政院, 中国国家工商行政管理局, 以色列中央选举委员会
    for body in ("经贸部", "部长会议", "国务委员会", "行政院", "国家工商行政管理局", "中央选举委员会"):
        assert state_organ(body), body


def test_a_body_that_needs_its_country_is_no_organ_of_it() -> None:
    # 志愿军司令部, 美国国务院, 美国宇航局, 美国中央情报局, 阿尔巴尼亚国家银行
    for body in ("司令部", "国务院", "宇航局", "中央情报局", "国家银行", "部"):
        assert not state_organ(body), body
