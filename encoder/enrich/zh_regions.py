"""Regions the paper names by the provinces' one-character names (简称), as places (the name
policy, ``tests/fixtures/gold/names/POLICY.md``: 陕甘宁边区, 晋冀鲁豫, 太岳区 are places; a generic
suffix is left out, 京津冀地区 → 京津冀).

A region is two or more of the one-character names joined (陕甘宁, 晋察冀, 豫陕鄂, 京津冀, 沪宁杭)
or one with a direction (冀中, 晋北, 皖南, 鲁西南, 豫西北). Many of the characters are also words
(宁 rather, 新 new, 云 cloud, 苏 the Soviet Union, 京 the capital): those of :data:`AMBIGUOUS`
count only in a sequence with one of :data:`PROVINCES` (沪宁 but not 苏南, 港澳, 苏中) or before a
road's word (青藏铁路), and 新 only with two others (新湘 of 《新湘评论》, 新晋冠军 are none).
The sequence stands as a unit of the dictionary cut: it neither opens nor closes inside a
word (观察北方, 天津, 闽南话), and no common word or verb of the cut holds it (晋京, go to the
capital). It is no region in a title (《…》), before a person's address (湘云同志), nor as a
province before a motion (由津南下).

A region followed by a region's word or a road's word is one place with it (陕甘宁边区, 冀中区,
川黔铁路). A region that opens a body's name (冀中行署, 辽东省商业厅, 晋察冀边区政府, 冀中十分区)
is no name of its own: that name is an organisation (the policy), whether or not it was found; a
place found cutting into the region there (察冀边区) gives way to that organisation. Elsewhere a
name already found over the region wins (an organisation, or a longer place), but a loose place
(滇东富 of 滇东富煤区) gives way to the region.
"""

from __future__ import annotations

from ..lazy_re import lazy
from ..model import PhraseKind
from . import zh_crf, zh_names, zh_words
from .naming import made_name
from .spans import Found

#: One-character names of provinces and cities that are rarely a word of their own.
PROVINCES = "冀晋鲁豫陕鄂湘皖赣闽浙粤桂滇黔沪津辽绥察陇渝琼"
#: One-character names that are also common words or other names' abbreviations (宁 rather,
#: 苏 the Soviet Union, 京 the capital, 藏 to hide, 穗 an ear of grain): only with one of
#: :data:`PROVINCES`.
AMBIGUOUS = "京宁杭新青云贵台港澳甘黑吉蒙苏川热藏穗"
#: Every one-character name of a province or city (the one table; :mod:`.zh_conventions` too).
ONE_CHARACTER_NAMES = frozenset(PROVINCES + AMBIGUOUS)
#: The commonest ambiguous name (新 new): it counts only in a run of three or more (陕甘新, not 新湘).
_NEW = "新"
#: Directions after one province's name (冀中, 晋北, 鲁西南); the longer first.
DIRECTIONS = ("东南", "西南", "东北", "西北", "东", "西", "南", "北", "中")
#: A direction and a verb of motion after one province's name (由津南下, 挥师北上): no region.
_MOTION = lazy("[东西南北](?:下|上|进|征|伐|撤|移|渡|迁|返|调|去|来)")
#: Regions named by 两 and a pair's shared character (两广, 两湖).
PAIRS = ("两广", "两湖")
#: Words after a region that are one place with it: the region's words (陕甘宁边区, 冀中区;
#: :data:`.zh_names.REGION_WORDS` but the descriptive 解放区 and 根据地, which the policy leaves
#: out: 冀东解放区 → 冀东) and a named line (川黔铁路), the longer first.
HEADS = tuple(sorted((zh_names.REGION_WORDS - {"解放区", "根据地"}) | {"区", "铁路", "公路"}, key=len, reverse=True))
#: An autonomous region's name after a region (桂西僮族自治区): one longer place, not the region.
_AUTONOMOUS = lazy("[\u4e00-\u9fff]{0,6}?自治[区州县旗]")
#: Last characters of the words after a region that make it a body's name (冀中行署, 晋察冀边区政府,
#: 冀南银行, 辽东省工业厅, 晋察冀画报): the bodies' endings (:data:`.zh_crf.BODY_ENDS`), 府 and 厅;
#: and the army's words (冀中军区, 滇桂黔边纵队): that name is an organisation, not the place.
BODY_ENDS = zh_crf.BODY_ENDS | frozenset("府厅")
ARMY_WORDS = ("军区", "纵队", "支队")
#: The army's name after a region, which is its own organisation (中原解放军 → 中原 + 解放军).
_OWN_BODIES = ("解放军", "人民解放军")
#: Nouns ending so that name no body (冀中全部, 冀中干部, 冀中部队).
_NO_BODIES = frozenset("全部 内部 外部 局部 大部 一部 各部 干部 社会 机会 我军 敌军 部队 军队 全军 党政军".split())
#: One-character words between a region and a body's word (辽东省工业厅, 滇桂黔边纵队).
_BETWEEN = "省边"
#: How many words after a region make a body's name at most (辽东省 + 商业 厅).
_BODY_WORDS = 3
#: A numbered unit after a region (冀中十分区, 冀南五专区): an organisation (the policy).
_NUMBERED = lazy("[一二三四五六七八九十百〇零0-9０-９]+(?:军分区|分区|专区|地委|专署|支队|纵队|团|旅|师)")
#: A person's title or address after a name (湘云同志): the name is a person's.
_ADDRESSES = ("同志", "先生", "女士", "老师", "小姐", "夫人", "同学", "师傅", "大夫", "教授", "大娘", "大爷")

_RUN = lazy(f"[{PROVINCES}{AMBIGUOUS}]+|{'|'.join(PAIRS)}")

#: A road's words: after one, a run of the ambiguous names only is a line (川藏公路, 青藏铁路).
_LINES = ("铁路", "公路")

Words = dict[int, tuple[int, str]]


def regions(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with the regions of ``text`` that no name found overlaps added
    as places; a place found that opens with a region and ends inside a word of the cut (滇东富
    of 滇东富煤区) gives way to the region, and one cutting into a region that opens a body's name
    (察冀边区 of 晋察冀边区政府) to that body."""
    spans = zh_words.spans(text)
    if not spans:
        return found
    bounds = zh_words.bounds(text)
    words: Words = {s: (e, w) for s, e, w in spans}
    out = list(found)
    for match in _RUN.finditer(text):
        region = _region(text, match.start(), match.end(), bounds, words)
        if region is None:
            continue
        start, end = region
        end += next((len(h) for h in HEADS if text.startswith(h, end) and end + len(h) in bounds), 0)
        clashing = [f for f in out if f[0] < end and start < f[1]]
        body = _body_end(text, end, words)
        if body is not None:
            inside = [f for f in clashing if f[2].kind is PhraseKind.PLACE and start < f[0] < end and f[1] <= body]
            if inside and len(inside) == len(clashing):
                out = [f for f in out if f not in inside]
                out.append((start, body, made_name(PhraseKind.ORG, text[start:body])))
            continue
        loose = [f for f in clashing if _loose(f, start, end, bounds)]
        if len(loose) < len(clashing):
            continue
        out = [f for f in out if f not in loose]
        out.append((start, end, made_name(PhraseKind.PLACE, text[start:end])))
    return sorted(out, key=lambda f: f[0])


def _body_end(text: str, end: int, words: Words) -> int | None:
    """Where the body's name a region at ``end`` opens ends (冀中行署, 辽东省商业厅干部训练班,
    滇桂黔边纵队, 冀中十分区), or None: among the next few nouns of the cut (after a word of
    :data:`_BETWEEN`), one that ends in a body's ending or is the army's; no verb nor adverb
    (冀中开会, 陕甘宁边区举行, 到处) makes one."""
    numbered = _NUMBERED.match(text, end)
    if numbered:
        return numbered.end()
    cutter = zh_words.words()
    following = words.get(end)
    if following is not None and following[1] in _BETWEEN:
        following = words.get(following[0])
    body = None
    for count in range(_BODY_WORDS):
        if following is None:
            break
        stop, word = following
        if not zh_words.han(word) or word in _OWN_BODIES:
            break
        if cutter is not None and (cutter.functional(word) or cutter.common(word)):
            break
        if word in ARMY_WORDS or (word[-1] in BODY_ENDS and (len(word) > 1 or count) and word not in _NO_BODIES):
            body = stop
        following = words.get(stop)
    return body


def _region(text: str, start: int, end: int, bounds: frozenset[int], words: Words) -> tuple[int, int] | None:
    """The region a run of one-character names at ``start``..``end`` makes, with its direction,
    or None: the run is cut to the part that stands as a unit of the cut."""
    run = text[start:end]
    if len(set(run)) < len(run):  # a word doubled (一陇陇), not a region
        return None
    if _titled(text, start) or text.startswith(_ADDRESSES, end) or _AUTONOMOUS.match(text, end):
        return None  # 《新湘评论》, 湘云同志, 桂西僮族自治区
    if run in PAIRS:
        return (start, end) if _unit(text, start, end, bounds, words) else None
    if len(run) == 1:
        direction = next((d for d in DIRECTIONS if text.startswith(d, end)), "")
        if run in PROVINCES and direction and not _MOTION.match(text, end):
            for stop in (end + len(direction), end + 1):  # 鲁西南, else 鲁西
                if text[end:stop] in DIRECTIONS and _unit(text, start, stop, bounds, words):
                    return start, stop
        return None
    lined = text.startswith(_LINES, end)  # 川藏公路, 青藏铁路: a named line of two ambiguous names
    if (
        not (lined or any(char in PROVINCES for char in run))
        or (_NEW in run and len(run) < 3 and not lined)
        or run == "晋京"
    ):
        return None  # 新湘, 新晋; 晋京 (go to the capital)
    return (start, end) if _unit(text, start, end, bounds, words) else None


def _titled(text: str, start: int) -> bool:
    """Whether ``start`` lies in a title's marks (《新湘评论》)."""
    opening = text.rfind("《", 0, start)
    return opening >= 0 and "》" not in text[opening:start]


def _unit(text: str, start: int, end: int, bounds: frozenset[int], words: Words) -> bool:
    """Whether ``start``..``end`` opens and closes on the cut's word boundaries (or the cut reads
    it with its head as one word, 陕甘宁边区) and no common word or verb of the cut but a
    direction lies over it."""
    headed = any(text.startswith(h, end) and end + len(h) in bounds for h in HEADS)
    if start not in bounds or not (end in bounds or headed):
        return False
    cutter = zh_words.words()
    if cutter is None:
        return True
    position = start
    while position < end and position in words:
        stop, word = words[position]
        if stop > end:
            break
        if len(word) > 1 and word not in DIRECTIONS and (cutter.common(word) or cutter.functional(word)):
            return False
        position = stop
    return True


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
