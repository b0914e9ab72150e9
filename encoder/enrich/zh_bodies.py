"""Organisations named by a place and a body's words (issue 14): the grammar of a Chinese
organisation's name, read where the CRF found the place and left the body out
(北京市 + 人民政府, 三台县 + 供销合作社, 广西 + 大学).

A name is an opening the tagger found (a place, or an organisation whose branch follows:
九龙海关 + 盐田海上缉私基地), then a chain of words of jieba's dictionary (no verb nor function
word, no punctuation, at most :data:`LONGEST_CHAIN` characters), ending in a HEAD that ends
organisations: an ending that closes an organisation most of the times it ends a word in the MSRA
NER training data and the PKU January 1998 corpus together (:data:`HEADS_TABLE`, counted by
``python -m encoder.train_bodies``). After a place, a head alone (no word of its own before
it) is a description where the text reads it as a kind, after a quantifier or before a
distributive word (许多美国大学, 英国银行纷纷, 广州学校都: the policy's place + generic noun);
elsewhere it names (广西大学, 宜洛煤矿, 德黑兰电台: the dev gold's, and the counts' 大学, 银行).
The policy then decides the span (``tests/fixtures/gold/names/POLICY.md``): a place of a level
keeps apart from a body of a name of its own (:func:`.zh_orgs.place_apart`); any other place
keeps apart from a ministry or a body of a name of its own (中国 + 经贸部, 美国 + 摩根信托银行,
徐州 + 新河煤矿: :func:`.zh_orgs.own_name`) and keeps a body whose name needs it (浙江农业大学,
中国人民银行, 北京外国语学院); teams, delegations, legislatures and a country's government are
descriptive (阿根廷男子排球队, 美国政府: the place alone; 甘肃省政府 is named). Two places in a
row: the second opens the name (山东省 + 五莲县 + 街头公社), but for a friendship association,
named by both its countries (中国柬埔寨友好协会).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from ..lazy_re import lazy
from ..model import PhraseKind
from . import zh_conventions, zh_orgs, zh_states, zh_words
from .naming import made_name
from .spans import Found, enclosing

HEADS_TABLE = Path(__file__).resolve().parent / "models" / "zh_body_heads.json"
#: An ending is a head when it closes an organisation at least this share of the times it ends a
#: chain of words after a place, over both sources; it is judged when met :data:`LEAST_MET` times,
#: or :data:`LEAST_MET_LONG` times when it has three characters or more and is a head (总工会, 机务段,
#: 政治部: a longer ending says more of the body than 工会 or 老院 of 敬老院, so fewer meetings are
#: enough); a "no" met fewer than :data:`LEAST_MET` times is not judged, never shadowing a shorter
#: head (图书馆收藏 leaves 图书馆, 世纪剧院 leaves 剧院, 省农业局 leaves 农业局).
SHARE = 0.5
LEAST_MET = 10
LEAST_MET_LONG = 5
#: A title's last character is a head when it closes an organisation this share of the times.
TITLE_SHARE = 0.6
#: The longest chain of words between the opening and the end of the head, in characters.
LONGEST_CHAIN = 10
#: Ends of bodies the policy calls descriptive when named by their place (a team, a clique, a
#: delegation, a legislature, a country's government, not a division's, an embassy, an office named
#: by where it is: 太行办事处 of a committee): the place alone is the name.
DESCRIPTIVE = tuple("队 排 篮 集团 代表团 访问团 议会 国会 议院 政府 当局 使馆 领事馆 办事处".split())
#: Ends of bodies that are named, though they end as a descriptive one does: the units of a
#: commune (张家大队, 第一生产队) and a people's government (北京市人民政府, the policy's).
NAMED_ENDS = ("大队", "生产队", "人民政府")
#: Words before a place and a head alone that make them a kind (许多美国大学), and after them (英国银行纷纷).
QUANTIFIERS = tuple("许多 很多 不少 一些 有些 好些 各 所有 多数 部分 若干 众多 这些 那些".split())
DISTRIBUTIVES = ("都", "纷纷", "均")
#: Predicates right after a place and a head that say there are many of them (香港大酒店林立).
PLURAL_PREDICATES = ("林立", "遍布", "比比皆是", "鳞次栉比", "星罗棋布", "随处可见")
#: The ends of organs nested in an organ of their own kind (中央委员会政治委员会常务委员会).
NESTED = ("委员会",)
#: Ends of a friendship association, named by the two countries written before it (中国柬埔寨友好协会).
FRIENDSHIP = ("友好协会", "友协")


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    """The counted table (:data:`HEADS_TABLE`), read once."""
    return json.loads(HEADS_TABLE.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def heads() -> dict[str, bool]:
    """Each ending of the table met often enough to judge, and whether it is a head."""
    out = {}
    for tail, (msra_closing, msra_ending, pku_closing, pku_ending) in _table()["heads"].items():
        closing, ending = msra_closing + pku_closing, msra_ending + pku_ending
        is_head = closing >= SHARE * ending
        if ending >= LEAST_MET or (is_head and ending >= LEAST_MET_LONG and len(tail.lstrip("=")) >= 3):
            out[tail] = is_head
    return out | dict.fromkeys(zh_conventions.ORG_HEADS, True)  # the policy's, over the counts


def head(chain: str) -> str:
    """The ending of ``chain`` that decides whether it closes an organisation: its longest
    ending of the table, of two characters or three (one character alone says too little: 会 of
    协会 and of 展览会); "" when none (taken in the chain, never in the place before it: 国人大)."""
    table = heads()
    return next((chain[-size:] for size in (3, 2) if len(chain) >= size and chain[-size:] in table), "")


def headed(chain: str) -> bool:
    """Whether the ``chain`` of words after a place ends with a head: counted often enough whole,
    it closes an organisation with the place most of the time (广西 + 大学; not 中国 + 公司,
    Chinese companies); else its :func:`head` is a head; where the table knows no ending of two
    or three characters, a last character that closes an organisation nearly always (厂 of
    马鞍山 + 铁厂, :data:`SINGLE_SHARE`)."""
    table = heads()
    if "=" + chain in table:
        return table["=" + chain]
    ending = head(chain)
    return table[ending] if ending else single_headed(chain)


def single_headed(chain: str) -> bool:
    """Whether the ``chain`` ends in a character that is a head alone (:func:`single_heads`), in
    no word of a dwelling or a place (华盛顿 + 住所, 上海 + 寓所), after no verb taking the factory or
    the cooperative as its object (上海 + 办厂, 山西 + 建厂, 河北 + 入社: the place only), and opens
    with no word of the whole or this one (北京 + 全厂职工: the place only)."""
    ends_well = chain[-1:] in single_heads() and chain[-2:-1] not in _VERB_BEFORE
    return ends_well and not chain.endswith(_NO_BODY_ENDS) and chain[:1] not in _WHOLE_OF


#: A last character alone is a head, where no longer ending is counted, when it closes an
#: organisation this share of the times it ends a chain (厂 0.91, 社 0.91, 所 0.84; not 会, 部).
SINGLE_SHARE = 0.8
#: The last characters that may be a head alone: a factory's, a press's or society's, an
#: office's (not 司 of 上司, 官司; 协 of 妥协; 联 of 串联, whose counts are of other words).
_SINGLE_CANDIDATES = frozenset("厂社所")
#: Words ending in 所 that name a dwelling or a place, no body (在他的华盛顿住所会见记者).
_NO_BODY_ENDS = ("住所", "寓所", "居所", "场所", "处所", "厕所")
#: Verbs whose object is the factory or the cooperative itself (办厂, 建厂, 设厂, 出厂, 进厂, 入社).
_VERB_BEFORE = frozenset("办建设出进入下开迁回到返离投")
#: Characters opening a chain that make it the whole or this one of a kind (全厂, 本社, 该所).
_WHOLE_OF = frozenset("全本该各每此")


@functools.lru_cache(maxsize=1)
def single_heads() -> frozenset[str]:
    """The last characters of the table that are a head alone: 厂, 社, 所 where they close an
    organisation :data:`SINGLE_SHARE` of the times (:data:`_SINGLE_CANDIDATES`)."""
    table = _table()["heads"]
    return frozenset(
        tail
        for tail, (msra_closing, msra_ending, pku_closing, pku_ending) in table.items()
        if tail in _SINGLE_CANDIDATES
        and msra_ending + pku_ending >= LEAST_MET
        and msra_closing + pku_closing >= SINGLE_SHARE * (msra_ending + pku_ending)
    )


#: Heads the counts take for an organisation's that the policy makes a place's (大庆油田, 李家峡水电站: dams).
PLACE_HEADS = ("油田", "水电站", "水库")


def body_named(surface: str) -> bool:
    """Whether a name found ends with a :func:`head` that is a head and holds a word of its own before
    it, two characters or more (华东军区, 北京图书馆): a body's name, whatever the tagger took it for
    (of the dev gold's names so ending, 372 are organisations, 2 places: 大庆油田, 山海关); not a
    descriptive one (:data:`DESCRIPTIVE`: 阿根廷男排); and a division's government (甘肃省政府, 潞城县府)."""
    ending = head(surface)
    if not ending or not heads()[ending] or len(surface) - len(ending) < 2 or surface.endswith(PLACE_HEADS):
        return zh_states.governed(surface)
    return not surface.endswith(DESCRIPTIVE) or surface.endswith(NAMED_ENDS) or zh_states.governed(surface)


#: Marks that join the parts of one name (查干—奥包煤矿, a foreign name's dot).
_JOINING = frozenset("—－-–·•")


def vouched(text: str, found: Found, known: list[Found]) -> bool:
    """Whether an organisation the CRF found below its floor is a body's name all the same: one
    of Han characters only, :func:`body_named`, joining nothing (no word 与, 和 or 及 in its cut:
    白求恩国际和平医院 joins nothing), written where a name opens (after a mark, or after a place's
    word ending in its level: 吉林省白山市 + 喜丰塑料股份有限公司; not 地方 + 武装县大队, 农民 +
    结成联盟, 全乡 + 中心小学, 城市 + 建设银行), opening a word of ``text`` with no verb, function
    word or numeral (not 同时贸易公司), crossing no name of the authority file ``known``
    (天津静海县委: the place keeps apart)."""
    start, end, phrase = found
    surface = phrase.text
    if phrase.kind is not PhraseKind.ORG or not zh_words.han(surface) or not body_named(surface):
        return False
    words = zh_words.words()
    cut = list(words.cut(surface)) if words is not None else []
    if words is None or any(word in ("与", "和", "及") for word in cut):
        return False
    if start and zh_words.han(text[start - 1]) and not _after_place(text, start):
        return False
    if start and text[start - 1] in _JOINING:
        return False  # a name written on across a dash (查干—奥包煤矿)
    if start not in zh_words.bounds(text) or words.functional(cut[0]):
        return False
    return not any(s < end and start < e for s, e, _ in known)


#: Words ending in a level's character that name no place (全乡, 本市, 城市, 各县).
_NO_PLACE_OPENINGS = tuple("全本该各每城我")


def _after_place(text: str, start: int) -> bool:
    """Whether the word of ``text``'s cut ending at ``start`` is a place's, ending in its level
    (白山市, 静海县, 汨罗 + 县 cut apart; not 全乡, 城市)."""
    ending = {e: (s, word) for s, e, word in zh_words.spans(text)}
    opening, word = ending.get(start, (start, ""))
    if len(word) == 1 and opening in ending:
        word = ending[opening][1] + word  # the level cut off its place's name
    return len(word) > 1 and word[-1] in zh_orgs.LEVELS and not word.startswith(_NO_PLACE_OPENINGS)


def alone(chain: str) -> bool:
    """Whether ``chain`` is a head alone, no word of its own before it (大学, 银行, 学校; not
    农业大学, 人民银行, 第二商业局)."""
    return head(chain) == chain


def plural(text: str, start: int, end: int) -> bool:
    """Whether the text reads the words from ``start`` to ``end`` as a kind, not a name: a
    distributive word after them (英国银行纷纷, 广州学校都: a word of the cut, not 都 of 都市), a
    predicate of many (香港大酒店林立, :data:`PLURAL_PREDICATES`), or a quantifier before them
    when they end its phrase, a verb or a function word next (许多美国大学开设…; not
    这些广西大学的学生, 许多广西大学毕业生: the quantifier is the students')."""
    after = next((word for s, _, word in zh_words.spans(text) if s == end), "")
    if after in DISTRIBUTIVES or text.startswith(PLURAL_PREDICATES, end):
        return True
    cutter = zh_words.words()
    ends_phrase = cutter is not None and after not in ("的", "之") and cutter.functional(after)
    return text[:start].endswith(QUANTIFIERS) and ends_phrase


def in_chain(word: str) -> bool:
    """Whether ``word`` may be a link of a chain: Han characters, no verb nor function word (but
    an ordinal, 第二). The rule of :mod:`encoder.train_bodies`; :func:`_chain_ends` adds a stop
    at a quantifier (所有, 部分: the only :data:`QUANTIFIERS` jieba tags no function word), which
    the table need not share: in PKU's text 30 of 29,619 links after a place are one of them."""
    words = zh_words.words()
    return bool(word) and zh_words.han(word) and not (words is not None and words.functional(word) and word[0] != "第")


def named(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order, not overlapping) with each organisation the grammar reads after a
    place or organisation found (see the module): the places found in its chain are in it."""
    out: list[Found] = []
    index = 0
    while index < len(found):
        item = found[index]
        index += 1
        association = _friendship(text, item, found[index:])
        end = association[1] if association else _body_end(text, item, found[index:])
        spans = [association] if association else [item] if end is None else _spans(text, item, end)
        out.extend(spans)
        while spans != [item] and index < len(found) and found[index][1] <= (end or 0):
            index += 1  # the places inside the chain (官路公社 + 襄阳 + 大队)
    return out


def _body_end(text: str, opening: Found, following: list[Found]) -> int | None:
    """Where the organisation opened by ``opening`` ends: the longest chain of words after it
    that ends in a head, two characters or more, or a division's government even before 都
    (:func:`.zh_states.governed`), no organisation in it, not descriptive; none after a body found
    ending in the same head (内蒙古农电局重奖通辽农电局: two), but for a committee's (:data:`NESTED`)."""
    start, end, phrase = opening
    if phrase.kind not in (PhraseKind.PLACE, PhraseKind.ORG) or start not in zh_words.bounds(text):
        return None  # not a name cut out of a word (鞍山 of 马鞍山)
    after = following[0] if following else None
    if after and after[0] == end and after[2].kind is PhraseKind.PLACE:
        return None  # the place written next opens the name (山东省 + 五莲县 + 街头公社)
    ends = [
        e
        for e in _chain_ends(text, end, following)
        if e - end >= 2
        and (
            headed(text[end:e])
            or (text[end:e] in zh_states.STATE_ORGANS and zh_states.state_organ(phrase.text, text[end:e]))
        )
        and not (phrase.kind is PhraseKind.PLACE and alone(text[end:e]) and plural(text, start, e))
    ]
    ends += [e for e in _chain_ends(text, end, following) if zh_states.governed(text[start:e])]  # even before 都
    if not ends:
        return None
    stop = max(ends)
    kind = head(text[start:end])
    if phrase.kind is PhraseKind.ORG and kind and kind == head(text[end:stop]) and not kind.endswith(NESTED):
        return None  # a body of the same kind after a body: two (内蒙古农电局 … 通辽农电局)
    if any(f[0] < stop and f[2].kind is not PhraseKind.PLACE for f in following):
        return None  # a body found in the chain names itself (中国 + 全国政协)
    whole = text[start:stop]
    if whole.endswith(DESCRIPTIVE) and not (whole.endswith(NAMED_ENDS) or zh_states.governed(whole)):
        return None  # 阿根廷男子排球队, 美国政府: the place alone; not 甘肃省政府, 潞城县府
    return stop


def _chain_ends(text: str, start: int, following: list[Found]) -> list[int]:
    """Where a chain of words from ``start`` may end (each word's end, in order): words of Han
    characters, no verb nor function word, no quantifier (桑给巴尔 + 所有医院: a kind, not a
    name), none into a person found, nor inside a name found."""
    words = zh_words.words()
    if words is None:
        return []
    ends: list[int] = []
    position = start
    for word in words.cut(text[start : start + LONGEST_CHAIN + 4]):
        end = position + len(word)
        if end - start > LONGEST_CHAIN or not in_chain(word) or word in QUANTIFIERS:
            break
        if any(s < end and position < e and p.kind is PhraseKind.PERSON for s, e, p in following):
            break
        position = end
        if not any(s < end < e for s, e, _ in following):
            ends.append(end)
    return ends


def _friendship(text: str, opening: Found, following: list[Found]) -> Found | None:
    """The friendship association opened by two places in a row (中国 + 柬埔寨 + 友好协会), if
    ``opening`` and the next name found open one and the policy takes it as a name."""
    after = following[0] if following else None
    if opening[2].kind is not PhraseKind.PLACE or not after or after[0] != opening[1]:
        return None
    if after[2].kind is not PhraseKind.PLACE or opening[0] not in zh_words.bounds(text):
        return None
    ending = next((e for e in FRIENDSHIP if text.startswith(e, after[1])), "")
    end = after[1] + len(ending)
    if not ending or end not in zh_words.bounds(text):
        return None
    surface = text[opening[0] : end]
    whole = (opening[0], end, made_name(PhraseKind.ORG, surface))
    return whole if zh_conventions.plausible(text, whole) else None


def _spans(text: str, opening: Found, end: int) -> list[Found]:
    """The opening and the body up to ``end`` as the policy writes them: one organisation, or the
    place and the body apart (a place of a level and a body of a name of its own; any other place
    and a ministry or a body of a name of its own, :func:`.zh_orgs.own_name`)."""
    start, place_end, phrase = opening
    surface = text[start:end]
    whole = (start, end, made_name(PhraseKind.ORG, surface))
    if not zh_conventions.plausible(text, whole):
        return [opening]
    if phrase.kind is PhraseKind.ORG or phrase.text.endswith(zh_orgs.STATE_FORMS):
        return [whole]  # a branch of a body (九龙海关盐田海上缉私基地); a state's full name
    if phrase.text[-1] in zh_orgs.LEVELS:
        return zh_orgs.place_apart(whole, [opening])
    body = text[place_end:end]
    ministry = zh_states.state_organ(phrase.text, body)
    if not ministry and not (len(body) >= 4 and zh_orgs.own_name(body)):
        return [whole]
    return [opening, (place_end, end, made_name(PhraseKind.ORG, body))]


#: A title (in 《》) followed by one of these names a periodical: an organisation by the policy
#: (periodicals and newspapers are orgs: 《祖国》周刊, 《对外贸易》杂志).
PERIODICALS = ("杂志", "周刊", "月刊", "半月刊", "双月刊", "季刊", "画报", "画刊")
#: A title ending in one of these names a document or a notice, not a paper (《中美联合公报》,
#: 《情况通报》), though 报 closes a paper's name.
DOCUMENTS = ("公报", "通报", "简报", "电报", "捷报", "喜报", "情报", "警报", "预报", "海报", "年报")
#: Kinds after a name in quotation marks that make it a periodical (“新路”周刊, “读者”杂志, “火星”报社).
QUOTED_KINDS = (*PERIODICALS, "报社")
#: Words after a name in quotation marks ending in 报 that say it is a paper (“苏联海军报”报道).
QUOTED_SAYING = ("报道", "报导", "载文", "刊载", "发表", "社论", "评论", "称", "记者", "编辑部")
#: Endings of a paper's name in quotation marks (“真理报”, “格罗斯·路邮报”): never 报 alone, which
#: closes a poster, a system or an idiom as often (“大字报”, “月报”制度, “恶有恶报”).
QUOTED_PAPERS = ("日报", "时报", "晚报", "早报", "邮报", "周报", "导报", "快报", "新闻报", "真理报", "论坛报", "先驱报")
_TITLE = lazy(r"《([\u4e00-\u9fff·]{2,10})》|“([\u4e00-\u9fff·]{2,10})”")  # old papers quote: “真理报”


@functools.lru_cache(maxsize=1)
def title_heads() -> frozenset[str]:
    """The last characters of a title that close an organisation most of the times they end
    one in MSRA's text (报 of 《星暹日报》, 刊), counted by ``python -m encoder.train_bodies``."""
    table = _table().get("titles", {})
    return frozenset(t for t, (closing, met) in table.items() if met >= LEAST_MET and closing >= TITLE_SHARE * met)


def periodicals(text: str, found: list[Found]) -> list[Found]:
    """``found`` with each periodical written in 《》 or “” an organisation (《星暹日报》, “新路”周刊):
    a title ending in a head of :func:`title_heads`, or followed by a periodical's kind; the
    names found inside the title are left out (the longest name), none crossing its marks. A
    document's title (:data:`DOCUMENTS`) is no organisation, whoever tagged it whole. In “” only
    as :func:`_quoted_periodical` says (“大字报”, “恶有恶报”: no paper)."""
    out = list(found)
    for match in _TITLE.finditer(text):
        start, end = match.span(match.lastindex or 1)
        surface = text[start:end]
        if surface.endswith(DOCUMENTS):  # a document, not a body, whoever tagged it
            out = [f for f in out if not (f[0] == start and f[1] == end and f[2].kind is PhraseKind.ORG)]
            continue
        if match.lastindex == 2:
            if not _quoted_periodical(text, surface, end):
                continue
        elif not (surface[-1] in title_heads() or text.startswith(PERIODICALS, end + 1)):
            continue
        out = enclosing(out, (start, end, made_name(PhraseKind.ORG, surface))) or out
    return out


def _quoted_periodical(text: str, surface: str, end: int) -> bool:
    """Whether ``surface``, in quotation marks closing at ``end`` of ``text``, is a periodical's
    name: followed by a periodical's kind (“新路”周刊, “读者”杂志: the kind says it, whatever the
    word), or ending as a paper's name does (:data:`QUOTED_PAPERS`; in 报 of three characters or
    more before :data:`QUOTED_SAYING`: “苏联海军报”报道) and no word or idiom jieba's dictionary
    knows (“真理报”; not “黑板报”, “一报还一报”, “政治回报”)."""
    if text.startswith(QUOTED_KINDS, end + 1):
        return True
    saying = len(surface) >= 3 and surface[-1] == "报" and text.startswith(QUOTED_SAYING, end + 1)
    if not (saying or surface.endswith(QUOTED_PAPERS)):
        return False
    words = zh_words.words()
    return words is None or not (words.common(surface) or words.idiom(surface))
