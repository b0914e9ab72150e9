"""Where a Chinese organisation's name begins and ends, by the name policy
(``tests/fixtures/gold/names/POLICY.md``): a place before a body keeps apart when the body has
a name of its own and joins it when the name needs it; a state's full name belongs to the body
it names; the numbered congress a committee prepares is part of its name; a section of an
enterprise is not the enterprise, nor a delegation the body that sends it.

* :func:`place_apart` parts a place of a level (苏州市, 延庆县, 天赐庄), or a place and a
  direction from it (徐州东北), from a body of a name of its own that follows it (苏纶纱厂,
  珍珠泉公社党委, 私立东吴大学 → 东吴大学): a body whose stem is a word of its own, not a common
  word (人民政府, 纺织工程学会, 食品业第四九分会 keep their place).
* :func:`sectioned` trims a section of an enterprise off it (苏纶纱厂织部 → 苏纶纱厂), and the
  delegation a body sends off the body (亚非作家常设局代表团 → 亚非作家常设局), not off a congress
  or a delegation to one (中国出席世界和平大会代表团).
* :func:`stately` joins a state's full name (one ending in a form of state: 中华人民共和国) and
  the body a tagger found right after it (第五机械工业部): the official name; a country's
  short name stays apart (中国 + 经贸部, the policy's), and so does a body of the authority
  file, which names it whole (全国人民代表大会常务委员会).
* :func:`described` tells a body described, not named: a count of countries (七国代表团), a
  legislature of a country's abbreviation (美参院), a common word or doctrine before a kind of
  body (联合内阁, 法西斯集团).
* :func:`ordinal` joins the ordinal of a congress (第三次) to a body named by that congress
  (亚非作家大会筹备委员会).
"""

from __future__ import annotations

from ..lazy_re import lazy
from ..model import PhraseKind
from . import zh_short_parties, zh_units, zh_words
from .naming import local_key, made_name, name_phrase
from .spans import Found

#: Ends of enterprises and schools with a name of their own (苏纶纱厂, 溧阳中学, 东吴大学).
ENTERPRISES = ("纱厂", "工厂", "油厂", "煤矿", "中学", "小学", "大学", "学院", "银行", "医院")
#: Descriptors before an enterprise's name, left out (私立东吴大学 → 东吴大学).
DESCRIPTORS = ("私立", "私营", "公立", "公营", "国营", "国立", "省立", "市立", "县立")
#: Openings of a body's name that are generic: the place is part of the name then
#: (马家村初级小学, 苏州市人民文化馆工人业余学校, 北京外国语学院: 外国 is tagged a place).
_GENERIC_OPENINGS = (
    "人民",
    "初级",
    "高级",
    "第",
    "中心",
    "实验",
    "师范",
    "地方",
    "工人",
    "职工",
    "外国",
    "市",
    "县",
    "省",
)
#: A place that opens an organisation's name: a known one, or two to four characters and a level.
_PLACE_OPENING = lazy(r"^[\u4e00-\u9fff]{2,4}?(?:专区|[省市县区庄村镇乡])")
LEVELS = "省市县区庄村镇乡"
#: Directions written after a place, before what lies there (徐州东北贾汪煤矿).
DIRECTIONS = ("东北", "西北", "东南", "西南", "以东", "以西", "以南", "以北", "东", "西", "南", "北")
#: Last characters of bodies' names (a body of a name of its own ends so: 珍珠泉公社党委).
BODY_END = frozenset("部会社局厂校院所委团队党司处署办馆站组联协报室科矿盟府学店场厅行")


def place_apart(found: Found, known: list[Found]) -> list[Found]:
    """A CRF organisation that opens with a place of a level, or with a known place and a
    direction from it, and goes on with a body of a name of its own, as the place and the body
    (a descriptor before the body left out); any other name as it is (see the module)."""
    start, end, phrase = found
    surface = phrase.text
    if phrase.kind is not PhraseKind.ORG:
        return [found]
    place = next((f for f in known if f[0] == start and f[1] < end and f[2].kind is PhraseKind.PLACE), None)
    opening = _PLACE_OPENING.match(surface)
    size = place[1] - start if place else opening.end() if opening else 0
    direction = next((d for d in DIRECTIONS if size and surface.startswith(d, size) and len(d) == 2), "")
    if not size or (surface[size - 1] not in LEVELS and not (place and direction)):
        return [found]
    rest = surface[size + len(direction) :]
    descriptor = next((d for d in DESCRIPTORS if rest.startswith(d)), "")
    body = rest[len(descriptor) :]
    if len(body) < 4 or not own_name(body):
        return [found]
    cert, tagger = phrase.certainty or "medium", phrase.tagger or "zh_ner"
    if place is None:
        name = surface[:size]
        place = (start, start + size, name_phrase(PhraseKind.PLACE, name, local_key(name, "zh") or "", tagger, cert))
    key = local_key(body, "zh") or ""
    return [place, (end - len(body), end, name_phrase(PhraseKind.ORG, body, key, tagger, cert))]


def own_name(body: str) -> bool:
    """Whether a body's name has a name of its own: an enterprise's or school's whose stem is
    no generic word (苏纶纱厂, 东吴大学; not 农业大学, 人民银行, 外国语学院); a body of a
    county or higher place (香河县公安交警大队: a word of the cut ending in a level, no
    common word; not 超级市 of 超级市场公司, but jieba's dictionary tags 大城市 a place, so
    大城市建设局 passes); or a body ending as bodies do whose first word jieba's dictionary
    tags as a name (珍珠泉 of 珍珠泉公社党委) or knows not at all (cut into characters); not
    a common word (纺织 of 纺织工程学会, 食品业 of 食品业第四九分会), nor a generic opening
    (人民, 第, 市: 马家村初级小学 keeps its place)."""
    words = zh_words.words()
    if body.startswith(_GENERIC_OPENINGS):
        return False
    county = _COUNTY.match(body)
    if county and len(body) - county.end() >= 2 and county.end() in zh_words.bounds(body):
        if words is None or not words.known(county.group()):
            return True  # the body of a lower place, named by it (香河县 of 香河县公安交警大队)
    ending = next((e for e in ENTERPRISES if body.endswith(e)), "")
    if ending:
        return words is None or not _generic(body[: -len(ending)])
    if words is None or body[-1] not in BODY_END or body.endswith(DESCRIPTIVE):
        return False  # a unit named by its place (鸡泽县保安大队) keeps it
    cut = list(words.cut(body))
    return words.named(cut[0]) or (len(cut) > 2 and len(cut[0]) == len(cut[1]) == 1)


def _generic(stem: str) -> bool:
    """Whether the stem of an enterprise's name is generic: its first word (jieba's dictionary cut)
    is a word of a class that names nothing, or opens with one (农业 of 农业大学, a compound the
    dictionary tags as a name; 师范 of 师范大学)."""
    words = zh_words.words()
    first = next(iter(words.cut(stem)), "") if words is not None else stem
    if not first:
        return True
    return words is not None and any(
        words.known(first[:size]) or words.common(first[:size]) for size in range(2, len(first) + 1)
    )


#: Sections of an enterprise written after it (织部, 纺部, 机修车间).
_SECTION = lazy(r"[\u4e00-\u9fff]{1,3}(?:部|科|车间|工段)$")


#: A delegation or a working group a body sends, written after the body (常设局 + 代表团, 保险局 +
#: 联合代表团, 机车工会 + 访华团, 国务院 + 工作组).
_DELEGATION = lazy(r"(?:(?:友好|联合|访华|贸易|经济|文化|工作)?代表团|访华团|访问团|视察团|考察团|慰问团|工作组)$")


#: Bodies named by their kind only, sending no named group (人民公社工作组, 公社党委工作组).
KIND = lazy(r"人民公社|(?:公社|大队|厂|村|镇|乡)?(?:党委|党支部|党总支|革委会)")


def sectioned(found: Found) -> Found:
    """A CRF organisation that is an enterprise and one of its sections (苏纶纱厂织部) as the
    enterprise, a body and the delegation it sends (亚非作家常设局代表团) as the body (the policy:
    a delegation is descriptive); any other name as it is."""
    start, _, phrase = found
    surface = phrase.text
    if phrase.kind is not PhraseKind.ORG:
        return found
    cut = max((surface.rfind(e) + len(e) for e in ENTERPRISES if e in surface[:-1]), default=-1)
    if not (cut >= 4 and _SECTION.fullmatch(surface[cut:])):
        cut = _delegation(surface)
    if cut < 3:
        return found
    stem, tagger, cert = surface[:cut], phrase.tagger or "zh_ner", phrase.certainty or "medium"
    key = local_key(stem, "zh") or phrase.entity or ""
    return start, start + cut, name_phrase(phrase.kind, stem, key, tagger, cert)


def _delegation(surface: str) -> int:
    """Where the body ends that sends the delegation an organisation's name ends with
    (亚非作家常设局代表团: 7), or -1: a body of three characters or more ending as bodies do (not
    a party's centre, 印尼共产党中央代表团, whose 央 ends no body), not a descriptive one
    (中国政府代表团: the place only), one named by its kind (人民公社, 公社党委), a congress
    (世界和平大会, an event by the policy) or a delegation to one (中国出席…代表团, 中国参加…代表团),
    nor a mission stationed abroad (中国常驻日内瓦联合国办事处代表团)."""
    match = _DELEGATION.search(surface)
    stem = surface[: match.start()] if match else ""
    if len(stem) < 3 or stem[-1] not in BODY_END or stem.endswith((*DESCRIPTIVE, "大会")) or KIND.fullmatch(stem):
        return -1
    return -1 if any(word in stem for word in ("驻", "出席", "参加")) else len(stem)


#: Forms of state that end a state's full name (中华人民共和国, 荷兰王国).
STATE_FORMS = ("共和国", "王国", "联邦")
#: Ends of a body named descriptively after its country (政府, 代表团): no part of a name.
DESCRIPTIVE = ("政府", "代表团", "议会", "国会", "当局", "使馆", "军", "队")


def stately(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with a state's full name and the body right after it as one
    organisation (中华人民共和国 + 第五机械工业部); the key is the whole name's."""
    out: list[Found] = []
    for item in found:
        start, end, phrase = item
        last = out[-1] if out else None
        if (
            last is not None
            and phrase.kind is PhraseKind.ORG
            and last[2].kind is PhraseKind.PLACE
            and last[1] == start
            and last[2].text.endswith(STATE_FORMS)
            and phrase.tagger is not None
            and not phrase.text.endswith(DESCRIPTIVE)
        ):
            out[-1] = (last[0], end, made_name(PhraseKind.ORG, text[last[0] : end], phrase.entity or ""))
            continue
        out.append(item)
    return out


#: The ordinal of a congress or session (第三次, 第十届) right before a body it names.
_ORDINAL = lazy(r"第[0-9０-９一二三四五六七八九十百]+[次届]$")
#: What names a body by a congress: the congress, then a body preparing or serving it.
_BY_CONGRESS = lazy(r"(?:大会|会议)(?:筹备委员会|筹委会|常设委员会|秘书处|主席团)$")


def ordinal(text: str, found: list[Found]) -> list[Found]:
    """``found`` with each organisation named by a congress (亚非作家大会筹备委员会) joined to the
    ordinal written right before it (第三次): the committee of that congress."""
    out: list[Found] = []
    for start, end, phrase in found:
        match = _ORDINAL.search(text, max(0, start - 6), start)
        free = not out or out[-1][1] <= (match.start() if match else start)
        if phrase.kind is PhraseKind.ORG and match and free and _BY_CONGRESS.search(phrase.text):
            out.append((match.start(), end, made_name(PhraseKind.ORG, text[match.start() : end], phrase.entity or "")))
            continue
        out.append((start, end, phrase))
    return out


def directions_kept_out(known: list[Found], proposed: list[Found], text: str) -> list[Found]:
    """``known`` without a name the authority file finds in a direction that
    :func:`place_apart` left between a place and a body (东北 of 徐州东北贾汪煤矿: a direction
    from Xuzhou, not the Northeast)."""
    edges = {(s, e) for s, e, _ in proposed}
    starts = {s for s, _ in edges}
    return [
        f
        for f in known
        if not (text[f[0] : f[1]] in DIRECTIONS and any(e == f[0] for _, e in edges) and f[1] in starts)
    ]


#: A county or higher level that ends a place opening a village's name (海阳县后黄塘村).
_COUNTY = lazy(r"^[\u4e00-\u9fff]{2,4}?(?:专区|[省市县])")
#: Last characters of villages and towns (金堆村, 邱大庄).
_VILLAGE_ENDS = "村庄镇屯寨堡"


def villages_apart(text: str, found: list[Found]) -> list[Found]:
    """``found`` with a machine's place that opens with a county (海阳县) or with a place found
    elsewhere in the text (安泽) and goes on with a village of two characters or more
    (金堆村) as the two places (the policy keeps a county and its village apart)."""
    places = {f[2].text for f in found if f[2].kind is PhraseKind.PLACE}
    out: list[Found] = []
    for start, end, phrase in found:
        surface = phrase.text
        if phrase.kind is not PhraseKind.PLACE or phrase.tagger is None or surface[-1] not in _VILLAGE_ENDS:
            out.append((start, end, phrase))
            continue
        county = _COUNTY.match(surface)
        heads = [len(p) for p in places if 2 <= len(p) <= len(surface) - 3 and surface.startswith(p)]
        size = county.end() if county and len(surface) - county.end() >= 3 else max(heads, default=0)
        if not size:
            out.append((start, end, phrase))
            continue
        cert, tagger = phrase.certainty or "medium", phrase.tagger
        for s, e in ((start, start + size), (start + size, end)):
            name = text[s:e]
            out.append((s, e, name_phrase(PhraseKind.PLACE, name, local_key(name, "zh") or "", tagger, cert)))
    return out


#: Ends of institutions named after a person (列宁医院, 鲁迅中学, 白求恩纪念馆).
NAMED_AFTER = ("医院", "中学", "小学", "大学", "学院", "纪念馆", "纪念堂", "图书馆", "博物馆")


def named_after(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with a person written right before an institution's end, and
    nothing found there, as that institution (列宁 + 医院 → 列宁医院): the longest name only."""
    out: list[Found] = []
    for index, (start, end, phrase) in enumerate(found):
        tail = next((e for e in NAMED_AFTER if text.startswith(e, end)), "")
        after = found[index + 1][0] if index + 1 < len(found) else len(text)
        if phrase.kind is PhraseKind.PERSON and tail and after >= end + len(tail):
            name = text[start : end + len(tail)]
            key = local_key(name, "zh") or ""
            phrase = name_phrase(PhraseKind.ORG, name, key, phrase.tagger or "zh_ner", phrase.certainty or "medium")
            end += len(tail)
        out.append((start, end, phrase))
    return out


def spans(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with the rules of this module that read the whole list:
    villages apart from their county, a state's full name joined to its body, a congress's
    ordinal joined to its committee, an institution named after a person, numbered units of an
    army and its commands (:mod:`.zh_units`), parties named short, countries' abbreviations apart
    (:mod:`.zh_short_parties`); a commune's units are read after (:func:`.zh_communes.communes`)."""
    found = named_after(text, ordinal(text, stately(text, villages_apart(text, found))))
    found = zh_units.commands(text, zh_units.units(text, zh_units.in_words(text, found)))
    return zh_short_parties.short_parties(text, zh_short_parties.abbreviation_apart(text, found))


#: A party, league, front, news agency or people's army named after the place before it, with an
#: organ after it (泰国 + 共产党中央委员会, 喀麦隆 + 人民联盟, 越南南方 + 解放通讯社, 东帝汶 + 独立革命阵线,
#: 朝鲜 + 人民军, 越南 + 人民军总司令部): one organisation; 战线 a named front's only (越南 +
#: 民族统一战线, not 中国 + 统一战线工作, a sector of work), 人民军 no longer word's start (人民军事). Between
#: the place and the party only the words parties are named with (人民, 解放, 马克思列宁主义 …):
#: not any words of a sentence (中国只有由共产党…, 法国总统会见社会党), nor 民主党派.
_PARTY = lazy(
    r"(?:人民|解放|民族|民主|革命|劳动|工人|农民|青年|妇女|统一|爱国|社会|共产|马克思列宁主义|马列主义|"
    r"共产主义|社会主义|共产党人|联合|自由|进步|南方|北方|独立|祖国)*"
    r"(?:共产党|劳动党|社会党|工人党|人民党|民主党|工党|联盟|(?:阵线|(?:(?<=民族|爱国|解放)|(?<=民族统一))战线)党?|通讯社|"
    rf"人民军(?![{zh_units.WORD_AFTER['军']}]))"
    r"(?![人派队])(?:中央委员会|中央代表团|中央|政治局|总司令部)?"
)
#: What a party's name does not hold: joining words and counts (美国、日本和南朝鲜三方军事联盟).
_NOT_IN_PARTY = frozenset("和与及的")
_COUNTED = lazy("[一二三四五六七八九十两多]+[方国个]")
_MEMBER_OR_PAPER = lazy("(?:候补)?委员(?!会)|机关")


def parties(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with a place and the party, league, front or news agency written
    right after it (and the organisations found in that) as one organisation: a country opening a
    party's name belongs to it (the policy's 泰国共产党中央委员会); not where a body found there
    writes the country itself (喀麦隆人民在喀麦隆人民联盟), nor before 员 (日本共产党员: see
    ``plausible``); its 中央 left out before a member or its paper (越南劳动党中央候补委员, 中央机关报)."""
    out: list[Found] = []
    index = 0
    while index < len(found):
        start, end, phrase = found[index]
        index += 1
        match = _PARTY.match(text, end) if phrase.kind is PhraseKind.PLACE else None
        stop = match.end() if match else end
        inside = [f for f in found[index:] if f[0] < stop]
        if (
            not match
            or (match.group().endswith("党") and text.startswith("员", stop))  # a member (日本共产党员)
            or any(c in _NOT_IN_PARTY for c in match.group())
            or _COUNTED.search(match.group())
            or any(
                f[1] > stop or f[2].kind is not PhraseKind.ORG or text.startswith(text[start:end], f[0]) for f in inside
            )
        ):
            out.append((start, end, phrase))
            continue
        index += len(inside)
        if match.group().endswith("中央") and _MEMBER_OR_PAPER.match(text, stop):
            stop -= 2  # a member of the central committee, its paper: the party (越南劳动党中央委员, 中央机关报)
        out.append((start, stop, made_name(PhraseKind.ORG, text[start:stop])))
    return out


#: One-character abbreviations of countries: a "place" made of them only is none (美英, 中美).
ABBREVIATIONS = frozenset("中美苏英法德日意俄")
#: Legislatures and governments named by their country: descriptive (波兰议会; 美参院).
LEGISLATURES = ("议会", "国会", "议院", "参院", "众院", "参议院", "众议院", "政府", "当局")
_COUNT = lazy(r"^[一二三四五六七八九十两几数多]+国")


def described(surface: str, kinds: frozenset[str]) -> bool:
    """Whether an organisation's name describes a body rather than names it (``kinds``: the
    kinds of bodies written alone, naming none): see the module."""
    return _counted(surface, kinds) or _abbreviated(surface, kinds) or _described(surface)


def _counted(surface: str, kinds: frozenset[str]) -> bool:
    """Whether an organisation's name opens with a count of countries and goes on with a kind
    of body written alone or one character (七国代表团, 十五六国会: 会 is "will" there); not a
    group named by its count (十国集团)."""
    count = _COUNT.match(surface)
    rest = surface[count.end() :] if count else ""
    return bool(count) and (len(rest) <= 1 or rest in kinds)


def _abbreviated(surface: str, kinds: frozenset[str]) -> bool:
    """Whether an organisation is a legislature, government or kind of body named by
    one-character abbreviations of countries (美参院, 英政府, 日委员会 of 对日委员会): descriptive,
    and the abbreviation is no name."""
    for tail in (*LEGISLATURES, *kinds):
        head = surface[: len(surface) - len(tail)]
        if surface.endswith(tail) and head and all(char in ABBREVIATIONS for char in head):
            return True
    return False


#: Doctrines that name a clique or body descriptively (法西斯集团, 纳粹集团).
DOCTRINES = ("法西斯", "纳粹", "帝国主义", "军国主义", "殖民主义", "修正主义")
#: Heads of bodies that a common word before them describes (联合内阁, 水利委员会, 考察队, 抢修队).
_GENERIC_HEADS = ("集团", "内阁", "委员会", "指挥部", "政府", "小组", "队", "室")

#: A descriptor and a kind of enterprise (国营煤矿): a kind, no name.
_KINDS_OF_ENTERPRISE = tuple(d + e for d in ("国营", "公营", "私营") for e in (*ENTERPRISES, "公司", "企业"))


def _described(surface: str) -> bool:
    """Whether an organisation is a kind of body with a common word or a doctrine before it:
    a description, no name (联合内阁, 法西斯集团, 水利委员会; not 中央军事委员会, whose words
    are two); a descriptor and a kind of enterprise at its end (国营煤矿, 山西省国营煤矿)."""
    if surface.endswith(_KINDS_OF_ENTERPRISE):
        return True  # 国营煤矿, 山西省国营煤矿: a kind of enterprise (not 常熟县立中学: 县 is the place's)
    head = next((h for h in _GENERIC_HEADS if surface.endswith(h)), "")
    stem = surface[: len(surface) - len(head)]
    words = zh_words.words()
    if not head or not stem:
        return False
    return stem in DOCTRINES or (words is not None and (words.known(stem) or words.common(stem)))
