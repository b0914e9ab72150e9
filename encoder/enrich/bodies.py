"""Whether a Chinese name of a body and an English one of linked blocks name one body.

A Chinese body's name is its stem and its generic head (燎原化工厂: 燎原 + 化工厂). The English
names the same body when it translates the head (Chemical Plant), spells or translates the
stem's first part (Liaoyuan), writes every known place the stem names (上海 Shanghai, 内蒙古
Inner Mongolia: 内蒙古农电局 is not the Tongliao Rural Power Bureau) and gives it the same
number (上海染化十厂 is No. 10, not No. 9). :func:`clues` reads the Chinese name once;
:func:`score` weighs an English text against them; :func:`runs` gives the stretches of capitalised
words of an English text that may name a body ("Shijiazhuang Federation of Industry and Commerce").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lazy_re import lazy
from .authority import Record
from .matcher import Matcher
from .naming import letters, pinyin, spelling

#: The generic heads of Chinese bodies' names and the English words that translate them
#: (longest head first): 燎原化工厂 is the Liaoyuan Chemical Plant, 教育部 the Ministry of Education.
ORG_HEADS = (
    ("革委会", ("revolutionary committee",)),
    ("委员会", ("committee", "commission", "council")),
    ("主席团", ("presidium",)),
    ("联合会", ("federation",)),
    ("化工厂", ("chemical plant", "chemical works", "chemical factory")),
    ("化肥厂", ("fertiliser plant", "fertilizer plant")),
    ("办公室", ("office",)),
    ("研究所", ("institute",)),
    ("银行", ("bank",)),
    ("学院", ("college", "institute", "academy")),
    ("大学", ("university",)),
    ("公司", ("company", "corporation")),
    ("协会", ("association",)),
    ("会议", ("council", "conference")),
    ("医院", ("hospital",)),
    ("厂", ("factory", "plant", "mill", "works")),
    ("部", ("ministry", "department")),
    ("局", ("bureau", "administration")),
)

#: Words of bodies' names and the starts of the English words that translate them (a start:
#: "agricultur" is agriculture and agricultural). Common words of government and industry.
STEM_WORDS = {
    "中央": ("central",),
    "人民": ("people",),
    "政府": ("government",),
    "工商": ("industry and commerce", "industrial and commercial"),
    "化工": ("chemical",),
    "轻工": ("light industr",),
    "供应": ("supply",),
    "树脂": ("resin",),
    "染料": ("dye",),
    "染化": ("dye",),
    "化肥": ("fertili",),
    "农电": ("rural power", "rural electric"),
    "农学": ("agricultur",),
    "农业": ("agricultur",),
    "外交": ("foreign affairs",),
    "教育": ("education",),
    "科技": ("scien", "techn"),
    "干部": ("cadre",),
    "国防": ("defence", "defense"),
    "财政": ("financ",),
    "商业": ("commerc",),
    "外贸": ("foreign trade",),
    "工业": ("industr",),
    "卫生": ("health",),
    "文化": ("cultur",),
    "公安": ("public security",),
    "铁道": ("railway",),
    "交通": ("communications", "transport"),
    "水利": ("water",),
    "石油": ("petroleum", "oil"),
    "煤炭": ("coal",),
    "冶金": ("metallurg",),
    "纺织": ("textile",),
    "机械": ("machine",),
    "电力": ("power", "electric"),
    "最高": ("supreme",),
    "苏维埃": ("soviet",),
    "部长": ("minister",),
    "劳动": ("labour", "labor"),
    "司法": ("justice",),
    "消火": ("fire",),
    "消防": ("fire",),
    "器材": ("equipment",),
    "钢铁": ("iron and steel", "steel"),
    "全国": ("national", "all-china"),
    "市": ("municipal", "city"),
    "省": ("provincial", "province"),
}

_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}
#: Words that open an English sentence or phrase and are no part of a name.
_OPENERS = frozenset(
    "In The At On By For From With As After Before When To Of And A An This That Its January February March "
    "April May June July August September October November December".split()
)
#: One English word of a name run: capitalised (Resist-America, People's), or "No." and a number.
_WORD = lazy(r"No\.|\d+|[A-Z][\w'’-]*")
_JOINERS = frozenset({"of", "the", "and", "for"})


@dataclass(frozen=True, slots=True)
class Clue:
    """What the English must hold for one part of a Chinese name: any of ``words`` (starts of
    English words, lower case) or the romanisation ``spelled``; ``place``: a known place (required)."""

    words: tuple[str, ...]
    spelled: str = ""
    place: bool = False

    def found(self, english: str) -> bool:
        text = english.lower()
        if any(re.search(rf"(?<![a-z]){re.escape(word)}", text) for word in self.words):
            return True
        return bool(self.spelled) and self.spelled in {letters(w)[0] for w in re.split(r"[\s-]+", english)}


@dataclass(frozen=True, slots=True)
class Clues:
    """A Chinese body's name read for its English: the head's translations, the clues of its
    stem (the first one for its first part), and its number if it has one."""

    head: tuple[str, ...]
    parts: tuple[Clue, ...]
    number: int | None


#: The stem words, longest first (a longer word is read before the words inside it).
_STEM_WORDS_LONGEST_FIRST = tuple(sorted(STEM_WORDS, key=len, reverse=True))


def clues(chinese: str, known: Matcher, records: dict[str, Record]) -> Clues | None:
    """The clues of a Chinese body's name; None when it has no head of :data:`ORG_HEADS` or no stem."""
    found = next(((head, words) for head, words in ORG_HEADS if chinese.endswith(head)), None)
    if found is None or len(chinese) <= len(found[0]):
        return None
    stem = chinese[: -len(found[0])]
    parts: dict[int, Clue] = {}
    covered: set[int] = set()
    for start, end, phrase in known.finder("zh-Hans")(stem):
        record = records.get(phrase.entity or "")
        if record is not None:
            words = tuple(form.lower() for form in record.names.get("en", []))
            parts[start] = Clue(words, place=record.kind.value == "place")
            covered.update(range(start, end))
    for word in _STEM_WORDS_LONGEST_FIRST:
        at = stem.find(word)
        while at >= 0:
            if not covered & set(range(at, at + len(word))):
                parts[at] = Clue(STEM_WORDS[word])
                covered.update(range(at, at + len(word)))
            at = stem.find(word, at + 1)
    if 0 not in covered:  # the first part, unknown: its romanisation (燎原 Liaoyuan, 青村 Qingcun)
        free = next((i for i in range(len(stem)) if i in covered), len(stem))
        if free < 2:
            return None  # one character alone is no romanisation to look for
        parts[0] = Clue((), spelled=spelling(pinyin(stem[:free])))
    number = next((_NUMERALS[c] for c in stem if c in _NUMERALS), None)
    return Clues(found[1], tuple(parts[i] for i in sorted(parts)), number)


def score(read: Clues, english: str) -> int:
    """How well the English text ``english`` meets the clues of ``read`` (twice the clues it
    meets, less one for a word of it that none explains); 0 when it does not name that body:
    the head untranslated, the first part neither spelled nor translated, a known place
    missing, another number, more than one word unexplained."""
    text = english.lower()
    if not any(re.search(rf"(?<![a-z]){re.escape(word)}", text) for word in read.head):
        return 0
    if not read.parts or not read.parts[0].found(english):
        return 0
    if any(part.place and not part.found(english) for part in read.parts):
        return 0
    numbers = {int(n) for n in re.findall(r"\bNo\.\s*(\d+)", english)}
    if numbers != ({read.number} if read.number is not None else set()):
        return 0
    found = [part for part in read.parts if part.found(english)]
    unexplained = len([word for word in _WORD.findall(english) if not _explained(word, found)])
    if unexplained > 1:
        return 0  # the English says more than the Chinese (上海市革委会 is not the Revolutionary
        # Committee of the Shanghai Chemical and Light Industry Supply Company)
    return 2 * len(found) - unexplained


#: Words every body's English may hold: the heads' translations, and words of level.
_HEAD_WORDS = frozenset(word for _, words in ORG_HEADS for phrase in words for word in phrase.split()) | {
    "municipal",
    "provincial",
    "county",
}


def _explained(word: str, found: list[Clue]) -> bool:
    """Whether an English word of a name is a head's translation, a number or part of a clue ``found``."""
    lower = word.lower()
    if lower in _HEAD_WORDS or lower == "no." or lower.isdigit():
        return True
    for clue in found:
        if clue.spelled and letters(word)[0] == clue.spelled:
            return True
        if any(lower.startswith(part[:5]) for words in clue.words for part in words.split()):
            return True
    return False


def runs(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` that may name a body: capitalised words (and "No. 10") joined
    by "of", "the" (after "of" or "for"), "and", "for", without an opening "In", "The" or month."""
    found: list[tuple[int, int]] = []
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"No\.|[\w'’-]+", text)]
    run: list[tuple[int, int, str]] = []

    def close() -> None:
        while run and (run[-1][2] in _JOINERS):
            run.pop()
        while run and (run[0][2] in _OPENERS or run[0][2] in _JOINERS):
            run.pop(0)
        if run and _WORD.fullmatch(run[0][2]) and not run[0][2].isdigit():
            end = run[-1][1] - (2 if run[-1][2].endswith(("'s", "’s")) else 0)
            found.append((run[0][0], end))
        run.clear()

    for index, (start, end, word) in enumerate(tokens):
        gap = text[tokens[index - 1][1] : start] if index else ""
        if run and gap.strip():  # punctuation between words ends a run
            close()
        if _WORD.fullmatch(word) or (run and word in _JOINERS):
            if word == "the" and run and run[-1][2] not in ("of", "for"):
                close()  # "the" goes on a name only after "of" or "for" ("and the" ends one)
            run.append((start, end, word))
        else:
            close()
    close()
    return found
