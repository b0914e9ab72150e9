"""Persons by where the paper prints them: bylines and credits.

The paper prints an author, a reporter or a photographer after a credit or a role and a
space, at the end of a line or before 摄 (本报记者　朱波; 新华社记者　张　萍摄; 车间党总支书记　耿心;
原北京大学法学院教授  严仁赓; 哈尔滨市监察局　周瑞伍), several of them apart by spaces
(本报记者　袁建达　沈纯), and a line of authors alone (陈鹏  陆熙  洪加祥; （史长城  杜志宏  陈宝全）).
The CRF, trained on running text, reads such a name unsurely or not at all. :func:`bylined`
tags each such name, two or three Han characters opening with a surname (a two-character
name may be spaced out, 张　萍), as a person, and gives a person the CRF read across the
spaces or the 摄 around it (\u3000游云谷, 王沈海摄) its own span.

The rule reads how a line is printed, not a list of names: the credits and roles are the
paper's (:data:`CREDITS`, :data:`.zh_conventions.ROLES`), and a name is known by its surname.
"""

from __future__ import annotations

import re

from ..model import PhraseKind
from . import zh_words
from .naming import local_key, name_phrase
from .spans import Found
from .zh_names import COMPOUND_SURNAMES, SURNAMES

#: Credits and roles a byline's name is printed after (a space between): a reporter's, a
#: photographer's, an author's post or trade (记者 ends 本报记者, 新华社记者, 特约记者, 摄影记者).
CREDITS = (
    "记者",
    "通讯员",
    "评论员",
    "摄影",
    "撰稿",
    "书记",
    "主任",
    "主席",
    "总理",
    "部长",
    "局长",
    "厂长",
    "队长",
    "团长",
    "社长",
    "会长",
    "校长",
    "院长",
    "经理",
    "教授",
    "研究员",
    "研究生",
    "工程师",
    "技术员",
    "代表",
    "委员",
    "工人",
    "职工",
    "农民",
    "社员",
    "战士",
    "教师",
    "学生",
)
#: Last characters of a unit's or a place's name a byline's name is printed after
#: (哈尔滨市监察局　周瑞伍, 永登水泥厂第三工程处　叶金声, 江西都昌县　张松生).
UNIT_ENDS = frozenset("局处厂矿社所院校部委会司队县市省区乡村")
_SPACE = " \u3000\t"
#: A name after the spaces: two or three Han characters, or two apart by one space (张　萍),
#: then the line's end, 摄, 报道, a closing bracket, a 、 or more spaces.
_NAME = re.compile(
    r"(?:[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?=摄|$|[）)])|[\u4e00-\u9fff]{2,3}?)(?=摄|报道|$|[ \u3000\t、）)])"
)
#: A line of names alone, apart by spaces, maybe in brackets or before 摄 (陈鹏  陆熙  洪加祥).
_NAMES_LINE = re.compile(r"^[（(]?([\u4e00-\u9fff]{2,3}(?:[ \u3000\t]+[\u4e00-\u9fff]{2,3}?)+)(?:摄|[）)])?$")


def name_like(surface: str, surname: bool = True) -> bool:
    """Whether ``surface`` (its spaces left out) is written as a Han person's name: two or three
    characters opening with a surname (unless ``surname`` is false), and no common word of
    jieba's dictionary."""
    name = "".join(c for c in surface if c not in _SPACE)
    if not 2 <= len(name) <= 3 or (surname and not (name[0] in SURNAMES or name[:2] in COMPOUND_SURNAMES)):
        return False
    words = zh_words.words()
    return words is None or not (words.common(name) or words.known(name))


#: A report's credit in running text: the reporters' names after 记者 or 通讯员, apart by 、,
#: before 报道 (记者曹照琴、任之报道; 记者蒋德、通讯员吴瑞元报道).
_REPORTED = re.compile(r"(?:记者|通讯员)((?:[\u4e00-\u9fff]{2,9}?、){0,5}[\u4e00-\u9fff]{2,9}?)报道")
_CREDITED_ITEM = re.compile(r"(?:本报|新华社)?(?:特约)?(?:记者|通讯员)?([\u4e00-\u9fff]{2,3})")


def byline_names(text: str) -> list[tuple[int, int]]:
    """Where ``text`` prints a byline's names (see the module)."""
    out = _reported(text)
    stripped = text.strip(_SPACE)
    line = _NAMES_LINE.match(stripped)
    if line:
        base = text.index(stripped) + line.start(1)
        names = [(base + m.start(), base + m.end()) for m in re.finditer(r"[\u4e00-\u9fff]+", line.group(1))]
        # each no common word, most opening with a surname (洪加祥: not every surname is in the table)
        shaped = sum(name_like(text[s:e]) for s, e in names)
        return names if 2 * shaped > len(names) and all(name_like(text[s:e], False) for s, e in names) else []
    last_end = -1
    for gap in re.finditer(r"[ \u3000\t]+", text):
        before, after = gap.start(), gap.end()
        credited = text[:before].endswith(CREDITS) or (before > 0 and text[before - 1] in UNIT_ENDS)
        if not (credited or before == last_end):
            continue
        match = _NAME.match(text, after)
        if match and name_like(match.group()):
            out.append(match.span())
            last_end = match.end()
    return sorted(set(out))


def _reported(text: str) -> list[tuple[int, int]]:
    """The reporters' names of the credits in running text (:data:`_REPORTED`): each item, after
    the credit it may repeat (本报记者), of two or three Han characters and no common word."""
    out = []
    for match in _REPORTED.finditer(text):
        at = match.start(1)
        for item in match.group(1).split("、"):
            name = _CREDITED_ITEM.fullmatch(item)
            if name and name_like(name.group(1), False):
                out.append((at + name.start(1), at + name.end(1)))
            at += len(item) + 1
    return out


def bylined(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with the byline's names of ``text`` as persons: added where no
    name is found, put on their own span where a machine's person holds one with the spaces or
    the 摄 around it; a place or body found there, or the authority file's name, stays."""
    out = list(found)
    for start, end in byline_names(text):
        touching = [f for f in out if f[0] < end and start < f[1]]
        if any(f[2].kind is not PhraseKind.PERSON or f[2].tagger is None for f in touching):
            continue
        if any((f[0], f[1]) == (start, end) for f in touching):
            continue
        surface = text[start:end]
        key = local_key(surface, "zh") or next((f[2].entity for f in touching if f[2].entity), "")
        if not key:
            continue
        out = [f for f in out if f not in touching]
        out.append((start, end, name_phrase(PhraseKind.PERSON, surface, key, "zh_ner", "medium")))
    return sorted(out, key=lambda f: f[0]) if out != found else found
