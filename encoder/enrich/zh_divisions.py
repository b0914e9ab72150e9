"""China's administrative divisions from the official list (``models/zh_divisions.json``, built by
:mod:`encoder.train_places` from the code list of the package ``cpca``): the places the CRF misses
because, written short, they look like words (临清, 平山, 遵义, 长治, 信阳, 平遥).

Taken conservatively (:func:`added`): a division's name or short form that no other name overlaps,
standing as a word of its own in jieba's dictionary cut, followed by nothing that continues a name
(a unit's or a body's head: 驻马店镇, 晋城基督教会, 辽东省工业厅), written where a reader sees a
place (:func:`_placed`: a list's item, after 在 or 去, after a division, before 以西), and no short
form the training text writes mostly as a word (和平, 互助: the table's ``words``). And a CRF place
the list holds whole is sure enough to keep (:func:`held`, cert ``medium``).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from ..model import PhraseKind
from . import zh_bodies, zh_words
from .naming import CERT_LEVELS, made_name, name_phrase
from .spans import Found

TABLE = Path(__file__).resolve().parent / "models" / "zh_divisions.json"
#: Characters after a name that continue it: a unit's (驻马店镇, 临清县, 平山乡) or a body's head
#: (遵义会议 is no place alone: 会; 长治市委: 委; 信阳地区专署: 专; 平遥站, 平山报社).
CONTINUING = frozenset("镇市县区乡村委厂会局厅部站社报省州旗盟专署院校所处队营军团路街港湾山河园场")


@functools.lru_cache(maxsize=1)
def names() -> frozenset[str]:
    """Every division's name and short form, but the short forms that are mostly words; read once."""
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    words = set(table["words"])
    return frozenset(
        form
        for name, short, _ in table["divisions"]
        for form in (name, short)
        if len(form) >= 2 and form not in words and not _common(form)
    )


def _common(form: str) -> bool:
    """Whether jieba's dictionary knows ``form`` as a numeral, measure or function word (三台); not
    the words said often that it tags no name (信阳 n, 遵义 v, 平遥 a: jieba's tags of places are loose)."""
    words = zh_words.words()
    return words is not None and words.functional(form)


def held(found: Found) -> bool:
    """Whether ``found`` is a place the CRF is unsure of (below ``medium``) whose whole text is a
    division's name (信阳, 许昌)."""
    phrase = found[2]
    certain = CERT_LEVELS.index(phrase.certainty or "high") >= CERT_LEVELS.index("medium")
    return phrase.kind is PhraseKind.PLACE and not certain and phrase.text in names()


def raised(found: Found) -> Found:
    """``found`` at cert ``medium`` where :func:`held` says so; else as it is."""
    if not held(found):
        return found
    start, end, phrase = found
    return start, end, name_phrase(phrase.kind, phrase.text, phrase.entity or "", phrase.tagger or "zh_ner", "medium")


def added(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with each division's name of ``text`` that stands alone (see the
    module's note) as a place, cert ``medium``."""
    table = names()
    spans = zh_words.spans(text)
    extra: list[Found] = []
    for index, (start, end, word) in enumerate(spans):
        if (
            word in table
            and not any(s < end and start < e for s, e, _ in found)
            and _alone(spans, index)
            and _placed(text, spans, index, found)
        ):
            extra.append((start, end, made_name(PhraseKind.PLACE, word)))
    return sorted([*found, *extra], key=lambda f: f[0]) if extra else found


def _alone(spans: tuple[tuple[int, int, str], ...], index: int) -> bool:
    """Whether the word ``spans[index]`` is a name of its own: after no character that opens a
    longer name with it (康 + 永和, 挹 + 江门: a single Han character that is no function word), before
    none that continues it (大田 + 集, 开化 + 寺, 三穗 + 稻), and before no words that end with a
    unit's or a body's head (晋城 + 基督教会, 当涂 + 火车站, 大荔 + 农校)."""
    before = spans[index - 1][2] if index else ""
    after = [word for _, _, word in spans[index + 1 : index + 3]]
    if _lone_han(before) or (after and (_lone_han(after[0]) or after[0][0] in CONTINUING)):
        return False
    chains = ["".join(after[:size]) for size in range(1, len(after) + 1) if zh_words.han("".join(after[:size]))]
    return not any(chain[-1] in CONTINUING or zh_bodies.headed(chain) for chain in chains)


#: Words before a name that take a place: prepositions and verbs of going and staying (在清丰发现,
#: 去天峨, 从格尔木到拉萨, 攻垣曲, 东援金乡).
PLACE_BEFORE = frozenset(
    "在 到 从 去 至 往 赴 抵 经 由 于 攻 援 向 来 回 离 驻 住 进 出 围困 进攻 来自 位于 地处 前往 途经".split()
)
#: Words after a name that make it a place: directions and areas (上饶以西, 柘城一带, 许昌、信阳间).
PLACE_AFTER = frozenset("以西 以东 以南 以北 一带 附近 地区 境内 等地 城 间 之间 东部 西部 南部 北部 两地".split())


def _placed(text: str, spans: tuple[tuple[int, int, str], ...], index: int, found: list[Found]) -> bool:
    """Whether the word ``spans[index]`` is written where a reader sees a place: an item of a list
    marked by 、, after a word that takes a place (:data:`PLACE_BEFORE`) or after a division
    (湖南洪江, 甘肃省张掖), before a word that makes it one (:data:`PLACE_AFTER`)."""
    start, end, _ = spans[index]
    before = spans[index - 1][2] if index else ""
    after = spans[index + 1][2] if index + 1 < len(spans) else ""
    table = names()
    after_place = before in table or any(
        e == start and p.kind is PhraseKind.PLACE and (p.text in table or p.text.endswith("省")) for _, e, p in found
    )  # a division's: 湖南洪江, 甘肃省张掖; not 黄河 + 咸丰 (五年), 中国 + 平定 (西藏)
    return (
        "、" in (text[start - 1 : start], text[end : end + 1])
        or before in PLACE_BEFORE
        or after in PLACE_AFTER
        or after_place
    )


def _lone_han(word: str) -> bool:
    """Whether ``word`` is one Han character that jieba's dictionary knows as no function word."""
    words = zh_words.words()
    return len(word) == 1 and zh_words.han(word) and not (words is not None and words.functional(word))
