"""Persons printed as a run with no separator between them (名单: members, delegates, award lists).

The paper prints such lists spaced (丁午寿　丁锦源　于镜波…); the text that reaches the converter
often lost the spaces (丁午寿丁锦源于镜波马力马志民). A run of Han characters is read as names
where the WHOLE run cuts into Chinese persons' names: a surname of :data:`.zh_names.SURNAMES`
(or a compound one, or two surnames for a married woman: 方黄吉雯) and one or two given-name
characters. The cut is chosen by dynamic programming under a small generative model counted
from the persons of the MSRA NER training data (:data:`TABLE`: how often each character opens a
name and is a given name, how often names have each shape), and the run must be likelier as
those names than as ordinary text (a character unigram model counted from the same data).

Only runs a reader takes for a list are read (:func:`runs`): a part that is nothing but such
names (and short notes in brackets, （女）), or the stretch after a colon whose label says a
list follows (代表名单：…); either way four names or more, three where a note of sex
follows one of them (（女）: :data:`MIN_NOTED`) and none ends as places do (:data:`PLACE_ENDS`).

The table is built from the data, which is not shipped, by :mod:`encoder.train_runs`:

    python -m encoder.train_runs --data ../shared/ner-data
"""

from __future__ import annotations

import functools
import json
import math
import re
from pathlib import Path
from typing import Any

from ..lazy_re import lazy
from ..model import PhraseKind
from . import zh_words
from .naming import made_name
from .spans import Found
from .zh_names import COMPOUND_SURNAMES, SURNAMES

TABLE = Path(__file__).resolve().parent / "models" / "zh_name_runs.json"

#: Fewest names in a run read as a list.
MIN_NAMES = 4
#: Fewest names in a run read as a list where a note of sex follows one of them (（女）): the
#: note is how the paper marks the items of a list of persons, the last line of a group of them
#: often holding three (朱树豪朱莲芬（女）伍秉坚).
MIN_NOTED = 3
#: A note of sex after a name of a list.
_SEX_NOTE = lazy(r"[（(][女男][）)]")
#: Last characters of places (石家庄, 张家口, 秦皇岛, 王家湾, 李家村): a run of only
#: :data:`MIN_NOTED` names holds none ending so, lest a line of places be read as persons.
PLACE_ENDS = frozenset("庄口岛村湾镇城州县乡屯堡寨集港坝沟岭桥关")
#: Words of a label that says a list of persons follows it (名单, 成员, 委员, 代表…).
LIST_WORDS = ("名单", "成员", "委员", "代表", "主席团", "获奖者", "人员", "选手", "运动员", "理事", "顾问")
#: Distinct characters assumed for smoothing (the Han characters a newspaper uses).
_VOCABULARY = 8000

HAN_RUN = lazy(r"[\u4e00-\u9fff]+")
#: A short note in brackets between names of a list: （女）, （银行）.
_SEPARATOR = lazy(r"(?:\s|[（(][^（）()]{1,6}[）)])+")
#: A list's label and its colon: 委员名单：
_LABEL = lazy(r"[\u4e00-\u9fff]{1,20}[：:]")


def name_shape(name: str) -> tuple[str, str, str] | None:
    """``name`` as (shape, surname, given name), shape ``1``, ``2`` (given name's length),
    ``compound`` or ``double`` (two surnames, two given characters); None if it is none of them."""
    if not HAN_RUN.fullmatch(name):
        return None
    if name[:2] in COMPOUND_SURNAMES and len(name) in (3, 4):
        return "compound", name[:2], name[2:]
    if name[0] not in SURNAMES:
        return None
    if len(name) == 4 and name[1] in SURNAMES:
        return "double", name[:2], name[2:]
    if len(name) in (2, 3):
        return str(len(name) - 1), name[0], name[1:]
    return None


class Model:
    """Log-probabilities of names and of ordinary text, from the table's counts."""

    def __init__(self, table: dict) -> None:
        def logs(counts: dict[str, int], add: float) -> tuple[dict[str, float], float]:
            total = sum(counts.values()) + add * _VOCABULARY
            return {c: math.log((n + add) / total) for c, n in counts.items()}, math.log(add / total)

        shapes = sum(table["shapes"].values())
        self.shapes = {shape: math.log(n / shapes) for shape, n in table["shapes"].items()}
        self.surnames, self.rare_surname = logs(table["surnames"], 0.5)
        self.given, self.rare_given = logs(table["given"], 0.5)
        self.chars, self.rare_char = logs(table["chars"], 1.0)

    def name(self, name: str) -> float | None:
        """Log-probability of ``name`` as a person's name (None: not a name's shape)."""
        parsed = name_shape(name)
        if parsed is None or parsed[0] not in self.shapes:
            return None
        shape, surname, given = parsed
        score = self.shapes[shape]
        for char in surname if shape == "double" else [surname]:
            score += self.surnames.get(char, self.rare_surname)
        return score + sum(self.given.get(char, self.rare_given) for char in given)

    def text(self, text: str) -> float:
        """Log-probability of ``text`` as ordinary text, character by character."""
        return sum(self.chars.get(char, self.rare_char) for char in text)


@functools.lru_cache(maxsize=1)
def _table() -> Any:
    """The shipped table, parsed once per process (None where it is missing or unreadable)."""
    try:
        return json.loads(TABLE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


@functools.lru_cache(maxsize=1)
def model() -> Model | None:
    """The model of the shipped table (None where the table is missing)."""
    table = _table()
    try:
        return None if table is None else Model(table)
    except (ValueError, KeyError, TypeError):
        return None


@functools.lru_cache(maxsize=1)
def given_times() -> dict[str, int]:
    """How often each character is a given name's in the persons of the training data
    (:data:`TABLE`'s ``given``); {} where the table is missing."""
    table = _table()
    try:
        return {} if table is None else dict(table["given"])
    except (ValueError, KeyError, TypeError):
        return {}


def cut(run: str, names: Model) -> list[tuple[int, int]] | None:
    """The likeliest cut of all of ``run`` into names (offsets in ``run``); None where there is
    none, or where the run is likelier as ordinary text than as those names."""
    score: list[float | None] = [0.0] + [None] * len(run)  # of the best cut of run[:end]
    last: list[int] = [0] * (len(run) + 1)  # where that cut's last name starts
    for end in range(2, len(run) + 1):
        for start in range(max(end - 4, 0), end - 1):
            before, name = score[start], names.name(run[start:end])
            if before is None or name is None:
                continue
            if score[end] is None or before + name > score[end]:  # type: ignore[operator]
                score[end], last[end] = before + name, start
    total = score[-1]
    if total is None or total <= names.text(run):
        return None  # no cut, or the run is likelier as ordinary text
    out = []
    end = len(run)
    while end:
        out.append((last[end], end))
        end = last[end]
    return out[::-1]


def _read(text: str, begin: int, end: int, names: Model) -> list[tuple[int, int]] | None:
    """The names of ``text[begin:end]`` where it is all Han runs (between notes in brackets and
    spaces) that cut wholly into names; None otherwise."""
    out: list[tuple[int, int]] = []
    at = begin
    for separator in [*_SEPARATOR.finditer(text, begin, end), None]:
        stop = separator.start() if separator else end
        piece = text[at:stop]
        if piece:
            found = cut(piece, names) if HAN_RUN.fullmatch(piece) else None
            if found is None or not _unworded(piece, found):
                return None
            out.extend((at + s, at + e) for s, e in found)
        at = separator.end() if separator else end
    return out


def _unworded(piece: str, names: list[tuple[int, int]]) -> bool:
    """Whether the cut ``names`` of ``piece`` reads as names and not as the words of an
    affiliation: no word of three characters or more of jieba's dictionary cut lies across two
    names (华南师 | 范大学 of 华南师范大学, 于洪 | 区宁 of 于洪区), and at most one distinct name of the
    cut is a word the dictionary knows as a place or a body (江西 and 南昌 of 江西南昌, 江苏 and 常州市
    before two authors; 黄河 alone among 黄河黄河清黄学海… is a person's name)."""
    cutter = zh_words.words()
    if cutter is None:
        return True
    inner = {start for start, _ in names[1:]}
    if any(end - start > 2 and any(start < at < end for at in inner) for start, end, _ in zh_words.spans(piece)):
        return False
    places = {piece[s:e] for s, e in names if cutter.named(piece[s:e]) and not cutter.person(piece[s:e])}
    return len(places) < 2


def runs(text: str) -> list[tuple[int, int]]:
    """The persons of ``text`` printed as a list with no separators, as (start, end): all of a
    part, or all after a list's label and its colon up to the end or a stop."""
    names = model()
    stripped = text.strip()
    fewest = MIN_NOTED if _SEX_NOTE.search(stripped) else MIN_NAMES
    if names is None or len(stripped) < 2 * fewest:
        return []
    begin = text.index(stripped)
    found = _read(text, begin, begin + len(stripped), names)
    if found is None:
        label = _LABEL.match(stripped)
        if label is None or not any(word in label.group() for word in LIST_WORDS):
            return []
        stop = re.search(r"[。；;]", stripped[label.end() :])
        tail = begin + label.end()
        found = _read(text, tail, tail + (stop.start() if stop else len(stripped) - label.end()), names)
    if found is None or len(found) < fewest:
        return []
    if len(found) < MIN_NAMES and any(text[end - 1] in PLACE_ENDS for _, end in found):
        return []  # 石家庄张家口（女）秦皇岛: places, the note misplaced
    return found


def tagged(text: str, found: list[Found]) -> list[Found]:
    """``found`` with the persons of a run of names in ``text`` (:func:`runs`) in place of the
    names found across them (the run is read whole: 黄河 in 黄河黄河清黄学海… is a person); a person
    found on a name's very span stays as found, and names in the notes between them stay."""
    persons = runs(text)
    if not persons:
        return found
    same = {(f[0], f[1]): f for f in found if f[2].kind is PhraseKind.PERSON}
    kept = [f for f in found if not any(f[0] < e and s < f[1] for s, e in persons)]
    added = [
        same.get((s, e))  # a person already found there keeps its reading (the authority file's link)
        or (
            s,
            e,
            made_name(PhraseKind.PERSON, text[s:e], text[s:e]),
        )
        for s, e in persons
    ]
    return sorted([*kept, *added], key=lambda f: f[0])
