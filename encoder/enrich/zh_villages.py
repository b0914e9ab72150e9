"""Villages named by a family: a surname, 家 and a settlement's head (邓家桥, 唐家闸, 陈家台, 楼家村,
杨家店, 祝家庄), places by the policy. The CRF reads some of them as persons (邓家桥, 刘家桥: a
surname and a given name of two characters) and others not at all (陈家台, 余家台, 楼家村). No person
of the dev gold is so written; its fifteen names so written (石家庄, 焦家村, 宋家桥 …) are places.
:func:`villages` makes such a person a place and adds such a name that the text writes as words of
its own (the dictionary cut's bounds before and after it), where no name was found, with the unit the
text writes after it (李家沟村, 刘家集乡, 周家洼子); not where the head goes on into a word (全家庄稼,
商家店铺, 国家园林, 王家店里), where the surname's character is a function word of its own in the
cut (和|家园, 向|家园: 家园 a common noun; not 姚|家园, a village of the dev gold), where a people's name
opens it (一个苗家寨), nor where a body's head follows (李家沟生产队, 郭家庄供销社, 范家村小学: the
body is the name, by the policy)."""

from __future__ import annotations

from ..lazy_re import lazy
from ..model import PhraseKind
from . import zh_bodies, zh_words
from .naming import made_name, renamed
from .spans import Found
from .zh_names import SURNAMES

#: The heads of a village's or hamlet's name after 家 (村 庄 台 店 园 桥 闸 集 …).
HEADS = "村庄台店园桥闸集湾沟坪营寨堡屯窑岭峪洼塘铺"
#: Peoples' names that are surnames too: 苗家, 瑶家 … are the people's (一个苗家寨: a Miao village).
PEOPLES = "苗瑶彝侗傣壮"
_VILLAGE = lazy(f"(?=([{''.join(sorted(set(SURNAMES) - set(PEOPLES)))}]家[{HEADS}]))")
#: A village's unit the text may write after its name, one place with it (李家沟村, 刘家集乡, 周家洼子).
UNITS = "村乡镇子"
#: Heads of bodies named after a village that the bodies' table does not hold as heads (生产队, 小队).
BODY_HEADS = tuple(
    "生产队 生产大队 大队 小队 公社 供销社 信用社 合作社 小学 中学 学校 医院 工厂 厂 党委 党支部".split()
)


def body_follows(text: str, end: int, spans: tuple[tuple[int, int, str], ...]) -> bool:
    """Whether a body's head follows ``end``: one of :data:`BODY_HEADS`, or the word of the cut
    there is headed by a body's head (:func:`.zh_bodies.headed`)."""
    if text.startswith(BODY_HEADS, end):
        return True
    word = next((w for s, _, w in spans if s == end), "")
    return len(word) > 1 and zh_bodies.headed(word)


def villages(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with each person written as a village's name (a surname, 家, a head
    of :data:`HEADS`) made a place, and each such name written as words of its own that no name
    found touches added as a place (``medium``), with its unit (:data:`UNITS`) where the cut writes
    it as a word of its own."""
    if "家" not in text or (words := zh_words.words()) is None:
        return found
    spans = zh_words.spans(text)
    bounds = zh_words.bounds(text)
    ends: dict[int, int] = {}
    for m in _VILLAGE.finditer(text):
        start = m.start()
        if start not in bounds or start + 3 not in bounds:
            continue
        if start + 1 in bounds and words.functional(text[start]):  # 和|家园, 向|家乡
            continue
        end = start + 3
        if text[end : end + 1] in tuple(UNITS) and text[end - 1] != text[end] and end + 1 in bounds:
            end += 1
        if not body_follows(text, end, spans):
            ends[start] = end
    if not ends:
        return found
    out = [
        (s, ends[s], renamed(p, text[s : ends[s]], PhraseKind.PLACE))
        if s in ends
        and e == s + 3
        and (p.kind is PhraseKind.PERSON or (p.kind is PhraseKind.PLACE and p.tagger is not None))
        else (s, e, p)
        for s, e, p in found
    ]
    for start, end in ends.items():
        if not any(s < end and start < e for s, e, _ in out):
            out.append((start, end, made_name(PhraseKind.PLACE, text[start:end])))
    return sorted(out, key=lambda f: f[0])
