"""Shapes of a title's decks that :mod:`.decks` reads (issue 13, third round).

* A deck broken off in the middle of a phrase, ending on a dash (``减少蔬菜农药残留的关键——`` /
  ``合理正确使用农药``) or inside quotation marks or brackets it opened
  (``国际数学家大会“力学与物理学中`` / ``的非线性偏微方程”卫星会议举行``), goes on in the line
  below it: one headline over two lines (:func:`broken_off`).
* A deck of two clauses or more (a comma inside it, ``沈阳部队召开积极分子代表会议，交流…``)
  summarises; it is not the main title under a first deck that may itself be one
  (:func:`clauses`).
* A first deck naming a people, a gathering or places, with no verb (``日本山口县人民``,
  ``六次全国劳动大会``, ``北平南通两地``), frames the news: a cue of :data:`.decks.CUES`
  (:data:`PEOPLE_OR_PLACES`).
* A deck that names a body's call or directive (``冀鲁豫日报社论号召``, ``冀南行署指示夏季生产``) or a
  message and its addressee (``缅甸共产党中央致电中共中央``, ``朝鲜祖国战线致函日内瓦会议``)
  introduces the deck below it, what is called for, directed or said: a kicker
  (:data:`INTRODUCERS`, joined to :data:`.decks.INTRODUCERS`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: Quotation marks and brackets, opening and closing.
_PAIRS = ("“”", "《》", "（）", "()", "「」")
_DASH = "——"
#: A body's call (…社论号召, not 响应…的号召) or directive (沙河指示各区村, 冀南行署指示夏季生产:
#: what is directed follows, in a few characters or none; not …的指示, 指示精神).
_CALL = re.compile(r"..(?<!的)(?:号召|指示(?!精神)[\u4e00-\u9fff]{0,4})$")
#: A message and its addressee (…致电中共中央, …致函日内瓦会议): the addressee is a name with no
#: verb (not …致电热烈祝贺…).
_MESSAGE_TO = re.compile(r"..(?<!的)(?:致电|致函|致信)(?P<to>[\u4e00-\u9fff]{2,12})$")
_NOT_A_NAME = re.compile(r"祝贺|感谢|慰问|支持|欢迎|表示|热烈|谴责|抗议|要求|指出|说|向|对|给")

#: A subject line naming a people, a gathering, or places together, with no verb: who or where
#: the next deck's news happens (日本山口县人民, 六次全国劳动大会, 北平南通两地, 大马士革等四城市).
PEOPLE_OR_PLACES = re.compile(r"^[^，。：\s]{2,10}(?:人民|群众|大会|城市|[两三四五六七八九十]地)$")

INTRODUCERS: dict[str, Callable[[str], bool]] = {
    "call": lambda line: _CALL.search(line) is not None,
    "message to": lambda line: bool((found := _MESSAGE_TO.search(line)) and not _NOT_A_NAME.search(found["to"])),
}


def broken_off(line: str) -> bool:
    """Whether the deck ``line`` stops in the middle of a phrase: on a dash, or inside quotation
    marks or brackets it opened and did not close."""
    line = line.strip()
    return line.endswith(_DASH) or any(line.count(pair[0]) > line.count(pair[1]) for pair in _PAIRS)


#: A document's title broken over two lines: ``…关于…计划`` / ``执行情况…的审查报告``.
_ABOUT = "关于"
_DOCUMENT_END = re.compile(r"(?:报告|决定|决议|通知|条例|办法|规定|意见|公报|纲要|说明|规划|计划|公告)$")


def continues(main: str, following: str) -> bool:
    """Whether ``following`` ends the document title ``main`` began (关于… / …的报告), or goes on
    with the phrase ``main`` broke off (:func:`broken_off`): one headline over two lines."""
    document = _ABOUT in main and _ABOUT not in following and bool(_DOCUMENT_END.search(following))
    return document or broken_off(main)


def clauses(line: str) -> bool:
    """Whether the deck ``line`` holds two clauses or more (a comma inside it)."""
    return "，" in line.strip().rstrip("，")
