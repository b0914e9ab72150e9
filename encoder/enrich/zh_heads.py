"""A verb or preposition the CRF read into the head of a person the article names without it.

The CRF reads each line alone; before a given name standing without its surname (the hero of a
story, 三喜 of 小经理叫三喜), it takes the word that governs the name for a surname: 叫三喜, 让兰英,
于兰英 (由于兰英不安心…). Read in the whole article, the name says otherwise: the article writes
三喜 thirty times, only three of them after 叫. :func:`cut` reads such a person without its first
character where that character is a word that governs a person (:data:`LEADS`: 叫, 让, 请, 派, 于,
向, 和 …) and the article writes the rest, at least :data:`BARE` times and more often than after
that character, where the character does not stand before it. The rest is then a person
:func:`.statistical.recurring` finds wherever the article writes it.

What it must not cut: a person the article writes after its first character as often as alone
(于兰英 written whole in every mention is a 于), a name whose rest the article does not write alone
(向警予), a rest always written before one same character (大兰 of 驻于大兰多, the port
大兰多: the head of a longer word, not a name), a two-character name (于敏: its rest would be
one character), a compound surname (令狐), a full name whose lead is also a surname (于, 向, 和)
where the lead governs nothing in that line (:func:`governs`: 女社员于秀英 … 秀英, 向秀丽同志
… 秀丽 keep their surname; 由于 | 兰英 is cut).

Measured on the 642 dev articles of the name gold (names pass, cert medium or above): persons
P 0.953 → 0.954, R 0.909 → 0.914 (三喜 of 小经理, 兰英 of 金铃传); even years unchanged, odd
years all F1 0.898 → 0.900. Outside the gold (1,210 articles) it moves three persons, all
right (群多卓玛 of 让群多卓玛, 瑟德尔 of 同瑟德尔, 安迪 of 让安迪).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from . import zh_words
from .zh_crf import Entity
from .zh_names import COMPOUND_SURNAMES, SURNAMES

#: Words of one character that govern a person written right after them: verbs of calling,
#: sending, asking (叫, 让, 请, 派, 使, 令, 找, 帮, 替, 陪, 随, 给, 问, 见) and prepositions and
#: conjunctions (对, 向, 于, 由, 把, 被, 将, 同, 和, 与, 跟). Three are also surnames (向, 于, 和):
#: the article's other writings of the name decide, and the line itself (:func:`governs`).
LEADS = frozenset("叫让请派使令找帮替陪随给问见对向于由把被将同和与跟")
#: How many times the article must write the rest where the lead does not stand before it.
BARE = 3


def cut(found: Mapping[str, Sequence[Entity]]) -> dict[str, list[Entity]]:
    """``found`` (each line's CRF entities, the lines of one article) with each person led by a
    word of :data:`LEADS` read without it where the article names the person without it (see
    the module), keeping its probability."""
    lines = list(found)
    heads: dict[str, bool] = {}
    out: dict[str, list[Entity]] = {}
    for line, entities in found.items():
        spans = []
        for start, end, kind, p in entities:
            surface = line[start:end]
            if kind == "PER" and surface not in heads:
                heads[surface] = _led(surface, lines)
            led = kind == "PER" and heads[surface]
            led = led and (surface[0] not in SURNAMES or governs(line, start, surface[1:]))
            spans.append((start + 1, end, kind, p) if led else (start, end, kind, p))
        out[line] = spans
    return out


def governs(line: str, at: int, rest: str) -> bool:
    """Whether the lead at ``at`` of ``line`` before ``rest``, a character that is also a surname
    (于, 向, 和), evidently governs what follows: the dictionary cut joins it to the character
    before (由于 | 兰英), a verb or a function word of the cut stands right before it (是, 还有,
    他), or the rest is a place of the dictionary (向锡兰政府). Else it is the surname of a full
    name the article introduces (女社员 | 于秀英, 向秀丽同志 at a line's start): False, and False
    without jieba."""
    cutter = zh_words.words()
    if cutter is None:
        return False
    spans = zh_words.spans(line)
    if any(start < at < end for start, end, _ in spans):
        return True  # 由于 | 兰英
    before = next((word for start, end, word in spans if end == at), "")
    return cutter.functional(before) or cutter.place(rest)


def _led(surface: str, lines: Sequence[str]) -> bool:
    """Whether ``surface`` is a lead and a person the article names without it."""
    if len(surface) < 3 or surface[0] not in LEADS or surface[:2] in COMPOUND_SURNAMES:
        return False
    lead, rest = surface[0], surface[1:]
    led, bare, after = 0, 0, set()
    for line in lines:
        at = line.find(rest)
        while at >= 0:
            if at > 0 and line[at - 1] == lead:
                led += 1
            else:
                bare += 1
                after.add(line[at + len(rest) : at + len(rest) + 1])
            at = line.find(rest, at + len(rest))
    # a name stands before varied words; the head of one longer word (大兰多 of 驻于大兰多) before one
    return bare >= BARE and bare > led and len(after) > 1
