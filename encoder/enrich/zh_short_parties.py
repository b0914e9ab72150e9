"""Communist parties named short, by their country's one-character abbreviation and 共 (issue 14):
捷共, 斯共, 比共, 菲共, 日共. Short names of organisations are organisations by the policy, their
one-character abbreviations inside them (``tests/fixtures/gold/names/POLICY.md``: 全国妇联, 中柬友协).

The two characters name a party only where each is a word of its own in jieba's dictionary cut,
or the two one word (法共, 苏共): 共 opens no word (共同, 共和, 共产, 共计: 巴西共产党, 勒比共同体)
and the abbreviation ends none (参加共青团: 加 is the end of 参加); not where the abbreviation
follows another and 、 (美、英共派出: 共 is "in all", of both) nor before a verb (美共获得四十枚金牌)."""

from __future__ import annotations

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
