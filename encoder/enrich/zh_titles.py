"""A surname and an honorific or title that together name a person (颜教授, 左老, 刘主席).

The name policy (``tests/fixtures/gold/names/POLICY.md``) makes a surname + title used as
the person's name one person mention covering both (毛主席, 周总理; 颜教授 and 左老 in the
held-out notes). The CRF of :mod:`.zh_crf` reads such a surname as a person of one character
(颜 of 颜教授, at 0.84–0.99), and the names pass drops one-character names; here such a
one-character person, a surname (:data:`.zh_names.SURNAMES`), followed by an honorific of the
closed list :data:`HONORIFICS`, becomes a person covering both, at the surname's probability.

The CRF's reading is the evidence, not the string: 古老, 元老, 位老 (这位老作家), 成主席 (of
金日成主席), 华大使 (驻华大使), 任总 (担任总指挥) hold a surname and an honorific too, but the CRF
reads no one-character person there (on the 64 dev articles of the name gold, no string of
the list without that reading was a gold person but 王女士, once; every one with it was). The
honorific must end where a word of jieba's dictionary cut ends: 丁老 of 丁老板 is no name.
The other occurrences of the same string in the article are found by
:func:`.statistical.recurring` (one sense per article), as for any name the CRF found.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import zh_words
from .zh_names import SURNAMES

#: Honorifics and titles written after a surname to name someone (the policy's 主席, 总理,
#: 总司令, 同志, 先生; 教授, 老 of its notes; the like forms of address). Longest first, so
#: 副主席 is not read as 副 + 主席 and 总司令 not as 总.
HONORIFICS = tuple(
    sorted(
        (
            "主席",
            "副主席",
            "总理",
            "副总理",
            "总司令",
            "司令",
            "委员长",
            "总统",
            "教授",
            "老",
            "老总",
            "同志",
            "先生",
            "女士",
            "夫人",
            "博士",
            "将军",
            "部长",
            "书记",
            "大使",
            "院长",
            "校长",
            "老师",
            "师傅",
        ),
        key=len,
        reverse=True,
    )
)

Entity = tuple[int, int, str, float]  # start, end, CRF type, probability


def titled(line: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` of ``line`` with each one-character person at a surname followed by an
    honorific of :data:`HONORIFICS` (and by no other name of the CRF) made a person covering
    both, at the same probability; the other entities as they are."""
    out: list[Entity] = []
    starts = {start for start, _, _, _ in entities}
    bounds: frozenset[int] | None = None
    for start, end, kind, probability in entities:
        if kind == "PER" and end - start == 1 and line[start] in SURNAMES:
            title = next((h for h in HONORIFICS if line.startswith(h, end)), "")
            if title and not any(end <= s < end + len(title) for s in starts):
                bounds = word_bounds(line) if bounds is None else bounds
                if end + len(title) in bounds:  # 丁老 of 丁老板 ends inside the word 老板
                    end += len(title)
        out.append((start, end, kind, probability))
    return out


#: The word boundaries of jieba's dictionary cut of a line (every offset without jieba).
word_bounds = zh_words.bounds
