"""A place and what follows it as one place, by the name policy (``tests/fixtures/gold/names/POLICY.md``;
the conventions of :mod:`.zh_conventions`).

* :func:`extended` makes one span of a country and its form of state (荷兰王国), of a place and
  its bridge, station or port (黄河大铁桥, 北京车站, 南京港; not a state's ports, 日本 + 港),
  continent (非洲大陆) and of a pole and its circle (南极圈).
* :func:`peopled` makes one span of a state's name in its form of state and the people that
  opens its official name before it (阿拉伯叙利亚共和国), for the authority file's places and the
  CRF's.
* :func:`fields` makes a named oil field a place, as the policy has it (大庆油田), where the CRF
  read it an organisation, and a province before it a place of its own (山东 + 胜利油田).
* :func:`suffixed` makes one span of a place and its administrative unit (柏林市, 东京都, 吉安专区),
  or the one character in brackets that tells it from its namesake (刚果（利）); a city whose 市
  opens a word with what follows (遵义市长, 哈尔滨市民) is the city without it.
* :func:`directed` drops a compass direction read as a place (东北, the Northeast) where a part
  of an area follows it and ends a word of the cut (泰国东北部, 河内市东北郊区, 桑通东北面,
  祖国的东北边陲): a direction, which the policy does not tag; not where the part's character
  opens a word (东北部队, 东北部分地区, 在东北部署, 东北面临: the region).
"""

from __future__ import annotations

from ..lazy_re import lazy
from ..model import Phrase, PhraseKind
from . import zh_bodies, zh_orgs, zh_regions, zh_sides, zh_villages, zh_words
from .naming import made_name, renamed
from .spans import Found

#: A form of state after a country: one place with it (荷兰王国, 马绍尔群岛共和国, 波兰人民共和国,
#: 东帝汶民主共和国, 朝鲜民主主义人民共和国, 利比亚人民社会主义民众国,
#: 南斯拉夫社会主义联邦共和国); the longer forms first, as the first that follows is taken.
STATE_FORMS = (
    "人民社会主义民众国",
    "民主主义人民共和国",
    "社会主义人民共和国",
    "民主社会主义共和国",
    "社会主义联邦共和国",
    "人民民主共和国",
    "民主人民共和国",
    "社会主义共和国",
    "人民共和国",
    "民主共和国",
    "联邦共和国",
    *zh_orgs.STATE_FORMS,
)
#: A bridge after a place: one named structure (黄河大铁桥, 长江大桥).
BRIDGES = ("大铁桥", "铁桥", "大桥")
#: A station or a port after a place: one named structure too (北京车站, 南京港, 郑州火车站), where
#: it ends a word of the cut (not 港 of 大连港口, 港务局).
STRUCTURES = ("火车站", "车站", "港")
#: Generic heads that belong to a place's usual name (the policy: 南极大陆, 非洲大陆); a prefecture
#: (吉安专区) is an administrative unit (:func:`suffixed`).
HEADS = ("大陆",)


def extended(text: str, found: Found) -> Found:
    """A place of the authority file with its form of state, its bridge, station or port (南京港),
    its continent (非洲大陆) or a pole's circle (南极圈) right after it, as one place, and the
    people that opens a state's official name before it (:func:`peopled`); any other place as it
    is, and any other name. The key stays the place's but for a structure (荷兰王国 is 荷兰,
    非洲大陆 is 非洲). A side written before a place is part of it first (东巴基斯坦, 东南极大陆:
    :func:`.zh_sides.sided`)."""
    start, end, phrase = found = zh_sides.sided(text, found)
    if phrase.kind is not PhraseKind.PLACE:
        return found
    heads = (*STATE_FORMS, *BRIDGES, *STRUCTURES, *HEADS, *(("圈",) if phrase.text.endswith("极") else ()))
    tail = next((t for t in heads if text.startswith(t, end)), "")
    if tail in STRUCTURES and (end + len(tail) not in zh_words.bounds(text) or _state_ports(text, found)):
        tail = ""  # 大连 + 港口: a word of its own, no port's name; 日本 + 港: the state's ports
    if not tail or (tail in STATE_FORMS and text[end - 1] in "省市县区"):
        return peopled(text, found)
    surface = phrase.text + tail
    if tail not in (*STATE_FORMS, *HEADS):  # a bridge is a structure of its own; 非洲大陆 is 非洲
        return start, end + len(tail), made_name(PhraseKind.PLACE, surface, phrase.entity or "")
    return peopled(text, (start, end + len(tail), _lengthened(phrase, surface)))


def _state_ports(text: str, found: Found) -> bool:
    """Whether a place before 港 written as a word of its own is a state's (its government a word of
    jieba's dictionary: 日本政府, 朝鲜政府): 日本 + 港, 朝鲜 + 港内 are the state's ports, no port's
    name (a city's port is one word of the cut, 南京港, or its place names no state: 卡拉奇 + 港)."""
    _, end, phrase = found
    words = zh_words.words()
    loose = text.startswith("港", end) and {end, end + 1} <= zh_words.bounds(text)
    return loose and words is not None and words.listed(phrase.text + "政府")


#: Peoples that open the official name of a state (阿拉伯叙利亚共和国, 阿拉伯也门共和国,
#: 阿拉伯埃及共和国, 大阿拉伯利比亚人民社会主义民众国): part of the state's name, where the people
#: alone is none (the policy); the longer first.
STATE_PEOPLES = ("大阿拉伯", "阿拉伯")


def peopled(text: str, found: Found) -> Found:
    """A state's name written in its form of state (叙利亚共和国, 也门共和国) with the people that
    opens its official name right before it (:data:`STATE_PEOPLES`), as one place, its key kept;
    any other name as it is. Applied to the authority file's places (:func:`extended`) and to the
    CRF's (:func:`.names.with_crf`: 阿拉伯 + 撒哈拉民主共和国)."""
    start, end, phrase = found
    people = next((p for p in STATE_PEOPLES if text.startswith(p, start - len(p))), "")
    if not people or not phrase.text.endswith(STATE_FORMS) or start < len(people):
        return found
    return start - len(people), end, _lengthened(phrase, people + phrase.text)


def _lengthened(phrase: Phrase, surface: str) -> Phrase:
    """The place ``phrase`` made ``surface`` by a rule, its key kept: the authority file's place
    made longer is a machine's span (the CRF's resp, ``high``), a tagger's keeps its resp and cert."""
    tagger, certainty = (phrase.tagger, phrase.certainty) if phrase.tagger else ("zh_ner", "high")
    return Phrase(PhraseKind.PLACE, [surface], phrase.entity, None, tagger, certainty)


#: An administrative unit's word right after a place's name, part of it (渭南县, 柏林市, 大阪府, 东京都).
_UNITS = "县市省府都"
#: Units of two characters after a place's name (吉安专区, 韶山特区).
_UNIT_WORDS = ("专区", "特区")
#: Particles after 都 that leave it the unit (东京都的人口), where another function word makes it
#: the adverb "all" (东京都是).
_PARTICLES = ("的", "之")


#: The characters in brackets that tell a place from its namesake, part of its name: the two
#: Congos by their capitals' initials, 刚果（利） (Léopoldville), 刚果（布） (Brazzaville) and
#: 刚果（金） (Kinshasa, the paper's name from 1997). A closed list, from the data: in the corpus
#: and the gold, these are the only single characters in brackets after a place that belong to
#: its name (刚果（利） 90 times, 刚果（布） 4; 金 is later than the stored texts); the others are a
#: part's number (漫游日本（一）, 访问越南（上）), a team (中国（甲）队), a unit (小康县（市）, 湘西（州）),
#: a character the text left out (盘踞昌（乐）), a note or a caption's side (（注）, （左）).
NAMESAKE_TAGS = "利布金"
_QUALIFIER = lazy(f"[（(][{NAMESAKE_TAGS}][）)]")


#: Heads of a named site the policy makes a place, where the CRF reads it an organisation's head
#: (大庆油田: "named roads, dams, oil fields, zones and halls are places").
FIELD_HEADS = zh_bodies.PLACE_HEADS


def fields(text: str, found: list[Found]) -> list[Found]:
    """``found`` with each organisation a tagger read that is a name of two characters or more and
    a head of :data:`FIELD_HEADS` (大庆油田, 胜利油田) made a place, its span, tagger and certainty kept;
    a place the cut writes as a word of its own before the field's name is a place of its own
    (山东 + 胜利油田, 天津 + 大港油田). Not the authority file's bodies, nor a body that goes on after
    the field, in its span (胜利油田管理局) or after it (大庆油田 + 党委: the span is left as found)."""
    if not any(p.kind is PhraseKind.ORG and p.text.endswith(FIELD_HEADS) for _, _, p in found):
        return found
    words = zh_words.words()
    spans = zh_words.spans(text)
    out: list[Found] = []
    for start, end, phrase in found:
        head = next((h for h in FIELD_HEADS if phrase.text.endswith(h)), "")
        if (
            phrase.kind is not PhraseKind.ORG
            or not head
            or phrase.tagger is None
            or len(phrase.text) - len(head) < 2
            or zh_villages.body_follows(text, end, spans)
        ):
            out.append((start, end, phrase))
            continue
        first = next((e for s, e, w in spans if s == start and words is not None and words.place(w)), start)
        if first > start and end - first - len(head) >= 2:
            out.append((start, first, renamed(phrase, text[start:first], PhraseKind.PLACE)))
            start = first
        out.append((start, end, renamed(phrase, text[start:end], PhraseKind.PLACE)))
    return out


def suffixed(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with each place followed by its administrative unit (:data:`_UNITS`,
    :data:`_UNIT_WORDS`) as one place with it, where the dictionary cut reads the place and the
    unit as one word (柏林市, 大阪府, 东京都), the unit as a word of its own (县, 市, 省) or the two
    characters' unit as one (专区); not where the unit's character opens a word (:func:`_unit_opens`:
    市场, 市民, 市长, 市面, 县城, 都是) or the place ends with a unit already (北京市 + 市长). A place
    followed by one of :data:`NAMESAKE_TAGS` in brackets is one place with it (刚果（利）); no other
    character in brackets is taken (日本（一）, 中国（甲）队, 小康县（市）, 湘西（州）). The regions named by
    provinces' one-character names are read first (:func:`.zh_regions.regions`: 陕甘宁, 冀中)."""
    found = zh_regions.regions(text, found)
    starts = {s for s, _, _ in found}
    spans = zh_words.spans(text)
    bounds = zh_words.bounds(text)
    out = []
    for start, end, phrase in found:
        qualifier = _QUALIFIER.match(text, end) if phrase.kind is PhraseKind.PLACE else None
        if qualifier:
            out.append((start, qualifier.end(), _lengthened(phrase, text[start : qualifier.end()])))
            continue
        unit = next((u for u in _UNIT_WORDS if text.startswith(u, end)), text[end : end + 1])
        if _city_opens(text, start, end, phrase, spans):  # 遵义市长 → 遵义: 市 opens 市长
            out.append((start, end - 1, _lengthened(phrase, phrase.text[:-1])))
            continue
        if (
            phrase.kind is not PhraseKind.PLACE
            or not spans
            or end in starts
            or phrase.text[-1] in "省市县区"
            or not (unit in _UNIT_WORDS or (unit and unit in _UNITS))
        ):
            out.append((start, end, phrase))
            continue
        after = end + len(unit)
        one_word = any(s == start and e == after for s, e, _ in spans)
        own_word = end in bounds and after in bounds and (unit in _UNIT_WORDS or unit in "县市省")
        if not (one_word or own_word) or (unit in _UNITS and _unit_opens(text, end, spans)):
            out.append((start, end, phrase))
            continue
        out.append((start, after, _lengthened(phrase, phrase.text + unit)))
    return out


def _city_opens(text: str, start: int, end: int, phrase: Phrase, spans: tuple[tuple[int, int, str], ...]) -> bool:
    """Whether the place ``phrase`` ends in a city's 市 that the dictionary cut reads as opening a
    noun with what follows (遵义市长, 哈尔滨市民, 洛阳市区, 临清市场, 洛阳市政建设), so the city's name
    is the place without it, as the dev gold reads 哈尔滨市民 (its note: 市民 = citizens) and the
    policy leaves a generic suffix out of a place (潮汕地区 → 潮汕); the authority file's 遵义市 too
    (its form matched across the word); not before a place word (长春市郊, 长春市内: :meth:`.zh_words.Words.closing`),
    where the cut keeps 市 with the name (诸暨市 + 长乐杯), before a body's word (市委, 市政府), nor
    where the name without 市 is shorter than two characters."""
    words = zh_words.words()
    if words is None or phrase.kind is not PhraseKind.PLACE or not phrase.text.endswith("市") or end - start < 3:
        return False
    word = next((w for s, _, w in spans if s == end - 1), "")
    if len(word) < 2 or words.closing(word) or word.startswith(("市委", "市政府")):
        return False
    return _unit_opens(text, end - 1, spans) and not zh_bodies.headed(word)


def _unit_opens(text: str, end: int, spans: tuple[tuple[int, int, str], ...]) -> bool:
    """Whether the unit's character at ``end`` opens a word with what follows it, whatever the
    cut makes of the place before it: a word of the dictionary (市面 of 纽约市面萧条, 市容, 市长,
    县城), or 都 the adverb before a verb or function word of one character (东京都是, 都有, 都在;
    not 东京都知事, which jieba tags a verb)."""
    words = zh_words.words()
    if words is None:
        return False
    if words.known(text[end : end + 2]) or words.known(text[end : end + 3]):
        return True
    following = next((word for s, _, word in spans if s == end + 1), "")
    return text[end] == "都" and len(following) == 1 and words.functional(following) and following not in _PARTICLES


#: The compass directions of two characters that name a region too (东北, the Northeast).
COMPASS = ("东北", "西北", "东南", "西南")
#: What after a direction makes it a part of an area (东北部, 东北面, 东北角, 东北郊区, 东北边陲).
_PART_AFTER = lazy(r"方向|边陲|边境|郊区|[部面角郊侧隅端]")


def directed(text: str, found: list[Found]) -> list[Found]:
    """``found`` without a place that is a compass direction followed by a part of an area that
    ends a word of the cut (see the module's note; not 东北 + 部队, 部分, 部署, 面临); whoever found it."""
    return [
        f for f in found if not (f[2].kind is PhraseKind.PLACE and f[2].text in COMPASS and _part_follows(text, f[1]))
    ]


def _part_follows(text: str, end: int) -> bool:
    """Whether a part of an area (:data:`_PART_AFTER`) follows ``end`` and ends a word of the cut."""
    part = _PART_AFTER.match(text, end)
    return part is not None and part.end() in zh_words.bounds(text)
