"""China's administrative divisions from the official list (``models/zh_divisions.json``, built by
:mod:`encoder.train_places` from the code list of the package ``cpca``): the places the CRF misses
because, written short, they look like words (临清, 平山, 长治, 信阳, 平遥). A short form that
jieba's dictionary tags as a verb or a function word is not taken at all (遵义, tagged a verb; 三台).

Taken conservatively (:func:`added`): a division's name or short form that no other name overlaps,
standing as a word of its own in jieba's dictionary cut, followed by nothing that continues a name
(a unit's or a body's head: 驻马店镇, 晋城基督教会, 辽东省工业厅; a school, 玉田一中; a year, 永和九年),
written where a reader sees a place (:func:`_cued`: after 在 or 去 and before what may close a
place's phrase, after a division, before 以西 or a part of it, 汤阴城, 长治一区; :func:`_listed`: a
list's item next to a place), and no short form the training text writes mostly as a word (和平,
互助: the table's ``words``). And a CRF place the list holds whole is sure enough to keep
(:func:`held`, cert ``medium``); one written with a part of it (汤阴城) is cut to the division
(:func:`_parted`), which the policy tags alone.
A division's name written in full with its level (常宁县, 烟台市) is a place wherever it stands as
words of its own before nothing that continues it, as a short form must (:func:`_written_full`).
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

from ..lazy_re import lazy
from ..model import PhraseKind
from . import zh_bodies, zh_conventions, zh_crf, zh_lists, zh_names, zh_words
from .naming import CERT_LEVELS, made_name, name_phrase, renamed
from .spans import Found

TABLE = Path(__file__).resolve().parent / "models" / "zh_divisions.json"
#: Characters after a name that continue it: a place's, a body's or a unit's last character
#: (驻马店镇, 临清县, 遵义会议, 长治市委, 平遥站, 平山报社), and heads those lists lack (辽东省工业厅,
#: 信阳地区专署, 平山报, 大连港, 颐和园, 农场, 军营, 中山路, 王府井大街).
CONTINUING = zh_crf.PLACE_ENDINGS | zh_crf.ORG_ENDINGS | zh_names.UNIT_ENDS | frozenset("厅专报港园场营路街")
#: What after a name makes it no place: a year of an era (永和九年, 咸丰年间), a school (玉田一中,
#: 邢台市师范: a normal school).
_NOT_AFTER = lazy(r"[元〇零一二三四五六七八九十百\d]*年|[一二三四五六七八九十\d]+中|师范")
#: The end of an officer's title that names a unit (靖安独立旅长: the brigade's commander), so the words
#: before it are the unit's name.
_COMMANDER = lazy(r"(?:[军师旅团营连排]长|司令员?|政委)$")
#: What closes a list of places right after its last item (临清、高唐、茌平等县, 长治、晋城、阳城三县):
#: no continuation of the name but a cue that it is a place.
_LIST_CLOSING = lazy(zh_lists.COUNT + r"[地省市县区州镇乡村]")
#: What after a division names a part of it, outside the name (the policy tags the division alone):
#: its walled town, 城 but where it opens 城市, 城镇, 城乡 or 城关 (汤阴城, 汶上城, 会理城; not 长治城市建设,
#: 平山城关镇), or a district numbered in Chinese numerals (长治一区, 平山一区).
PART_AFTER = lazy(r"城(?![市镇乡关])|[" + zh_conventions.NUMERALS + r"]+区")


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, list]:
    """The table of :mod:`encoder.train_places` (``divisions``, ``words``), read once."""
    return json.loads(TABLE.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _forms() -> frozenset[str]:
    """Every division's name and short form of two characters or more, but the short forms the
    training text writes mostly as words (the table's ``words``)."""
    table = _table()
    words = set(table["words"])
    return frozenset(
        form for name, short, _ in table["divisions"] for form in (name, short) if len(form) >= 2 and form not in words
    )


def usable(form: str) -> bool:
    """Whether ``form`` is a division's name or short form (:func:`_forms`) that jieba's dictionary
    does not know as a numeral, measure or function word (:func:`_common`: not 三台); judged once
    per form of the table met, not for the whole table at start-up."""
    return form in _forms() and not _common(form)


@functools.cache
def _common(form: str) -> bool:
    """Whether jieba's dictionary knows ``form`` as a numeral, measure or function word (三台); not
    the words said often that it tags no name (信阳 n, 遵义 v, 平遥 a: jieba's tags of places are loose)."""
    words = zh_words.words()
    return words is not None and words.functional(form)


def held(found: Found, text: str | None = None) -> bool:
    """Whether ``found`` is a place the CRF is unsure of (below ``medium``) whose whole text is a
    division's name (信阳, 许昌); in ``text``, one written as a word of jieba's cut that stands
    alone as :func:`added` asks (not 东港 of 大东港, not 靖安 of 靖安独立旅长)."""
    start, end, phrase = found
    certain = CERT_LEVELS.index(phrase.certainty or "high") >= CERT_LEVELS.index("medium")
    if phrase.kind is not PhraseKind.PLACE or certain or not usable(phrase.text):
        return False
    if text is None:
        return True
    spans = zh_words.spans(text)
    index = next((i for i, (s, e, _) in enumerate(spans) if (s, e) == (start, end)), None)
    return index is not None and _alone(text, spans, index)


def raised(found: Found, text: str | None = None) -> Found:
    """``found`` at cert ``medium`` where :func:`held` says so; else as it is."""
    if not held(found, text):
        return found
    start, end, phrase = found
    return start, end, name_phrase(phrase.kind, phrase.text, phrase.entity or "", phrase.tagger or "zh_ner", "medium")


def added(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with each division's name of ``text`` that stands alone (see the
    module's note) as a place, cert ``medium``: first those a word about them cues, then the items
    of a list next to a place (:func:`_listed`)."""
    found = _written_full(text, [_parted(text, f) for f in found])
    spans = zh_words.spans(text)
    alone = [
        index
        for index, (start, end, word) in enumerate(spans)
        if usable(word) and not any(s < end and start < e for s, e, _ in found) and _alone(text, spans, index)
    ]
    taken = {i for i in alone if _cued(text, spans, i, found)}
    while True:  # a list's items next to a place, then those next to them (兰州、平凉、天水)
        places = sorted([*found, *(_place(spans[i]) for i in taken)], key=lambda f: f[0])
        more = {i for i in alone if i not in taken and _listed(text, spans[i][0], spans[i][1], places)}
        if not more:
            break
        taken |= more
    return places if taken else found


#: The levels written after a county's or a prefecture's short form that say it is a place, as
#: the list writes it or as it was written before the county became a city (常宁县, 今 常宁市).
_FULL_LEVELS = ("县", "市")


@functools.lru_cache(maxsize=1)
def _full_name_shorts() -> dict[str, frozenset[str]]:
    """Each county's or prefecture's short form of two characters or more followed by a level
    (:data:`_FULL_LEVELS`), and each such name of the list (not 和县, 新县: a one-character name is a
    word's end too often), with the short forms it is written from; whether a short form is
    :func:`usable` is judged when a name is met (:func:`_usable_full`), not for the whole table."""
    table = _table()["divisions"]
    shorts = {short for _, short, kind in table if kind != "province" and len(short) >= 2}
    names: dict[str, set[str]] = {}
    for short in shorts:
        for level in _FULL_LEVELS:
            names.setdefault(short + level, set()).add(short)
    for name, short, kind in table:
        if kind != "province" and name.endswith(_FULL_LEVELS) and short in shorts:
            names.setdefault(name, set()).add(short)
    return {name: frozenset(forms) for name, forms in names.items()}


@functools.lru_cache(maxsize=4096)
def _usable_full(name: str) -> bool:
    """Whether ``name`` of :func:`_full_name_shorts` is written from a :func:`usable` short form (not 和平)."""
    return any(usable(short) for short in _full_name_shorts()[name])


def _full_names() -> frozenset[str]:
    """The names of :func:`_full_name_shorts` written from a usable short form (the whole table judged)."""
    return frozenset(name for name in _full_name_shorts() if _usable_full(name))


@functools.lru_cache(maxsize=1)
def _longest_full_name() -> int:
    """The length of the longest of :func:`_full_name_shorts` (双江拉祜族佤族布朗族傣族自治县)."""
    return max(map(len, _full_name_shorts()))


def full_name_spans(text: str) -> list[tuple[int, int]]:
    """The spans of :func:`_full_names` in ``text`` as :func:`full_name_spans_plain`'s regular
    expression finds them (leftmost first, the longest at each start, none overlapping), read back
    from each level character (every name ends with one), so no pattern of all names is compiled
    and only the names met are judged usable."""
    names, longest, candidates = _full_name_shorts(), _longest_full_name(), []
    for level in _FULL_LEVELS:
        end = text.find(level) + 1
        while end:
            starts = range(max(0, end - longest), end - 1)
            candidates += [(s, end) for s in starts if text[s:end] in names and _usable_full(text[s:end])]
            end = text.find(level, end) + 1
    spans, last = [], 0
    for start, end in sorted(candidates, key=lambda c: (c[0], -c[1])):
        if start >= last:
            spans.append((start, end))
            last = end
    return spans


def full_name_spans_plain(text: str) -> list[tuple[int, int]]:
    """:func:`full_name_spans` as one regular expression of all the names, longest first (the reference)."""
    names = sorted(_full_names(), key=len, reverse=True)
    return [match.span() for match in re.finditer("|".join(names), text)]


def _written_full(text: str, found: list[Found]) -> list[Found]:
    """``found`` with each division's name written in full (:func:`full_name_spans`: 仪征县, 白山市)
    that no name overlaps, opening and closing words of the cut (not 高平 of 新高平市场), after no
    character glued to it, before nothing that continues it (:func:`_continued`: 常德县 +
    农林水利局, 昌图县 + 平安公社 are the bodies' rules'; 常宁县 + 一中, 常宁县 + 独立营 are
    names of their own; 海阳县 + 第十一区 is two places)."""
    matches = sorted({*full_name_spans(text), *_counties(text)})
    if not matches:
        return sorted(found, key=lambda f: f[0])
    bounds, spans, added_places = zh_words.bounds(text), zh_words.spans(text), []
    for start, end in matches:
        if start not in bounds or end not in bounds or any(s < end and start < e for s, e, _ in found):
            continue
        before = next((w for _, e, w in spans if e == start), "")
        if _glued(before) or _continued(text, end, [w for s, _, w in spans if s >= end][:2]):
            continue
        if text.startswith("长", end):
            continue  # the level and 长 are an office (贞丰县长, 烟台市长): the name is no place written in full
        added_places.append((start, end, made_name(PhraseKind.PLACE, text[start:end])))
    return sorted([*found, *added_places], key=lambda f: f[0])


def _counties(text: str) -> list[tuple[int, int]]:
    """The counties of a one-character name written with 县 that jieba's cut gives as one word its
    dictionary tags a place (盂县, 朔县, 孟县: the list gives such names no short form, and lacks
    those renamed since); not where the character is a numeral, a function word, a verb or an
    adjective (五县, 和县, 外县, 新县: as often a count, a conjunction or a word before 县)."""
    words = zh_words.words()
    if words is None or "县" not in text:
        return []
    return [
        (start, end)
        for start, end, word in zh_words.spans(text)
        if len(word) == 2 and word[1] == "县" and words.place(word) and not _loose(word[0], words)
    ]


def _loose(char: str, words: zh_words.Words) -> bool:
    """Whether ``char`` before 县 may be a word of its own: a numeral, a function word or an adjective."""
    return zh_crf.char_class(char) == "n" or words.functional(char) or words.modifier(char)


def _parted(text: str, found: Found) -> Found:
    """``found``, a place a tagger read with a part of it (:data:`PART_AFTER`: 汤阴城), cut to the
    division's form it opens with, when that form stands as a word of jieba's cut and the whole is
    no division's name (故城, 晋城 are); not a name of the authority file (its 永年城 is its choice)."""
    start, end, phrase = found
    name = phrase.text
    if phrase.kind is not PhraseKind.PLACE or phrase.tagger is None or name in _forms():
        return found
    for size in range(len(name) - 1, 1, -1):
        part = PART_AFTER.match(text, start + size)  # on the text: 清河城 + 镇 is 城镇, no walled town
        if (
            part is not None
            and part.end() == end
            and usable(name[:size])
            and (start, start + size) in _word_bounds(text)
        ):
            return start, start + size, renamed(phrase, name[:size])
    return found


def _word_bounds(text: str) -> set[tuple[int, int]]:
    """The start and end of each word of jieba's cut of ``text``."""
    return {(s, e) for s, e, _ in zh_words.spans(text)}


def _place(span: tuple[int, int, str]) -> Found:
    """The word ``span`` of the cut as a place found."""
    return span[0], span[1], made_name(PhraseKind.PLACE, span[2])


def _closed(text: str, end: int) -> bool:
    """Whether what follows a division's name at ``end`` closes it as a place: a list of places
    closed right after it (:data:`_LIST_CLOSING`: 茌平等县) or a part of it (:data:`PART_AFTER`: 汤阴城)."""
    return _LIST_CLOSING.match(text, end) is not None or PART_AFTER.match(text, end) is not None


@functools.lru_cache(maxsize=1)
def full_names() -> frozenset[str]:
    """Every division's name written in full (平遥县, 延边朝鲜族自治州)."""
    return frozenset(name for name, _, _ in _table()["divisions"])


def _alone(text: str, spans: tuple[tuple[int, int, str], ...], index: int) -> bool:
    """Whether the word ``spans[index]`` is a name of its own: after no character that opens a
    longer name with it (康 + 永和, 挹 + 江门: a single Han character that is no function word, or
    an adjective: 大 + 东港), nor a conjunction opening it after a unit (自治区 + 和县), and before
    nothing that continues it (:func:`_continued`)."""
    _, end, word = spans[index]
    before = spans[index - 1][2] if index else ""
    if _glued(before) or (word[0] in "和与及" and before[-1:] in zh_names.UNIT_ENDS):
        return False
    return not _continued(text, end, [word for _, _, word in spans[index + 1 : index + 3]])


def _continued(text: str, end: int, after: list[str]) -> bool:
    """Whether what follows a division's name at ``end`` (``after``: the next two words of the cut)
    continues it: a year (永和 + 九年) or a school (玉田 + 一中), unless a list of places or a part
    of it closes it (:func:`_closed`); a character that continues it (大田 + 集, 开化 + 寺, 三穗 +
    稻; a place's ending does not after a name written with its level: 仪征县 + 县级机关); words
    that end with a unit's or a body's head (晋城 + 基督教会, 当涂 + 火车站, 大荔 + 农校, 常宁县 +
    独立营), or with a unit's officer (靖安 + 独立旅长). The words are read up to a verb or function
    word of two characters or more, which continues no name (烟台市 + 举行 + 大会: 举行 ends in 行;
    常宁县 + 办好 opens with 办)."""
    if _NOT_AFTER.match(text, end):
        return True
    if _closed(text, end):
        return False
    chains = ["".join(after[:size]) for size in range(1, len(after) + 1) if zh_words.han("".join(after[:size]))]
    if any(_COMMANDER.search(chain) for chain in chains):
        return True
    words = zh_words.words()
    links = next((n for n, w in enumerate(after) if len(w) > 1 and words is not None and words.functional(w)), 2)
    # a place's ending opens no continuation of a name written with its level (仪征县 + 县级机关)
    openings = CONTINUING - zh_crf.PLACE_ENDINGS if text[end - 1] in zh_crf.PLACE_ENDINGS else CONTINUING
    if links and after and (_lone_han(after[0]) or after[0][0] in openings):
        return True
    return any(chain[-1] in CONTINUING or zh_bodies.headed(chain) for chain in chains[:links])


#: Words before a name that take a place: prepositions and verbs of going and staying (在清丰发现,
#: 去天峨, 从格尔木到拉萨, 攻垣曲, 东援金乡).
PLACE_BEFORE = frozenset(
    "在 到 从 去 至 往 赴 抵 经 由 于 攻 援 向 来 回 离 驻 住 进 出 围困 进攻 来自 位于 地处 前往 途经".split()
)
#: Words after a name that make it a place: directions and areas (上饶以西, 柘城一带, 许昌、信阳间).
PLACE_AFTER = frozenset("以西 以东 以南 以北 一带 附近 境内 等地 间 之间 东部 西部 南部 北部 两地".split())


def _cued(text: str, spans: tuple[tuple[int, int, str], ...], index: int, found: list[Found]) -> bool:
    """Whether a word about ``spans[index]`` tells a place: a word that takes one before it
    (:data:`PLACE_BEFORE`) and after it what may close a place's phrase (:func:`_closes`), a
    division before it (湖南洪江, 甘肃省张掖), a word that makes it one after it (:data:`PLACE_AFTER`)
    or a list of places closed right after it (:data:`_LIST_CLOSING`: 茌平等县)."""
    start, end, word = spans[index]
    before = spans[index - 1][2] if index else ""
    after = spans[index + 1][2] if index + 1 < len(spans) else ""
    after_place = usable(before) or any(
        e == start and p.kind is PhraseKind.PLACE and (usable(p.text) or p.text.endswith("省")) for _, e, p in found
    )  # a division's: 湖南洪江, 甘肃省张掖; not 黄河 + 咸丰 (五年), 中国 + 平定 (西藏)
    cued_before = before in PLACE_BEFORE and _closes(word, after)
    return cued_before or after in PLACE_AFTER or after_place or _closed(text, end)


def _closes(word: str, after: str) -> bool:
    """Whether ``after``, the word after the name ``word`` written after a preposition, may close a
    place's phrase: nothing, a mark (but 、: a list's items are :func:`_listed`'s), 的 or a word of
    :data:`PLACE_AFTER` (在清丰，; 去天峨的), or, for a name that jieba's dictionary tags as no
    verbal noun nor adjective (not 平定 叛乱), 等 or a word of a class after which a word is a place
    as often as any (:data:`.zh_words.CLOSING_TAGS`: 在清丰发现, 从格尔木到拉萨; not 大田 生产,
    白玉 般的, 永和 九年)."""
    if after == "、":
        return False
    if not zh_words.han(after) or after == "的" or after in PLACE_AFTER:
        return True
    words = zh_words.words()
    return words is not None and not words.predicative(word) and (after == "等" or words.closing(after))


#: What closes a list of persons after its last item: 等 and a kind of person (丁玲、白朗、草明等女作家,
#: 左权、彭雪枫等烈士, 张新民、李鹏等同志); not 国家.
_PERSONS_CLOSING = lazy(r"等(?!国家)[\u4e00-\u9fff]{0,3}?(?:人|家|者|员|士|师|同志|英雄|干部|代表)")


def _listed(text: str, start: int, end: int, places: list[Found]) -> bool:
    """Whether ``start``-``end`` of ``text`` is an item of a list marked by 、 that a place stands
    next to: the list's item before or after it is a place found (by the passes or by a cue about
    it) or a division's name written in full (平遥县), or the list is one of places as
    :func:`.zh_lists.places_listed` judges (襄垣、高平二县). Not in a list of persons (:data:`_PERSONS_CLOSING`)."""
    if "、" not in (text[start - 1 : start], text[end : end + 1]):
        return False
    chain = next((c for c in zh_lists._CHAIN.finditer(text) if c.start() <= start and end <= c.end()), None)
    if chain is not None and _PERSONS_CLOSING.match(text, _item_end(text, chain.end())):
        return False
    items = zh_lists._items(chain) if chain is not None else []
    if any(zh_lists._stem(item) in full_names() for s, e, item in items if e == start - 1 or s == end + 1):
        return True
    if any(
        p.kind is PhraseKind.PLACE and ((e == start - 1 and text[e] == "、") or (s == end + 1 and text[end] == "、"))
        for s, e, p in places
    ):
        return True
    return any(
        (s, e) == (start, end) and p.kind is PhraseKind.PLACE for s, e, p in zh_lists.places_listed(text, places)
    )


def _item_end(text: str, end: int) -> int:
    """Where the list's last item, ending at or before ``end``, is closed: at its 等 when it has one."""
    at = text.rfind("等", 0, end)
    return at if at > text.rfind("、", 0, end) else end


def _glued(before: str) -> bool:
    """Whether the word ``before`` a name is glued to it: one Han character that is no function
    word (康 + 永和), or an adjective (大 + 东港)."""
    words = zh_words.words()
    return _lone_han(before) or (words is not None and words.modifier(before))


def _lone_han(word: str) -> bool:
    """Whether ``word`` is one Han character that jieba's dictionary knows as no function word."""
    words = zh_words.words()
    return len(word) == 1 and zh_words.han(word) and not (words is not None and words.functional(word))
