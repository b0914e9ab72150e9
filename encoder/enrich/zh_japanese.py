"""Japanese persons the CRF does not read, found by the office written before them.

The CRF of :mod:`.zh_crf`, trained on the paper of 1998, reads few Japanese names: their
characters are Chinese words or rare as Chinese names (宫本显治, 春日正一, 爱知揆一, 美浓部亮吉,
坂垣修, 西园寺公一), and it reads nothing there, or a place and a shorter person (神户 | 世志夫).
A reader sees a person by where the name stands: in a line about Japan (:data:`JAPAN`, not a
date's 日: 十日中国), right after an office (:data:`OFFICES`: 日本外相爱知揆一, 东京都知事美浓部亮吉)
or between 以 and 为首 (以神户世志夫为首的日本国营铁道工会代表团), and up to a mark or a word that closes a name
(:data:`CLOSERS`: 、 等 和 代表 先生 氏, a time word or a verb of saying: 今天 说…). :func:`read`
adds such a name as a person at ``medium`` where it is:

- the shortest run of three to five Han characters so closed (河村宏 of 副社长河村宏一行, 加藤一 of
  干事长加藤一说; a Japanese surname is one to three characters, a given name one to three; two
  characters after an office are a Chinese name or a word, and the CRF's); 之 closes none (园田博之),
  and a run a closing word opens or goes into is none (今天说, 三木说, 铃木今天);
- no grammatical word (:data:`PARTICLES`: 了 of 会见了中国), no noun's ending (:data:`NOUN_ENDS`:
  总裁罢免权), no office going on into a word (委员会), not only function words, idioms and set
  phrases of jieba's cut (力排众议, 多年|来) and at most one word jieba's dictionary knows as naming
  nothing (:meth:`.zh_words.Words.known`), at its start or its end (清水 of 清水正夫, 太郎 of
  水谷长太郎; 发表讲话, 今天访问 are two);
- not cut across by a name the CRF read, and holding none it read surely (``high``): a CRF
  reading lying inside, less sure, gives way (伊藤武 of 伊藤武雄, 神户 and 世志夫).

The name so found is then sought again in the whole article as any other (:func:`.statistical.recurring`);
:func:`posted` keeps the Chinese names' signs of :mod:`.zh_signs` from cutting or lowering it where
it stands after its office.
Over the People's Daily NER and MSRA sets of ``../shared/ner-data`` the rule reads 64 names, all
persons there, whole; over the paragraphs of its PKU January 1998 corpus, 26, all persons there.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping

from ..lazy_re import lazy
from . import zh_words
from .zh_crf import HIGH, MEDIUM, Entity
from .zh_names import SURNAMES

#: What makes a line one about Japan; 日 after a numeral is a date's (十日中国, 二十日中午, 十二日中共).
JAPAN = ("日本", "日共", "日方", "东京", "大阪", "中日", "日中")
#: Numerals a date's 日 follows.
NUMERALS = "0123456789０１２３４５６７８９〇零一二三四五六七八九十廿卅"
#: Offices and callings written right before a Japanese person's name. Not those of
#: :data:`.zh_titles.HONORIFICS`, written after a surname (王县长, 颜教授), which share six of them
#: (委员长 大使 教授 社长 主席 局长) but hold forms of address (先生, 同志, 老) no name follows. Not
#: :data:`.zh_signs.PERSON_BEFORE` (the offices before any person's name), which shares seven
#: (首相 委员长 议长 议员 大使 团长 主席): its 部长 is a party's here (日共中央副部长西泽富夫), its
#: 总理, 外长 are no Japanese offices, and a line about Japan writes offices it lacks (外相, 知事).
OFFICES = (
    "首相", "外相", "藏相", "文相", "法相", "农相", "通产相", "官房长官", "长官", "总书记", "书记长",
    "委员长", "委员", "干事长", "秘书长", "会长", "理事长", "理事", "议长", "知事", "市长", "大使",
    "议员", "教授", "评论家", "发言人", "少将", "中将", "社长", "总裁", "团长", "主席", "局长",
)  # fmt: skip
#: Marks and words that close a name written before them.
CLOSERS: tuple[str, ...] = (
    "、", "，", "。", "；", "：", "（", "(", "“", "”", "！", "？", " ", "　", "等", "为首", "先生", "和", "与",
    "同", "向", "在", "为", "会见", "代表", "的", "也", "一行", "率领", "氏",
)  # fmt: skip
#: Time words and verbs of saying, which close a name too, and start or go into none (日本外务省
#: 发言人今天说, 日本首相铃木今天说: no 今天说, no 铃木今天).
TIME_WORDS = ("今天", "昨天", "明天", "今晚", "昨晚", "今日", "昨日", "日前", "近日", "最近", "当天", "今年", "目前")
SAYING = ("说", "指出", "表示", "宣布", "强调", "认为", "发言", "讲话", "谈话", "介绍")
CLOSERS += TIME_WORDS + SAYING
#: What goes on from an office into a word (委员会, 大使馆): no name starts with it.
OFFICE_WORDS = frozenset("会府部馆厅署院级")
#: Endings of nouns (总裁罢免权, 教授葡萄牙语): no Japanese name ends with them.
NOUN_ENDS = frozenset("权语性者率")
#: Grammatical words no Japanese name holds: :data:`.zh_words.GRAMMATICAL`, 是 and 这 那 等 时
#: (not the locatives of :data:`.zh_signs.PARTICLES`: 井上, 山下, 竹内 are names).
PARTICLES = zh_words.GRAMMATICAL | frozenset("是这那等时")

_HAN = "\u4e00-\u9fff"
_OFFICE = "|".join(sorted(OFFICES, key=len, reverse=True))
_CLOSER = "|".join(re.escape(c) for c in sorted(CLOSERS, key=len, reverse=True))
_BEFORE = lazy(f"(?:{_OFFICE})”?|以")
_OFFICE_AT = lazy(_OFFICE)
_CLOSED = lazy(f"(?:{_CLOSER})|$")
_JAPAN = lazy("|".join(m if m[0] != "日" else f"(?<![{NUMERALS}]){m}" for m in JAPAN))


def japanese(line: str) -> bool:
    """Whether ``line`` is one about Japan: a mark of :data:`JAPAN` in it, not a date's 日."""
    return _JAPAN.search(line) is not None


def read(found: Mapping[str, list[Entity]]) -> dict[str, list[Entity]]:
    """``found`` (each line's CRF entities) with the Japanese persons of :mod:`this module <.zh_japanese>`
    added, each at ``medium``, and the less sure CRF readings inside them left out."""
    return add_persons(found, readings)


def add_persons(
    found: Mapping[str, list[Entity]],
    read: Callable[[str], tuple[tuple[int, int], ...]],
    yields: Callable[[str, Entity, int, int], bool] = lambda line, entity, start, end: False,
) -> dict[str, list[Entity]]:
    """``found`` (each line's CRF entities) with a person at ``medium`` on each span ``read`` finds
    in a line, where no entity crosses it nor lies inside it surely (``high``); a less sure one
    inside gives way, as does any entity ``yields`` says gives way to the span (line, entity,
    start, end)."""
    out: dict[str, list[Entity]] = {}
    for line, entities in found.items():
        out[line] = list(entities)
        for start, end in read(line):
            inside = [e for e in out[line] if (start <= e[0] and e[1] <= end) or yields(line, e, start, end)]
            crossing = [e for e in out[line] if e[0] < end and start < e[1] and e not in inside]
            if crossing or any(e[3] >= HIGH and not yields(line, e, start, end) for e in inside):
                continue
            out[line] = sorted([e for e in out[line] if e not in inside] + [(start, end, "PER", MEDIUM)])
    return out


#: The statistical pass, then :mod:`.zh_signs` ask for each of an article's lines and texts: 4,096 of
#: them kept (the dev corpus's longest article has 64 parts; a report of some hundred paragraphs fits),
#: bounded over a corpus run.
@functools.lru_cache(maxsize=4096)
def readings(line: str) -> tuple[tuple[int, int], ...]:
    """Where ``line``, one about Japan, writes a Japanese name after an office or between 以 and
    为首 (start, end), whatever the CRF read there (an office after 以 is one's: 以团长坂垣修为首)."""
    if not japanese(line):
        return ()
    out = []
    for match in _BEFORE.finditer(line):
        start = match.end()
        if _titled(line, match.start()) or (match.group() == "以" and _OFFICE_AT.match(line, start)):
            continue  # a Chinese person's title (江主席访美成果); 以团长…为首: the name after the office
        for end in range(start + 3, start + 6):  # the shortest run closed as a name is
            run = line[start:end]
            if any(_CLOSED.match(line, at) for at in range(start, end)):
                break  # closed before three characters (三木说), or a time word (铃木今天说)
            if len(run) < end - start or not zh_words.han(run) or not _CLOSED.match(line, end):
                continue
            if (match.group() != "以" or line.startswith("为首", end)) and name_like(run):
                out.append((start, end))
                break
    return tuple(out)


def _titled(line: str, at: int) -> bool:
    """Whether the office at ``at`` follows a surname that opens a word of the cut (江|主席,
    江主席; not 美 of 北美|局长): a Chinese person's title, no Japanese name after it."""
    return at > 0 and line[at - 1] in SURNAMES and at - 1 in zh_words.bounds(line)


def posted(text: str, surface: str) -> bool:
    """Whether ``text`` writes ``surface`` where :func:`readings` finds a Japanese name after an
    office: a name the Chinese names' signs (a surname first, a given name no word) are not to
    cut or lower."""
    return any(text[start:end] == surface for start, end in readings(text))


def name_like(run: str) -> bool:
    """Whether ``run`` can be a Japanese name: no grammatical word, no office's word (委员会),
    not only function words, idioms and set phrases (力排众议, 多年|来), and at most one word
    that names nothing, at its start or its end."""
    if any(char in PARTICLES for char in run) or run[0] in OFFICE_WORDS or run[-1] in NOUN_ENDS:
        return False
    cutter = zh_words.words()
    if cutter is None:
        return True
    if all(cutter.functional(word) for word in cutter.cut(run)):
        return False
    words = [(i, j) for i in range(len(run)) for j in range(i + 2, min(len(run), i + 4) + 1) if cutter.known(run[i:j])]
    return len(words) <= 1 and all(i == 0 or j == len(run) for i, j in words)
