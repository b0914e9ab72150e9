"""Which bodies written after their country are organs of that state, complete without it: the
policy splits them from the country (中国 + 经贸部, 中国 + 国务院台湾事务办公室), where a body that
needs its country keeps it (美国宇航局, 澳大利亚工党). Read by :func:`.names._country_apart`."""

from __future__ import annotations

import re

#: Units of an army ending in 部, which are no ministry of a state (志愿军司令部).
_ARMY_UNITS = ("司令部", "指挥部", "总部", "支部", "武装部")
#: A state's supreme organs, named alike in many states (苏联 + 部长会议, 民主德国 + 国务委员会);
#: not 国务院, which read alone is China's (美国国务院 is whole).
STATE_ORGANS = ("部长会议", "国务委员会", "行政院", "立法院")
#: A state's organ named as the state's (国家工商行政管理局, 中央选举委员会): not 国家银行, a bank,
#: nor an agency (美国中央情报局, as the policy's 美国宇航局).
_NATIONAL = re.compile(r"国家[\u4e00-\u9fff]{2,12}(?:局|部|署|委员会)|中央[\u4e00-\u9fff]{2,12}委员会")


def state_organ(body: str) -> bool:
    """Whether a body written after its country is an organ of that state, complete without the
    country (中国 + 经贸部, 苏联 + 部长会议, 以色列 + 中央选举委员会): a ministry, a supreme organ,
    or a national one; not an army's unit (司令部), nor a body that needs the country (美国宇航局,
    阿尔巴尼亚国家银行)."""
    if len(body) < 3:
        return False
    ministry = body.endswith("部") and not body.endswith(_ARMY_UNITS)
    return ministry or body.startswith(STATE_ORGANS) or bool(_NATIONAL.fullmatch(body))
