"""A side of a country, sea, pole or continent named by a direction written before it (issue 14):
one place with it (``tests/fixtures/gold/names/POLICY.md``: named regions are places, 东南极):
东巴基斯坦, 西地中海, 东南极, 西南极, and a continent's part by 南部/北部/东部/西部 (南部非洲).

Only a place of the authority file is read so (the file holds countries, seas, poles and
continents; a Chinese division of :mod:`.zh_divisions` is left alone: 城南 + 京 is no side of
a city), and only where the direction is a word of its own in the dictionary cut: a direction
that ends a word before it (陕西 + 大荔县, 河南 + 柘城, 东西 + 贡献) or a locative after a
place (印度西部 + 古吉拉特邦, 这个省南部 + 十三号公路: the 部 forms only before a continent,
a name ending in 洲) stays out.
"""

from __future__ import annotations

from ..model import PhraseKind
from . import zh_divisions, zh_orgs, zh_words
from .naming import made_name
from .spans import Found

#: Directions of one character written before a place as a part of its name (the one-character
#: directions of :data:`.zh_orgs.DIRECTIONS`, which are written after a place as well).
DIRECTIONS = tuple(d for d in zh_orgs.DIRECTIONS if len(d) == 1)
#: Directions of two characters, before a continent only (南部非洲).
PARTS = ("南部", "北部", "东部", "西部")
#: The poles, whose first character the dictionary cut joins to a direction before them (东南 + 极).
POLES = ("南极", "北极")


def sided(text: str, found: Found) -> Found:
    """``found`` with the direction written right before it (东巴基斯坦, 南部非洲) as one place,
    where it is a side of the place (the module's conditions); else as it is: a name of its own,
    not the authority file's."""
    start, end, phrase = found
    if phrase.kind is not PhraseKind.PLACE or phrase.tagger is not None or start < 1:
        return found
    surface = phrase.text
    side = text[start - 2 : start] if surface.endswith("洲") and text[start - 2 : start] in PARTS else ""
    side = side or (text[start - 1] if text[start - 1] in DIRECTIONS else "")
    pole = surface in POLES  # the cut reads 东南 + 极 (中国东南极考察队)
    if not side or zh_divisions.usable(surface) or not _apart(text, start - len(side), start + int(pole), end):
        return found
    return start - len(side), end, made_name(PhraseKind.PLACE, side + surface, phrase.entity or "")


def _apart(text: str, opening: int, start: int, end: int) -> bool:
    """Whether the dictionary cut of ``text`` has a word open at ``opening`` (the direction) that
    ends at ``start`` (the place; a pole's second character) or at ``end`` (东巴基斯坦 read as
    one word; not 西南非洲 of 西南非洲人民组织, where the authority file's 南非 is cut short)."""
    words = zh_words.spans(text)
    if not words:
        return False
    word = next(((s, e) for s, e, _ in words if s <= opening < e), None)
    return word is not None and word[0] == opening and word[1] in (start, end)
