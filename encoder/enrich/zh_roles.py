"""Characters of films, plays and novels the CRF does not read, found by the word that casts them.

A review names a work's characters by given names or nicknames the CRF, trained on news, takes
for no one (满仓, 兰英, 大金子 of the film 《金铃传》; 鲁妈 of 《雷雨》). :func:`readings` finds two or
three Han characters a mark or a joining word closes (:data:`CLOSERS`; the longer where the
shorter would end before 和 of the name: 扮演李玉和，) right after a word casting a part
(:data:`CUES`): an actor's credit (肖驰（饰兰英）), 饰演 where it opens a word (not 服饰|演变),
主人公, and 扮演 only in a line about a play or a film (:data:`THEATRE`: 扮演帮凶, 扮演小丑 are
the paper's rhetoric). It reads none that is a word of jieba's dictionary, however rare, but a
person's name opening with a surname (李玉和; not 帮凶, 警察, 小丑, 太后, 大伯; in a credit a verb
may be a name: 饰满仓), an idiom, a part named by a role (:data:`ROLE_NOUNS`: 老队长, 新书记,
小战士; 日本兵, 三叔, 大伯), a common word's end or, but in a credit, a known word's end
(好角色; 饰大金子 stays), a noun's ending (:data:`.zh_japanese.NOUN_ENDS`) or a grammatical
word (:data:`.zh_japanese.PARTICLES`: 扮演了…); 扮演者吴军 writes the actor, not a part.
:func:`cast` adds each as a person at ``medium``; the name so found is then sought again in the
whole article (:func:`.statistical.recurring`): a character is named many times, the cue once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..lazy_re import lazy
from . import zh_words
from .zh_conventions import KINSHIP
from .zh_crf import Entity
from .zh_japanese import NOUN_ENDS, PARTICLES, add_persons
from .zh_lists import ROLES
from .zh_names import SURNAMES
from .zh_titles import HONORIFICS

#: An actor's credit, in brackets, before the part's name (肖驰（饰兰英）).
CREDITS = ("（饰", "(饰")
#: Words written right before a character's name: an actor's credit, 饰演, 扮演, the hero.
CUES = (*CREDITS, "饰演", "扮演", "主人公")
#: Words of a line about a play or a film, where 扮演 casts a part (elsewhere the paper's 扮演 is
#: rhetoric: 日本反动派扮演帮凶, 在国际舞台上扮演小丑).
THEATRE = (
    *("饰演", "剧中", "剧本", "话剧", "京剧", "歌剧", "舞剧", "戏剧", "剧团", "剧院", "戏中", "样板戏"),
    *("影片", "电影", "银幕", "演员", "演出", "主演", "导演"),
)
#: Marks and joining words that close a name written before them.
CLOSERS = ("）", ")", "、", "，", "。", "；", "和", "与", "这个", "这一")
#: Marks closing a name of three characters that ends in 和 or 与 (扮演李玉和，).
_MARKS = "）)、，。；"
#: Nouns of roles, offices and kin: a part ending in one (老队长, 新书记, 小战士, 老母亲) is no name.
ROLE_NOUNS = frozenset((*ROLES, *KINSHIP, *(h for h in HONORIFICS if len(h) > 1))) | frozenset(
    "角色 母亲 父亲 军官 贫农 中农 雇农 渔民 猎人 船工 艄公 队员 团长 师长 连长 排长 营长 政委 支书 司令员"
    " 指导员 班长 大娘 大爷 大妈 大嫂 战友 老人 姑娘 小伙".split()
)
#: The last characters of a part named by a role: a soldier, an uncle, an agent (日本兵, 三叔, 大伯,
#: 仲裁人, 卫道士, 马前卒).
ROLE_ENDS = frozenset("兵叔伯人士卒")
#: The first characters of a part named by its role's age or newness (老村长, 新书记, 小战士).
_AGED = frozenset("老新小大")

_READ = lazy(
    "(?:{})(?!者)([\u4e00-\u9fff]{{2,3}}?)(?={})".format(
        "|".join(re.escape(c) for c in CUES), "|".join(re.escape(c) for c in CLOSERS)
    )
)


def readings(line: str) -> tuple[tuple[int, int], ...]:
    """Where ``line`` writes a character's name right after a word casting a part (start, end)."""
    cutter = zh_words.words()
    theatre = any(word in line for word in THEATRE)
    bounds = zh_words.bounds(line) if "饰演" in line else frozenset()
    out = []
    for match in _READ.finditer(line):
        cue, (start, end) = line[match.start() : match.start(1)], match.span(1)
        if (cue == "扮演" and not theatre) or (cue == "饰演" and match.start() not in bounds):
            continue  # rhetoric (扮演帮凶), or 饰 ends a word (服饰|演变史)
        longer = line[start : end + 1]
        if end - start == 2 and line[end] in "和与" and (line[end + 1 : end + 2] in _MARKS or _person(longer)):
            end += 1  # 扮演李玉和，: not 李玉
        if _part(line[start:end], cue in (*CREDITS, "主人公"), cutter):
            out.append((start, end))
    return tuple(out)


def _person(run: str) -> bool:
    """Whether jieba's dictionary tags ``run`` as a person's name opening with a surname (李玉和)."""
    cutter = zh_words.words()
    return cutter is not None and cutter.person(run) and run[0] in SURNAMES


def _part(run: str, credit: bool, cutter: zh_words.Words | None) -> bool:
    """Whether ``run``, written after a cue (``credit``: in an actor's credit or after 主人公, where
    a verb of the dictionary may be a name and a known word may end one), can be a part's name."""
    if run[-1] in ROLE_ENDS or run[-2:] in ROLE_NOUNS or (run[0] in _AGED and run[1:] in ROLE_NOUNS):
        return False
    if _person(run):
        return True  # a person's name of jieba's dictionary (李玉和: 和 no joining word there)
    if any(char in PARTICLES for char in run) or run[-1] in NOUN_ENDS or cutter is None:
        return cutter is None and not any(char in PARTICLES for char in run) and run[-1] not in NOUN_ENDS
    if cutter.listed(run):
        verb = cutter.functional(run) and not (cutter.known(run) or cutter.named(run))
        if not (credit and verb):  # 饰满仓: a verb may be a name in a credit
            return False
    return not (cutter.common(run[-2:]) or cutter.idiom(run) or (not credit and cutter.known(run[-2:])))


def cast(found: Mapping[str, list[Entity]]) -> dict[str, list[Entity]]:
    """``found`` (each line's CRF entities) with the characters of :func:`readings` added, each
    at ``medium`` (:func:`.zh_japanese.add_persons`); a person read with the cue's end before the
    name gives way too (饰兰英)."""
    return add_persons(found, readings, _cued)


def _cued(line: str, entity: Entity, start: int, end: int) -> bool:
    """Whether ``entity`` is a person the CRF read from inside the cue to the end of the name
    at ``start``-``end`` (饰兰英 of 肖驰（饰兰英）)."""
    begin, stop, kind, _ = entity
    return kind == "PER" and stop == end and begin < start and any(c.endswith(line[begin:start]) for c in CUES)
