"""The name policy's rules of lists marked by 、 and of roles, applied to the Chinese names the
authority file and the CRF find (after :mod:`.zh_conventions`).

* :func:`vouched` keeps an unsure person after a role (工人萧小妹) or in a list; :func:`list_item`
  says whether a span is a whole item of a list.
* :func:`listed` tags the untagged item between two persons or two places of a list.
* :func:`placed` makes places of the persons a tagger found in a list of places.
* :func:`places_listed` makes places of the untagged items of a list of places.
* :func:`closed` makes places of the items of a list closed as places are (许昌、信阳间).
"""

from __future__ import annotations

import re

from ..lazy_re import lazy
from ..model import PhraseKind
from . import zh_japanese, zh_words
from .naming import local_key, made_name, name_phrase
from .spans import Found
from .zh_conventions import FACTION_ENDS, KINSHIP, NOT_NAMES
from .zh_crf import BODY_ENDS, PLACE_ENDINGS
from .zh_names import DETERMINERS, ORG_SUFFIXES, SURNAMES
from .zh_titles import HONORIFICS

#: Words after which a name of two or three characters is a person's (a role before the name:
#: 工人萧小妹, 代表芮和勋, 委员丁一).
ROLES = (
    "代表",
    "委员",
    "工人",
    "职工",
    "主任",
    "组长",
    "学员",
    "农民",
    "战士",
    "社员",
    "教师",
    "通讯员",
    "厂长",
    "队长",
    "书记",
    "局长",
    "部长",
    "校长",
    "县长",
    "市长",
    "省长",
)
_LIST_MARKS = "、，。；等和"


def vouched(text: str, found: Found) -> bool:
    """Whether a person the CRF is unsure of (``low``) is written where a reader sees a person:
    two or three Han characters opening with a surname, after a role (工人萧小妹) or as an item
    of a list marked by 、 (沈慕昌、濮皓农、黄杏珍)."""
    start, end, phrase = found
    surface = phrase.text
    if phrase.kind is not PhraseKind.PERSON or not 2 <= len(surface) <= 3 or surface[0] not in SURNAMES:
        return False
    han = zh_words.han(surface)
    return han and (list_item(text, start, end) or text[:start].endswith(ROLES))


def list_item(text: str, start: int, end: int) -> bool:
    """Whether ``start``-``end`` of ``text`` is a whole item of a list marked by 、: after a 、
    and before a mark that ends an item, or before a 、 and after a mark that opens one."""
    before, after = text[start - 1 : start] if start else "", text[end : end + 1]
    return (before == "、" and (after in _LIST_MARKS or not after)) or (after == "、" and before in "、，：:")


#: An item of a list after a 、: two or three Han characters (four or five where no shorter run
#: is closed: a Japanese name's, :func:`listed`), or a name written with a ·, each
#: part of six characters at most (班禅额尔德尼·确吉坚赞; not 总统私人秘书姆布塔·米兰多), before a 、,
#: a stop, 等, 同志, 和 or 及.
_CLOSE = "(?=、|[，。；]|等|同志|和|及)"
_ITEM = lazy(
    r"(?<=、)(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{4,5}|[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6}?)+)" + _CLOSE
)
_ITEM_END = lazy(_CLOSE + "|$")


#: A list marked by 、: items of one to eight characters other than marks.
_CHAIN = lazy(r"[^、，。；：,.;:\s（）()]{1,8}(?:、[^、，。；：,.;:\s（）()]{1,8})+")


def _items(chain: re.Match[str]) -> list[tuple[int, int, str]]:
    """The items of a list (a match of :data:`_CHAIN`), each with its offsets in the text."""
    items, at = [], chain.start()
    for item in chain.group().split("、"):
        items.append((at, at + len(item), item))
        at += len(item) + 1
    return items


def placed(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with the persons a tagger found as whole items of a list marked
    by 、 of places as places, where the list's places found are at least twice its persons and
    no person of it is the authority file's (长春、哈尔滨、牡丹江、佳木斯、齐齐哈尔)."""
    out = list(found)
    index = {(s, e): i for i, (s, e, _) in enumerate(found)}
    for chain in _CHAIN.finditer(text):
        items = [index[(start, end)] for start, end, _ in _items(chain) if (start, end) in index]
        persons = [i for i in items if found[i][2].kind is PhraseKind.PERSON]
        places = sum(1 for i in items if found[i][2].kind is PhraseKind.PLACE)
        if not persons or places < 2 * len(persons) or any(found[i][2].tagger is None for i in persons):
            continue
        for i in persons:
            start, end, phrase = found[i]
            key = local_key(phrase.text, "zh") or phrase.entity or ""
            out[i] = (
                start,
                end,
                name_phrase(PhraseKind.PLACE, phrase.text, key, phrase.tagger, phrase.certainty or "medium"),
            )
    return out


#: How many times a Japanese name found in a list makes its neighbour one (:func:`listed`): a
#: list's run of names no tagger found, each beside the last one found, is read to four items
#: from a person found (three in the dev corpus: 黑田寿男 → 渡边登 → 竹入义胜), and no further,
#: so that a list of other things beside a person is not read through (each pass reads the list
#: again: the bound keeps the cost of a long list small too).
_SPREAD = 4


def listed(text: str, found: list[Found]) -> list[Found]:
    """``found`` with the untagged items of a list of persons or places as persons or places:
    an item written between two 、 (two or three characters; a person's opening with a surname, no
    faction's (田中派), a place's with no determiner, neither a common word) when the items on both sides of it are
    persons or places found (沈慕昌、濮皓农、黄杏珍; 沁源、安泽、屯留); a person's item also when
    it is written as a foreign name, with a · (阿沛·阿旺晋美、班禅额尔德尼·确吉坚赞、赛福鼎·艾则孜),
    or is the list's last, after a person and before a stop, 等, 同志, 和 or 及 (蔡恒茂、史锁全。).
    In a line about Japan (:func:`.zh_japanese.japanese`) an item of three to five characters
    written beside a person, no word and of a Japanese name's shape, is a person, and the person so
    found makes its neighbour one (黑田寿男 → 渡边登 → 竹入义胜 of …美浓部亮吉、竹入义胜、渡边登、黑田寿男等日本…)."""
    japan = zh_japanese.japanese(text)
    added: list[Found] = []
    for _ in range(_SPREAD if japan else 1):  # a Japanese name found makes its neighbour one
        more = _listed(text, [*found, *added], japan)
        if not more:
            break
        added += more
    return sorted([*found, *added], key=lambda f: f[0]) if added else found


def _listed(text: str, found: list[Found], japan: bool) -> list[Found]:
    edges = {(e, s, p.kind) for s, e, p in found} | {(s, e, p.kind) for s, e, p in found}
    words = zh_words.words()
    added = []
    for match in _ITEM.finditer(text):
        start, end = match.span()
        surface = match.group()
        if any(s < end and start < e for s, e, _ in found) or surface in NOT_NAMES or surface in KINSHIP:
            continue
        if japan and len(surface) >= 3 and _japanese(surface, words) and _beside(text, start, end, found):
            added.append((start, end, made_name(PhraseKind.PERSON, surface)))
            continue
        if len(surface) > 3 and "·" not in surface:
            continue  # four or five characters: a Japanese name's only
        last = text[end : end + 1] != "、"
        for kind in (PhraseKind.PERSON, PhraseKind.PLACE):
            if not any(e == start - 1 and k is kind for e, _, k in edges):
                continue
            if not (kind is PhraseKind.PERSON and last) and not any(s == end + 1 and k is kind for s, _, k in edges):
                continue
            if kind is PhraseKind.PLACE and ("·" in surface or last):
                continue
            if kind is PhraseKind.PERSON and (
                ("·" not in surface and surface[0] not in SURNAMES) or surface.endswith(FACTION_ENDS)
            ):
                continue
            if kind is PhraseKind.PERSON and words is not None and (words.common(surface) or words.known(surface)):
                continue
            if kind is PhraseKind.PLACE and (
                surface[0] in DETERMINERS or (words is not None and words.common(surface))
            ):
                continue
            added.append((start, end, made_name(kind, surface)))
            break
    return added


#: The last characters of a list's item that names a place, a body, a faction (名古屋 aside:
#: a word of the dictionary): 神奈川县, 富士山, 日本海, 外务省, 防卫厅, 北海道, 社会党, 访华团,
#: 田中派 (and so 石桥湛山, a name, is lost: 富士山 and 箱根山 are no words of the dictionary).
_NO_NAME_ENDS = PLACE_ENDINGS | BODY_ENDS | frozenset(FACTION_ENDS) | frozenset("厅道")
#: The last words of a list's item that names a body or a person by a title, not a name: a body's
#: (:data:`.zh_names.ORG_SUFFIXES`), an office or honorific (大平外相, 高碕先生), a firm's or a
#: shrine's (三菱商事, 丰田汽车, 靖国神社), the Japanese friends (日本友人, 日中友好).
_NO_NAME_WORDS = (
    *ORG_SUFFIXES,
    *(h for h in HONORIFICS if len(h) > 1),
    *zh_japanese.OFFICES,
    *("商事", "物产", "汽车", "电机", "重工", "制铁", "钢铁", "商社", "财团", "集团", "神社", "中央"),
    *("友人", "朋友", "友好", "人士", "代表"),
)


def _japanese(surface: str, words: zh_words.Words | None) -> bool:
    """Whether a list's item can be a Japanese name: no ·, the shape of
    :func:`.zh_japanese.name_like`, no word of the dictionary but a person's (知识分子, 名古屋,
    访华团), no name's ending of a place, body or faction (:data:`_NO_NAME_ENDS`) nor their last
    words or a title (:data:`_NO_NAME_WORDS`), neither opening with Japan (日共中央) nor an office
    (团长井上靖)."""
    if "·" in surface or surface[-1] in _NO_NAME_ENDS or surface.endswith(_NO_NAME_WORDS):
        return False
    if surface.startswith((*zh_japanese.JAPAN, *zh_japanese.OFFICES)):
        return False
    if words is not None and len(surface) <= 4 and not words.person(surface):  # person(): four at most
        if words.listed(surface) or words.named(surface):
            return False
    return zh_japanese.name_like(surface)


def _beside(text: str, start: int, end: int, found: list[Found]) -> bool:
    """Whether a person found as a whole item of the list is written right before or after the
    item ``start``-``end`` (黑田寿男 of 渡边登、黑田寿男等; not 吉田 of 芦田派、吉田派)."""
    before = any(e == start - 1 and p.kind is PhraseKind.PERSON and text[s - 1 : s] == "、" for s, e, p in found)
    after = (p.kind is PhraseKind.PERSON and _ITEM_END.match(text, e) for s, e, p in found if s == end + 1)
    return before or any(after)


#: The last characters of a place's name of four characters written as a list's item (王家井村).
_PLACE_ENDS = frozenset("县市省区镇村乡州庄")
#: What closes a list of places in its last item, no part of the place: 等, 各, 诸 or a number
#: and the places' unit (蚌埠等市, 西南各区, 江苏等省, 张家口等地, 鲁豫两省, 襄垣、高平二县).
NUMERALS = "两二三四五六七八九十几数"
#: The count before the places' unit (等, 各, 诸 or a number): read by :mod:`.zh_divisions` too.
COUNT = r"(?:[等各诸]|[" + NUMERALS + r"]+)个?"
_CLOSING = lazy(COUNT + r"[地省市县区州镇乡村]+$")


def places_listed(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with the items of the lists closed as places are marked
    (:func:`closed`, run first), then the untagged items of a list of places marked by 、 as places:
    where three or more of the list's items, and a quarter of them or more, are places found
    whole and no item found whole is a person or body, each other item that may be a place
    (:func:`_shape`: no common word) and stands among the places: the items on each side of it
    up to a place found or the list's edge may all be places, or are common words of a place's
    shape between two items that may (滦县、乐亭、丰润、玉田、宝坻、遵化、石家庄、保定; 商邱、信阳、驻马店,
    1949-11-04). Not the goods after a market's places (天津、北京、济南、青岛玉米、猪鬃、生丝、花椒:
    青岛玉米 is no place's shape; 河北、山东、河南、山西、玉米、高粱、谷子: 高粱 and 谷子 common
    words). An item's closing is no part of its place (蚌埠 of 蚌埠等市, :data:`_CLOSING`). The
    lists closed as bodies are (:func:`.zh_firms.closed`) are read before, by the caller."""
    found = closed(text, found)
    added: list[Found] = []
    kind_at = kinds_at(found)
    for chain in _CHAIN.finditer(text):
        items = _items(chain)
        kinds = [kind_at.get((start, start + len(_stem(item)))) for start, _, item in items]
        places = kinds.count(PhraseKind.PLACE)
        if places < 3 or 4 * places < len(items) or any(k not in (None, PhraseKind.PLACE) for k in kinds):
            continue
        shapes = [
            _PLACE if kind else _shape(start, end, item, found)
            for (start, end, item), kind in zip(items, kinds, strict=True)
        ]
        edged = [_PLACE, *shapes, _PLACE]  # the list's edges bound it as places do
        links = [
            shape == _MAYBE
            or (shape == _COMMON and 0 < i < len(shapes) - 1 and {shapes[i - 1], shapes[i + 1]} <= {_PLACE, _MAYBE})
            for i, shape in enumerate(shapes)
        ]
        index = 0
        while index < len(items):
            last = index  # items index… last - 1 linked, between edged[index] and edged[last + 1]
            while last < len(items) and links[last]:
                last += 1
            if last > index and edged[index] == _PLACE and edged[last + 1] == _PLACE:
                for start, _, item in (items[i] for i in range(index, last) if shapes[i] == _MAYBE):
                    surface = _stem(item)
                    added.append((start, start + len(surface), made_name(PhraseKind.PLACE, surface)))
            index = last + 1
    return sorted([*found, *added], key=lambda f: f[0]) if added else found


def _stem(item: str) -> str:
    """A list's item without its closing (:data:`_CLOSING`: 蚌埠 of 蚌埠等市)."""
    closing = _CLOSING.search(item)
    return item[: closing.start()] if closing else item


#: What a list's item is (:func:`_shape`): a place found, what may be a place, a common word of a
#: place's shape, anything else.
_PLACE, _MAYBE, _COMMON, _OTHER = "place", "maybe", "common", "other"


def _shape(start: int, end: int, item: str, found: list[Found]) -> str:
    """What a list's item not found whole (without its closing) is: of a place's shape, two or
    three Han characters or four ending as a place does (王家井村), holding no name found, it may
    be a place (:data:`_MAYBE`), but where it is a common word (:meth:`.zh_words.Words.known`),
    opens with a determiner or is no name (:data:`_COMMON`); else :data:`_OTHER` (青岛玉米)."""
    words = zh_words.words()
    surface = _stem(item)
    if any(s < end and start < e for s, e, _ in found) or not zh_words.han(surface):
        return _OTHER
    if not (2 <= len(surface) <= 3 or (len(surface) == 4 and surface[-1] in _PLACE_ENDS)):
        return _OTHER
    if surface[0] in DETERMINERS or surface in NOT_NAMES or (words is not None and words.known(surface)):
        return _COMMON
    return _MAYBE


#: What closes a list of places after its last item and tells its items places: the span between
#: them or the area about them (许昌、信阳间, 洋泉、央田一带), or 等 or a number and the places' unit
#: (丰宁、滦平、安匠屯等地, 建祥、美萩两省, 下庄、茨坪、大井三个乡).
_PLACES_CLOSING = r"(?:(之?间)|一带|" + COUNT + r"(?:[地省县区州镇乡村]|市(?!场)|专区))"
#: A list of two to six items marked by 、, its last followed by a closing of places (the first
#: item as what is written before the first 、, cut in :func:`first_item`); the last item is the
#: shortest that a closing follows (南宫 of 南宫之间, not 南宫之).
_CLOSED = lazy(r"([\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,4}?){1,5})(" + _PLACES_CLOSING + ")")


def closed(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with the items of a list marked by 、 closed as a list of places is
    (:data:`_PLACES_CLOSING`: 许昌、信阳间; 洋泉、央田一带; 汤阴、固县等地) as places, where every
    item is a place found whole or may be one (:func:`_shape`: of a place's shape, no common word,
    holding no name found)."""
    added: list[Found] = []
    kind_at = kinds_at(found)
    bounds = zh_words.bounds(text)
    for match in _CLOSED.finditer(text):
        if match.start(2) not in bounds:  # a closing begun inside a word is none (装配车间)
            continue
        raw = match.group(1).split("、")
        first = first_item(text, match.start(1), raw[0], kind_at, bounds)
        items, at = [(match.start(1) + len(raw[0]) - len(first), match.start(1) + len(raw[0]), first)], match.start(1)
        at += len(raw[0]) + 1
        for item in raw[1:]:
            items.append((at, at + len(item), item))
            at += len(item) + 1
        shapes = [
            _PLACE if kind_at.get((s, e)) is PhraseKind.PLACE else _shape(s, e, item, found) for s, e, item in items
        ]
        if not first or any(shape not in (_PLACE, _MAYBE) for shape in shapes):
            continue
        if match.group(3) and _PLACE not in shapes:  # 间 alone is weak (婆媳、妯娌之间)
            continue
        for (start, end, item), shape in zip(items, shapes, strict=True):
            if shape == _MAYBE:
                added.append((start, end, made_name(PhraseKind.PLACE, item)))
    return sorted([*found, *added], key=lambda f: f[0]) if added else found


def kinds_at(found: list[Found]) -> dict[tuple[int, int], PhraseKind]:
    """The kind of the name found on each span: the first one found there, in text order."""
    kind_at: dict[tuple[int, int], PhraseKind] = {}
    for s, e, p in found:
        kind_at.setdefault((s, e), p.kind)
    return kind_at


def first_item(
    text: str,
    start: int,
    raw: str,
    kind_at: dict[tuple[int, int], PhraseKind],
    bounds: frozenset[int],
    kinds: frozenset[PhraseKind] = frozenset({PhraseKind.PLACE}),
) -> str:
    """A closed list's first item in ``raw``, what is written from ``start`` to its first 、: the
    longest name of ``kinds`` (places) found that ends there, else the shortest end of two to four
    characters that opens a word of the cut (许昌 of 平汉铁路南段许昌), else nothing; nothing too
    where the word of the cut before that end is one the dictionary tags a name, that may open the
    place (山庄 of 山庄窝铺)."""
    end = start + len(raw)
    place = [e - s for (s, e), kind in kind_at.items() if e == end and s >= start and kind in kinds]
    if place:
        return raw[-max(place) :]
    n = next((n for n in range(2, min(4, len(raw)) + 1) if end - n in bounds), 0)
    words = zh_words.words()
    before = next((word for _, e, word in zh_words.spans(text) if e == end - n), "")
    if not n or (words is not None and (words.place(before) or words.named(before))):
        return ""
    return raw[-n:]
