"""Keys and spellings of names: what lets the two languages of one entity share one ``@ref``.

An entity the authority file does not know gets a local key, ``local-`` and its pinyin
(Chinese) or its English form; a Chinese name is sought in the English text by its
romanisations (pinyin, and for a place also its stem with the English word for its end).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..model import Phrase, PhraseKind
from .zh_pinyin import lazy_pinyin

#: The levels of a machine-found name's ``cert``, lowest first.
CERT_LEVELS = ("low", "medium", "high")

#: English words for the generic ends of Chinese place names: 鄜县 is Fu County.
_PLACE_ENDS = {
    "县": "county",
    "村": "village",
    "镇": "town",
    "乡": "township",
    "省": "province",
    "市": "city",
    "河": "river",
    "江": "river",
    "山": "mountain",
    "湖": "lake",
    "岛": "island",
    "区": "district",
}


@functools.lru_cache(maxsize=4096)
def pinyin(text: str) -> str:
    """Pinyin of a Chinese name without tones, syllables run together per word: 杨秀峰 -> yang xiufeng."""
    syllables = [s for s in lazy_pinyin(text) if s.isascii() and s.isalpha()]
    if not syllables:
        return ""
    return " ".join([syllables[0], "".join(syllables[1:])]) if len(syllables) > 1 else syllables[0]


@functools.lru_cache(maxsize=4096)
def syllables(han: str) -> tuple[str, ...]:
    """The pinyin of each character of a run of Han characters, without tones, read in context
    (() when pypinyin is not installed)."""
    found = tuple(lazy_pinyin(han))
    return found if len(found) == len(han) else ()


def slug(text: str) -> str:
    """An NCName-safe key part: ASCII letters and digits, joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower()))


def local_key(surface: str, lang: str) -> str | None:
    """The key of an entity the authority file does not know; None when nothing is left of it."""
    base = slug(pinyin(surface)) if lang == "zh" else slug(surface)
    return f"local-{base}" if base else None


def romanisations(text: str) -> list[str]:
    """How a Chinese name may be written in the English text: pinyin, and for a place also
    its stem with the English word for its generic end (鄜县: fu xian, fu county)."""
    forms = [pinyin(text)]
    if len(text) > 2 and text[-1] in _PLACE_ENDS:
        forms.append(f"{pinyin(text[:-1])} {_PLACE_ENDS[text[-1]]}")
    elif len(text) == 2 and text[-1] in _PLACE_ENDS:
        forms.append(f"{pinyin(text[0])} {_PLACE_ENDS[text[-1]]}")
    return [form for form in forms if form.strip()]


def spelling(romanised: str) -> str:
    """A romanisation as it is compared with English text: lower-case, spaces left out."""
    return "".join(romanised.split()).lower()


def letters(text: str) -> tuple[str, list[int]]:
    """The ASCII letters of ``text`` in lower case, with the index in ``text`` of each."""
    found, index = [], []
    for position, char in enumerate(text):
        if char.isascii() and char.isalpha():
            found.append(char.lower())
            index.append(position)
    return "".join(found), index


#: The statistical taggers of Chinese names (their names are projected onto the English side).
CHINESE_TAGGERS = frozenset({"zh_ner", "jieba"})


def name_phrase(
    kind: PhraseKind, surface: str, key: str, tagger: str | None = None, certainty: str = "medium"
) -> Phrase:
    """A name phrase; one a statistical ``tagger`` found has its ``certainty`` (medium unless it says)."""
    if tagger is None:
        return Phrase(kind, [surface], entity=key)
    return Phrase(kind, [surface], entity=key, tagger=tagger, certainty=certainty)


def renamed(phrase: Phrase, surface: str, kind: PhraseKind | None = None) -> Phrase:
    """A Chinese name ``phrase`` (a tagger's) for another ``surface``, longer or shorter: its own
    local key, or the phrase's where ``surface`` has none; the same tagger and certainty, and the
    same kind unless ``kind`` is given (法兰西共和国 of its embassy, a place)."""
    key = local_key(surface, "zh") or phrase.entity or ""
    return name_phrase(kind or phrase.kind, surface, key, phrase.tagger, phrase.certainty or "medium")


def made_name(kind: PhraseKind, surface: str, fallback: str = "") -> Phrase:
    """A Chinese name of ``kind`` that the name conventions read on ``surface`` (the Chinese
    tagger's, medium): its own local key, or ``fallback`` (the key of the name it was read from)
    where it has none."""
    return name_phrase(kind, surface, local_key(surface, "zh") or fallback, "zh_ner", "medium")


def key_of(phrase: Phrase) -> str:
    """The register key of a name phrase: every name phrase carries one (the model allows
    None because dates, leads and credits share the phrase type)."""
    if phrase.entity is None:
        raise ValueError(f"a {phrase.kind} phrase without a key: {phrase.text!r}")
    return phrase.entity


#: What a consonant sounds like across pinyin and other Latin spellings of a transliterated
#: name (the paper's 拉宾 is Rabin, 弗兰克尔 Frenkel, 亚可夫 -yaakov): r and l, v, w and f, the
#: stops and their voiced twins, the sibilants, each one class; vowels and glides say nothing.
_SOUNDS = str.maketrans("rvwpdgcqzjx", "lffbtkkksss", "aeiouyh")


def consonants(romanised: str) -> str:
    """The consonant skeleton of a romanised name: sound classes, vowels left out, no letter twice in a row."""
    letters_only = "".join(char for char in romanised.lower() if char.isascii() and char.isalpha())
    skeleton = letters_only.translate(_SOUNDS)
    return "".join(char for i, char in enumerate(skeleton) if i == 0 or char != skeleton[i - 1])


def sounds_alike(chinese: str, english: str) -> bool:
    """Whether a transliterated Chinese name and an English one are one name: the same consonant
    skeleton of three sounds or more (拉宾 / Rabin, 本·亚可夫 / Ben-Yaakov)."""
    mine = consonants(pinyin(chinese.replace("·", "")))
    return len(mine) >= 3 and mine == consonants(english)
