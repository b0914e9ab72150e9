"""Signs against a name the Chinese CRF found, read from how names are written; each sign
lowers the name's ``cert`` one level (:func:`demoted`), so a ``medium`` name with a sign
against it falls below the names pass's floor and is not tagged, and a ``high`` one is kept
at ``medium``. The authority file's names are not read here.

* :func:`opens_with_particle`: the name opens with a grammatical word standing alone in the
  cut (下 of 成立下算帐委员会): no name opens with a preposition, particle or locative.
* :func:`ends_unlike_body`: an organisation that does not end as bodies' names end (a
  suffix table: 委员会, 会, 社, 部, 局, 银行…; 法西斯横行 ends with a verb).
* :func:`unlike_person`: a person opening with no surname, not written as a foreign name
  (a ·, or transliteration characters only) nor as a familiar one (小玉, 老张, 阿Q), and not
  written where a reader sees a person (addressed after an opening quote, before 同志, 说…,
  an item of a list marked by 、), nor right after an office that is no Chinese person's title
  (总理格罗提渥, 驻华大使信瓦瑙; not 毛主席所英明):
  天快亮, 汗珠子.
* :func:`in_idiom`: the name lies inside an idiom of jieba's dictionary (泰山 of 稳如泰山).
* :func:`opens_with_verb`: a place or body of three characters or more opens with a verb alone in
  the cut (攻 of 攻铁岭).
* :func:`common_word`: a person is a word jieba's dictionary knows well with no name's tag
  (胡须), not written where a reader sees a person.
* :func:`word_cut_short`: a place is such a word and ends inside a longer word (种田 of 种田人).
* :func:`army`: a person of a surname and 军 (阎军; the policy's 蒋军 is the army, not Chiang).
* :func:`listed_with_bodies`: a person is the item of a list after a body (联委会、劳英).
* :func:`.zh_place_lists.listed_with_places`: a person is an item of a list the text closes as
  places' (泰安、克山、海伦等七县).

Each was measured on the dev gold (split by the year's parity) and on the articles of
``source/rmrb/`` (``tests/fixtures/names/tei_reviewed.tsv``): none removed a name of the gold.

A sign that starts or ends a name inside a word of jieba's cut was measured too and left out:
on the articles read it removed as many real names (白河 of 白河滩, a company's 贸易发展部
before 副经理) as junk, and lowered sure names (华南 of 华南地区).

:func:`trimmed` cuts a Han person name of four characters with a one-character surname to
three when its last character stands alone in the cut (杨小玉 + 伏在): Chinese given names
have one or two characters; :func:`completed` makes a person of two characters that is an
item of a list, or before a stop, but for the character after it, the whole item (、申集磐等,
翁夕灏，), and a place cut inside one word of the cut that jieba's dictionary tags a place
that word (巴尔 of 桑给巴尔); :func:`lengthened` makes a person the longer person the text writes there (刘鸿 of
刘鸿如对, where 刘鸿如 is found).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from .. import patterns as pt
from ..model import PhraseKind
from . import zh_japanese, zh_words
from .naming import CERT_LEVELS, name_phrase, renamed
from .spans import Found
from .zh_names import COMPOUND_SURNAMES, SURNAMES
from .zh_place_lists import listed_with_places

#: Last characters of bodies' names (委员会, 社, 部, 局, 署, 厅, 处, 党, 军, 团, 师, 旅, 营,
#: 连, 队, 厂, 矿, 公司, 报, 馆, 院, 校, 学, 所, 店, 组, 盟, 府, 室, 科, 场, 中央, 机构, 组织…).
BODY_END_CHARS = frozenset("部会社局厂校院所委团队党军司处署办馆站组联协报室科矿盟府学店场厅师旅营连央构织行")
#: 行 ends a body only as a bank's (银行, 总行, 分行): 横行, 进行 are verbs.
BANK_ENDS = ("银行", "总行", "分行", "支行")
#: Grammatical words that open no place's or body's name when the cut leaves them alone:
#: prepositions, particles, conjunctions, locatives (not 中, which opens 中柬友协 as China's
#: abbreviation; persons are left to :func:`unlike_person`: 于, 向, 和 are surnames too).
PARTICLES = frozenset("下上里内外") | zh_words.GRAMMATICAL
#: Characters of the paper's transliterations of foreign names (阿马塔, 卡布阿, 吕贝尔斯, 达纳巴兰).
TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯勃博布查达戴丹道德登迪蒂丁杜敦多厄恩尔法范菲费芬丰"
    "弗福夫盖甘冈高戈哥格根贡古圭哈海汉豪赫黑亨洪胡华霍基吉加贾杰捷金卡凯坎康柯科克肯孔库奎昆拉莱赖兰"
    "朗劳勒雷蕾里理力利莉连林琳卢鲁路伦罗洛吕马玛迈麦曼梅门蒙米敏明莫姆穆纳娜乃奈南尼妮涅宁努诺欧帕潘"
    "佩彭皮珀普齐奇契乔切钦丘萨塞赛桑瑟森沙莎山尚绍舍施什舒斯松苏素索塔泰坦汤唐特提廷通图托瓦万旺威韦"
    "维温文沃乌武西希锡夏谢辛休雅亚延扬耶伊依因英尤于约泽扎詹兹卓佐茨娅丝黛貌吴觉汶颂隆甫柏列湼"
)
#: Marks joining the parts of a foreign person's name (the middle dot and its stand-ins).
NAME_DOTS = "·•．—"
#: Signs, by name, for the measuring and the tests.
SIGNS = (
    "opens_with_particle",
    "ends_unlike_body",
    "unlike_person",
    "in_idiom",
    "opens_with_verb",
    "common_word",
    "word_cut_short",
    "army",
    "listed_with_bodies",
    "listed_with_places",
)


#: The words of jieba's cut of a text with their offsets (none without jieba).
_cut = zh_words.spans
#: The word boundaries of jieba's cut of a text (offsets), or every offset without jieba.
_bounds = zh_words.bounds


def opens_with_particle(text: str, found: Found) -> bool:
    """Whether the name's first character is a grammatical word alone in the cut."""
    start, end, phrase = found
    if phrase.kind is PhraseKind.PERSON:
        return False
    return end - start > 2 and text[start] in PARTICLES and start + 1 in _bounds(text)


def ends_unlike_body(text: str, found: Found) -> bool:
    """Whether an organisation's name ends otherwise than bodies' names end."""
    surface = found[2].text
    if found[2].kind is not PhraseKind.ORG or not surface:
        return False
    last = surface[-1]
    if last == "行":
        return not surface.endswith(BANK_ENDS)
    return last not in BODY_END_CHARS and not last.isdigit() and last not in "）)"


def foreign(surface: str) -> bool:
    """Whether ``surface`` is written as a foreign person's name is (a ·, a dash between its
    parts, or transliteration characters only)."""
    return any(c in surface for c in NAME_DOTS) or all(c in TRANSLITERATION for c in surface)


#: What follows a name where a reader sees a person (磐石同志, 凤英说).
PERSON_AFTER = ("同志", "先生", "女士", "老师", "说", "道", "问")
#: Offices that precede a name where a reader sees a person (总理格罗提渥, 代表团团长波诺马廖夫,
#: 财政部长曼苏尔, 驻苏大使拉布), a foreign one's too (:mod:`.zh_foreign`). Not
#: :data:`.zh_japanese.OFFICES`, read in a line about Japan only: a Japanese minister is a 相 (外相),
#: 部长 there is a party's (日共中央副部长), and it holds offices no foreign name here follows (知事).
PERSON_BEFORE = (
    "总理", "总统", "首相", "主席", "部长", "外长", "大臣", "大使", "团长", "议长", "委员长",
    "议员", "代办", "参赞", "顾问", "秘书",
)  # fmt: skip


def unlike_person(text: str, found: Found) -> bool:
    """Whether a person's name opens with no surname and is written neither as a foreign nor
    as a familiar name, nor where a reader sees a person (see the module)."""
    start, end, phrase = found
    surface = phrase.text.strip()
    if phrase.kind is not PhraseKind.PERSON or not surface:
        return False
    if pt.zh_surnamed(surface) or foreign(surface):
        return False
    if len(surface) == 2 and surface[0] in "小老阿":
        return False  # 小玉, 小磊, 老张
    return not cued_as_person(text, start, end) and not _after_office(text, start)


def in_idiom(text: str, found: Found) -> bool:
    """Whether the name lies inside a word of the cut that jieba's dictionary knows as an idiom
    or set phrase (泰山 of 稳如泰山): an idiom names no one."""
    start, end, _ = found
    words = zh_words.words()
    word = _word_holding(text, start, end)
    return words is not None and word is not None and words.idiom(word[2])


def _word_holding(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The word of the dictionary cut that holds ``start``..``end`` and is longer (the cut's words
    part the text, so there is one at most), or None."""
    return next(((s, e, w) for s, e, w in _cut(text) if s <= start and end <= e and e - s > end - start), None)


def opens_with_verb(text: str, found: Found) -> bool:
    """Whether a place's or body's name of three characters or more opens with a verb standing
    alone in the cut (攻 of 攻铁岭): the verb is the sentence's, not the name's."""
    start, end, phrase = found
    words = zh_words.words()
    if phrase.kind is PhraseKind.PERSON or end - start < 3 or words is None:
        return False
    return start + 1 in _bounds(text) and words.verb(text[start])


def common_word(text: str, found: Found) -> bool:
    """Whether a person's name is a word jieba's dictionary knows well with a tag that is no
    name's (胡须), not written where a reader sees a person (磐石同志, an item of a list)."""
    start, end, phrase = found
    words = zh_words.words()
    if phrase.kind is not PhraseKind.PERSON or words is None or not words.known(phrase.text):
        return False
    return not cued_as_person(text, start, end)


def word_cut_short(text: str, found: Found) -> bool:
    """Whether a place's name is a word jieba's dictionary knows well as no name and ends
    inside a longer word of the cut (种田 of 种田人; not a body: 军委 of 军委主席 is one)."""
    start, end, phrase = found
    words = zh_words.words()
    if phrase.kind is not PhraseKind.PLACE or words is None or not words.known(phrase.text):
        return False
    return any(s <= start and end < e for s, e, _ in _cut(text))


def army(text: str, found: Found) -> bool:
    """Whether a person of two characters is a surname and 军: a warlord's army (阎军, the
    policy's 蒋军), not a person."""
    surface = found[2].text
    return found[2].kind is PhraseKind.PERSON and len(surface) == 2 and surface[0] in SURNAMES and surface[1] == "军"


#: Ends of bodies' names that mark an item of a list as a body (产销公司、银行、联委会).
_LISTED_BODIES = ("公司", "银行", "委会", "协会", "工会", "政府", "学校", "合作社", "机关", "团体")


def listed_with_bodies(text: str, found: Found) -> bool:
    """Whether a person is the item of a list after a body (联委会、劳英: 劳英 is 劳动英雄, the
    labour heroes), so likelier a kind of people than a person."""
    start, _, phrase = found
    if phrase.kind is not PhraseKind.PERSON or text[start - 1 : start] != "、":
        return False
    return text[: start - 1].endswith(_LISTED_BODIES)


def cued_as_person(text: str, start: int, end: int) -> bool:
    """Whether ``start``-``end`` is written where a reader sees a person: addressed after an
    opening quote, an item of a list marked by 、, or before 同志, 说…"""
    before, after = text[start - 1 : start], text[end : end + 1]  # "" at either end of the text
    addressed = bool(before) and before in "“「‘" and bool(after) and after in "，,！!：:"
    listed = "、" in (before, after)  # 巴金、茅盾、丁玲
    return addressed or listed or text.startswith(PERSON_AFTER, end)


def _after_office(text: str, start: int) -> bool:
    """Whether ``start`` follows an office of :data:`PERSON_BEFORE` that is no Chinese person's
    title: a surname before it that opens a word of the cut (毛主席所英明指出: 毛主席 is the
    person, 所英明 none; 刘|主席); not a surname's character inside a word (驻华大使, 新任, 该党)."""
    office = next((o for o in PERSON_BEFORE if text.startswith(o, start - len(o))), "")
    at = start - len(office) - 1
    return bool(office) and not (at >= 0 and text[at] in SURNAMES and at in _bounds(text))


_CHECKS = {
    "opens_with_particle": opens_with_particle,
    "ends_unlike_body": ends_unlike_body,
    "unlike_person": unlike_person,
    "in_idiom": in_idiom,
    "opens_with_verb": opens_with_verb,
    "common_word": common_word,
    "word_cut_short": word_cut_short,
    "army": army,
    "listed_with_bodies": listed_with_bodies,
    "listed_with_places": listed_with_places,
}


def signs(text: str, found: Found, enabled: tuple[str, ...] = SIGNS) -> list[str]:
    """The signs against the CRF name ``found`` in ``text`` (of those ``enabled``)."""
    if found[2].kind is PhraseKind.PERSON and zh_japanese.posted(text, found[2].text):
        return []  # a Japanese name after its office: no Chinese name's signs
    return [name for name in enabled if _CHECKS[name](text, found)]


#: Brackets, each opening one with its closing one: a name holds both of a pair or neither.
_PAIRS = {"（": "）", "(": ")", "《": "》", "〈": "〉", "「": "」", "『": "』", "【": "】", "〔": "〕", "[": "]"}
_CLOSING = frozenset(_PAIRS.values())


def _paired(surface: str) -> tuple[int, int]:
    """The longest stretch of ``surface`` (start, end) between the brackets it holds one of a pair
    of, the first of the longest: 湘西（州 → 湘西, 《人民日报 → 人民日报; 刚果（利） whole."""
    opened: list[int] = []
    lone = []
    for index, char in enumerate(surface):
        if char in _PAIRS:
            opened.append(index)
        elif char in _CLOSING:
            if opened and _PAIRS[surface[opened[-1]]] == char:
                opened.pop()
            else:
                lone.append(index)
    cuts = [-1, *sorted(lone + opened), len(surface)]
    return max(((a + 1, b) for a, b in itertools.pairwise(cuts)), key=lambda stretch: stretch[1] - stretch[0])


def trimmed(text: str, found: Found) -> Found:
    """A name cut to the stretch that crosses no bracket (:func:`_paired`: the CRF reads 湘西（州 in
    湘西（州）); a Han person of four characters, a one-character surname first, cut to three when its
    last character is a word alone in the cut (杨小玉伏在 → 杨小玉); any other name as it is."""
    start, end, phrase = found
    cut_start, cut_end = _paired(phrase.text)
    if (cut_start, cut_end) != (0, len(phrase.text)) and cut_end - cut_start >= 2:
        start, end, phrase = start + cut_start, start + cut_end, renamed(phrase, phrase.text[cut_start:cut_end])
        found = start, end, phrase
    surface = phrase.text
    if phrase.kind is not PhraseKind.PERSON or len(surface) != 4 or foreign(surface):
        return found
    if zh_japanese.posted(text, surface):
        return found
    if surface[:2] in COMPOUND_SURNAMES or surface[0] not in SURNAMES or surface[1] in SURNAMES:
        return found  # 欧阳, and two surnames (a married woman's 张王淑贞)
    if not zh_words.han(surface) or end - 1 not in _bounds(text):
        return found
    return start, end - 1, renamed(phrase, surface[:3])


def completed(text: str, found: Found, others: Sequence[Found] = ()) -> Found:
    """A Han person of two characters, a surname first, that is an item of a list (after 、 or
    before it), or is followed by a stop, but for the one Han character after it, which ends
    the item (before 、, 等 or a stop) and is no verb alone, made the whole item (、申集磐等:
    the CRF read 申集; 翁夕灏，); a place cut inside a place's word, that word (:func:`_place_word`),
    where it crosses none of ``others`` (the CRF's names in ``text``, it among them); any other name as it is."""
    start, end, phrase = found
    surface = phrase.text
    if phrase.kind is PhraseKind.PLACE:
        return _place_word(text, found, others)
    if phrase.kind is not PhraseKind.PERSON or len(surface) != 2 or surface[0] not in SURNAMES:
        return found
    before, last, after = text[start - 1 : start], text[end : end + 1], text[end + 1 : end + 2]
    if not ("\u4e00" <= last <= "\u9fff") or not start or after not in ("、", "等", "，", "。", "；"):
        return found
    if last in "等和及与说讲称道的了们":
        return found
    if "、" not in (before, after) and not _lone_given(text, end):
        return found
    return start, end + 1, renamed(phrase, text[start : end + 1])


#: The heads a place's word may run on with after the place the CRF found: the generic heads of
#: a geographic feature's name and the district, which the policy keeps with the name (江汉平原,
#: 朝鲜半岛, 奔巴岛, 波斯湾, 马村区, as the gold has them); no other tail, whatever jieba tags a place
#: (天山南北, 西非各国, 桂林山水, 淮南子, 南美国家, 马关条约, 瑞典克朗, 黄河水, 越南化, 洞庭湖畔).
PLACE_HEADS = ("平原", "盆地", "高原", "山脉", "半岛", "群岛", "岛", "海峡", "湾", "区")


def _place_word(text: str, found: Found, others: Sequence[Found] = ()) -> Found:
    """A place that lies inside one longer word of the dictionary cut, a word jieba's dictionary
    tags a place (ns), made that word: leftwards freely (巴尔 of 桑给巴尔: the CRF cut the name's
    beginning off), rightwards only by one of :data:`PLACE_HEADS` (江汉 of 江汉平原, 马村 of 马村区;
    not 天山 of 天山南北, 西非 of 西非各国, 洞庭湖 of 洞庭湖畔); not where what it grows by overlaps
    any of ``others`` (桑给 a person of its own, then 巴尔 is not made 桑给巴尔: one of the two is wrong)."""
    start, end, phrase = found
    words = zh_words.words()
    word = _word_holding(text, start, end)
    if words is None or word is None or not words.place(word[2]):
        return found
    if word[1] > end and text[end : word[1]] not in PLACE_HEADS:
        return found  # 天山 + 南北, 西非 + 各国: the word is the place and something else
    if any((s < start and word[0] < e) or (s < word[1] and end < e) for s, e, _ in others):
        return found  # the growth would overlap another name found
    return word[0], word[1], renamed(phrase, text[word[0] : word[1]])


def _lone_given(text: str, end: int) -> bool:
    """Whether the character at ``end`` (after a person of two characters, before a stop) is a
    word alone in the cut and no verb (灏 of 翁夕灏，, 三 of 王鼎三，; not 说 of 李强说，)."""
    words = zh_words.words()
    return (
        words is not None
        and text[end] not in AFTER_PERSONS
        and {end, end + 1} <= _bounds(text)
        and not words.verb(text[end])
    )


#: Words written after a person that name where or whose: 家 and the localisers (王芳家，, 李明处，).
AFTER_PERSONS = "家里上下中内外处边旁前后"


def demoted(text: str, found: Found, enabled: tuple[str, ...] = SIGNS) -> tuple[Found, int]:
    """``found`` with its ``cert`` lowered one level per sign against it (not below ``low``),
    and the number of signs."""
    start, end, phrase = found
    against = len(signs(text, found, enabled))
    if not against or phrase.tagger is None:
        return found, 0
    level = max(0, CERT_LEVELS.index(phrase.certainty or "high") - against)
    lowered = name_phrase(phrase.kind, phrase.text, phrase.entity or "", phrase.tagger, CERT_LEVELS[level])
    return (start, end, lowered), against


def lengthened(text: str, found: list[Found]) -> list[Found]:
    """``found`` with a person that the text writes, where it is found, as the start of a longer
    person found elsewhere in the text made that longer person (刘鸿 of 刘鸿如对, where 刘鸿如 is
    found: one person, one name)."""
    persons = {f[2].text for f in found if f[2].kind is PhraseKind.PERSON}
    out = []
    for start, end, phrase in found:
        longer = (
            ""
            if phrase.kind is not PhraseKind.PERSON
            else next(
                (
                    p
                    for p in sorted(persons, key=len, reverse=True)
                    if len(p) > len(phrase.text) and text.startswith(p, start) and p.startswith(phrase.text)
                ),
                "",
            )
        )
        taken = any(s < start + len(longer) and start < s for s, _, _ in found) if longer else True
        if taken:
            out.append((start, end, phrase))
            continue
        out.append((start, start + len(longer), renamed(phrase, longer)))
    return out
