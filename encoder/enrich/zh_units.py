"""Numbered units of an army (issue 14): organisations by the policy, one span each, a chain of
units one span (``tests/fixtures/gold/names/POLICY.md``: 四十军三一八团). The tagger reads few of
them (整三师, 六四旅, 一一六团, 三十六师一六五旅四九四团); their shape names them: a number
and a kind of unit (师, 旅, 团, 纵队 …), written where a name may open.

A unit's number is an ordinal (第三旅), a number prefixed as armies numbered units (整三师 the
reorganised division, 新一旅, 暂编第二师), or a number of two characters or more (十五师,
一三五旅, 120师); a bare number of one character and a one-character kind is a count or a word
as often as a unit (三军, 一团, 两师, 一连串), and it is left out. A title fused to the unit
(团长, 师长: the policy tags no ministry fused to its title word), a count (三个旅: 个 is no
kind), and the words the kinds begin (师范, 团结, 营业, 连续, 队伍) are no unit.

An army's command written right after it, and its forces of a region named by a place, are one
organisation with it (:func:`commands`: 人民解放军司令部, 人民解放军广州部队, 人民解放军西藏军区); an
army whose 军 the text reads as the first character of a word is none (:func:`in_words`: 被解放 +
军官, 解放 + 军事重镇, 朝中 + 人民军队).
"""

from __future__ import annotations

from ..lazy_re import lazy
from ..model import Phrase, PhraseKind
from . import zh_words
from .naming import made_name
from .spans import Found, enclosing

_NUMBER = "[0-9０-９〇○零一二三四五六七八九十百]"
#: Kinds of units; the longer ones first (纵队 before 队 is no kind of its own; 军分区, a unit,
#: before 军: 冀中第九军分区).
_KINDS = "集团军|军分区|兵团|纵队|支队|路军|军|师|旅|团|营|连"
#: One unit: a prefixed or ordinal number, or a bare one of two characters or more, and its kind.
_ONE = rf"(?:(?:(?:整编|暂编|整|新|暂)第?|第){_NUMBER}+|{_NUMBER}{{2,}})(?:{_KINDS})"
#: A chain: a unit, then units under it, whose numbers may be of one character (二○六师二旅四团).
_NEXT = rf"(?:第|新)?{_NUMBER}+(?:{_KINDS})"
#: Each unit of a chain, to cut it (四十师 + 一一七团).
_PART = lazy(rf"(?:整编|暂编|整|新|暂)?第?{_NUMBER}+(?:{_KINDS})")
#: A chain of units (not the second 整 of 整整一营: all of a battalion).
_PARTS = lazy(rf"(?:{_PART.pattern})+")
_CHAIN = lazy(rf"(?<!{_NUMBER})(?<!整)(?:{_ONE})(?:{_NEXT})*")
#: A kind that begins a word (师范, 团结, 营业, 连续, 支队伍 of 一支队伍, 军事, 军旗, 军医), a title
#: (团长), or a unit of another army (师团 of 日寇第五师团, a Japanese division: no 第五师) or school
#: (师专, 师院: 第一师专).
WORD_AFTER = {
    "师": "范长傅资生徒兄弟团专院",
    "旅": "长行游馆客途程社",
    "团": "长结员体聚伙圆拜购队委",
    "营": "长业养造销运地房救私利",
    "连": "长续同接任年日夜胜败冠环锁忙串带声",
    "军": "长事人民队区属官费火需械舰机用工团衔旗徽医",
    "军分区": "长",
    "支队": "长伍",
    "纵队": "长",
    "兵团": "长",
}
#: What before a number makes it a count or a part of a word, not a unit's (每一团, 这两师).
_COUNT_BEFORE = frozenset("每这那几各数个两俩某哪百千万亿")


def _kind(unit: str) -> str:
    """The kind a unit (or a chain's last unit) ends with."""
    return next(k for k in _KINDS.split("|") if unit.endswith(k))


def _unit_end(text: str, start: int, end: int) -> int:
    """Where the chain of units from ``start`` to ``end`` ends as a name: its last units left out
    while the kind of the last begins a word or a title written on after it (一一六团长 → none,
    四十师一一六团长 → 四十师), ``start`` when none is left."""
    ends = [start + m.end() for m in _PART.finditer(text[start:end])]
    while ends and ends[-1] < len(text) and text[ends[-1]] in WORD_AFTER.get(_kind(text[start : ends[-1]]), ""):
        ends.pop()
    return ends[-1] if ends else start


def chain_end(text: str, start: int) -> int:
    """Where the chain of units written from ``start`` ends as a name, ``start`` when none is
    (units of an army written after it, 八路军 + 120师358旅: :func:`.zh_conventions.joined`)."""
    chain = _PARTS.match(text, start)
    return _unit_end(text, start, chain.end()) if chain else start


def units(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with each numbered unit of an army written in ``text`` where no
    name was found across it an organisation; names found inside it give way (the longest name)."""
    out = list(found)
    for match in _CHAIN.finditer(text):
        start = match.start()
        if text[start - 1 : start] in _COUNT_BEFORE:
            continue
        end = _unit_end(text, start, match.end())
        if end <= start:
            continue
        out = enclosing(out, (start, end, made_name(PhraseKind.ORG, text[start:end]))) or out  # (not across a name)
    return out


def _army(phrase: Phrase) -> bool:
    """Whether ``phrase`` is an army found by its name: an organisation of three characters or more
    ending in 军 (人民解放军, 第八军; not 美军, 日军)."""
    return phrase.kind is PhraseKind.ORG and len(phrase.text) >= 3 and phrase.text.endswith("军")


#: An army's commands written right after it (人民解放军 + 司令部, 第八军 + 总部).
COMMANDS = ("最高指挥部", "总司令部", "司令部", "指挥部", "总部")
#: An army's forces of a region, written after it and the region's place (人民解放军 + 广州 + 部队,
#: 人民解放军 + 北京 + 军区).
REGIONAL = ("部队", "军区")


def commands(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with an army found (a name of three characters or more ending in
    军: 人民解放军, 第八军; not 美军, 日军) joined to its command written right after it
    (:data:`COMMANDS`), or to a place found right after it and the forces of that place's region
    (:data:`REGIONAL`), or to a military region found right after it (西藏军区): one organisation
    (人民解放军广州部队, the policy's). Not an arm of the service, which names a kind, not a unit
    (人民军 + 高射炮部队: no place)."""
    out = list(found)
    for index, (start, end, phrase) in enumerate(found):
        if not _army(phrase):
            continue
        after = found[index + 1] if index + 1 < len(found) else None
        command = next((c for c in COMMANDS if text.startswith(c, end)), "")
        stop = end + len(command) if command else _regional_end(text, end, after)
        if stop > end:
            out = enclosing(out, (start, stop, made_name(PhraseKind.ORG, text[start:stop]))) or out
    return out


def _regional_end(text: str, end: int, after: Found | None) -> int:
    """Where the army's regional forces written from ``end`` end: a place found there and one of
    :data:`REGIONAL`, or a military region found there; ``end`` when none is."""
    if after is None or after[0] != end:
        return end
    if after[2].kind is PhraseKind.ORG and after[2].text.endswith("军区"):
        return after[1]
    regional = next((r for r in REGIONAL if text.startswith(r, after[1])), "")
    return after[1] + len(regional) if after[2].kind is PhraseKind.PLACE and regional else end


def in_words(text: str, found: list[Found]) -> list[Found]:
    """``found`` without an army found (a name of three characters or more ending in 军) whose 军
    the text reads as the first character of a word of jieba's dictionary: with a character the
    cut leaves alone after it (被解放 + 军官, 解放 + 军事重镇: 官 and 事 alone), or within a longer
    word of the cut (朝中 + 人民军队: the people's armies, no army's name). Not before a word of its
    own (解放军 + 官兵, 志愿军 + 事迹), nor before a function word (八路军 + 中: 军中 is a word, but 中
    a locative after the army), nor where the longer word is the army and its troops or team
    (:func:`_troops`: 解放军部队, 解放军队)."""
    words = zh_words.words()
    if words is None:
        return found
    cut = zh_words.spans(text)
    across = {position: (start, end) for start, end, _ in cut for position in range(start + 1, end)}
    alone = {start for start, end, _ in cut if end - start == 1}
    out = []
    for start, end, phrase in found:
        army = _army(phrase)
        word = text[end - 1 : end + 1]
        opens_word = end in alone and len(word) == 2 and words.listed(word) and not words.functional(word[1])
        within = end in across and not (
            across[end][0] >= start and _troops(words, text, across[end][0], end, across[end][1])
        )
        if army and (within or opens_word):
            continue
        out.append((start, end, phrase))
    return out


#: What an army's troops or team are written with, in one word of the cut with its name (解放军 +
#: 部队, 解放军 + 队: the army's sports team, which the policy leaves descriptive).
TROOPS = ("部队", "队")


def _troops(words: zh_words.Words, text: str, start: int, army_end: int, end: int) -> bool:
    """Whether the word of the cut from ``start`` (within an army found, which ends at
    ``army_end``) to ``end`` is an army and its troops or team (:data:`TROOPS`): its part in the
    army a word said more often than the whole (解放军 3,298 times, 解放军部队 20, 解放军队 3), not a
    word of its own that the army's name is a rarer part of (人民军队 654 times, 人民军 107: the
    people's army)."""
    army, whole = text[start:army_end], text[start:end]
    return text[army_end:end] in TROOPS and (words.frequency(army) or 0) > (words.frequency(whole) or 0)
