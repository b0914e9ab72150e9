"""Characters of films, plays and novels the CRF does not read, found by the word that casts them.

A review names a work's characters by given names or nicknames the CRF, trained on news, takes
for no one (满仓, 兰英, 大金子 of the film 《金铃传》; 鲁妈 of 《雷雨》). A reader sees a person where a
word casting a part (:data:`CUES`: 肖驰（饰兰英）, 扮演鲁妈和周朴园, 影片主人公满仓、兰英) stands
right before two or three Han characters a mark or a joining word closes (:data:`CLOSERS`).
:func:`cast` adds such a name as a person at ``medium`` unless it is a noun of jieba's dictionary,
however rare (扮演角色, 扮演风雅; a verb may be a name: 满仓), or an idiom, ends in a common word
(饰社主任: 主任) or a noun's ending (:data:`.zh_japanese.NOUN_ENDS`), or holds a grammatical word
(:data:`.zh_japanese.PARTICLES`: 扮演了…); 扮演者吴军 writes the actor, not a part.
The name so found is then sought again in the whole article (:func:`.statistical.recurring`):
a character is named many times, the cue only once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from . import zh_words
from .zh_crf import HIGH, MEDIUM, Entity
from .zh_japanese import NOUN_ENDS, PARTICLES

#: Words written right before a character's name: an actor's part (饰, 饰演, 扮演), the hero.
CUES = ("（饰", "(饰", "饰演", "扮演", "主人公")
#: Marks and joining words that close a name written before them.
CLOSERS = ("）", ")", "、", "，", "。", "；", "和", "与", "这个", "这一")

_READ = re.compile(
    "(?:{})(?!者)([\u4e00-\u9fff]{{2,3}}?)(?={})".format(
        "|".join(re.escape(c) for c in CUES), "|".join(re.escape(c) for c in CLOSERS)
    )
)


def readings(line: str) -> tuple[tuple[int, int], ...]:
    """Where ``line`` writes a character's name right after a word casting a part (start, end)."""
    cutter = zh_words.words()
    out = []
    for match in _READ.finditer(line):
        run = match.group(1)
        if any(char in PARTICLES for char in run) or run[-1] in NOUN_ENDS:
            continue
        noun = cutter is not None and cutter.listed(run) and not (cutter.functional(run) or cutter.named(run))
        if cutter is None or not (noun or cutter.common(run[-2:]) or cutter.idiom(run)):
            out.append(match.span(1))
    return tuple(out)


def cast(found: Mapping[str, list[Entity]]) -> dict[str, list[Entity]]:
    """``found`` (each line's CRF entities) with the characters of :func:`readings` added, each
    at ``medium``, where no entity crosses them or lies inside them surely (``high``); a less
    sure one inside gives way, as does a person read with the cue's end before the name (饰兰英)."""
    out: dict[str, list[Entity]] = {}
    for line, entities in found.items():
        out[line] = list(entities)
        for start, end in readings(line):
            inside = [e for e in out[line] if (start <= e[0] and e[1] <= end) or _cued(line, e, start, end)]
            crossing = [e for e in out[line] if e[0] < end and start < e[1] and e not in inside]
            if crossing or any(e[3] >= HIGH and not _cued(line, e, start, end) for e in inside):
                continue
            out[line] = sorted([e for e in out[line] if e not in inside] + [(start, end, "PER", MEDIUM)])
    return out


def _cued(line: str, entity: Entity, start: int, end: int) -> bool:
    """Whether ``entity`` is a person the CRF read from inside the cue to the end of the name
    at ``start``-``end`` (饰兰英 of 肖驰（饰兰英）)."""
    begin, stop, kind, _ = entity
    return kind == "PER" and stop == end and begin < start and any(c.endswith(line[begin:start]) for c in CUES)
