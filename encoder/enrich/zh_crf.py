"""Chinese persons, places and organisations from a character CRF trained on People's Daily text.

The model (``models/zh_ner.crfsuite``, see ``models/PROVENANCE.md``; retrained by
``python -m encoder.train_ner``) labels each character ``B-``/``I-`` ``PER``, ``LOC``, ``ORG``
or ``O`` from the features of :func:`features`: the characters and character bigrams within two
places, the character's class, its place in jieba's word (dictionary segmentation, no HMM, by
:mod:`.zh_words`) and a few dictionary flags (surnames, place and organisation endings). The same function serves
training and tagging, so the two cannot drift apart.

Each entity's probability is the smallest marginal probability of its labels (the CRF's
forward-backward), so a name the model half believes in gets a low ``cert``.
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..model import PhraseKind
from . import zh_words
from .windows import ZH_ENDS, tag_windows

MODEL = Path(__file__).resolve().parent / "models" / "zh_ner.crfsuite"
KINDS = {"PER": PhraseKind.PERSON, "LOC": PhraseKind.PLACE, "ORG": PhraseKind.ORG}

SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
    "毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连"
)
#: Characters that end place names (省, 县, 河 …) and organisation names (部, 会, 社 …).
PLACE_ENDINGS = frozenset("省市县区州乡镇村庄山河江湖海岛洋湾峡国州盟旗堡寨岭")
ORG_ENDINGS = frozenset("部会社局厂校院所委团队党军司处行署办馆站组联协")
#: The last characters of bodies' names: the organisation endings, newspapers (冀南日报), offices
#: (办公室), sections (教育科), mines (贾汪煤矿).
BODY_ENDS = ORG_ENDINGS | frozenset("报室科矿盟")
#: Characters that often come right after a person's name (titles, speech verbs).
AFTER_PERSON = frozenset("说指表同先女总主副部书委市省长讲称认在等")

_SENTINELS = ("\x02", "\x03")


def char_class(char: str) -> str:
    """A character's class: Han, digit (any width, Chinese numerals included), Latin, punctuation, other."""
    if "\u4e00" <= char <= "\u9fff":
        return "n" if char in "〇一二三四五六七八九十百千万亿零两" else "h"
    if char.isdigit():
        return "d"
    if char.isalpha():
        return "l"
    if char in "·•．・":
        return "."  # the dot of foreign names
    return "p" if not char.isspace() else "s"


@functools.lru_cache(maxsize=8192)
def _char_features(char: str) -> str:
    """The class and dictionary flags of one character, as one feature string."""
    return (
        char_class(char)
        + ("S" if char in SURNAMES else "-")
        + ("P" if char in PLACE_ENDINGS else "-")
        + ("O" if char in ORG_ENDINGS else "-")
        + ("A" if char in AFTER_PERSON else "-")
    )


def word_positions(words: Iterable[str]) -> list[str]:
    """Each character's place in its word: ``S`` single, ``B``/``M``/``E`` with the word's length (up to 4)."""
    out: list[str] = []
    for word in words:
        size = len(word)
        if size == 1:
            out.append("S")
        else:
            length = str(min(size, 4))
            out.append("B" + length)
            out.extend(["M" + length] * (size - 2))
            out.append("E" + length)
    return out


@functools.lru_cache(maxsize=16384)
def _unigrams(char: str) -> tuple[str, str, str, str, str, str, str, str]:
    """The features that name one character, in each place it takes in a window, and its class's
    (``c=``, ``c-1=``, ``c+1=``, ``c-2=``, ``c+2=``, ``k=``), the class's first letter, the character."""
    kind = _char_features(char)
    return "c=" + char, "c-1=" + char, "c+1=" + char, "c-2=" + char, "c+2=" + char, "k=" + kind, kind[0], char


def features(text: str, positions: Sequence[str]) -> list[list[str]]:
    """The CRF features of each character of ``text``; ``positions`` from :func:`word_positions`.

    The rows of :func:`features_plain` (the reference, which a property test holds this to),
    built by walking the padded text's characters and bigrams side by side: each character's
    features and each bigram made once, not once per window that holds them."""
    padded = _SENTINELS[0] * 2 + text + _SENTINELS[1] * 2
    bigrams = [x + y for x, y in itertools.pairwise(padded)]
    chars = [_unigrams(char) for char in padded]
    return [
        [
            c[0],
            b[1],
            d[2],
            a[3],
            e[4],
            "b-1=" + bc,
            "b+1=" + cd,
            "b-2=" + ab,
            "b+2=" + de,
            "t-1=" + b[7] + d[7],
            c[5],
            "kk=" + b[6] + c[6] + d[6],
            "w=" + position,
            "wc=" + position[0] + c[7],
        ]
        for position, a, b, c, d, e, ab, bc, cd, de in zip(
            positions,
            chars,
            chars[1:],
            chars[2:],
            chars[3:],
            chars[4:],
            bigrams,
            bigrams[1:],
            bigrams[2:],
            bigrams[3:],
            strict=False,  # the shifted sequences are longer than ``positions``
        )
    ]


def features_plain(text: str, positions: Sequence[str]) -> list[list[str]]:
    """:func:`features` written out window by window (the reference)."""
    padded = _SENTINELS[0] * 2 + text + _SENTINELS[1] * 2
    classes = [_char_features(char) for char in padded]
    rows = []
    for i, position in enumerate(positions):
        a, b, c, d, e = padded[i], padded[i + 1], padded[i + 2], padded[i + 3], padded[i + 4]
        kb, kc, kd = classes[i + 1], classes[i + 2], classes[i + 3]
        rows.append(
            [
                "c=" + c,
                "c-1=" + b,
                "c+1=" + d,
                "c-2=" + a,
                "c+2=" + e,
                "b-1=" + b + c,
                "b+1=" + c + d,
                "b-2=" + a + b,
                "b+2=" + d + e,
                "t-1=" + b + d,
                "k=" + kc,
                "kk=" + kb[0] + kc[0] + kd[0],
                "w=" + position,
                "wc=" + position[0] + c,
            ]
        )
    return rows


def sentence_features(text: str) -> list[list[str]]:
    """:func:`features` of ``text`` with the word boundaries of jieba's dictionary: its cut by
    :func:`.zh_words.spans`, which keeps it for the name rules that ask for it again."""
    if zh_words.words() is None:
        raise RuntimeError("jieba is not installed (pip install '.[ner]')")
    return features(text, word_positions(word for _, _, word in zh_words.spans(text)))


@functools.cache
def available() -> bool:
    """Whether the tagger can run: python-crfsuite and jieba installed, the model shipped
    (looked up without importing them: an article without Chinese text does not pay for them)."""
    if importlib.util.find_spec("pycrfsuite") is None or zh_words.dictionary_file() is None:
        return False
    return MODEL.is_file()


@functools.lru_cache(maxsize=4)
def tagger(model: str | None = None) -> Any:
    """The opened CRF model ``model`` (loaded once per process); ``None``: :data:`MODEL` as it is
    when first opened (so an evaluation can point the names pass at another model)."""
    import pycrfsuite

    opened = pycrfsuite.Tagger()
    opened.open(str(MODEL) if model is None else model)
    return opened


def preload() -> None:
    """Open the model and load the word table (see :func:`.names.preload`)."""
    tagger()
    zh_words.words()


Entity = tuple[int, int, str, float]  # start, end, type (PER, LOC, ORG), probability


def spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """The entities of a BIO label sequence as (start, end, type); an ``I-`` without its ``B-`` opens one."""
    found = []
    start, kind = -1, ""
    for index, label in enumerate([*labels, "O"]):
        if label.startswith("I-") and label[2:] == kind:
            continue
        if kind:
            found.append((start, index, kind))
        start, kind = (index, label[2:]) if label != "O" else (-1, "")
    return found


#: Lines longer than this many characters are tagged in windows (:mod:`.windows`): whole
#: sentences up to this size, a longer sentence in pieces overlapping by :data:`OVERLAP`.
#: Every line of the sample corpus is shorter, so what it gets is the plain form's.
WINDOW = 10_000
OVERLAP = 200


def entities(texts: Sequence[str], model: str | None = None, window: int = WINDOW) -> list[list[Entity]]:
    """The entities of each text, with their probabilities (one batch: the model opened once);
    a text longer than ``window`` is read in windows, so time and memory stay linear in it."""
    crf = tagger(model)

    def tag(parts: list[str]) -> list[list[Entity]]:
        return [_tagged(crf, part) for part in parts]

    return [tag_windows(text, window, ZH_ENDS, OVERLAP, tag) if text else [] for text in texts]


def entities_plain(texts: Sequence[str], model: str | None = None) -> list[list[Entity]]:
    """:func:`entities` with each text read whole (the reference)."""
    crf = tagger(model)
    return [_tagged(crf, text) if text else [] for text in texts]


def _tagged(crf: Any, text: str) -> list[Entity]:
    """The entities of ``text`` read whole by the opened model ``crf``."""
    labels = crf.tag(sentence_features(text))
    found = []
    for start, end, kind in spans(labels):
        probability = min(crf.marginal(labels[i], i) for i in range(start, end))
        found.append((start, end, kind, probability))
    return found


def certainty(probability: float) -> str:
    """``cert`` of an entity of ``probability`` (thresholds chosen on the People's Daily NER dev split)."""
    if probability >= HIGH:
        return "high"
    return "medium" if probability >= MEDIUM else "low"


#: Thresholds of :func:`certainty` (see ``models/PROVENANCE.md``).
HIGH = 0.95
MEDIUM = 0.7
