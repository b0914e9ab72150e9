"""Communist parties named short, by their country's one-character abbreviation and 共 (issue 14):
捷共, 斯共, 比共, 菲共, 日共. Short names of organisations are organisations by the policy, their
one-character abbreviations inside them (``tests/fixtures/gold/names/POLICY.md``: 全国妇联, 中柬友协).

The two characters name a party only where each is a word of its own in jieba's dictionary cut,
or the two one word (法共, 苏共): 共 opens no word (共同, 共和, 共产, 共计: 巴西共产党, 勒比共同体)
and the abbreviation ends none (参加共青团: 加 is the end of 参加); not where the abbreviation
follows another and 、 (美、英共派出: 共 is "in all", of both) nor before a verb (美共获得四十枚金牌).

A country's one-character abbreviation before a state organ's name, a word of its own, is no part
of it (乌 + 外交部, 美 + 经济合作总署): :func:`abbreviation_apart` cuts it off where the rest is a
complete name of its own; it stays where it opens a party's name or the rest needs it (美共产党全国委员会,
英石油公司, 苏作家协会)."""

from __future__ import annotations

from ..lazy_re import lazy
from ..model import PhraseKind
from . import zh_words
from .naming import made_name
from .spans import Found

#: One-character abbreviations of countries that name their communist party with 共.
ABBREVIATIONS = frozenset("美英法德日意苏俄捷斯比印越朝波匈罗保阿希西葡荷丹瑞挪芬奥澳智秘泰缅柬菲")


def short_parties(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with each party named short (see the module) where no name was
    found across it an organisation."""
    if "共" not in text:
        return found
    bounds = zh_words.bounds(text)
    spans = zh_words.spans(text)
    out = list(found)
    position = text.find("共", 1)
    while position > 0:
        start, end = position - 1, position + 1
        if (
            text[start] in ABBREVIATIONS
            and not (text[start - 1 : start] == "、" and text[start - 2 : start - 1] in ABBREVIATIONS)  # 美、英共派出
            and {start, end} <= bounds
            and (position in bounds or (start, end) in {(s, e) for s, e, _ in spans})
            and not _counting(text, end, spans)
            and not any(s < end and start < e for s, e, _ in out)
        ):
            out = sorted([*out, (start, end, made_name(PhraseKind.ORG, text[start:end]))], key=lambda f: f[0])
        position = text.find("共", position + 1)
    return out


def _counting(text: str, end: int, spans: tuple[tuple[int, int, str], ...]) -> bool:
    """Whether 共 before ``end`` is the adverb "in all" before a verb (美共获得四十枚金牌, 共派出):
    the word written next a verb or function word that opens with a verb (not 七席 of 捷共七席,
    领袖 of 菲共领袖)."""
    words = zh_words.words()
    after = next((word for s, _, word in spans if s == end), "")
    return words is not None and bool(after) and words.functional(after) and words.verb(after[0])


def abbreviation_apart(text: str, found: list[Found]) -> list[Found]:
    """``found`` with each body that opens with a country's one-character abbreviation, a word of
    its own in the dictionary cut before a word of two characters or more, neither another's
    abbreviation (日中友好协会) nor a name (埃 + 利马, 《埃利马报》), read without it where the rest
    is a complete name of its own (:func:`_complete`: 美 + 经济合作总署, 乌 + 外交部); kept whole
    where the abbreviation opens a longer word (美联社, 日本, 美商电厂) or the name (苏 + 纶纱厂),
    where a party is named (美共产党全国委员会, 日公明党) and where the rest needs the country
    (英石油公司, 苏作家协会, 英上院). A date's 日 before a body is no part of it either
    (5月3日 + 外交部, 27日 + 戈特拉火车站)."""
    words = zh_words.words()
    if words is None:
        return found
    cut = zh_words.spans(text)
    singles = {s for s, e, _ in cut if e == s + 1}
    words_at = {s for s, e, _ in cut if e > s + 1}
    out: list[Found] = []
    for start, end, phrase in found:
        rest = phrase.text[1:]
        if phrase.kind is PhraseKind.ORG and phrase.text[0] == "日" and len(rest) >= 2 and _DATE.search(text, 0, start):
            out.append((start + 1, end, made_name(PhraseKind.ORG, rest)))
        elif (
            phrase.kind is PhraseKind.ORG
            and phrase.text[0] in _COUNTRIES
            and start in singles
            and start + 1 in words_at
            and not _named(words, next(w for s, _, w in cut if s == start + 1))
            and rest[0] not in _COUNTRIES
            and not text[start - 1 : start].isdigit()
            and text[start - 1 : start] != "《"
            and "党" not in rest
            and _complete(words, rest)
        ):
            out.append((start + 1, end, made_name(PhraseKind.ORG, rest)))
        else:
            out.append((start, end, phrase))
    return out


#: A date written before 日 (5月3, 二月二十七): 日 closes it.
_DATE = lazy(r"[0-9０-９一二三四五六七八九十廿卅]+月[0-9０-９一二三四五六七八九十廿卅]+$")
#: The ends of a state organ's name (外交部, 经济合作总署, 中央情报局, 国务院, 参议院).
_ORGANS = ("部", "署", "局", "国务院", "议院", "法院")


def _complete(words: zh_words.Words, rest: str) -> bool:
    """Whether ``rest``, a body's name without its country, is a complete name of its own: a state
    organ's (外交部, 经济合作总署, 中央情报局), no common word (上院): not 作家协会 nor 石油公司."""
    if len(rest) < 3 or words.known(rest) or words.common(rest):
        return False
    return rest.endswith(_ORGANS)


#: Countries' one-character abbreviations: those of :data:`ABBREVIATIONS` and others no party is
#: named by (乌克兰, 伊朗, 以色列, 巴基斯坦, 埃及, 土耳其, 叙利亚, 蒙古).
_COUNTRIES = ABBREVIATIONS | frozenset("乌伊以巴埃土叙蒙")


def _named(words: zh_words.Words, word: str) -> bool:
    """Whether the dictionary tags ``word`` a place's or person's name (利马: 埃 + 利马 is a name)."""
    return words.place(word) or words.person(word)
