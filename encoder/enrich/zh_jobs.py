"""Chinese persons right after a trade, a calling or a post (中农莫家忠, 代办米国钧, 农民巫炳林).

A report names working people by what they do, then their name: 工人徐庆和, 挡车工解悦, 支部书记
方业镜和我们谈论. The CRF reads many such names, but not those of a rarer surname or given name
(莫, 那, 萨, 巫). :func:`employed` reads a person where the CRF read nothing (or a person it
is unsure of): right after a word
of :data:`JOBS` ending a word of jieba's cut, three Han characters written as a Chinese name —
a surname of :data:`.zh_names.SURNAMES` that is no word of its own most of the time
(the caller's ``wordy``: :data:`.zh_titles._NOT_ADDRESSED`, 党, 南, 车), then two characters each
a given name's :data:`GIVEN_TIMES` times or more among the persons of the MSRA training data
(:func:`.zh_runs.given_times`) — ending a word of the cut (not 张建国 of 农民张建国庆节), no word of
the dictionary as a whole (常言道), nor a word and a character (:func:`.zh_words.phrased`: 许多人,
古巴和), nor two characters the dictionary tags as a name and a third (黎明时), nor a place's name
(石家庄), nor ending in a grammatical word that joins what follows (莫林和他的妻子; 芦盛和，is a
name). 书记方业镜 is not read: 镜 is a given name too rarely.
Names of two characters (江平, 周为) are words too often to be read so.

Dev name gold: six articles' persons found (莫家忠, 米国钧, 吕维兰, 芮和勋, 熊向辉, 巫炳林), none
spurious; the sample corpus outside the gold: 蔡以田, 芦盛和 (both right), nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import zh_words
from .zh_crf import MEDIUM, Entity
from .zh_names import PLACE_SUFFIX, SURNAMES
from .zh_runs import given_times

#: Trades, callings and posts a report writes right before a working person's name.
JOBS = (
    "工人",
    "农民",
    "社员",
    "中农",
    "贫农",
    "雇农",
    "营业员",
    "售货员",
    "技术员",
    "工程师",
    "教师",
    "教授",
    "医生",
    "导游",
    "导演",
    "演员",
    "司机",
    "干部",
    "书记",
    "主任",
    "司令员",
    "师长",
    "代办",
    "武官",
    "劳动模范",
    "能手",
    "挡车工",
    "炊事员",
    "饲养员",
    "保管员",
    "会计",
    "代表",
    "英雄",
    "模范",
    "选手",
    "职工",
    "厂长",
    "经理",
)
#: How often each given-name character must be one in the training data's persons.
GIVEN_TIMES = 3


def employed(line: str, entities: Sequence[Entity], wordy: frozenset[str] = frozenset()) -> list[Entity]:
    """``entities`` of ``line`` with each name written right after a job (see the module) where
    the CRF read nothing, or a person below its ``medium`` (中农莫家忠 at 0.32), added as a person
    at ``medium`` in its place; surnames of ``wordy`` are mostly words and read no name."""
    words = zh_words.words()
    if words is None or not any(job in line for job in JOBS):
        return list(entities)
    times = given_times()
    bounds = zh_words.bounds(line)
    added: list[Entity] = []
    dropped: set[Entity] = set()
    for job in JOBS:
        at = line.find(job)
        while at >= 0:
            start = at + len(job)
            end = start + 3
            at = line.find(job, start)
            name = line[start:end]
            if len(name) < 3 or not zh_words.han(name) or name[0] not in SURNAMES or name[0] in wordy:
                continue
            if not {start, end} <= bounds or any(times.get(c, 0) < GIVEN_TIMES for c in name[1:]):
                continue
            if words.common(name) or words.known(name) or words.idiom(name):
                continue
            if zh_words.phrased(name) or words.named(name[:2]) or PLACE_SUFFIX.match(name):
                continue  # 许多人, 古巴和, 邵阳市; 黎明时 (黎明 a name); a place's end: 石家庄
            if name[-1] in zh_words.GRAMMATICAL and zh_words.han(line[end : end + 1]):
                continue  # 莫林和他的妻子: 和 joins what follows (芦盛和，ends the phrase)
            touching = [entity for entity in [*entities, *added] if entity[0] < end and start < entity[1]]
            if any(kind != "PER" or probability >= MEDIUM for _, _, kind, probability in touching):
                continue
            dropped |= set(touching)
            added.append((start, end, "PER", MEDIUM))
    return sorted([*(e for e in entities if e not in dropped), *added]) if added else list(entities)
