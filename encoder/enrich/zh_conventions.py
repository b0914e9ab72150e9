"""The span conventions of the name policy (``tests/fixtures/gold/names/POLICY.md``) applied to
the Chinese names the authority file and the CRF find, where the CRF's training data (MSRA,
1990s text) draws them otherwise.

* :func:`plausible` drops what the policy says is no name: a CRF name that jieba's
  dictionary knows as a common word of a class that names nothing (粗鲁, 两岸), epithets (蒋匪, 蒋贼, 蒋军), -isms
  (马克思 in 马克思列宁主义, 毛泽东 in 毛泽东思想), a ministry fused into a title (外交部长),
  embassies (法使馆), organs named without their body (中央委员会, 内阁) or relative to one
  just mentioned (部党组, 三局, 县救济协会, 军区政治部艺术科), factions' labels (四人帮, 芦田派),
  peoples (犹太, 中华 of 中华民族), bodies described rather than named (七国代表团, 美参院,
  联合内阁: :func:`.zh_orgs.described`), a run of provinces' abbreviations cut short (冀鲁 of
  冀鲁豫三省), a direction's countryside (东南乡), a facility's common noun as a CRF place
  (商场, 广场) and a place read across two words of the dictionary cut (中国 of 发展中国家).
* :func:`joined` makes one span of a body, its parenthesised qualifier and its organs or
  branches (日本共产党（左派）中央委员会, 中国土产公司苏州市支公司, 中共中央书记处);
  a place with what follows it is made one span in :mod:`.zh_places` (荷兰王国, 柏林市).
* :func:`datelines` finds the place of a dateline (新华社陕北三十一日电, 本报阳城讯).
* :func:`cleaned` trims a CRF name of quotes, a dateline before it and a party's delegation,
  names an embassy by its country and a "person" ending as settlements do as a place
  (where an organisation's name begins and ends: :mod:`.zh_orgs`).
* The rules of lists (:func:`.zh_lists.vouched`, :func:`.zh_lists.listed`, :func:`.zh_lists.placed`,
  :func:`.zh_lists.places_listed`) are in :mod:`.zh_lists`.

Each rule is stated by the policy or found in the errors of the dev gold and of other articles
of the sample corpus; the word lists hold the policy's examples and common nouns, no name of an article.
"""

from __future__ import annotations

import re

from ..lazy_re import lazy
from ..model import PhraseKind
from . import zh_languages, zh_missions, zh_offices, zh_orgs, zh_regions, zh_units, zh_words
from .naming import local_key, made_name, name_phrase, renamed
from .spans import Found

#: Organs and branches that belong to the body named right before them (one span with it).
ORGANS = (
    "中央委员会",
    "委员会",
    "政治局",
    "书记处",
    "常委会",
    "党组",
    "总分社",
    "分社",
    "支公司",
    "分公司",
    "分会",
    "支部",
    "办事处",
    "办公厅",
    "宣传部",
    "组织部",
    "统战部",
)
#: Organs that name no body alone (the policy: sub-units named only relative to a unit).
BARE_ORGANS = frozenset({"中央委员会", "委员会", "政治局", "书记处", "常委会", "党组", "内阁", "执委会", "中央"})
#: Heads the policy makes organisations' where MSRA's counts make them places' (:func:`.zh_bodies.heads`):
#: museums (中国革命博物馆, 故宫博物院), institutions as libraries are, as the dev gold tags them.
ORG_HEADS = ("博物馆", "博物院")
#: Kinds of bodies written alone, naming none (代表团 of a visit, 工会, 国会 of a country).
COMMON_BODIES = frozenset(
    {"代表团", "访华团", "工会", "议会", "国会", "管理局", "管理委员会", "领导小组", "研究院", "研究所", "税务局"}
    | {"福利院", "工业局", "国家队", "农业社", "支委会", "卖国集团", "当局", "司令部", "子弟小学", "子弟学校"}
    | {"公馆", "招待所", "指挥部", "总指挥部", "武委会", "联委会", "农会", "妇救会", "青救会", "学生会"}
)
#: Labels, peoples, doctrines and common nouns that are no name (the policy's list, and what the
#: CRF took for names in articles outside the gold): 地球 and 太阳 are bodies of the sky, 两岸 the
#: two shores, 苏维埃 a kind of council, 苏修 (the Soviet revisionists) and 美帝 political labels.
NOT_NAMES = frozenset({"四人帮", "犹太", "马列", "苏维埃", "布尔塞维克", "地球", "太阳", "火星", "月球", "两岸"})
NOT_NAMES |= frozenset({"海峡两岸", "晋谒", "大厦", "桥头堡", "南门", "北门", "东门", "西门", "护城河"})
NOT_NAMES |= frozenset({"苏修", "美帝", "日寇", "英帝", "法帝", "日帝", "苏帝", "美蒋", "美修"})
#: What the paper names after Chiang Kai-shek with 蒋 (蒋军, the Kuomintang army; 蒋党, 蒋特务,
#: 蒋家小朝廷): the policy's epithets, no person. A person named 蒋军 is lost outside a byline (the
#: PKU January 1998 corpus names none; its 蒋 persons are 蒋介石, 蒋干, 蒋建科…): what follows 蒋
#: alone (蒋军, 蒋党), and what opens what follows it (蒋伪军, 蒋特务, 蒋家小朝廷).
CHIANG_SIDE_WORDS = frozenset({"军", "党", "帮"})
CHIANG_SIDE_OPENINGS = ("伪", "特务", "物资", "密约", "家小", "家王朝")
#: Peoples that name no state alone (the policy: no places), the CRF's places after MSRA's 阿拉伯国家;
#: a state or region named with one stays (阿拉伯联合共和国, 阿拉伯半岛, 阿拉伯也门共和国: :mod:`.zh_places`).
STATELESS_PEOPLES = frozenset({"阿拉伯", "斯拉夫", "日耳曼", "印第安", "吉普赛", "库尔德", "泰米尔", "普什图"})
NOT_NAMES |= STATELESS_PEOPLES
#: Kinship terms, which the paper's reports use for people they do not name (伯伯, 大娘).
KINSHIP = frozenset(
    "伯伯 叔叔 婶婶 大娘 大爷 大伯 大叔 大嫂 大姐 大哥 老汉 老乡 阿姨 奶奶 爷爷 姥姥 舅舅 姑姑 妈妈 爸爸"
    " 哥哥 姐姐 弟弟 妹妹 大妈 老大娘 老大爷".split()
)
#: Last characters of settlements (刘圩, 邱大庄, 申集, 梁峪): a "person" ending so is a place.
SETTLEMENT_ENDS = frozenset("村庄圩集镇屯寨堡峪")
#: One-character abbreviations of China's provinces (冀鲁豫, 晋察冀): :data:`.zh_regions.ONE_CHARACTER_NAMES`.
PROVINCES = zh_regions.ONE_CHARACTER_NAMES
_DIRECTIONS = ("东北", "西北", "东南", "西南")
#: One-character abbreviations of countries: a "place" made of them only is none (美英, 中美).
_ABBREVIATIONS = zh_orgs.ABBREVIATIONS
#: A parenthesised qualifier right after a body, naming its doctrine or faction
#: (澳大利亚共产党（马克思列宁主义）, 日本共产党（左派）): not any bracket (（全总）, （附图片）, （记者…）).
_QUALIFIER = lazy(r"[（(][\u4e00-\u9fff]{0,8}(?:主义者?|派|马列)[）)]")
#: Relative or generic openings of an organisation (部党组, 县救济协会, 主义党) and numbered
#: sub-units (三局, 四局).
_RELATIVE_ORG = lazy(r"^(?:[部县省市区乡]|主义|[一二三四五六七八九十]+[局处科司]$|支社|分社|总分社|军区|分区)")
#: A party congress by its number (十五大, 八大): an event, not a body (the policy).
_CONGRESS = lazy(r"^[一二三四五六七八九十]+大$")
#: A unit's own organ named by the kind of unit only (公社革委会, 厂党委, 村党支部, 革委会): relative.
_UNIT_ORGAN = lazy(r"^(?:公社|厂|村|镇|乡|大队|车间|自治区)?(?:党委|党支部|党总支|革委会|革命委员会)$")
#: Communist parties named with the workers' parties: the parties in general, no party's name.
_GENERIC_PARTIES = lazy(r"[和或与及、]工人党")


def _after_kind(text: str, start: int) -> bool:
    """Whether a kind of places is written right before ``start`` (欧洲国家 + 共产党和工人党): the
    parties are read with it, a body's chain (:mod:`.zh_bodies`), and stay found for that."""
    return text[:start].endswith(("国家", "地区"))


def _workers_of_generic(text: str, start: int, surface: str) -> bool:
    """Whether an organisation opening with 工人党 at ``start`` is the second half of the parties
    in general (各国共产党和工人党代表会议, 共产党和工人党情报局): it keeps nothing of them alone."""
    if not surface.startswith("工人党") or start < 4 or not text.startswith("共产党", start - 4):
        return False
    return text[start - 1] in "和或与及、" and not _after_kind(text, start - 4)


#: A dateline opens a part or follows 【, a bracket or 据; its 电/讯 is not that of 通讯员, 电讯.
_DATELINE = lazy(
    r"(?:^|(?<=[【（(据\s\u3000]))(?:新华社|本报|中新社)(?P<place>[\u4e00-\u9fff]{2,6}?)(?:前线|前方)?"
    r"(?:(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}|[一二三四五六七八九十廿卅]{1,3})日?)?(?:电|讯)(?![员稿])"
)
#: The Chinese numerals the paper writes in dates and numbered names (廿, 卅 in dates; 十一区).
NUMERALS = "〇○一二三四五六七八九十百廿卅"
#: What a dateline's "place" holds when it is a reporter's or a desk's line, no place.
_NOT_DATELINE = ("记者", "通讯", "特约", "综合", "电讯")


def chiang_side(surface: str) -> bool:
    """Whether ``surface``, read as a person, is a word for Chiang's side (蒋军, 蒋党, 蒋伪军, 蒋特务,
    蒋家小朝廷): the policy's epithet, no person."""
    side = surface[1:]
    return surface.startswith("蒋") and (side in CHIANG_SIDE_WORDS or side.startswith(CHIANG_SIDE_OPENINGS))


def plausible(text: str, found: Found, persons: dict[int, int] | None = None) -> bool:
    """Whether a name found in ``text`` is a name by the policy (see the module's first list);
    ``persons``: where each person name found in ``text`` starts, with its end."""
    _, end, phrase = found
    surface, kind = phrase.text, phrase.kind
    if surface in NOT_NAMES or surface in KINSHIP:
        return False
    if phrase.tagger == "zh_ner" and (words := zh_words.words()) is not None and words.common(surface):
        return False  # an adjective, direction… jieba's dictionary knows well (粗鲁, 两岸)
    if kind is PhraseKind.PERSON:
        if any(char in surface for char in "匪贼"):
            return False  # epithets: 蒋匪, 蒋贼
        if chiang_side(surface):
            return False
        if len(surface) >= 3 and surface.endswith(FACTION_ENDS):
            return False  # a faction's label (芦田派, 鸠山派): the policy tags no label
        if zh_languages.named_language(text, found):
            return False  # a language (蒙古文), where the place it holds is dropped
        return not _ism(text, end, persons or {})
    if kind is PhraseKind.PLACE and _people(text, found):
        return False  # a people, not a place (中华民族, 日耳曼民族, 犹太民族: the policy's)
    if kind is PhraseKind.PLACE and zh_languages.language(text, found):
        return False  # a language, not a place (波兰文, 阿尔巴尼亚文版, 越南语广播)
    if kind is PhraseKind.PLACE and (_facility(surface, phrase.tagger) or _crossed(text, found)):
        return False
    if kind is PhraseKind.ORG:
        if surface in BARE_ORGANS | COMMON_BODIES or _RELATIVE_ORG.match(surface) or zh_missions.mission(found):
            return False  # 中央委员会, 代表团; 部党组; 国会议员代表团 (a delegation: :mod:`.zh_missions`)
        if _CONGRESS.match(surface) or _UNIT_ORGAN.match(surface):
            return False
        if zh_orgs.described(surface, BARE_ORGANS | COMMON_BODIES):
            return False  # 七国代表团, 十五六国会; 美参院 (a legislature named by its country); 联合内阁
        if surface.endswith(("使馆", "干部", "卖国集团", "当局")):
            return False
        if surface.endswith("党") and text.startswith("员", end):
            return False  # a party's member, no party (共产党员; but 民主党人 names the party, the gold's)
        if (
            surface == "共产党"
            and (_GENERIC_PARTIES.match(text, end) or text.startswith("人", end))
            and not _after_kind(text, end - 3)
        ):
            return False  # the parties in general (各国共产党和工人党), the communists (共产党人)
        if _workers_of_generic(text, end - len(surface), surface):
            return False  # 工人党 of 各国共产党和工人党, 共产党和工人党情报局: the whole or nothing
        return not (surface.endswith("部") and text.startswith("长", end))  # 外交部长
    if (
        kind is PhraseKind.PLACE
        and len(surface) == 2
        and surface[0] in "一二三四五六七八九十两几数"
        and surface[1] in "省市县区乡镇村"
    ):
        return False  # 四县, 两省: a number of places, no place
    if kind is PhraseKind.PLACE and all(c in PROVINCES for c in surface) and text[end : end + 1] in PROVINCES:
        return False  # 冀鲁 of 冀鲁豫三省: a run of provinces' abbreviations cut short
    if kind is PhraseKind.PLACE and len(surface) == 3 and surface[:2] in _DIRECTIONS and surface[2] in "乡郊":
        return False  # 东南乡: a direction's countryside, no place's name
    return not (kind is PhraseKind.PLACE and all(char in _ABBREVIATIONS for char in surface))


#: Facilities' common nouns, which name no facility read alone (the CRF takes them for places in
#: reports of a meeting or a fair: 商场, 广场, 礼堂); a name ending so stays (圆明园, 鼓楼, 人民广场).
FACILITIES = frozenset(
    {"商场", "广场", "礼堂", "大礼堂", "会场", "剧场", "剧院", "戏院", "影院", "电影院", "会堂", "展览馆"}
    | {"展览厅", "展厅", "体育场", "体育馆", "球场", "操场", "公园", "花园", "车站", "码头", "机场"}
)


def _facility(surface: str, tagger: str | None) -> bool:
    """Whether the CRF's place ``surface`` is a facility's common noun read alone (:data:`FACILITIES`:
    商场, 广场, 礼堂, 展览厅; not 人民广场, nor a facility's name jieba knows as a word, 圆明园)."""
    return tagger == "zh_ner" and surface in FACILITIES


def _crossed(text: str, found: Found) -> bool:
    """Whether a place is read across the words of the dictionary cut: both its ends fall inside
    words that are no names (jieba's dictionary knows them with another tag, or a longer word ends
    with one: 发展中国家; 今日 | 本报, 其中 | 国家). A place with one end on a word's edge is kept
    (学大庆, 中国人; 玛格拉山 + 山下), as one inside a longer name (波黑塞尔维亚共和国)."""
    start, end, _ = found
    words = zh_words.words()
    bounds = zh_words.bounds(text)
    if words is None or start in bounds or end in bounds:
        return False
    inside = [word for s, e, word in zh_words.spans(text) if s < start < e or s < end < e]
    return all(words.known(word) or (len(word) > 4 and words.known(word[-2:])) for word in inside)


#: What a faction's label ends with (鸠山派, 芦田派, 吉田派).
FACTION_ENDS = ("派", "系")
#: What a people's name is followed by (中华民族, 日耳曼民族).
PEOPLES = ("民族",)


#: What makes 民族 "national" after a place (非洲民族独立运动, 埃及民族解放军): the place is then
#: attributive, and tagged.
NATIONAL = ("独立", "解放", "主义", "运动", "统一", "民主", "资本", "资产", "工业", "经济", "自决", "革命", "英雄")


def _people(text: str, found: Found) -> bool:
    """Whether a place is followed by 民族 naming its people (中华民族, 日耳曼民族); not where
    民族 is "national" (非洲民族独立运动, 埃及民族解放军)."""
    end = found[1]
    after = end + 2
    # 民族 ends a word of the cut (日耳曼 | 民族, 中华民族), not inside a longer one (中国 | 民族乐器)
    return text.startswith(PEOPLES, end) and not text.startswith(NATIONAL, after) and after in zh_words.bounds(text)


#: What follows a person's 理论 (a word of its own) that makes it a theoretical side of the person,
#: not a doctrine: 陈伯达理论上的错误, 艾思奇理论联系实际, 理论水平, 理论和实践.
NOT_DOCTRINE = ("上", "联系", "水平", "和实践", "与实践")


def _ism(text: str, end: int, persons: dict[int, int]) -> bool:
    """Whether the person name ending at ``end`` names a doctrine: 主义 or 思想 follows it, or
    理论 as the doctrine (:func:`_theory`), after any further person names written right after it
    (马克思 in 马克思列宁主义, 邓小平理论)."""
    while end in persons:
        end = persons[end]
    return text.startswith(("主义", "思想"), end) or _theory(text, end)


def _theory(text: str, end: int) -> bool:
    """Whether 理论 at ``end`` (right after a person) is the person's doctrine: the dictionary cut
    reads the person and 理论 as one word (邓小平理论), or 理论 is a whole word of the cut not
    followed by :data:`NOT_DOCTRINE` (江泽民 | 理论); not the start of a longer word (毛泽东 | 理论家,
    爱因斯坦 | 理论物理) nor 理论 上 (陈伯达理论上的错误)."""
    if not text.startswith("理论", end):
        return False
    after = end + 2
    if any(start < end and stop == after for start, stop, _ in zh_words.spans(text)):
        return True  # 邓小平理论: one word of the cut
    bounds = zh_words.bounds(text)
    return end in bounds and after in bounds and not text.startswith(NOT_DOCTRINE, after)


def _runs_on(text: str, position: int, bounds: frozenset[int]) -> bool:
    """Whether a word of the dictionary cut of ``text`` runs on over ``position`` into characters
    that are no word of their own (党组织 over 党组: 织; not 党组书记: 书记, nor 中央政治局常委: 常委)."""
    cutter = zh_words.words()
    if position in bounds or cutter is None:  # (without jieba every offset is a bound)
        return False
    end = min((b for b in bounds if b > position), default=len(text))
    rest = text[position:end]
    return not (len(rest) >= 2 and cutter.known(rest))


def joined(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order, not overlapping) with each organisation joined to the qualifier
    in brackets right after it and to the organ, branch or numbered unit written right after
    that (tagged or not: 中共中央 + 书记处, 八路军 + 120师358旅); names inside the qualifier are dropped.
    An organ not tagged joins only where no word of the dictionary's cut runs on after it into
    characters that are no word of their own (党组 of 党组织 does not; 党组 of 党组书记 does: 书记)."""
    out: list[Found] = []
    bounds = zh_words.bounds(text)
    index = 0
    while index < len(found):
        start, end, phrase = found[index]
        index += 1
        if phrase.kind is not PhraseKind.ORG:
            out.append((start, end, phrase))
            continue
        joined_end = end
        qualifier = _QUALIFIER.match(text, joined_end)
        if qualifier:
            joined_end = qualifier.end()
            while index < len(found) and found[index][1] <= joined_end:
                index += 1  # 马克思, 列宁 in （马克思列宁主义）
        while True:
            following = found[index] if index < len(found) else None
            if following and following[0] == joined_end and following[2].kind is PhraseKind.ORG:
                if not following[2].text.endswith(ORGANS):
                    break
                joined_end = following[1]
                index += 1
                continue
            unit = text[joined_end : zh_units.chain_end(text, joined_end)]  # 八路军 + 120师358旅
            organ = unit or next((o for o in ORGANS if text.startswith(o, joined_end)), "")
            if organ and not unit and _runs_on(text, joined_end + len(organ), bounds):
                break  # a word going on after the organ (党组织)
            if not organ or (following and following[0] < joined_end + len(organ)):
                break
            joined_end += len(organ)
        if joined_end == end:
            out.append((start, end, phrase))
            continue
        out.append((start, joined_end, made_name(PhraseKind.ORG, text[start:joined_end], phrase.entity or "")))
    return out


def datelines(text: str, found: list[Found]) -> list[Found]:
    """``found`` with the places of the datelines of ``text`` (新华社陕北三十一日电 → 陕北, the
    CRF's pass: it reads 陕 alone there) where the authority file names none: a CRF name
    across one (张垣讯 taken for a person) gives way."""
    out = list(found)
    for match in _DATELINE.finditer(text):
        start, end = match.span("place")
        surface = match.group("place")
        if surface[-1] in "社通" or any(c in NUMERALS or c in "日月" for c in surface):
            continue
        if any(word in surface for word in _NOT_DATELINE):
            continue
        touching = [f for f in out if f[0] < match.end() and start < f[1]]
        if any(f[2].tagger is None or (f[0], f[1], f[2].kind) == (start, end, PhraseKind.PLACE) for f in touching):
            continue  # the authority file's name, or the place found already
        key = local_key(surface, "zh")
        if key:
            out = [f for f in out if f not in touching]
            out.append((start, end, name_phrase(PhraseKind.PLACE, surface, key, "zh_ner", "medium")))
    return sorted(out, key=lambda f: f[0])


#: What a CRF name may carry at its ends that is no part of it: quotation marks and brackets
#: ("Quotation marks end a span") and the descriptor of a party (工党内阁 and 工党代表团 are the
#: party's cabinet and delegation: the name is 工党), its congress, an event, and its founding
#: (阿尔巴尼亚劳动党第五次代表大会, 中国共产党建党 → the party).
_QUOTES = "“”‘’「」『』\"'《》〈〉"
_PARTY_DESCRIPTOR = lazy(r"(?<=党)(?:代表团|内阁|建党|第[一二三四五六七八九十百零〇0-9０-９]+次(?:全国)?代表大会)$")


def cleaned(found: Found, text: str = "") -> list[Found]:
    """A CRF name without what it carries that is no part of it (quotation marks and what
    follows the closing one, the text of a dateline before a space, a party's delegation, cabinet,
    congress or founding: 工党代表团, 劳动党第五次代表大会, 中国共产党建党 → the party), with an
    embassy (法兰西共和国驻华大使馆) as the place it is named by, an office kept in a place as its
    keeper and place (:func:`.zh_offices.stationed`), and persons written apart by
    spaces (梁树棠　杜奎昌) as two (a name spaced out, 丁  伟, stays one), and a "person" ending as
    settlements end (刘圩, 梁峪) as a place, but in a list of persons (``text``: the name's
    string; 、申集磐 is a person the CRF cut short); nothing when nothing is left."""
    start, _, phrase = found
    surface = phrase.text
    listed_here = text[start - 1 : start] == "、" if start and text else False
    settled = surface[-1] in SETTLEMENT_ENDS or (surface[-1] == "子" and surface[-2:-1] in SETTLEMENT_ENDS)
    if phrase.kind is PhraseKind.PERSON and settled and len(surface) >= 2 and not listed_here:
        place = name_phrase(
            PhraseKind.PLACE, surface, local_key(surface, "zh") or "", "zh_ner", phrase.certainty or "medium"
        )
        return [(start, start + len(surface), place)]  # 邱大庄, 刘圩, 刘圩子: a settlement
    parts = [(m.start(), m.end()) for m in re.finditer(r"\S+", surface)]
    if phrase.kind is PhraseKind.PERSON and len(parts) > 1 and all(e - s >= 2 for s, e in parts):
        return [c for s, e in parts for c in cleaned((start + s, start + e, renamed(phrase, surface[s:e])), text)]
    head = -1 if phrase.kind is PhraseKind.PERSON else max(surface.rfind(" "), surface.rfind("\u3000"))
    left = next((i for i, c in enumerate(surface) if c not in _QUOTES and i > head), len(surface))
    right = next((i for i in range(left, len(surface)) if surface[i] in _QUOTES), len(surface))
    kind = phrase.kind
    if kind is PhraseKind.ORG:
        descriptor = _PARTY_DESCRIPTOR.search(surface[left:right])
        if descriptor:
            right -= len(descriptor.group())
        elif "驻" in surface[left:right] and surface[left:right].endswith("使馆"):
            right, kind = surface.index("驻", left), PhraseKind.PLACE
    if right - left < 2:
        return []
    if (left, right, kind) != (0, len(surface), phrase.kind):
        found = (start + left, start + right, renamed(phrase, surface[left:right], kind))
    office = zh_offices.stationed(found)
    return [found] if office is None else office
