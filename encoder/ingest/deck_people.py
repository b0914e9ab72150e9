"""Who acts in a title's subject line (:data:`AGENT`), and a group of people ending a first deck: who acts, or
who is acted on (round zc).

:mod:`.decks` reads a first deck that names who acts, with no verb of its own, as a subject line
framing the next deck, a kicker (``新华书店人员`` / ``帮助驻村群众翻身``, ``建设第一汽车制造厂的职工`` /
``超额完成十月份施工计划``). A group of people (:data:`PEOPLE_WORDS`) may end such a line. It ends a
statement of its own as often, when a verb acts on the people it names (``李承晚集团血腥镇压南朝鲜学生``,
``各地妥善安置返城知识青年``, ``…嘉奖抗洪抢险先进职工``, ``各地积极救助受灾农民``), or one person's epithet
(``一个伟大的共产主义战士``): then it is no subject line (:func:`acted_on`; the review of round zc).
"""

from __future__ import annotations

from ..lazy_re import lazy

#: The words of a group of people that may end a subject line (round zc).
PEOPLE_WORDS = "人员|职工|工人|农民|学生|战士|青年|妇女|侨胞|同胞"
#: A subject line: who acts, named by a noun of an army, a unit, a body, a company or a group of people
#: (中原、华北两大解放军, 哈尔滨市粮食局制米厂, 西安经济学界, 新华书店人员; not 冠军, 出厂, 僵局…)…
AGENT = lazy(
    r"(?:(?<![冠亚季])军|部队|(?<!出)厂|(?<![采探找])矿|(?<![大结格僵骗战时政布开残])局|分会|委员会|党委|支部|政府|干部|"
    rf"人士|(?<![世境边眼])界|代表团|公社|大队|合作社|协会|办事处|公司|{PEOPLE_WORDS})$"
)
_PEOPLE = lazy(rf"(?:{PEOPLE_WORDS})$")
_ACTS_ON_PEOPLE = lazy(
    r"镇压|屠杀|枪杀|杀害|残杀|残害|逮捕|拘捕|迫害|驱逐|剥削|压迫|解雇|开除|遣返|释放|安置|救助|救济|资助|扶助|扶持|帮扶|"
    r"关心|关怀|关爱|照顾|优待|嘉奖|表扬|培训|招收|录取|吸收|鼓励|感谢|悼念|收容|^一[个位名]"
)


def acted_on(line: str) -> bool:
    """Whether ``line`` ends on a group of people that a verb of the line acts on, or is one person's epithet."""
    return _PEOPLE.search(line) is not None and _ACTS_ON_PEOPLE.search(line) is not None
