"""Communist parties named short, by their country's one-character abbreviation and 共 (issue 14):
捷共, 斯共, 比共, 菲共, 日共. Short names of organisations are organisations by the policy, their
one-character abbreviations inside them (``tests/fixtures/gold/names/POLICY.md``: 全国妇联, 中柬友协).

The two characters name a party only where each is a word of its own in jieba's dictionary cut,
or the two one word (法共, 苏共): 共 opens no word (共同, 共和, 共产, 共计: 巴西共产党, 勒比共同体)
and the abbreviation ends none (参加共青团: 加 is the end of 参加); not where the abbreviation
follows another and 、 (美、英共派出: 共 is "in all", of both) nor before a verb (美共获得四十枚金牌).

A country's one-character abbreviation before a body's name is no part of it, and no name by the
policy (法使馆; 中国经贸部 → 中国 + 经贸部): :func:`abbreviation_apart` cuts it off."""

from __future__ import annotations

from ..model import PhraseKind
from . import zh_crf, zh_words
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
    abbreviation (日中友好协会) nor a date's 日 (27日戈特拉火车站) nor a name (埃 + 利马, 《埃利马报》), read
    without it: the rest where it is a body's name of three
    characters or more, no common word, ending as bodies do (美 + 经济合作总署, 乌 + 外交部,
    苏 + 劳动报); none where the rest is a common word (美海军, 英上院); kept whole where the
    abbreviation opens a longer word (美联社, 中共, 日本, 美商电厂) or the name (苏 + 纶纱厂, 泰 + 东橡胶)."""
    words = zh_words.words()
    if words is None:
        return found
    cut = zh_words.spans(text)
    singles = {s for s, e, _ in cut if e == s + 1}
    words_at = {s for s, e, _ in cut if e > s + 1}
    out: list[Found] = []
    for start, end, phrase in found:
        rest = phrase.text[1:]
        if (
            phrase.kind is not PhraseKind.ORG
            or phrase.text[0] not in _COUNTRIES
            or not (start in singles and start + 1 in words_at)
            or _named(words, next(w for s, _, w in cut if s == start + 1))
            or rest[0] in _COUNTRIES
            or text[start - 1 : start].isdigit()
            or text[start - 1 : start] == "《"
        ):
            out.append((start, end, phrase))
        elif words.known(rest) or words.common(rest):
            continue
        elif len(rest) >= 3 and rest[-1] in _BODY_ENDS:
            out.append((start + 1, end, made_name(PhraseKind.ORG, rest)))
        else:
            out.append((start, end, phrase))
    return out


#: Countries' one-character abbreviations: those of :data:`ABBREVIATIONS` and others no party is
#: named by (乌克兰, 伊朗, 以色列, 巴基斯坦, 埃及, 土耳其, 叙利亚, 蒙古).
_COUNTRIES = ABBREVIATIONS | frozenset("乌伊以巴埃土叙蒙")
#: The last characters of a body's name (部, 署, 报, 局…); not those of the descriptive bodies
#: written after a country's abbreviation (缅 + 科学家代表团, 伊 + 防空雷达站, 菲 + 人民武装抗击政府军).
_BODY_ENDS = (zh_crf.ORG_ENDINGS | frozenset("报署")) - frozenset("团站军队")


def _named(words: zh_words.Words, word: str) -> bool:
    """Whether the dictionary tags ``word`` a place's or person's name (利马: 埃 + 利马 is a name)."""
    return words.place(word) or words.person(word)
