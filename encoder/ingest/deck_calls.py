"""A title's first deck calling on people or a body to act, the deck below what they are to do (round ze).

A first deck in which someone calls on or asks people or a body, named at its end (``太行区党委号召全区党员和人民``,
``吴学谦要求旅游部门``), over a deck that opens on what they are to do, with no subject of its own
(``恢复发展农工业生产``, ``发挥现有设施潜力提高队伍素质``), introduces it: a kicker over the headline, as a body's call
or directive with nothing after it does (``冀鲁豫日报社论号召``: ``deck_shapes._CALL``) and a directive to all of a kind
of unit (``沙河指示各区村``). :func:`calls_on` is asked of the first deck only (:func:`.decks._introduces_at`).

Not a call, each left to the other rules:

* a demand or a call with no one it is made to at the end (``联大紧急会议决议要求敌对双方立即停火``, ``达到设计要求``,
  ``响应党中央号召``): what is asked is said in the deck itself;
* a call made by no one named before the verb (``要求各部门…``, ``号召全国人民…``): a slogan, the frames' to read;
* a deck with sentence punctuation (``…，要求各部门``): a statement of its own;
* a demand that someone do a thing to the people or the body named at the end (``苏联代表要求美军撤出驻南朝鲜部队``,
  ``日本人民要求美国撤走驻日部队``: a verb between, :func:`.deck_verbs.holds_verb`): they are not the ones called on
  (the review of round ze);
* a deck below with a subject of its own (``毛主席号召全国人民`` / ``全国人民热烈响应``,
  :func:`.deck_verbs.own_subject`): a report of its own, not what is called for.

Measured (round ze, 2026-12-04): dev blocks 16,635 → 16,639 of 17,268 (1940s, 1990s +2: the two titles above,
none broken); the deck gold and the unlabelled inputs unchanged (the deck gold's one such title,
``总政治部要求全军和武警部队`` / ``贯彻中央通知…``, a kicker for all three readers, was right already: its 部队 ends a
subject line, ``decks._subject_line``).
"""

from __future__ import annotations

from ..lazy_re import lazy
from . import deck_shapes, deck_verbs

#: Someone named (two characters at least), calling on or asking people or a body named at the deck's end: people
#: (人民, 群众, 党员, 干部…), a body or its units (部门, 单位, 机关, 部队…), all of them (各地).
_CALLS_ON = lazy(
    r"^[^，。：；\s]{2,}(?:号召|要求)(?P<whom>(?:全|各)?[^，。：；\s的]{0,8}?)"
    r"(?:人民|群众|党员|干部|职工|工人|农民|青年|学生|部门|单位|机关|部队|军民|同胞|各地)$"
)


def calls_on(first: str, second: str) -> bool:
    """Whether ``first``, a title's first deck, calls on people or a body named at its end to act, and ``second``,
    the deck below it, opens on what they are to do (no subject of its own): a kicker over the headline."""
    first, second = first.strip(), second.strip()
    if not second or deck_shapes.SENTENCE & set(first):
        return False
    call = _CALLS_ON.search(first)
    return call is not None and not deck_verbs.holds_verb(call["whom"]) and not deck_verbs.own_subject(second)
