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
the list without that reading was a gold person but 王女士, once; every one with it was, measured
before the office heads 经理, 厂长, 区长… joined the list: in the sample corpus these fire only on
孙区长, 郑区长, 尹经理, 孔经理, all persons). The
honorific must end where a word of jieba's dictionary cut ends: 丁老 of 丁老板 is no name.
The other occurrences of the same string in the article are found by
:func:`.statistical.recurring` (one sense per article), as for any name the CRF found.

:func:`addressed` reads a surname and an office (:data:`OFFICES`, maybe deputy: 彭副总司令, 彭科长,
王县长) as a person where the CRF read nothing there, the surname a word of its own after no
character that may open a name (see the function); a deputy's office (刘副司令员) also follows the
CRF's one-character person as the honorifics do.

:func:`appointed` reads a person where the paper appoints one to a title (推选苟敬为护林组长,
以森纳那亚克为秘书长) and the CRF read nothing: two or three Han characters opening with a
surname, or a foreign name's shape; the article's other writings of the name are then found
as any name's are (苟敬, never read by the CRF, is written 16 times in one article). In the
sample corpus and the gold's articles it fires three times (时逸之, 苟敬, 金日成 of 以金日成为首).

The old style of the 1940s writes the title between the surname and the given name (林主席伯渠,
王会长克温); the gold's notes (after the policy's 毛主席: the title is part of how the text names
him) make the whole one person. The CRF reads the surname alone and the given name as a person
(林 | 主席 | 伯渠); :func:`interposed` makes one person of the three where the middle is written as
titles are formed (:data:`INTERPOSED_TITLE`). In the sample corpus and the gold's articles (some
600) it fires in one article only, on its seven names.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lazy_re import lazy
from . import zh_words
from .zh_crf import MEDIUM, Entity
from .zh_jobs import employed
from .zh_names import SURNAMES
from .zh_signs import foreign

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
            # the heads a text calls people by (孙区长, 孔经理): the CRF's one-character person
            # is the evidence, as above. Not 氏: 华氏 (Fahrenheit), 刘氏宗祠, 宋氏三姐妹, 蒋氏父子
            # name no one person, and 谢氏娇 (a Vietnamese woman) is longer
            "经理",
            "厂长",
            "区长",
            "县长",
            "乡长",
            "村长",
            "科长",
            "局长",
            "处长",
            "队长",
            "社长",
            "主任",
            # a body's head and its secretary (汪会长 of 汪辜会晤, 江总书记, 丁秘书), and the forms
            # of address of an elder (张大妈, 李大娘, 霍大爷): on the 642 dev articles of the name
            # gold they fixed five articles, took no string that was no person; outside it, 18
            # persons in 8 articles, all right (尹大娘, 霍大爷, 江总书记…)
            "会长",
            "总书记",
            "秘书",
            "秘书长",  # 王秘书长: a title as 秘书 is (no move on dev nor outside the gold)
            "大妈",
            "大娘",
            "大爷",
        ),
        key=len,
        reverse=True,
    )
)


#: What a text calls a colleague or a younger person by before a surname (老陈, 老杨, 小蒋): with
#: the CRF's one-character person at the surname, one person covering both, as the policy's
#: surname + honorific (颜教授, 左老) is.
FAMILIAR = frozenset("老小")
#: What makes 老 or 小 and a surname a nickname going on (老孙头): no person of the two alone.
NICKNAME_ENDS = frozenset("头")


#: A title written between a surname and a given name, the old style of the 1940s (林主席伯渠,
#: 谢副议长觉哉, 王副司令员维舟, 谢市长怀德): as titles are formed, a head (…长), a chair (主席),
#: a commander (司令, 司令员), a premier (总理), a director (主任), a secretary (书记), a member
#: (委员, 专员), maybe deputy (副) or acting (代), and at most two characters before the head.
INTERPOSED_TITLE = lazy(r"(?:副|代)?[\u4e00-\u9fff]{0,2}?(?:长|主席|司令员|司令|总理|主任|书记|委员|专员)")
#: The heads of :data:`INTERPOSED_TITLE` that are a title alone, whatever jieba's cut of them.
TITLE_HEADS = frozenset({"主席", "司令员", "司令", "总理", "主任", "书记", "委员", "专员"})


def _title(middle: str) -> bool:
    """Whether ``middle`` (a match of :data:`INTERPOSED_TITLE`) is written as a title: after 副 or
    代, a head of :data:`TITLE_HEADS` or one word of jieba's cut (议长, 市长, 会长, 司令员, 外长); a
    function character the cut splits off makes it none (和 | 处长 of 老张和处长李明)."""
    head = middle[1:] if middle[:1] in "副代" else middle
    return head in TITLE_HEADS or len(list(zh_words.spans(head))) == 1


def titled(line: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` of ``line``, first with a surname followed by a title and a given name the
    CRF read as a person made a person covering the three (:func:`interposed`), and a surname
    followed by an office where the CRF read nothing added as a person (:func:`addressed`: 王县长),
    and a name right after a job (:func:`.zh_jobs.employed`: 中农莫家忠);
    then with each one-character person at a surname followed by a deputy's office (副 and an
    office of :data:`_ADDRESSED`: 刘副司令员) or an honorific of :data:`HONORIFICS` (and by no
    other name of the CRF), or after 老 or 小 (:data:`FAMILIAR`) where a word of jieba's cut opens
    at 老 or 小 and one ends at the surname (老陈 may be one word; not 小黄鱼, nor 古老 | 陈) and no
    nickname goes on (:data:`NICKNAME_ENDS`: 老孙头), made a person covering both, at the same
    probability; the other entities as they are."""
    entities = employed(line, addressed(line, interposed(line, entities)), _NOT_ADDRESSED)
    out: list[Entity] = []
    starts = {start for start, _, _, _ in entities}
    bounds: frozenset[int] | None = None
    for start, end, kind, probability in entities:
        if kind == "PER" and end - start == 1 and line[start] in SURNAMES:
            deputy = _ADDRESSED.match(line, end) if line.startswith("副", end) else None  # 刘副司令员
            title = deputy.group() if deputy else next((h for h in HONORIFICS if line.startswith(h, end)), "")
            if title and not any(end <= s < end + len(title) for s in starts):
                bounds = word_bounds(line) if bounds is None else bounds
                if end + len(title) in bounds:  # 丁老 of 丁老板 ends inside the word 老板
                    end += len(title)
            elif start > 0 and line[start - 1] in FAMILIAR and line[end : end + 1] not in NICKNAME_ENDS:
                bounds = word_bounds(line) if bounds is None else bounds
                if {start - 1, end} <= bounds and not any(e == start for _, e, _, _ in entities):
                    start -= 1  # 老陈, 小蒋; not 小黄鱼 (黄 ends inside the word), nor 古老 | 陈
        out.append((start, end, kind, probability))
    return out


#: Offices a text calls a person by after the surname alone (王县长, 贾副主任, 彭副总司令, 乔中尉):
#: the offices of :data:`HONORIFICS` (not its forms of address, callings and ranks,
#: :data:`_NO_OFFICES`, which follow words too, nor its deputies, which :data:`_ADDRESSED` forms)
#: and 司令员; maybe deputy (副), or a commander's or an officer's rank.
_NO_OFFICES = frozenset({"老", "老总", "同志", "先生", "女士", "夫人", "老师", "师傅", "教授", "博士"})
_NO_OFFICES |= frozenset({"总统", "将军", "大使", "大妈", "大娘", "大爷"})
OFFICES = (*(h for h in HONORIFICS if not h.startswith("副") and h not in _NO_OFFICES), "司令员")
_ADDRESSED = lazy(r"(?:副)?(?:" + "|".join(sorted(OFFICES, key=len, reverse=True)) + r"|[上中少大]尉)")
#: Surnames that before an office qualify it (原部长, 代县长, 前总理, 总经理, 正副主任).
_QUALIFIERS = frozenset("原前代新总正老小大")
#: Surnames that are mostly words (党, 南, 车, 支, 路: 地方党书记, 南区长, 车队长, 对路局长): those said
#: 50 times or more in the MSRA training text (``../shared/ner-data/msra_ner``) that open a person
#: there in under 2 % of them.
_WORDY = frozenset("万丛严乐于付任位储党全兰关农冷劳包区华单南卫原史司向和商宁宗官宫封巩师席常应惠成房支文方")
_WORDY |= frozenset("施时明易景查楚楼欧段海游满班盘章童简管纪荆荣解谈路车边连闻阳项麻龙")
#: Surnames no office is read after: qualifiers and those mostly words.
_NOT_ADDRESSED = _QUALIFIERS | _WORDY
#: Characters cut alone that stand before a name as words of their own (用彭科长的话说, 由王县长主持);
#: not :data:`.zh_discourse.FOLLOWERS`, what follows a name (着, 过, 都; and 由, 用, 请 follow none).
_BEFORE_NAMES = frozenset("的了和与及同跟把被将对向从于给为是由用请让叫据说在有称")
#: The probability given a surname and an office the CRF read nothing in (the CRF's ``medium``).
ADDRESSED_PROBABILITY = MEDIUM


def addressed(line: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` of ``line`` with each surname (:data:`.zh_names.SURNAMES`) followed by an
    office (:data:`_ADDRESSED`) where the CRF read nothing added as a person covering both, at
    :data:`ADDRESSED_PROBABILITY`: the surname a word of its own in jieba's cut that is no function
    word (向厂长, 于县长, 和主任 are none), a qualifier (:data:`_QUALIFIERS`: 原部长) or mostly a word
    (:data:`_WORDY`: 党书记, 车队长), right after no name the CRF read nor a character cut alone but one
    of :data:`_BEFORE_NAMES`, the office ending a word of the cut right before no name the CRF read
    (车队长李明 is 李明's office: the policy's 李强部长 → 李强). After the last character of a unit
    (:data:`HEAD_UNIT_ENDS`: 运输科彭科长, 张秋县王县长, 广西师院王副院长) the head is read though the
    character is cut alone or ends a name the CRF read, and a name the CRF read across the unit and
    the surname (张秋县王, 广西师院王) is ended before the surname (:func:`_unit_cut`): on the 642 dev
    articles of the name gold, three heads and one body more in three articles, one place fewer
    wrong (广西 of 广西师院); outside the gold, 罗主任 and 财经办事处 of 财经办事处罗主任."""
    words = zh_words.words()
    if words is None:
        return list(entities)
    entities = list(entities)
    added: list[Entity] = []
    bounds: frozenset[int] | None = None
    for match in _ADDRESSED.finditer(line, 1):
        start, end = match.start() - 1, match.end()
        char = line[start]
        if char not in SURNAMES or char in _NOT_ADDRESSED or words.functional(char) or words.modifier(char):
            continue
        unit = line[start - 1] in HEAD_UNIT_ENDS
        if unit:
            entities = _unit_cut(line, entities, start, end)  # 张秋县王 | 县长, 公安局马局 | 长
        if any(s <= end and start <= e and not (unit and e == start) for s, e, _, _ in [*entities, *added]):
            continue  # nor right after a name the surname may end (商日 | 龙大尉), nor before one (车队长李明)
        bounds = word_bounds(line) if bounds is None else bounds
        before = line[start - 1] if start - 1 in bounds and zh_words.han(line[start - 1]) else ""
        if before and before not in _BEFORE_NAMES and not unit:
            continue  # a character cut alone before it may open the name (商日 | 龙大尉 of 商日龙大尉)
        if {start, start + 1, end} <= bounds:
            added.append((start, end, "PER", ADDRESSED_PROBABILITY))
    return sorted([*entities, *added]) if added else entities


#: The last characters of a unit's or a place's name, after which a surname and an office name the
#: unit's head (运输科彭科长, 张秋县王县长, 广西师院王副院长): a section, a county, a college…. Not
#: :data:`.zh_names.UNIT_ENDS` (a byline's units): 科 is here, and 矿, 所, 委, 会, 司, 队, 村 are not.
HEAD_UNIT_ENDS = frozenset("科县院局处厂部校社乡区市省")


def _unit_cut(line: str, entities: list[Entity], surname: int, office: int) -> list[Entity]:
    """``entities`` of ``line`` with the name the CRF read across a unit and the surname of its head
    (张秋县王, 广西师院王, 公安局马局 before 局长 ending at ``office``) ended before the surname,
    dropped where one character or none is left. The piece left ends in a unit's character: no
    person (张秋县 is a place where the dictionary says so, else nothing), and no body where it is a
    sub-unit named by what it does: the unit's character a word of the cut alone after words
    naming nothing (运输 | 科, 财务 | 处: the policy tags no 干部科; 广西 | 师院 and 财经 | 办事处
    stay bodies)."""
    words = zh_words.words()
    out: list[Entity] = []
    for start, end, kind, probability in entities:
        if not start < surname < end <= office:
            out.append((start, end, kind, probability))
            continue
        piece = line[start:surname]
        if len(piece) < 2 or words is None:
            continue
        if kind == "PER":
            if words.place(piece) or words.place(piece[:-1]):
                out.append((start, surname, "LOC", probability))
            continue
        cut = [w for s, e, w in zh_words.spans(line) if start <= s and e <= surname]
        if kind == "ORG" and len(cut[-1]) == 1 and all(words.names_nothing(w) and not words.place(w) for w in cut[:-1]):
            continue  # 运输 | 科: a section named by what it does
        out.append((start, surname, kind, probability))
    return out


def interposed(line: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` of ``line`` with each one-character person at a surname, followed by a title
    (:data:`INTERPOSED_TITLE`) and right after it by a person of one or two characters the CRF
    read (the given name: 伯渠 of 林主席伯渠), made one person covering the three (the name
    policy: the title is inside the name), at the surname's probability; the others as they are."""
    out: list[Entity] = []
    index = 0
    while index < len(entities):
        start, end, kind, probability = entities[index]
        index += 1
        following = entities[index] if index < len(entities) else None
        if kind == "PER" and end - start == 1 and line[start] in SURNAMES and following is not None:
            given_start, given_end, given_kind, _ = following
            title = INTERPOSED_TITLE.fullmatch(line, end, given_start) and _title(line[end:given_start])
            titled_next = line.startswith(HONORIFICS, given_end)  # 毛主席朱总司令: two persons
            if title and given_kind == "PER" and 1 <= given_end - given_start <= 2 and not titled_next:
                out.append((start, given_end, kind, probability))
                index += 1
                continue
        out.append((start, end, kind, probability))
    return out


#: An appointment: a name chosen, named or put at the head of a body "as" a title (推时逸之为办事处主任,
#: 推选苟敬为护林组长, 任命丘创成为…部长, 以森纳那亚克为秘书长, 以鲁布桑为首): whoever is made a head,
#: a director, a secretary, a member of a body is a person.
_APPOINTED = lazy(
    r"(?:推选|推举|选举|推|选|任命|委任|聘请|聘任|以)(?P<name>[\u4e00-\u9fff·]{2,8}?)为"
    r"(?:首(?![要位都批])|[\u4e00-\u9fff]{0,14}?(?:长|主任|书记|委员|主席|理事|顾问|主编|总理|部长|大使))"
)


def appointed(line: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` of ``line`` with the name of each appointment (:data:`_APPOINTED`) the CRF read
    nothing in added as a person, at :data:`APPOINTED_PROBABILITY`: two or three Han characters opening with a
    surname, or a foreign name's shape (:func:`.zh_signs.foreign`), and no word of jieba's dictionary
    but a person's name (:func:`_word`)."""
    added: list[Entity] = []
    for match in _APPOINTED.finditer(line):
        start, end = match.span("name")
        name = match.group("name")
        han = 2 <= len(name) <= 3 and name[0] in SURNAMES and "·" not in name
        if not (han or (len(name) >= 3 and foreign(name))) or _word(name):
            continue
        if any(s < end and start < e for s, e, _, _ in entities):
            continue
        added.append((start, end, "PER", APPOINTED_PROBABILITY))
    return sorted([*entities, *added]) if added else list(entities)


def _word(name: str) -> bool:
    """Whether jieba's dictionary knows ``name`` as a word, but not as a person's name: a common
    word (和平 of 以和平为首要目标, 高产, 党委) or another name (苏联 of 以苏联为首的)."""
    words = zh_words.words()
    if words is None or words.person(name):
        return False
    return words.common(name) or words.known(name) or words.idiom(name) or words.named(name)


#: The probability given a person named by an appointment (the CRF's ``medium``).
APPOINTED_PROBABILITY = 0.7


#: The word boundaries of jieba's dictionary cut of a line (every offset without jieba).
word_bounds = zh_words.bounds
