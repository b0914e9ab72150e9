"""The units of a people's commune (issue 14): a commune, its production brigade and team, and
their organs, named by a place's name (段家公社, 城关公社张家大队, 和平大队第六生产队,
平和公社园口大队党支部, 清江农业社) are organisations by the policy, one span a chain; the county
before them keeps apart (文登县 + 葛家大队: ``tests/fixtures/gold/names/POLICY.md``, a place of a
level and a body of a name of its own). The tagger reads few of them.

A unit's name is the word of two to four characters written before its kind, where a word
opens (after a name found, a mark or a level: 大荔县 + 段家 + 公社), that jieba's dictionary
knows as a name or not at all (段家, 冒港, 城关; not 这个, 生产 of 生产大队, 民兵, 后进): a
common word before the kind names a kind of unit, not one (生产大队, 这个公社, 民兵大队).
"""

from __future__ import annotations

import re

from ..lazy_re import lazy
from ..model import PhraseKind
from . import zh_orgs, zh_words
from .naming import local_key, made_name, name_phrase
from .spans import Found

_NAME = "[\u4e00-\u9fff]{2,4}?"
#: The kinds of a commune's unit that a name opens (段家 + 公社, 葛家 + 大队).
_KINDS = lazy("人民公社|公社|农业社|大队")
#: A unit of a commune and the units under it, then an organ of the last (one span).
_CHAIN = lazy(
    rf"(?:{_KINDS.pattern})(?:(?P<brigade>{_NAME})大队)?(?:第[一二三四五六七八九十]+生产队|(?P<team>{_NAME})生产队)?"
    r"(?:党委会|党委|党支部|党总支|党支委会|革委会|革命委员会|管委会)?"
)
#: Levels that end no unit's own name (a village's 庄, 村 may: 季家官庄); the place found with the
#: unit is split off by :data:`.zh_orgs.LEVELS` (庄, 村 too; a banner's 旗 not).
_LEVELS = "省市县区乡镇旗"
#: Last characters of a body's kind: a name ending so names that body, not a unit (少年先锋队 +
#: 大队部, a school's pioneers' brigade).
_BODY_KINDS = frozenset("队团会部组")
#: Characters that are no part of a unit's name: counts, pronouns, function characters (这个公社,
#: 全大队, 市民等大队, 伊宁市郊汉宾公社).
_NOT_OPENING = frozenset("这那每各该全本其此一二两几个些多某原的在了和与及是从到向对同把被将由为给于分等郊")


def _name_start(text: str, kind: int, found: list[Found], loose: bool = False) -> int:
    """Where the name of the unit whose kind starts at ``kind`` opens: the words of jieba's cut
    written right before it, back to four characters, stopping at a name found, a mark, a word of
    the dictionary, a function character or a level's (大荔县 + 段家, 长安县 + 太乙宫, 在 + 油江,
    渭南县城关 cut 县城 + 关: 城关); ``loose``: a word of the dictionary, not a function word, may
    be the name (五莲县 + 街头 + 公社季家官庄大队, named by its brigade too)."""
    offset = max(0, kind - 8)
    ending = {offset + e: offset + s for s, e, _ in zh_words.spans(text[offset:kind])}
    words = zh_words.words()
    start = kind
    while start in ending and kind - ending[start] <= 4 and not any(e == start for _, e, _ in found):
        word = text[ending[start] : start]
        if not zh_words.han(word) or word in _NOT_OPENING:
            break
        level = max((i for i, c in enumerate(word) if c in _LEVELS), default=-1)
        if level >= 0:
            return start - len(word) + level + 1  # 县城 of 渭南县城关: 城关 after the level
        if len(word) > 1 and words is not None and (words.functional(word) or (words.known(word) and not loose)):
            return start
        start = ending[start]
    return start


def _named(name: str, loose: bool = False) -> bool:
    """Whether ``name`` names a unit: Han characters, two or more, not ending in a level (县 of
    武装县) nor a body's kind (队 of 先锋队), no word of jieba's dictionary in its cut (生产, 这个,
    许多) but one it tags as a name (城关, 杏林), no function character (在, 的, 全, 两);
    ``loose``: a word of the dictionary may be."""
    words = zh_words.words()
    if words is None or len(name) < 2 or not zh_words.han(name) or name[-1] in _LEVELS or name[-1] in _BODY_KINDS:
        return False
    for word in [name, *words.cut(name)]:
        if word in _NOT_OPENING or (len(word) > 1 and (words.functional(word) or (words.known(word) and not loose))):
            return False
    return True


def _chain_end(chain: re.Match[str]) -> int:
    """Where a chain of units ends: before the first unit under the head whose name names none
    (城关公社 + 许多生产大队: 许多生产 is no name)."""
    for group in ("brigade", "team"):
        if chain.group(group) is not None and not _named(chain.group(group)):
            return chain.start(group)
    return chain.end()


def communes(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with each unit of a commune written in ``text`` an organisation
    (see the module): names found inside it give way; a place of a level found with it as one
    name keeps apart (文登县葛家大队 → 文登县 + 葛家大队), function characters found with it are
    left out (郊汉宾公社 → 汉宾公社); any other name found across its opening keeps it."""
    out = list(found)
    for match in _KINDS.finditer(text):
        chain = _CHAIN.match(text, match.start())
        if chain is None:
            continue
        end = _chain_end(chain)
        if text.startswith(("长", "伍"), end):
            continue  # a title fused to the unit (保安大队长, 大队长): the policy tags none; 队伍 (和平大队伍)
        loose = end > match.end() and text[match.start() : match.end()] != "大队"  # 公社 + a brigade named
        start = _name_start(text, match.start(), out, loose)
        if not _named(text[start : match.start()], loose):
            continue
        across = [f for f in out if f[0] < start < f[1]]
        if not all(_county(text, s, start, e, end) for s, e, _ in across):
            continue  # a name found across the unit's opening
        if any(start < e and s < end and e > end for s, e, _ in out):
            continue  # a name found across the unit's end
        if any(s == start and e == end and p.kind is PhraseKind.ORG for s, e, p in out):
            continue
        county = across[0] if across else None  # (a place of a level found with the unit)
        kept = [f for f in out if not (start <= f[0] and f[1] <= end) and f != county]
        added = [(start, end, made_name(PhraseKind.ORG, text[start:end]))]
        opening = county[0] if county is not None else start
        head = text[opening:start]
        if head and head[-1] in zh_orgs.LEVELS:  # a place of a level found with the unit: apart
            key = local_key(head, "zh") or ""
            added.append((opening, start, name_phrase(PhraseKind.PLACE, head, key, "zh_ner", "medium")))
        out = sorted(kept + added, key=lambda f: f[0])
    return out


def _county(text: str, start: int, name: int, end: int, chain_end: int) -> bool:
    """Whether a name found from ``start`` to ``end`` is a place of a level and the unit opening
    at ``name`` as one (文登县葛家大队, 五莲县街头公社 of 五莲县街头公社季家官庄大队): it ends in the
    unit's chain, its head a level's; or a function character found with it, left out (郊 of
    伊宁市郊汉宾公社)."""
    head = text[start:name]
    in_chain = name < end <= chain_end
    return in_chain and ((head[-1] in zh_orgs.LEVELS and len(head) >= 2) or all(c in _NOT_OPENING for c in head))
