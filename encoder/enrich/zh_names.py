"""Chinese names the authority file does not know, from jieba's segmentation and a few rules.

jieba's part-of-speech tags (``nr`` person, ``ns`` place, ``nt`` organisation) are noisy on
1940s newspaper prose, so they are filtered and completed:

* persons: a surname first, two to four characters, and a word jieba's dictionary does not
  know (dictionary words such as 文明 or 明白 are not names); a two-character name followed
  by a character jieba left alone is one name (蒋廷 + 黻); in a list of names separated by
  ``、`` every item is a name once most of them are;
* places: jieba's ``ns`` words that are not generic (外国, 东西, 大国) nor one-character
  abbreviations run together (中美); a word ending in 县, 村, 镇, 乡, 庄 (鄜县, 四仙村);
* organisations: ``nt`` words that are not part of a title (中宣部长), and a run of nouns
  ending in 公司, 委员会, 总署, 银行, 师范… (全国水利委员会), starting at a proper noun
  when there is one (民办永丰运输公司 gives 永丰运输公司).
"""

from __future__ import annotations

import functools

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import PhraseKind

#: The surnames that open a person's name (the table is in ``patterns``: the block rules read it too).
SURNAMES, COMPOUND_SURNAMES = pt.ZH_SURNAMES, pt.ZH_COMPOUND_SURNAMES
ORG_SUFFIXES = (
    "公司",
    "委员会",
    "总署",
    "银行",
    "师范",
    "学校",
    "中学",
    "大学",
    "学院",
    "报社",
    "书店",
    "医院",
    "工厂",
    "合作社",
    "通讯社",
    "总会",
    "协会",
    "联合会",
)
#: Generic words jieba tags as places.
GENERIC_PLACES = frozenset(
    {
        "外国",
        "东西",
        "大国",
        "世界",
        "全国",
        "各地",
        "内地",
        "本地",
        "当地",
        "地方",
        "中外",
        "国内",
        "国外",
        "海外",
        "南北",
        "东南",
        "西南",
        "西北",
        "大城市",
        "城市",
        "乡村",
        "农村",
        "地区",
        "地带",
        "一带",
        "福利",
        "法西斯",
        "平原",
        "村庄",
        "神圣",
        "山地",
        "山沟",
        "城东",
        "大街",
        "城门口",
        "关城",
        # descriptive areas, not names (the gold's policy: 祖国大陆, 老根据地, bare directions)
        "大陆",
        "根据地",
        "老根据地",
        "南方",
        "北方",
    }
)
#: Endings of descriptive phrases that are not names (美国政府, 台湾地区, 空军部队).
DESCRIPTIVE_ENDINGS = ("政府", "当局", "部队", "军队", "舞台", "大国", "地区", "方面", "人民")
#: Kinds of bodies written alone: a party committee, a shop counter, a court, a brigade, a team
#: (厂党委会成立后, 门市部的指导员, 人民公社的干部); a name of one such body has a proper part
#: before the kind (红旗人民公社, 兴国县陶瓷日用品门市部), which these whole words lack.
KIND_BODIES = frozenset(
    "党委会 社党委 矿党委 团党委 镇委 纪委 门市部 贸易公司 国营贸易公司 粮食公司 国营粮食公司 物业公司"
    " 国家银行 电影院 大队 生产大队 人民公社 高级社 村合作社 农业生产合作社 护林小组 宣教组 法庭 急诊室"
    " 台球室 司法所 促进会 法律顾问团 主席团 参谋部 体育部 干部科 历史系 外文系 交易所 保安队 腰鼓队"
    " 男队 矿务局 铁路局 筹委会 编委会 合理化建议委员会".split()
)
#: Words that stand for kinds of bodies, not for one (解放区 in 1946 prose).
GENERIC_ORGS = frozenset(
    {
        "解放区",
        "边区",
        "政府",
        "当局",
        "中央",
        "军队",
        "部队",
        "空军",
        "海军",
        "陆军",
        "民众",
        "群众",
        "人民大众",
        "人民军队",
        "党政军",
    }
    | set(ORG_SUFFIXES)
    | KIND_BODIES
)
#: Last characters of a unit's or a place's name a byline's name is printed after
#: (哈尔滨市监察局　周瑞伍, 永登水泥厂第三工程处　叶金声, 江西都昌县　张松生).
UNIT_ENDS = frozenset("局处厂矿社所院校部委会司队县市省区乡村")
#: A place word followed by one of these is one longer place (冀鲁 + 解放区).
REGION_WORDS = frozenset({"解放区", "边区", "根据地", "专区", "特区"})
ABBREVIATIONS = frozenset("中美苏英法德日意俄")
DETERMINERS = frozenset("该本全各每此这那邻一两三四五六七八九十数某")
DETERMINER_WORDS = frozenset({"该", "本", "全", "各", "每", "此", "这", "那", "这个", "那个", "各个", "全体"})
PLACE_SUFFIX = lazy(r"^[\u4e00-\u9fff]{1,3}[县村镇乡庄寨堡]$")
_HAN = lazy(r"^[\u4e00-\u9fff·]+$")
_NOUNISH = {"n", "nz", "ns", "nt", "nr", "vn", "j", "an", "l", "nrt", "nrfg"}
_PROPER = {"nz", "ns", "nt", "nr", "nrt", "nrfg", "j"}
_LOOSE = {"g", "ng", "nr", "zg", "x"}


@functools.lru_cache(maxsize=1)
def _segmenter():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba.posseg.cut, jieba.dt.FREQ


def available() -> bool:
    try:
        _segmenter()
    except ImportError:
        return False
    return True


def _person(word: str, frequency: int) -> bool:
    if not (2 <= len(word) <= 4) or frequency >= 50 or not _HAN.match(word):
        return False
    if word[:2] in COMPOUND_SURNAMES:
        return len(word) >= 3
    return word[0] in SURNAMES and len(word) <= 3


Token = tuple[int, str, str]  # (position in the text, word, jieba's part-of-speech flag)
Found = dict[int, tuple[int, PhraseKind]]  # start -> (end, kind)


def candidates(text: str) -> list[tuple[int, int, PhraseKind]]:
    """Names in ``text`` as (start, end, kind), sorted and not overlapping."""
    cut, frequencies = _segmenter()
    tokens: list[Token] = []
    position = 0
    for word, flag in cut(text):
        tokens.append((position, word, flag))
        position += len(word)
    found: Found = {}
    index = 0
    while index < len(tokens):
        # the rules in order, persons first; the first that applies says how many tokens it used
        used = (
            _person_at(tokens, index, frequencies, found)
            or _place_at(tokens, index, found)
            or _org_at(tokens, index, found)
        )
        index += used or 1
    _lists(text, tokens, found)
    return sorted((start, end, kind) for start, (end, kind) in found.items())


def _person_at(tokens: list[Token], index: int, frequencies: dict[str, int], found: Found) -> int:
    """A person at ``tokens[index]``: how many tokens it takes (0: none)."""
    start, word, flag = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if (
        flag in ("nr", "nrfg")
        and len(word) == 2
        and following
        and len(following[1]) == 1
        and following[2] in _LOOSE
        and _person(word + following[1], 0)
        and _HAN.match(following[1])
    ):
        found[start] = (start + 3, PhraseKind.PERSON)  # 蒋廷 + 黻
        return 2
    if flag in ("nr", "nrfg") and len(word) == 3 and word[2] in "任为等说称与和" and _person(word[:2], 0):
        found[start] = (start + 2, PhraseKind.PERSON)  # 彭沛 + 任
    elif flag in ("nr", "nrfg") and _person(word, frequencies.get(word, 0)):
        found[start] = (start + len(word), PhraseKind.PERSON)
    elif flag == "nrt" and len(word) >= 3 and frequencies.get(word, 0) < 5:
        found[start] = (start + len(word), PhraseKind.PERSON)
    else:
        return 0
    return 1


def _place_at(tokens: list[Token], index: int, found: Found) -> int:
    """A place at ``tokens[index]``: how many tokens it takes (0: none)."""
    start, word, flag = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    previous = tokens[index - 1] if index else None
    numeral_before = previous is not None and len(previous[1]) == 1 and previous[2] == "m"
    if flag == "ns" and _place(word):
        end = start + len(word)
        if following and following[1] in REGION_WORDS:
            found[start] = (end + len(following[1]), PhraseKind.PLACE)  # 冀鲁 + 解放区
            return 2
        if previous is not None and numeral_before and previous[0] + 1 == start:
            start = previous[0]  # 四 + 仙村
        found[start] = (end, PhraseKind.PLACE)
        return 1
    if PLACE_SUFFIX.match(word) and word[0] not in DETERMINERS and flag not in ("v", "m", "q"):
        end = start + len(word)
        if previous is not None and numeral_before:
            start = previous[0]  # 四 + 仙村
        found[start] = (end, PhraseKind.PLACE)
        return 1
    if (
        following
        and following[1] in "县村镇乡庄"
        and 1 <= len(word) <= 2
        and _HAN.match(word)
        and word[0] not in DETERMINERS
        and flag not in ("v", "p", "u", "c", "d", "r", "m", "q", "x", "a")
    ):
        found[start] = (start + len(word) + 1, PhraseKind.PLACE)  # 鄜 + 县
        return 2
    return 0


def _org_at(tokens: list[Token], index: int, found: Found) -> int:
    """An organisation at ``tokens[index]``: how many tokens it takes (0: none). One ending in
    a word such as 委员会 starts at the proper noun of the run of nouns before it, if any."""
    start, word, flag = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if (
        flag == "nt"
        and not (following and following[1].startswith("长"))
        and len(word) >= 2
        and word not in GENERIC_ORGS
        and not word.endswith(DESCRIPTIVE_ENDINGS)
    ):
        found[start] = (start + len(word), PhraseKind.ORG)
        return 1
    if not (word in ORG_SUFFIXES or (word.endswith(ORG_SUFFIXES) and len(word) > 2 and flag in _NOUNISH)):
        return 0
    run = index
    while (
        run > 0
        and index - run < 3
        and tokens[run - 1][2] in _NOUNISH
        and tokens[run - 1][1] not in DETERMINER_WORDS
        and _HAN.match(tokens[run - 1][1])
    ):
        run -= 1
    proper = next((k for k in range(run, index) if tokens[k][2] in _PROPER), run)
    if proper < index or (len(word) > 2 and word not in ORG_SUFFIXES):
        begin = tokens[proper][0]
        for key in [k for k in found if begin <= k < start]:
            del found[key]
        found[begin] = (start + len(word), PhraseKind.ORG)
    return 1


def _place(word: str) -> bool:
    if len(word) < 2 or word in GENERIC_PLACES or not _HAN.match(word) or word[0] in DETERMINERS:
        return False
    if word.startswith("沿") or "各" in word or word.endswith(DESCRIPTIVE_ENDINGS):
        return False  # 沿河 (along the river), 沿海各省 (the coastal provinces)
    return not all(char in ABBREVIATIONS for char in word)


_LIST = lazy(r"(?:[\u4e00-\u9fff]{2,4}、){2,}[\u4e00-\u9fff]{2,4}(?=等|、|，|。|$)")


def _lists(text: str, tokens: list[Token], found: Found) -> None:
    """In a list of names separated by 、, make every item a person once half of them are."""
    for match in _LIST.finditer(text):
        items = []
        position = match.start()
        for item in match.group().split("、"):
            items.append((position, position + len(item)))
            position += len(item) + 1
        persons = sum(1 for s, e in items if found.get(s) == (e, PhraseKind.PERSON))
        if persons * 2 < len(items):
            continue
        for start, end in items:
            if not pt.zh_surnamed(text[start : start + 2]):
                continue
            for key in [k for k in found if start <= k < end or k < start < found[k][0]]:
                del found[key]
            found[start] = (end, PhraseKind.PERSON)
