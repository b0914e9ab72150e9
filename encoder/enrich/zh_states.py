"""Which bodies written after their country are organs of that state, complete without it: the
policy splits them from the country (中国 + 经贸部, 中国 + 国务院台湾事务办公室), where a body that
needs its country keeps it (美国宇航局, 澳大利亚工党). Read by :func:`.names._country_apart`."""

from __future__ import annotations

from collections.abc import Callable

from ..lazy_re import lazy
from ..model import Phrase, PhraseKind
from .naming import renamed
from .spans import Found
from .zh_orgs import STATE_FORMS

#: Units of an army ending in 部, which are no ministry of a state (志愿军司令部).
_ARMY_UNITS = ("司令部", "指挥部", "总部", "支部", "武装部")
#: A state's supreme organs, named alike in many states (苏联 + 部长会议, 民主德国 + 国务委员会,
#: 以色列 + 中央选举委员会); not 国务院, which read alone is China's (美国国务院 is whole).
STATE_ORGANS = ("部长会议", "国务委员会", "中央选举委员会")
#: China's own names: read alone, a national organ (国家统计局, 中央军事委员会) is China's, so
#: after them it is complete (中国 + 国家工商行政管理局); after another country it needs it
#: (美国国家航空航天局, 苏联国家安全委员会, as the policy's 美国宇航局).
_CHINA = ("中国", "我国", "新中国", "中华人民共和国")
#: The Yuans (行政院, 立法院) read alone are the Republic of China's, so after its names they
#: are complete (中国 + 行政院 of the dev gold, 台湾 + 立法院); after another country they need it.
_YUAN_STATES = (*_CHINA, "中华民国", "台湾")
_YUANS = ("行政院", "立法院")
#: A state's organ named as the state's (国家工商行政管理局, 中央军事委员会): not 国家银行, a bank.
_NATIONAL = lazy(r"国家[\u4e00-\u9fff]{2,12}(?:局|部|署|委员会)|中央[\u4e00-\u9fff]{2,12}委员会")
#: Ends of a place below the state: its bodies need it (江苏省国家税务局, 上海市国家安全局).
_BELOW_STATE = ("省", "市", "县", "区", "州", "盟", "旗", "镇", "乡", "村")
#: A region of many states, no state (亚洲, 拉丁美洲, 东南亚, 西欧, 中东): its ministers' meeting
#: is an event (亚洲部长会议).
_REGION = lazy(r".*洲|[东南西北中近远]+[亚欧非美东]")


def state_organ(country: str, body: str) -> bool:
    """Whether ``body``, written after ``country``, is an organ of that state complete without it:
    a ministry (中国 + 经贸部), a supreme organ after any country (苏联 + 部长会议), a Yuan after
    China's or Taiwan's name (台湾 + 立法院), a national organ after China's (中国 +
    国家工商行政管理局); not an army's unit (司令部), a body that needs its country (美国宇航局,
    美国国家安全局, 阿尔巴尼亚国家银行), nor any body after a place below the state (江苏省国家税务局)
    or after a region of many states (亚洲 + 部长会议)."""
    if len(body) < 3 or country.endswith(_BELOW_STATE) or _REGION.fullmatch(country):
        return False
    ministry = body.endswith("部") and not body.endswith(_ARMY_UNITS)
    if ministry or body.startswith(STATE_ORGANS):
        return True
    if body.startswith(_YUANS):
        return country in _YUAN_STATES
    return country in _CHINA and bool(_NATIONAL.fullmatch(body))


#: Levels of a Chinese division whose government is an official name (甘肃省政府, 深圳市政府,
#: as the policy's 苏州市人民政府); a country's government is descriptive (美国政府).
_GOVERNED = ("省", "市", "县")


#: A division's government after its level: 政府, or 府 as 县府 shortens 县政府 (as the gold's
#: 陕甘宁边府 shortens 边区政府).
_GOVERNMENTS = ("政府", "府")


def governed(name: str) -> bool:
    """Whether ``name`` is a division's government, an organisation by the policy: a place's name
    ending in its level, then its government (吉林省政府, 潞城县府; not 美国政府, 大阪府, 县政府)."""
    body = next((b for b in _GOVERNMENTS if name.endswith(b)), "")
    place = name[: len(name) - len(body)]
    return bool(body) and len(place) >= 3 and place.endswith(_GOVERNED)


#: What opens a body of the Republic in the old paper's words: the ruling party's name (国民党, a
#: name of its own, which the authority file tags) or a descriptor of Chiang's regime (蒋家, 伪),
#: which the policy leaves out (蒋贼空军军官学校 → 空军军官学校).
REGIME_OPENINGS = ("国民党", "蒋家", "蒋党", "蒋记", "蒋伪", "伪")
#: The five Yuans of the Republic's government, with what follows them (行政院新闻局), and the
#: Kuomintang's youth league: bodies apart from the party (国民党 + 三青团). Not a body ending in 部:
#: the party's own departments (国民党中央党部, 社会部, 政治部) are one span with it.
_REPUBLIC_BODIES = (*_YUANS, "司法院", "考试院", "监察院", "三青团", "青年团")


def regime_apart(found: Found) -> Found:
    """A CRF organisation that opens with :data:`REGIME_OPENINGS` and goes on with a Yuan of the
    Republic or its youth league, as that body (国民党行政院 → 行政院, the party left to the
    authority file; 蒋家行政院 → 行政院; 国民党三青团 → 三青团); not the army (国民党军王铁汉部), the
    party's own organs (国民党中央委员会, 国民党中央党部), nor 伪 before another polity
    (伪满洲国外交部)."""
    start, end, phrase = found
    opening = next((o for o in REGIME_OPENINGS if phrase.text.startswith(o)), "")
    body = phrase.text[len(opening) :]
    if phrase.kind is not PhraseKind.ORG or not opening or not body.startswith(_REPUBLIC_BODIES):
        return found
    return start + len(opening), end, renamed(phrase, body)


def organs_apart(known: list[Found], authority: Callable[[str], list[Found]]) -> list[Found]:
    """The authority file's names ``known`` with each organisation that opens with one of its
    places and goes on with an organ of that state (:func:`state_organ`) as the place and the
    organ, as the policy splits them whoever found them (苏联部长会议 → 苏联 + 部长会议); the organ
    keeps the entry's key, the place gets its own (``authority`` read on it)."""
    out: list[Found] = []
    for start, end, phrase in known:
        text = phrase.text
        if phrase.kind is PhraseKind.ORG:
            for size in range(2, len(text) - 2):
                place = [f for f in authority(text[:size]) if f[:2] == (0, size) and f[2].kind is PhraseKind.PLACE]
                if place and not text[:size].endswith(STATE_FORMS) and state_organ(text[:size], text[size:]):
                    organ = Phrase(phrase.kind, [text[size:]], phrase.entity, None, phrase.tagger, phrase.certainty)
                    out += [(start, start + size, place[0][2]), (start + size, end, organ)]
                    break
            else:
                out.append((start, end, phrase))
        else:
            out.append((start, end, phrase))
    return out
