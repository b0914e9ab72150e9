"""Foreign persons the CRF read unsurely or as a body, confirmed by how the paper writes them.

The CRF of :mod:`.zh_crf` reads many transliterated names of foreign persons below ``medium``
(兰加纳特·夏尔马 at 0.52, 沙斯特罗阿米佐约 at 0.61), or takes a name and the rank after it for a
body (格瓦拉少校, 古巴桑切斯少校 read as organisations). A reader sees a person there by signs the
model does not weigh: the middle dot joining the parts of a transliterated name, and a personal
rank or office written right after or right before the name. :func:`confirmed` uses them:

- **dotted**: a person read below ``medium`` whose parts, joined by · (or a stand-in for it,
  :data:`.zh_signs.NAME_DOTS`), are each two Han characters or more, with no other mark and no
  grammatical word that is no syllable (和 of 卡洛斯·热尔马诺和迪达; 里 of 哈里 is a syllable),
  nearly all of them characters of the paper's transliterations
  (:data:`.zh_signs.TRANSLITERATION`), is raised to ``medium`` where the reading holds the whole
  name (no syllable of it left outside, :func:`_whole`);
- **stretched**: a person read as a name joined by · that the CRF cut one or two syllables short
  (秘书姆|布塔·米兰多, 科佐·博齐|约，) is the whole name (:func:`stretched`), before it is raised;
  not past a known last part (卡尔·马克思|城) nor back onto a place (古巴|菲德尔·卡斯特罗), and a
  reading that starts right after a part of the name (尼·|谢·赫鲁晓夫) is lowered below ``medium``
  (these guards: odd years all F1 0.8983 → 0.8984, persons P 0.9581 → 0.9584; even unchanged).
  Dev gold: even years all F1 0.892 → 0.893 (persons 0.921 → 0.924 with :func:`over_known`), odd
  years 0.897 → 0.898 (persons 0.939 → 0.941);
- **posted**: a person read below ``medium``, of three transliteration characters or more, right
  before a rank or office of :data:`RANKS` that no name follows (巴巴多斯 of 巴巴多斯总理巴罗 is
  the state) or right after an office of :data:`.zh_signs.PERSON_BEFORE`, is raised to ``medium``;
- **ranked**: a body ending in a rank of :data:`RANKS` (a rank ends no body's name) is the person
  before the rank: the run of transliteration characters it ends with, of two or more, less a
  place that opens it (古巴 of 古巴桑切斯), read at ``medium`` at least; a body that is a place
  and a rank only (伊朗首相) stays a body;
- **officed**: a string the CRF reads as a person right after an office of
  :data:`.zh_signs.PERSON_BEFORE` somewhere in the article (以色列总理贝京, 第一副主席克莱伯) is
  that person, at ``medium``, where the CRF reads it as a place or body (贝京 at the head of
  the other lines), unless it is a place of the authority file or a Chinese division. Dev gold:
  odd years all F1 0.898 → 0.899 (persons 0.946 → 0.948), even years unchanged. A place the
  CRF reads right after such an office, closed as :func:`unread`'s names are (参赞安东尼，), and
  the transliterated end of a body it reads across one (阿中友协秘书科索瓦, :func:`_office_led`)
  count as that person too: dev gold odd years all F1 0.8963 → 0.8969 (persons recall 0.910 →
  0.912), even years unchanged;
- **unread**: a run of two to six transliteration characters (no grammatical word: 卡特|于5日)
  right after an office of :data:`.zh_signs.PERSON_BEFORE`, closed by a mark that is no digit
  nor name dot, or by a grammatical word (written once: 范文同同苏联), 等 or 说, that the CRF
  left unread (驻苏大使拉布等, 司法部长契皮茨卡，) and that is no quantity word (议员多达300人)
  nor known place, is a person at ``medium``. Dev gold: even years all F1 0.8921 → 0.8924
  (persons 0.919 → 0.920), odd unchanged.

:func:`over_known` lets such a name win over the authority file's names inside it (for
:mod:`.names`): its known surname (卡尔·马克思) and places that are its syllables (拉萨 of
阿努鲁达·普拉萨德·辛格).

A rank goes on into no word (总统府, 外长会议 are a building and a meeting, :data:`RANK_WORDS`).
Places and bodies written with the same characters (斯里兰卡, 布加勒斯特, 塔斯社) are never made
persons: a body is read as a person only before a rank, and no reading that is a place
(:func:`known_place`: one the CRF read in the article, of the authority file, or a Chinese
division of :mod:`.zh_divisions`) is raised or kept as a person's part.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

from ..model import PhraseKind
from . import authority, zh_divisions, zh_words
from .spans import Found
from .zh_crf import MEDIUM, Entity
from .zh_signs import NAME_DOTS, PARTICLES, PERSON_AFTER, PERSON_BEFORE, TRANSLITERATION
from .zh_titles import HONORIFICS

# RANKS and the offices before a name (zh_signs.PERSON_BEFORE) are not drawn from
# zh_titles.HONORIFICS: that list holds what follows a Chinese surname (老, 同志, 经理, 主任…), of
# which only 主席, 总统, 总理, 部长, 大使 are the offices of a foreign name here; picking those five
# out of it would hide the lists.
#: Ranks and offices written right after a person's name that end no body's name.
RANKS = ("少校", "中校", "上校", "少将", "中将", "上将", "大将", "元帅", "总统", "首相", "总理", "外长", "亲王")
#: What makes a rank part of a longer word (总统府, 总理府, 外长会议, 总统官邸, 总统选举, 总统令).
RANK_WORDS = ("府", "会议", "官邸", "办公", "选举", "职", "制", "令")
#: Grammatical words that are no syllable of a transliteration: 和 of 卡洛斯·热尔马诺和迪达 joins
#: two names; 里 of 哈里, 内 of 巴斯内特 (the locatives) are syllables.
_BARE_PARTICLES = PARTICLES - TRANSLITERATION - frozenset("下上里内外")
#: Share of transliteration characters a dotted name must reach.
DOTTED_SHARE = 0.8
#: Han characters that may follow a dotted name the CRF read whole: grammatical words (为, 向,
#: 和, 的…) and 等, 说; any other Han character after it may be the name's own last syllable,
#: cut off (曼苏尔·马哈古|卜).
AFTER_DOTTED = PARTICLES | frozenset("等说")


def _foreignness(text: str) -> float:
    """The share of ``text``'s characters that are characters of transliterations."""
    return sum(c in TRANSLITERATION for c in text) / len(text) if text else 0.0


def known_place(surface: str, places: frozenset[str] = frozenset()) -> bool:
    """Whether ``surface`` is a place: of ``places`` (the CRF's in the article), of the authority
    file, or a Chinese division's name or short form (:func:`.zh_divisions.usable`)."""
    return surface in places or surface in authority.chinese_forms(PhraseKind.PLACE) or zh_divisions.usable(surface)


def dotted(surface: str, initials: bool = False, share: float = DOTTED_SHARE) -> bool:
    """Whether ``surface`` is a transliterated name written in parts joined by · (or a stand-in),
    each of Han characters only (two or more; one for a part before the last where ``initials``:
    约·维·斯大林) and no grammatical word that is no syllable, ``share`` of its characters at least
    characters of transliterations."""
    parts = [surface[a:b] for a, b in _parts(surface)]
    least = [1 if initials else 2] * (len(parts) - 1) + [2]
    return (
        len(parts) >= 2
        and all(
            len(p) >= n and zh_words.han(p) and not set(p) & _BARE_PARTICLES for p, n in zip(parts, least, strict=True)
        )
        and _foreignness("".join(parts)) >= share
    )


def _parts(surface: str) -> list[tuple[int, int]]:
    """Where each part of a name joined by · (or a stand-in) starts and ends in ``surface``."""
    bounds = [-1, *(i for i, c in enumerate(surface) if c in NAME_DOTS), len(surface)]
    return [(a + 1, b) for a, b in itertools.pairwise(bounds)]


def over_known(surface: str, certainty: str | None, inside: Sequence[Found], start: int) -> bool | None:
    """Whether a CRF person ``surface`` (at ``start``) written with a · replaces the authority file's
    names ``inside`` it, or None where it holds them otherwise (the general rule decides):

    - one person that ends it (朱利叶斯·克·尼雷尔 over 尼雷尔): at ``high``, or at ``medium`` where
      the name is :func:`dotted`, initials allowed (卡尔·马克思 over 马克思, 约·维·斯大林 at 0.77);
    - places that are syllables of a :func:`dotted` name (拉萨 of 阿努鲁达·普拉萨德·辛格, 加纳 of
      兰加纳特·夏尔马, 苏瓦 of 阿沙妮·苏瓦帕), each inside one part, no whole part and not at the
      name's end: at ``medium`` or above.
    """
    if "·" not in surface or not inside:
        return None
    if len(inside) == 1 and inside[0][1] - start == len(surface) and inside[0][2].kind is PhraseKind.PERSON:
        return certainty == "high" or (certainty == "medium" and dotted(surface, initials=True))
    parts = _parts(surface)
    syllables = all(
        phrase.kind is PhraseKind.PLACE
        and e - start < len(surface)
        and any(a <= s - start and e - start <= b and (a, b) != (s - start, e - start) for a, b in parts)
        for s, e, phrase in inside
    )
    if syllables and dotted(surface):
        return certainty in ("high", "medium")
    return certainty == "high" if len(inside) == 1 and inside[0][1] - start == len(surface) else None


def _whole(line: str, start: int, end: int) -> bool:
    """Whether the CRF's reading ``line[start:end]`` holds the whole name: no Han character right
    before it but a grammatical word or the end of an office of :data:`.zh_signs.PERSON_BEFORE` (秘书姆|布塔·米兰多,
    肉孜|坦木·米纳苏夫 are cut) and no Han character right after it but those of :data:`AFTER_DOTTED`."""
    before, after = line[start - 1 : start], line[end : end + 1]
    opened = not (before and zh_words.han(before)) or before in _BARE_PARTICLES or line[:start].endswith(PERSON_BEFORE)
    return opened and (not (after and zh_words.han(after)) or after in AFTER_DOTTED)


#: One-character heads of places, works and prizes named after a person (卡尔·马克思|城, 《卡尔·马克思|传》,
#: 马可·波罗|桥, 约翰·肯尼迪|杯, 列夫·托尔斯泰|馆): a guard where the name's last part is not known.
NAMED_AFTER = tuple("城桥杯港岛湖山河市省州县镇村馆厅院宫堂园团传集")
#: Words after a dotted name that are no syllable of it: its title or rank (德夫|亲王, 阿贝尔|同志),
#: 时, 后 (卡斯特罗|时，), what a credit or a report writes after a name (威廉·格雷|作）), a thing
#: named after a person (马可·波罗|奖”, 卡尔·马克思|像).
NOT_SYLLABLES = (
    *HONORIFICS, *RANKS, *PERSON_AFTER, "夫人", "将军", "阁下", "博士", "公主", "时", "后", "们",
    *"作著译摄绘画撰编讲称答", *"奖号派家式像墓路街", *NAMED_AFTER,
)  # fmt: skip
#: The probability of a person's reading that starts right after a name's dot (below ``medium``).
CUT = 0.5
#: The most characters a cut dotted name is stretched by at either end.
STRETCH = 2


def stretched(line: str, start: int, end: int) -> tuple[int, int]:
    """A person ``line[start:end]`` read as a name joined by · (:func:`dotted`, any share of
    transliteration characters: 班禅额尔德尼·却吉) with the syllables the reading cut off at
    either end: before it, one or two transliteration characters (no grammatical word) that a
    mark, a grammatical word or an office of :data:`.zh_signs.PERSON_BEFORE` opens (：希|马拉雅·…,
    以本|贾明·…, 秘书姆|布塔·…); after it, one or two Han characters of no grammatical word nor
    :data:`NOT_SYLLABLES`, that open no word of two characters or more of the dictionary cut
    (艾默里|指出) and that a mark closes (科佐·博齐|约，, 却吉|坚赞，), where the name's last part is
    no word of the dictionary nor a known person's name (马克思 of 卡尔·马克思|城 ends a name: :func:`_known_end`).
    Nothing is taken before it where a known place ends right before it (古巴|菲德尔·卡斯特罗: the
    country, :func:`known_place`). Any other reading comes back."""
    if not dotted(line[start:end], initials=True, share=0.0):
        return start, end
    begin = start
    while start - begin < STRETCH and begin > 0 and line[begin - 1] in _UNREAD_SYLLABLES:
        begin -= 1
    before = line[begin - 1 : begin]
    opened = not (before and zh_words.han(before)) or before in _BARE_PARTICLES or line[:begin].endswith(PERSON_BEFORE)
    opened = opened and not any(known_place(line[i:start]) for i in range(max(0, start - 4), start - 1))
    stop = end
    while stop - end < STRETCH and stop < len(line) and zh_words.han(line[stop]) and line[stop] not in AFTER_DOTTED:
        stop += 1
    tail, after = line[end:stop], line[stop : stop + 1]
    closed = not after or not (after.isalnum() or after in NAME_DOTS)
    worded = any(s == end and e - s >= 2 for s, e, _ in zh_words.spans(line))  # 艾默里|指出, 恩多利|一行
    kept = closed and not worded and not any(tail.startswith(w) or w.startswith(tail) for w in NOT_SYLLABLES)
    return (begin if opened else start), (stop if kept and not _known_end(line[start:end]) else end)


def _known_end(surface: str) -> bool:
    """Whether the last part of a dotted name ``surface`` is a word of jieba's dictionary or a person of
    the authority file (马克思, 波罗, 华盛顿, 托尔斯泰): a name a reader knows ends there, no syllable cut off."""
    last = surface[_parts(surface)[-1][0] :]
    words = zh_words.words()
    return last in authority.chinese_forms(PhraseKind.PERSON) or (words is not None and words.listed(last))


def _rank_at(line: str, at: int) -> str:
    """The rank of :data:`RANKS` at ``line[at:]`` that goes on into no word (not 总统府), or ''."""
    rank = next((r for r in RANKS if line.startswith(r, at)), "")
    return "" if line.startswith(RANK_WORDS, at + len(rank)) else rank


def posted(line: str, start: int, end: int, places: frozenset[str] = frozenset()) -> bool:
    """Whether ``line[start:end]``, of transliteration characters only and no known place
    (:func:`known_place`), stands right before a rank of :data:`RANKS` that no name follows
    (巴巴多斯总理|巴罗) or right after an office of :data:`.zh_signs.PERSON_BEFORE`."""
    surface = line[start:end]
    if len(surface) < 3 or _foreignness(surface) < 1.0 or known_place(surface, places):
        return False
    rank = _rank_at(line, end)
    if rank and line[end + len(rank) : end + len(rank) + 1] not in TRANSLITERATION:
        return True
    return line[:start].endswith(PERSON_BEFORE)


def _ranked(line: str, start: int, end: int, places: frozenset[str]) -> tuple[int, int] | None:
    """The person's span in a body ``line[start:end]`` ending in a rank, less a place opening it
    (:func:`known_place`), or None (a place and a rank only: 伊朗首相)."""
    rank = next((r for r in RANKS if line.endswith(r, start, end)), "")
    if not rank or _rank_at(line, end - len(rank)) != rank:
        return None
    stop = end - len(rank)
    begin = stop
    while begin > start and line[begin - 1] in TRANSLITERATION:
        begin -= 1
    run = line[begin:stop]
    opening = max((run[:n] for n in range(2, len(run) + 1) if known_place(run[:n], places)), key=len, default="")
    begin += len(opening)
    return (begin, stop) if stop - begin >= 2 else None


def offices_kept_out(known: list[Found], proposed: list[Found], text: str) -> list[Found]:
    """``known`` without a place whose first character ends an office of
    :data:`.zh_signs.PERSON_BEFORE` (长 of 外长, 部长, 团长) where a person ``proposed``
    starts right after that character and goes on past the place (外长沙米尔: no 长沙), or
    that is 长沙 after such an office, where the CRF may propose no person (叙利亚外长沙雷
    同日: 雷同 a word; ../shared/ner-data writes 部长沙, 外长沙 six times, each an office
    and a person)."""
    persons = {(s, e) for s, e, p in proposed if p.kind is PhraseKind.PERSON}
    return [
        (start, end, phrase)
        for start, end, phrase in known
        if phrase.kind is not PhraseKind.PLACE
        or not text[: start + 1].endswith(PERSON_BEFORE)
        or not (any(s == start + 1 and e > end for s, e in persons) or text.startswith("长沙", start))
    ]


def _officed(found: Mapping[str, Sequence[Entity]]) -> frozenset[str]:
    """The persons (or places closed as names are, :func:`_closes`: 参赞安东尼，) of two characters
    or more the CRF reads right after an office of :data:`.zh_signs.PERSON_BEFORE` somewhere in
    the article (以色列总理|贝京, 第一副主席|克莱伯),
    no place of the authority file or China's divisions (:func:`known_place`), at any probability:
    on the dev gold the one reading below ``medium`` that converts (以色列总理贝京 at 0.66) makes
    its article's 贝京 right, and a floor at ``medium`` loses 6 right persons (odd years all F1
    0.8995 → 0.8986, persons recall 0.926 → 0.924; even years unchanged)."""
    return frozenset(
        line[s:e]
        for line, ents in found.items()
        for s, e, kind, _ in ents
        if (kind == "PER" or (kind == "LOC" and _closes(line, e)))
        and e - s >= 2
        and line[:s].endswith(PERSON_BEFORE)
        and not known_place(line[s:e], frozenset())
    )


#: What may follow a transliterated name the CRF left unread after an office (:func:`unread`):
#: a grammatical word, 等, 说; no locative (上 of 比万马上 follows 马, a syllable here).
AFTER_UNREAD = zh_words.GRAMMATICAL | frozenset("等说")
#: The characters of such a name: no grammatical word, though 于 is also a syllable (美国总统卡特|于5日).
_UNREAD_SYLLABLES = TRANSLITERATION - zh_words.GRAMMATICAL
#: Quantity words of transliteration characters, that follow 议员 as readily as a name (议员多达300人).
QUANTITIES = frozenset({"多达", "约达"})


def _closes(line: str, end: int) -> bool:
    """Whether a transliterated name may end at ``line[end]``: at the line's end, before a mark
    (neither letter nor digit: 拉布|120人 is no name) or before a word of :data:`AFTER_UNREAD`
    written once (范文|同同苏联: the first 同 is the name's)."""
    after = line[end : end + 1]
    if not after or not after.isalnum():
        return not after or after not in NAME_DOTS  # 卡洛斯|·安德烈斯: a part of a dotted name
    return after in AFTER_UNREAD and line[end + 1 : end + 2] != after


def unread(line: str, entities: Sequence[Entity]) -> list[Entity]:
    """The persons right after an office of :data:`.zh_signs.PERSON_BEFORE` that the CRF left
    unread (驻苏大使|拉布等, 司法部长|契皮茨卡，): a run of two to six transliteration characters
    that are no grammatical word (:data:`_UNREAD_SYLLABLES`), closed (:func:`_closes`), no quantity
    word (:data:`QUANTITIES`) nor known place, overlapping no entity; read at ``medium``."""
    out: list[Entity] = []
    taken = [(s, e) for s, e, _, _ in entities]
    for office in PERSON_BEFORE:
        at = line.find(office)
        while at >= 0:
            start = end = at + len(office)
            while end < len(line) and line[end] in _UNREAD_SYLLABLES:
                end += 1
            run = line[start:end]
            free = all(e <= start or end <= s for s, e in taken)
            if 2 <= len(run) <= 6 and _closes(line, end) and free and run not in QUANTITIES and not known_place(run):
                out.append((start, end, "PER", MEDIUM))
                taken.append((start, end))
            at = line.find(office, at + 1)
    return out


def _office_led(line: str, start: int, end: int) -> tuple[int, int] | None:
    """The person closing a body the CRF read across an office of :data:`.zh_signs.PERSON_BEFORE`
    (阿中友协秘书|科索瓦): the run of two transliteration characters or more after the office's last
    occurrence in ``line[start:end]``, to the reading's end, going on into no transliteration
    character (科索瓦|尼亚) and no known place; None where there is no such run."""
    at = max((i + len(o) for o in PERSON_BEFORE if (i := line.rfind(o, start, end)) >= 0), default=-1)
    run = line[at:end] if at > start else ""
    cut = line[end : end + 1] in _UNREAD_SYLLABLES  # the name goes on past the reading
    ok = len(run) >= 2 and _foreignness(run) == 1.0 and not cut and not known_place(run)
    return (at, end) if ok else None


def confirmed(found: Mapping[str, Sequence[Entity]]) -> dict[str, list[Entity]]:
    """``found`` (each line's entities) with the persons the paper's writing confirms (see the module)."""
    found = {
        line: [
            (*person, "PER", MEDIUM) if kind == "ORG" and (person := _office_led(line, s, e)) else (s, e, kind, p)
            for s, e, kind, p in entities
        ]
        for line, entities in found.items()
    }
    places = frozenset(
        line[s:e] for line, ents in found.items() for s, e, kind, _ in ents if kind == "LOC" and e - s >= 2
    )
    officed = _officed(found)
    out: dict[str, list[Entity]] = {}
    for line, entities in found.items():
        spans: list[Entity] = []
        for start, end, kind, probability in entities:
            if kind == "PER" and (wider := stretched(line, start, end)) != (start, end):
                others = [(s, e) for s, e, _, _ in entities if (s, e) != (start, end)]
                start, end = wider if all(e <= wider[0] or wider[1] <= s for s, e in others) else (start, end)
            if kind != "PER" and line[start:end] in officed:
                # 贝京 at a line's head, read as a place, is 以色列总理贝京 of the article: a person
                # the writing confirms, at ``medium`` (not the place reading's probability)
                kind, probability = "PER", MEDIUM
            if kind == "PER" and line[start - 1 : start] in NAME_DOTS and start >= 2 and zh_words.han(line[start - 2]):
                # 谢·赫鲁晓夫 of 尼·谢·赫鲁晓夫: a reading that starts after a part of the name is cut, no name
                probability = min(probability, CUT)
            elif (
                kind == "PER"
                and probability < MEDIUM
                and ((dotted(line[start:end]) and _whole(line, start, end)) or posted(line, start, end, places))
            ):
                probability = MEDIUM
            elif kind == "ORG" and (person := _ranked(line, start, end, places)):
                start, end, kind, probability = *person, "PER", max(probability, MEDIUM)
            spans.append((start, end, kind, probability))
        out[line] = sorted(spans + unread(line, spans))
    return out
