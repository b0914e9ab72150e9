"""Regions the paper names by the provinces' one-character names (简称), as places (the name
policy, ``tests/fixtures/gold/names/POLICY.md``: 陕甘宁边区, 晋冀鲁豫 are places; a generic
suffix is left out, 京津冀地区 → 京津冀).

A region is two or more of the one-character names joined (陕甘宁, 晋察冀, 豫陕鄂, 京津冀, 沪宁杭)
or one with a direction (冀中, 晋北, 皖南, 鲁西南, 豫西北). Many of the characters are also words
(宁 rather, 新 new, 云 cloud, 苏 the Soviet Union, 京 the capital): those of :data:`AMBIGUOUS`
count only in a sequence with one of :data:`PROVINCES` (沪宁 but not 苏南, 港澳, 苏中). The
sequence stands as a unit of the dictionary cut: it neither opens nor closes inside a word
(观察北方, 天津, 闽南话), and no common word of the cut holds it. A region followed by 边区 or a
road's word is one place with it (陕甘宁边区, 川黔铁路); a name already found over it wins (an
organisation, 冀中行署, 晋察冀边区政府, or a longer place).
"""

from __future__ import annotations

import re

from ..model import PhraseKind
from . import zh_words
from .naming import made_name
from .spans import Found

#: One-character names of provinces and cities that are rarely a word of their own.
PROVINCES = "冀晋鲁豫陕鄂湘皖赣闽浙粤桂滇黔沪津辽绥察陇渝琼"
#: One-character names that are also common words or other names' abbreviations (宁 rather,
#: 苏 the Soviet Union, 中 China, 京 the capital): only with one of :data:`PROVINCES`.
AMBIGUOUS = "京宁杭新青云贵台港澳甘黑吉蒙苏川热"
#: Directions after one province's name (冀中, 晋北, 鲁西南); the longer first.
DIRECTIONS = ("东南", "西南", "东北", "西北", "东", "西", "南", "北", "中")
#: Regions named by 两 and a pair's shared character (两广, 两湖).
PAIRS = ("两广", "两湖")
#: Words after a region that are one place with it (陕甘宁边区; 川黔铁路, a named line).
HEADS = ("边区", "铁路", "公路")
#: Last characters of the word after a region that make it a body's name (冀中行署, 晋察冀边区政府,
#: 冀南银行, 辽东省工业厅, 晋察冀画报), and the army's words (冀中军区, 滇桂黔边纵队): that name is an
#: organisation, not the place.
BODY_ENDS = "署委会府局行社部厂司处厅报"
ARMY_WORDS = ("军区", "纵队", "支队")
#: One-character words between a region and a body's word (辽东省工业厅, 滇桂黔边纵队).
_BETWEEN = "省边"

_RUN = re.compile(f"[{PROVINCES}{AMBIGUOUS}]+|{'|'.join(PAIRS)}")


def regions(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with the regions of ``text`` that no name found overlaps added
    as places; a place found that opens with a region and ends inside a word of the cut (滇东富
    of 滇东富煤区) gives way to the region."""
    spans = zh_words.spans(text)
    if not spans:
        return found
    bounds = zh_words.bounds(text)
    out = list(found)
    for match in _RUN.finditer(text):
        region = _region(text, match.start(), match.end(), bounds, spans)
        if region is None:
            continue
        start, end = region
        end += next((len(h) for h in HEADS if text.startswith(h, end) and end + len(h) in bounds), 0)
        if _body_follows(end, spans):
            continue
        clashing = [f for f in out if f[0] < end and start < f[1]]
        loose = [f for f in clashing if _loose(f, start, end, bounds)]
        if len(loose) < len(clashing):
            continue
        out = [f for f in out if f not in loose]
        out.append((start, end, made_name(PhraseKind.PLACE, text[start:end])))
    return sorted(out, key=lambda f: f[0])


def _body_follows(end: int, spans: tuple[tuple[int, int, str], ...]) -> bool:
    """Whether the word of the cut at ``end`` (or the one after a word of :data:`_BETWEEN`) makes
    the region a body's name (冀中行署, 辽东省工业厅, 滇桂黔边纵队)."""
    words = {s: (e, w) for s, e, w in spans}
    following = words.get(end, (end, ""))
    if following[1] and following[1] in _BETWEEN:
        following = words.get(following[0], (end, ""))
    word = following[1]
    return len(word) > 1 and (word[-1] in BODY_ENDS or word in ARMY_WORDS)


def _region(
    text: str, start: int, end: int, bounds: frozenset[int], spans: tuple[tuple[int, int, str], ...]
) -> tuple[int, int] | None:
    """The region a run of one-character names at ``start``..``end`` makes, with its direction,
    or None: the run is cut to the part that stands as a unit of the cut."""
    run = text[start:end]
    if len(set(run)) < len(run):  # a word doubled (一陇陇), not a region
        return None
    if run in PAIRS:
        return (start, end) if _unit(text, start, end, bounds, spans) else None
    if len(run) == 1:
        direction = next((d for d in DIRECTIONS if text.startswith(d, end)), "")
        if run in PROVINCES and direction:
            for stop in (end + len(direction), end + 1):  # 鲁西南, else 鲁西
                if text[end:stop] in DIRECTIONS and _unit(text, start, stop, bounds, spans):
                    return start, stop
        return None
    if not any(char in PROVINCES for char in run):
        return None
    return (start, end) if _unit(text, start, end, bounds, spans) else None


def _unit(text: str, start: int, end: int, bounds: frozenset[int], spans: tuple[tuple[int, int, str], ...]) -> bool:
    """Whether ``start``..``end`` opens and closes on the cut's word boundaries (or the cut reads
    it with its head as one word, 陕甘宁边区) and no common word of the cut but a direction lies
    over it."""
    headed = any(text.startswith(h, end) and end + len(h) in bounds for h in HEADS)
    if start not in bounds or not (end in bounds or headed):
        return False
    cutter = zh_words.words()
    inside = [w for s, e, w in spans if start <= s and e <= end and len(w) > 1 and w not in DIRECTIONS]
    return cutter is None or not any(cutter.common(w) for w in inside)


def _loose(found: Found, start: int, end: int, bounds: frozenset[int]) -> bool:
    """Whether a place found over the region is a loose read of it: it opens with the region and
    ends inside a word of the cut or one character on that is no unit's (滇东富 of 滇东富煤区; not
    冀中区), or lies inside the region (京 of 京津冀)."""
    s, e, phrase = found
    if phrase.kind is not PhraseKind.PLACE:
        return False
    return (start <= s and e <= end and (s, e) != (start, end)) or (
        s == start and e > end and (e not in bounds or (e == end + 1 and phrase.text[-1] not in "省市县区"))
    )
