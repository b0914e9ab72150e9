"""Villages named by a family: a surname, 家 and a settlement's head (邓家桥, 唐家闸, 陈家台, 楼家村,
杨家店, 祝家庄), places by the policy. The CRF reads some of them as persons (邓家桥, 刘家桥: a
surname and a given name of two characters) and others not at all (陈家台, 余家台, 楼家村). No person
of the dev gold is so written; its fifteen names so written (石家庄, 焦家村, 宋家桥 …) are places.
:func:`villages` makes such a person a place and adds such a name that the text writes as words of
its own (the dictionary cut's bounds before and after it), where no name was found; not where the
head goes on into a word (全家庄稼, 商家店铺, 国家园林, 王家店里)."""

from __future__ import annotations

import re

from ..model import PhraseKind
from . import zh_words
from .naming import made_name, renamed
from .spans import Found
from .zh_names import SURNAMES

#: The heads of a village's or hamlet's name after 家 (村 庄 台 店 园 桥 闸 集 …).
HEADS = "村庄台店园桥闸集湾沟坪营寨堡屯窑岭峪洼塘铺"
_VILLAGE = re.compile(f"(?=([{''.join(sorted(SURNAMES))}]家[{HEADS}]))")


def villages(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with each person written as a village's name (a surname, 家, a head
    of :data:`HEADS`) made a place, and each such name written as words of its own that no name
    found touches added as a place (``medium``)."""
    if "家" not in text or zh_words.words() is None:
        return found
    bounds = zh_words.bounds(text)
    starts = {m.start() for m in _VILLAGE.finditer(text) if m.start() in bounds and m.start() + 3 in bounds}
    if not starts:
        return found
    out = [
        (s, e, renamed(p, p.text, PhraseKind.PLACE))
        if p.kind is PhraseKind.PERSON and s in starts and e == s + 3
        else (s, e, p)
        for s, e, p in found
    ]
    for start in starts:
        if not any(s < start + 3 and start < e for s, e, _ in out):
            out.append((start, start + 3, made_name(PhraseKind.PLACE, text[start : start + 3])))
    return sorted(out, key=lambda f: f[0])
