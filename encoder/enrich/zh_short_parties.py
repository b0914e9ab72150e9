"""Communist parties named short, by their country's one-character abbreviation and 共 (issue 14):
捷共, 斯共, 比共, 菲共, 日共. Short names of organisations are organisations by the policy, their
one-character abbreviations inside them (``tests/fixtures/gold/names/POLICY.md``: 全国妇联, 中柬友协).

The two characters name a party only where each is a word of its own in jieba's dictionary cut:
共 opens no word (共同, 共和, 共产, 共计: 巴西共产党, 勒比共同体) and the abbreviation ends none
(参加共青团: 加 is the end of 参加)."""

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
    out = list(found)
    position = text.find("共", 1)
    while position > 0:
        start, end = position - 1, position + 1
        if (
            text[start] in ABBREVIATIONS
            and {start, position, end} <= bounds
            and not any(s < end and start < e for s, e, _ in out)
        ):
            out = sorted([*out, (start, end, made_name(PhraseKind.ORG, text[start:end]))], key=lambda f: f[0])
        position = text.find("共", position + 1)
    return out
