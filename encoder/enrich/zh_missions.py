"""Groups sent on a mission, which the name policy calls descriptive: a delegation named by
where it comes from and what its members are (中国政府代表团, 阿根廷男子排球队), "only the place
is tagged". The CRF reads a whole such phrase as an organisation, often where no name of the
authority file lies inside it for the names pass to keep instead (马尔加什代表团, 平津区代表团,
日本商工会议所百人访华团, 国会议员代表团): :func:`mission` tells them, so that the pass drops them.

A body and the delegation it sends are cut to the body before (:func:`.zh_orgs.sectioned`:
亚非作家常设局代表团 → 亚非作家常设局); what is left ending in a mission word is the phrase of a
visit. A party centre's delegation is the one the dev gold tags whole (印尼共产党中央代表团), and
stays. Groups that are bodies of their own (a presidium, 主席团; a troupe, 歌舞团, 艺术团; a
group of firms, 集团; a regiment, 兵团) end in no mission word.

Measured on the dev name gold (names pass at medium): 9 spurious organisations gone in seven
articles (贸易考察团, 国家代表团, 工会代表团, 特别调查团, 社会党友好之翼访华团, 国会议员代表团…), and
two bodies they had swallowed found again (日本社会党, 吉林省政府); organisations' F1 0.828 →
0.830 on even years, 0.786 → 0.787 on odd years, no name lost. Outside the gold (1,759 articles:
dev fixtures in no name gold, the sample, the shared corpus), with :func:`given_back`: 72
mentions gone in 32 articles (乒乓球代表团, 缅科学家代表团, 东京妇女活动家友好访华团, 考察团…), each
a delegation or a visit (朝鲜军事顾问团, the US advisory group, doubtful), and 38 names come in
16 articles, the places and bodies they had hidden (泰国, 新加坡, 东京, 中国人民解放军…).

What a dropped delegation names before its mission word (and a visit, 访日, 赴朝, 来华) is given
back (:func:`given_back`, before :func:`.zh_orgs.place_apart`): the body that sends it, where a
visit or a government's own name keeps :func:`.zh_orgs.sectioned` from cutting it
(中日友好协会访日代表团 → 中日友好协会, 王国民族团结政府代表团 → 王国民族团结政府, as the dev
gold's 中国人民志愿军代表团 → 中国人民志愿军), else the place it comes from (北海道农业访华团 →
北海道, 冲绳县民访华团 → 冲绳县, 马来亚联合邦工商业贸易考察团 → 马来亚联合邦, 马尔加什代表团).
On the dev name gold it moves nothing (an authority file's name lies inside the delegations
there, and stands); on 1,759 articles outside it, 11 names given back in five articles
(马来亚联合邦 ×6, 王国民族团结政府 ×2, 北海道, 平津区, 马尔加什), all right; a count
(蒙苏两国) or a name going on (阿昌庞请) gives nothing.

Nothing is given back that is no name (the review of 2026-12-03): a generic word of state (王国 of
王国政府代表团, 共和国, 外国, 各国), two one-character abbreviations of states or continents joined
(亚非, 中苏), a people's government named by its level alone (自治区人民政府), nor anything of a span
the tagger opens inside a word of the dictionary cut (巴尔 of 桑给巴尔青年访华团); a place ending in
来 + a character is no visit (马来亚代表团 → 马来亚). These guards move nothing on the dev name gold
nor on 1,886 articles outside it (the names given back there are the same).
"""

from __future__ import annotations

from ..lazy_re import lazy
from ..model import PhraseKind
from . import zh_words
from .naming import local_key, name_phrase
from .spans import Found
from .zh_names import GENERIC_PLACES
from .zh_orgs import ABBREVIATIONS, BODY_END, DESCRIPTIVE, KIND, LEVELS, STATE_FORMS
from .zh_signs import TRANSLITERATION

#: What a group sent on a mission is called at the end of the phrase naming it: a delegation, a
#: party visiting China or a country, a group of inquiry, of observers, of consolation.
MISSION = lazy(r"(?:代表团|访华团|访问团|考察团|调查团|顾问团|观礼团|慰问团|视察团|参观团)$")


def mission(found: Found) -> bool:
    """Whether a tagger's organisation ends in a mission word (:data:`MISSION`) and is no party
    centre's delegation (…中央代表团): a phrase describing a visit, no body's name."""
    _, _, phrase = found
    surface = phrase.text
    if phrase.kind is not PhraseKind.ORG or phrase.tagger is None:
        return False
    match = MISSION.search(surface)
    return match is not None and not surface[: match.start()].endswith("中央")


#: A visit written between a body or a place and its mission word: to a country by its one
#: character (访日, 访苏, 赴朝), to China (来华, 访华).
_VISIT = lazy(r"(?:访|赴|来)[\u4e00-\u9fff]$")
#: Words for a state or states in general, no name (王国政府代表团 of Laos' Royal Government,
#: 外国代表团, 各国代表团): with the generic places of :mod:`.zh_names` and the forms of state.
_STATES = frozenset({*STATE_FORMS, *GENERIC_PLACES, "各国", "本国", "该国", "邻国", "友邦", "国家", "大国", "帝国"})
#: One-character abbreviations of states and of continents: two of them joined (亚非, 中苏) are no
#: place (the policy; the dev gold tags no 亚非拉).
_ABBREVIATED = ABBREVIATIONS | frozenset("亚非欧拉澳")
#: Ends of a body's name with a word of its own before them (中日友好协会, 王国民族团结政府).
_NAMED_BODY = ("协会", "联合会", "委员会", "工会", "总会", "学会", "同盟", "联盟", "阵线", "党")


def given_back(text: str, found: Found, known: list[Found]) -> Found:
    """What a tagger's delegation (:func:`mission`) names before its mission word and its visit,
    which the policy tags: the body that sends it (中日友好协会访日代表团 → 中日友好协会,
    王国民族团结政府代表团 → 王国民族团结政府: a government's own name, not 中国政府), else the
    place it comes from where jieba's dictionary or a transliteration's characters tell one
    (北海道农业访华团 → 北海道, 冲绳县民访华团 → 冲绳县, 马尔加什代表团); else the delegation as it
    is (for :func:`mission` to drop), and so where the authority file found a name inside it, or
    where the tagger's span opens inside a word of the dictionary cut of ``text`` (巴尔 of
    桑给巴尔青年访华团: a fragment). A visit is read off only where the stem with it is no place
    (马来亚代表团: 来亚 is no visit)."""
    start, end, phrase = found
    if not mission(found) or any(start <= s and e <= end for s, e, _ in known):
        return found
    if start not in zh_words.bounds(text):
        return found
    stem = phrase.text[: MISSION.search(phrase.text).start()]  # type: ignore[union-attr]
    stem = stem[:-2] if _VISIT.search(stem) and _place(stem) < len(stem) else stem
    kind = PhraseKind.ORG if _body(stem) else PhraseKind.PLACE
    size = len(stem) if kind is PhraseKind.ORG else _place(stem)
    if not size:
        return found
    name, tagger, cert = stem[:size], phrase.tagger or "zh_ner", phrase.certainty or "medium"
    return start, start + size, name_phrase(kind, name, local_key(name, "zh") or "", tagger, cert)


def _body(stem: str) -> bool:
    """Whether ``stem`` is a body's name: three characters or more ending as bodies do, not
    descriptively (中国政府) nor by its kind (公社党委), or a government's name of its own
    (王国民族团结政府: a word before 政府 that names no place); a people's government only with
    its place before it (not 自治区人民政府, named by its level alone)."""
    words = zh_words.words()
    if len(stem) < 3 or stem[-1] not in BODY_END or KIND.fullmatch(stem):
        return False
    if stem.endswith("人民政府"):
        return 0 < _place(stem[:-4]) == len(stem) - 4
    if stem.endswith("政府") and len(stem) >= 6 and words is not None:
        before = list(words.cut(stem[:-2]))[-1]
        return len(before) >= 2 and not before.endswith("国") and not words.named(before)
    return stem.endswith(_NAMED_BODY) and not stem.endswith(DESCRIPTIVE)


def _place(stem: str) -> int:
    """How long the place opening ``stem`` is (0: none): a transliteration of three characters or
    more standing alone (马尔加什), or a word jieba's dictionary tags as a place's, with a level
    or a form of state after it (冲绳县, 平津区, 马来亚联合邦), before nothing or a word of two
    characters or more that names nothing (北海道 of 北海道农业), or its people after its level
    (冲绳县民); not before a count or a character of a name going on (蒙苏两国, 阿昌庞请)."""
    words = zh_words.words()
    if len(stem) >= 3 and all(char in TRANSLITERATION for char in stem):
        return len(stem)
    if words is None:
        return 0
    first = next(iter(words.cut(stem)), "")
    if not words.place(first) or first[-1] in BODY_END or first in _STATES:
        return 0
    if len(first) == 2 and all(char in _ABBREVIATED for char in first):
        return 0  # 亚非, 中苏: abbreviations joined
    form = next((f for f in (*STATE_FORMS, "联合邦") if stem.startswith(f, len(first))), "")
    size = len(first) + (len(form) or stem[len(first) : len(first) + 1] in tuple(LEVELS))
    rest = next(iter(words.cut(stem[size:])), "")
    fits = not rest or (len(rest) >= 2 and words.names_nothing(rest)) or (stem[size - 1] in LEVELS and rest == "民")
    return size if fits else 0
