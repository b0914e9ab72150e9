"""One sense per article: what the CRF reads of a person in one place of an article, weighed
against how the whole article writes the name.

The CRF reads each line alone, so one name gets different ends in one article (刘大, 刘大为,
刘大为艺海 in 刘大为的艺术世界; 库烈 once, nowhere else, in an article writing 库烈聘 24
times; 月敏 of 月敏貌). :func:`completed` makes one reading of each person of the article:

* a person the CRF read (at any probability) that the article writes at least :data:`TIMES`
  times, each time followed by the same Han character, is read with that character where
  the CRF read the longer name somewhere in the article (刘大 → 刘大为), or where the
  character is no word that follows names (说, 的, 在 …, :data:`FOLLOWERS`) nor the start of a
  title (同志, 主席 …) and the name so made stays a name's length (a Han name of a
  one-character surname has three characters at most; a foreign one, opening with no surname,
  any): 库烈 → 库烈聘, 月敏 → 月敏貌; in both cases only where the name so made ends a word of
  jieba's cut (佩雷斯·德奎利亚尔, written twice before 今天, is not read with 今);
* a person read longer than a surer reading of the same name elsewhere in the article is cut
  to it (刘大为艺海 at 0.44 → 刘大为, read at 0.51; 李关金刚任队长 → 李关金), but for a
  foreign full name (金登杜·约瑟夫 beside 金登杜).

:func:`actors` reads as a person, in the whole article, a foreign name the CRF reads as a place
where the article writes it at least twice where only a person stands (卖国贼蒙博托, 蒙博托上台,
蒙博托这个傀儡): in the sample corpus and the gold's articles (some 600) it fires in one article.

:func:`shortened` reads as a person the short form of a long name the article writes whole
(中曾根 of 中曾根康弘, 安倍 of 安倍晋太郎: a Japanese person named again by the family name), where
it stands alone as a word of jieba's cut (see the function).

:func:`surnamed` reads as a person X氏 naming again a person the article named in full before
(张氏 after 张岚峰, 哥氏 after 哥特瓦尔德), never a clan or family (刘氏宗祠, 蒋氏父子). :func:`read`
applies the four in turn.

The confidence rule (applied by :func:`.statistical.recurring`, which then tags each name
wherever the article writes it, outside longer names): a person the article writes more than
once counts as ``medium`` at least, and one written :data:`.statistical.REPEATED` (3) times or
more outside longer names the CRF read counts as ``high``, unless a place or body the CRF read
in the article holds it (梁峪 of 梁峪村) or every writing is followed by
one same character that is no follower (:func:`read_short`: a name read short, such as 库烈,
is no surer for being written often; alone, that lift without this guard lowered dev persons'
precision from 0.95 to 0.87 on the odd years). Places and bodies recur as common words do, so
they keep the probability of their surest reading.

Measured on the 64 dev articles of the name gold, split by the year's parity (figures in the
README): with :mod:`.zh_titles`, persons' recall 0.896 → 0.948 on even years and 0.797 → 0.925
on odd years, precision 0.965 → 0.967 and 0.949 → 0.963; no half lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence

from .. import patterns as pt
from ..lazy_re import lazy
from . import zh_conventions, zh_epithets, zh_heads, zh_words
from .zh_crf import HIGH, MEDIUM, Entity
from .zh_names import COMPOUND_SURNAMES, SURNAMES
from .zh_signs import foreign
from .zh_titles import word_bounds

#: How many times the article must write the name, each followed by the same character.
TIMES = 2
#: Characters that follow a name without being part of it: particles, verbs of saying and
#: being, conjunctions, locatives, and the first characters of titles and roles. Written out,
#: not drawn from :data:`.zh_titles.HONORIFICS`: the first characters of its office heads
#: (经理, 厂长, 区长, 乡长, 村长, 科长, 局长, 处长, 社长) also end given names (马尔科, 李正科,
#: 王建社), so a name always written before one of them is still read with it.
FOLLOWERS = frozenset("的了着过在和与及同跟把被将对向从于给为是说讲称道问答等也都就还又并却们之以而、")
FOLLOWERS |= frozenset("主副总司委教老同先女夫博将部书大院校师") | frozenset("市省县长军上中少团营连排班队")


def read(found: Mapping[str, Sequence[Entity]], named: zh_epithets.Named = tuple) -> dict[str, list[Entity]]:
    """``found`` (each line's CRF entities, the lines of one article, in order) read as the
    whole article writes its persons: :func:`actors`, :func:`completed`, :func:`shortened`,
    then :func:`surnamed`, the epithets read as persons dropped first (:func:`.zh_epithets.dropped`)
    and a lead read into a person's head cut off (:func:`.zh_heads.cut`;
    ``named``: the authority file's persons in the article, asked for when needed)."""
    return surnamed(shortened(completed(actors(zh_heads.cut(zh_epithets.dropped(found, named))))))


def completed(found: Mapping[str, Sequence[Entity]]) -> dict[str, list[Entity]]:
    """``found`` (each line's CRF entities, the lines of one article) with each person the
    article always writes before one same character read with it (see the module)."""
    lines = list(found)
    read = {line[s:e] for line, entities in found.items() for s, e, kind, _ in entities if kind == "PER"}
    longer: dict[str, str] = {}
    for surface in sorted(name for name in read if len(name) >= 2):
        char = always_followed(surface, lines)
        # the CRF read the longer name somewhere in the article (刘大为 of 刘大, before 为 a follower)
        longer[surface] = char if char and surface + char in read else _next_character(surface, lines)
    out: dict[str, list[Entity]] = {}
    for line, entities in found.items():
        starts = {start for start, _, _, _ in entities}
        spans = []
        for start, end, kind, probability in entities:
            extra = longer.get(line[start:end], "") if kind == "PER" else ""
            if extra and line[end : end + 1] == extra and end not in starts and end + 1 in word_bounds(line):
                end += 1  # (not where the character opens a word: 德奎利亚尔 + 今天)
            spans.append((start, end, kind, probability))
        out[line] = spans
    return _cut_to_surer(out)


#: Epithets the paper writes right before a person it attacks (卖国贼蒙博托; not before a body:
#: 傀儡西贡政权, :data:`_BODY_AFTER`), and what it writes after one: coming to or leaving power
#: (not 上台 of going on stage: 上台演出), or an apposition naming him with a person noun
#: (蒙博托这个傀儡, 蒙博托——这个叛徒; not 基桑加尼——这个美丽的城市).
EPITHETS = ("卖国贼", "刽子手", "独裁者", "叛徒", "走狗", "傀儡", "头子", "匪首", "战犯")
_ACTOR_AFTER = lazy(
    r"上台(?!演出|表演|演奏|演唱|讲话|发言|致辞|领奖|献)|下台"
    r"|(?:——)?这个(?:傀儡|叛徒|走狗|独裁者|刽子手|家伙|卖国贼|战犯|头子)"
)
#: What follows a place that an epithet qualifies as a body (傀儡西贡政权, 走狗集团).
_BODY_AFTER = ("政权", "政府", "集团", "当局", "王朝", "军", "部队", "帮派", "派系")
#: How many times the article must write a place so (each a sign alone may mislead).
ACTOR_TIMES = 2


def actors(found: Mapping[str, Sequence[Entity]]) -> dict[str, list[Entity]]:
    """``found`` (each line's CRF entities, the lines of one article) with every place of a
    foreign name's shape (:func:`.zh_signs.foreign`) that the article writes, at least
    :data:`ACTOR_TIMES` times, where only a person stands (after an epithet, before 上台 or an
    apposition: 卖国贼蒙博托, 蒙博托上台, 蒙博托这个傀儡) read as a person wherever the CRF read it
    (the CRF, trained on the 1990s, reads 蒙博托 as a place, in one article 22 times)."""
    signs: dict[str, int] = {}
    for line, entities in found.items():
        for start, end, kind, _ in entities:
            if kind == "LOC" and end - start >= 2 and foreign(line[start:end]):
                signs[line[start:end]] = signs.get(line[start:end], 0) + _acting(line, start, end)
    persons = {surface for surface, times in signs.items() if times >= ACTOR_TIMES}
    return {
        line: [(s, e, "PER" if k == "LOC" and line[s:e] in persons else k, p) for s, e, k, p in entities]
        for line, entities in found.items()
    }


def _acting(line: str, start: int, end: int) -> bool:
    """Whether the place at ``start``–``end`` of ``line`` is written where only a person stands:
    right after an epithet and before no body's noun, or before what :data:`_ACTOR_AFTER` holds
    and not, for a bare 上台, after 在 (在莫斯科上台: a place where someone goes on stage; 在尼克松上台
    以后 is a time, and a person's)."""
    if line[:start].endswith(EPITHETS) and not line.startswith(_BODY_AFTER, end):
        return True
    after = _ACTOR_AFTER.match(line, end)
    if after is None:
        return False
    staged = after.group() == "上台" and not line.startswith(("上台以后", "上台后", "上台以来", "上台时"), end)
    return not (staged and line[:start].endswith("在"))


#: What follows a family name where it names a firm or body (本田公司, 铃木集团), not the person.
FIRM_AFTER = ("公司", "集团", "会社", "株式会社", "协会", "工业", "商社", "财团", "银行", "企业", "工厂", "厂")


def shortened(found: Mapping[str, Sequence[Entity]]) -> dict[str, list[Entity]]:
    """``found`` (each line's CRF entities, the lines of one article) with the short form of a
    long name the CRF read as a person (:func:`_long`: 中曾根康弘, 安倍晋太郎; no transliteration,
    whose opening is no name: 布尔加宁, 阿拉法特) read as a person wherever the article writes it
    alone as a word of jieba's cut, not followed by a character that follows it in a longer
    person of the article, nor by a firm's noun (本田公司, :data:`FIRM_AFTER`): 中曾根强调说, 安倍说,
    a Japanese person named again by the family name, where the CRF reads nothing or a one-off.
    The short form is the longest opening of two characters or more the article so writes, read
    at the probability of the surest full name it stands for. A place or body the CRF read
    opening at it gives way only where the CRF was less sure of it than of the full name
    (中曾根新内阁 at 0.80 beside 中曾根康弘 at 0.92; not 铃木公司 at 0.99 beside 铃木善幸 at 0.76), as
    does a less sure person; an entity across it keeps its place and no person is read there."""
    lines = list(found)
    names: dict[str, float] = {}
    for line, entities in found.items():
        for start, end, kind, probability in entities:
            name = line[start:end]
            if kind == "PER" and probability >= MEDIUM and _long(name):
                names[name] = max(names.get(name, 0.0), probability)
    forms: dict[str, float] = {}
    for name, probability in names.items():
        short = next((name[:n] for n in range(len(name) - 1, 1, -1) if _alone(name[:n], name, lines)), "")
        if short:
            forms[short] = max(forms.get(short, 0.0), probability)
    if not forms:
        return {line: list(entities) for line, entities in found.items()}
    longer = {short: _next_in_longer(short, found) for short in forms}
    out: dict[str, list[Entity]] = {}
    for line, entities in found.items():
        spans = list(entities)
        for short, probability in sorted(forms.items(), key=lambda item: -len(item[0])):
            for at in _places(line, short):
                end = at + len(short)
                if line[end : end + 1] in longer[short] or line.startswith(FIRM_AFTER, end):
                    continue  # a longer person of the article, or a firm named after the family
                if not _worded(line, at, end):
                    continue
                opening = [t for t in spans if t[0] == at and t[1] >= end and t[3] < probability]
                others = [t for t in spans if t not in opening and t[0] < end and at < t[1]]
                if others:
                    continue
                spans = [t for t in spans if t not in opening] + [(at, end, "PER", probability)]
        out[line] = sorted(spans)
    return out


def _long(name: str) -> bool:
    """Whether ``name`` is a long name written whole in Han characters whose opening may stand
    for it: five characters or more, or four that do not open as a Chinese name does (a
    compound surname, two surnames of a married woman: 欧阳宝珍, 范徐丽泰); not of a
    transliteration's shape (:func:`.zh_signs.foreign`: 布尔 of 布尔加宁 is the Boers' name)."""
    if not all("\u4e00" <= c <= "\u9fff" for c in name) or len(name) < 4 or foreign(name):
        return False
    return len(name) >= 5 or not pt.zh_surnamed(name)


def _alone(short: str, name: str, lines: Sequence[str]) -> bool:
    """Whether ``lines`` write ``short`` (the opening of ``name``) somewhere as a word of jieba's
    cut (:func:`_worded`) not followed by the rest of ``name``."""
    rest = name[len(short) :]
    return any(
        line[at + len(short) : at + len(name)] != rest and _worded(line, at, at + len(short))
        for line in lines
        for at in _places(line, short)
    )


def _worded(line: str, start: int, end: int) -> bool:
    """Whether ``line[start:end]`` opens and ends where words of jieba's cut do (阿拉 of 阿拉伯
    does not: 阿拉法特 is no 阿拉)."""
    bounds = word_bounds(line)
    return start in bounds and end in bounds


def _next_in_longer(short: str, found: Mapping[str, Sequence[Entity]]) -> set[str]:
    """The characters that follow ``short`` in the longer persons of ``found`` opening with it
    (康 of 中曾根康弘): where one follows it, the article writes the longer name there."""
    return {
        line[s + len(short)]
        for line, entities in found.items()
        for s, e, kind, _ in entities
        if kind == "PER" and e - s > len(short) and line.startswith(short, s)
    }


def _cut_to_surer(found: dict[str, list[Entity]]) -> dict[str, list[Entity]]:
    """Each person the CRF read longer than a surer reading of the same name elsewhere in the
    article cut to it (刘大为艺海 at 0.44, where 刘大为 is read whole at 0.51 or more: one name,
    one reading; 李关金刚任队长 → 李关金), keeping its own probability."""
    best: dict[str, float] = {}
    for line, entities in found.items():
        for s, e, kind, p in entities:
            if kind == "PER" and e - s >= 2:
                best[line[s:e]] = max(best.get(line[s:e], 0.0), p)
    out: dict[str, list[Entity]] = {}
    for line, entities in found.items():
        spans = []
        for start, end, kind, p in entities:
            surface = line[start:end]
            if kind == "PER":
                shorter = [
                    n
                    for n in best
                    if len(n) < len(surface)
                    and surface.startswith(n)
                    and best[n] > p
                    and p < HIGH  # a sure reading stays: 刘华清 beside 刘华
                    and "·" not in surface[len(n) :]  # a foreign name's full form stays: 金登杜·约瑟夫
                ]
                end = start + max(map(len, shorter)) if shorter else end
            spans.append((start, end, kind, p))
        out[line] = spans
    return out


def always_followed(surface: str, lines: Iterable[str]) -> str:
    """The one Han character that follows every writing of ``surface`` in ``lines`` (written
    :data:`TIMES` times or more), else "": a sign that the name was read short."""
    following = {line[at + len(surface) : at + len(surface) + 1] for line in lines for at in _places(line, surface)}
    times = sum(1 for line in lines for _ in _places(line, surface))
    char = following.pop() if times >= TIMES and len(following) == 1 else ""
    return char if "\u4e00" <= char <= "\u9fff" else ""


def read_short(surface: str, lines: Iterable[str]) -> bool:
    """Whether every writing of ``surface`` in ``lines`` is followed by one same Han character
    that is no follower of names (库烈 of 库烈聘; not 月敏貌 of 月敏貌上尉)."""
    char = always_followed(surface, lines)
    return bool(char) and char not in FOLLOWERS


def _next_character(surface: str, lines: Sequence[str]) -> str:
    """:func:`always_followed`, when the character is no follower of names and the name it
    makes is a name's length; else ""."""
    char = always_followed(surface, lines)
    if not char or char in FOLLOWERS:
        return ""
    surname = 2 if surface[:2] in COMPOUND_SURNAMES else 1 if surface[0] in SURNAMES else 0
    if surname and len(surface) + 1 - surname > 2:
        return ""  # a Han given name has two characters at most
    return char


def free(surface: str, lines: Iterable[str], names: Iterable[str]) -> int:
    """How many times ``surface`` is written in ``lines`` outside every longer one of ``names``
    the CRF read in the article (茵莱 of 茵莱湖 does not count)."""
    longer = [name for name in names if surface in name and len(name) > len(surface)]
    times = 0
    for line in lines:
        covered = {i for name in longer for at in _places(line, name) for i in range(at, at + len(name))}
        times += sum(1 for at in _places(line, surface) if at not in covered)
    return times


def _places(line: str, surface: str) -> Iterator[int]:
    """Where ``surface`` starts in ``line``."""
    at = line.find(surface)
    while at >= 0:
        yield at
        at = line.find(surface, at + 1)


#: What follows X氏 where it names a clan, a house or a family, no one person (刘氏宗祠,
#: 宋氏三姐妹, 蒋氏父子, 张氏家族).
_CLAN_AFTER: tuple[str, ...] = ("宗祠", "祠堂", "家族", "宗族", "家谱", "族谱", "父子", "兄弟", "姐妹", "三姐妹")
_CLAN_AFTER += ("兄妹", "夫妇", "母女", "母子", "后裔", "后人", "子孙", "王朝", "家", "族", "门", "宗亲")
_CLAN_AFTER += ("一门", "姊妹", "昆仲", "孤儿")
#: What after X氏 makes it a temperature's scale (华氏九十五度, 摄氏20度, 华氏95°): a numeral ending
#: in 度 or °, or 度 (not 一 alone: 张氏一行).
_SCALE_AFTER = lazy(r"[〇○零一二两三四五六七八九十百几点\d０-９.．]*[度°]|[\d０-９]")
#: What may follow X氏 cut alone besides :data:`FOLLOWERS`: verbs and adverbs opening what the
#: person says or does (据张氏谈, 与张氏有旧交, 张氏继称), no given name's last character (谢氏娇).
_AFTER_SURNAMED = FOLLOWERS | frozenset("谈有继亦曾已即遂乃则仍现")
#: How far after X氏 a 家 still makes it a house (蒋氏一家, 张氏全家).
_HOUSE_WITHIN = 3


def surnamed(found: Mapping[str, Sequence[Entity]]) -> dict[str, list[Entity]]:
    """``found`` (each line's CRF entities, the lines of one article, in order) with X氏 read as a
    person where it names again a person the article named before in full, whose name opens with
    X: 张氏 after 张岚峰, 哥氏 after 哥特瓦尔德 (the CRF read the full name, two characters or more,
    at ``medium`` or above, on an earlier line or before it on the same one). X氏 must stand as
    words of jieba's cut, followed by no character cut alone that follows no name (谢氏娇), and name no clan or family
    (:data:`_CLAN_AFTER`: 刘氏宗祠, 蒋氏父子) nor a temperature's scale (华氏九十五度: no numeral ending
    in 度 after it); it takes the full name's probability, where the CRF read nothing over X氏 or in
    place of a one-character person it read at X (张 of 张氏), never of another entity."""
    named: dict[str, float] = {}
    out: dict[str, list[Entity]] = {}
    for line, entities in found.items():
        spans = list(entities)
        persons = [
            (s, line[s:e], p)
            for s, e, k, p in entities
            if k == "PER" and e - s >= 2 and p >= MEDIUM and not zh_conventions.chiang_side(line[s:e])
        ]  # a word for Chiang's side, which the names pass drops, vouches for no 蒋氏
        at = line.find("氏", 1)
        while at > 0:
            start = at - 1
            earlier = {name[0]: p for s, name, p in persons if s < start and "氏" not in name}
            probability = max(named.get(line[start], 0.0), earlier.get(line[start], 0.0))
            if probability and _clan_free(line, start, at + 1):
                across = [t for t in spans if t[0] < at + 1 and start < t[1]]
                if all(t[2] == "PER" and t[1] - t[0] == 1 for t in across):
                    spans = sorted([t for t in spans if t not in across] + [(start, at + 1, "PER", probability)])
            at = line.find("氏", at + 1)
        for _, name, probability in persons:
            if "氏" not in name:
                named[name[0]] = max(named.get(name[0], 0.0), probability)
        out[line] = spans
    return out


def _clan_free(line: str, start: int, end: int) -> bool:
    """Whether X氏 at ``start``:``end`` of ``line`` stands as words of jieba's cut, followed by no
    character cut alone that goes on a name (谢氏娇), and names no clan (:data:`_CLAN_AFTER`; 家
    within :data:`_HOUSE_WITHIN` characters after it: 蒋氏一家), nor a scale (:data:`_SCALE_AFTER`)."""
    if not zh_words.han(line[start]) or line.startswith(_CLAN_AFTER, end) or "家" in line[end : end + _HOUSE_WITHIN]:
        return False
    if _SCALE_AFTER.match(line, end):
        return False  # (华氏九十五度)
    bounds = word_bounds(line)
    following = next((b for b in sorted(bounds) if b > end), end)
    if following == end + 1 and zh_words.han(line[end]) and line[end] not in _AFTER_SURNAMED:
        return False  # a character cut alone after it goes on a name (谢氏娇)
    return start in bounds and end in bounds
