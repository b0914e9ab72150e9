"""Persons by where the paper prints them: bylines and credits.

The paper prints an author, a reporter or a photographer after a credit or a role and a
space, at the end of a line or before 摄 (本报记者　朱波; 新华社记者　张　萍摄; 车间党总支书记　耿心;
原北京大学法学院教授  严仁赓; 哈尔滨市监察局　周瑞伍), several of them apart by spaces
(本报记者　袁建达　沈纯), and a line of authors alone (陈鹏  陆熙  洪加祥; （史长城  杜志宏  陈宝全）).
It credits reporters in running text too: after 记者 or 通讯员, before 报道 or 摄
(记者曹照琴、任之报道: :data:`_REPORTED`), and in brackets right after a dispatch's dateline
(…电（记者钱彤、史美泗）: :data:`_CABLED`), where the brackets hold names alone, so that a
name there may be a common word too (高峰). The CRF, trained on running text, reads such a name
unsurely or not at all. :func:`bylined` tags each such name, two or three Han characters
opening with a surname, or three or four opening with a compound one (欧阳文华; a two-character
name may be spaced out, 张　萍), as a person, and gives a person the CRF read across the
spaces or the 摄 around it (\u3000游云谷, 王沈海摄) its own span.

:func:`signatures` finds the lines of an article that print its author's name alone: right
under the title's lines (谋之, 程燕如, 得春蜀平), or closing the article after a paragraph (朱玉龙);
:class:`.statistical._Lines` reads such a line's name as a person, in place of what the CRF
read there (程燕 of 程燕如; nothing in 谋之).

The rules read how a line is printed, not a list of names: the credits and roles are the
paper's (:data:`CREDITS`, :data:`.zh_lists.ROLES`), and a name is known by its surname.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .. import patterns as pt
from ..ingest.zh_ends import MOST_NAMES, bracketed_names
from ..lazy_re import lazy
from ..model import PhraseKind
from ..patterns import ZH_CREDIT, ZH_LEAD
from . import zh_words
from .naming import local_key, name_phrase
from .spans import Found
from .zh_crf import Entity
from .zh_names import COMPOUND_SURNAMES, UNIT_ENDS
from .zh_pieces import person_in_brackets, place_like
from .zh_runs import given_times, name_shape

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
_SPACE = " \u3000\t"
#: A Han name's characters: a compound surname and one or two more (欧阳文华), or two or three.
_HAN_NAME = "(?:(?:{})[\u4e00-\u9fff]{{1,2}}?|[\u4e00-\u9fff]{{2,3}}?)".format("|".join(sorted(COMPOUND_SURNAMES)))
#: A name after the spaces: :data:`_HAN_NAME`, or two characters apart by one space (张　萍),
#: then the line's end, 摄, 报道, a closing bracket, a 、 or more spaces.
_NAME = lazy(rf"(?:[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?=摄|$|[）)])|{_HAN_NAME})(?=摄|报道|$|[ \u3000\t、）)])")
#: A line of names alone, apart by spaces, maybe in brackets or before 摄 (陈鹏  陆熙  洪加祥).
_NAMES_LINE = lazy(rf"^[（(]?({_HAN_NAME}(?:[ \u3000\t]+{_HAN_NAME})+)(?:摄|[）)])?$")


def name_like(surface: str, surname: bool = True) -> bool:
    """Whether ``surface`` (its spaces left out) is written as a Han person's name: two or three
    characters opening with a surname (unless ``surname`` is false), or three or four opening
    with a compound one (欧阳文华, as :func:`.zh_writers.names_line` reads a writer's), and no
    common word of jieba's dictionary."""
    name = "".join(c for c in surface if c not in _SPACE)
    compound = name[:2] in COMPOUND_SURNAMES
    if not (3 <= len(name) <= 4 if compound else 2 <= len(name) <= 3) or (surname and not pt.zh_surnamed(name)):
        return False
    words = zh_words.words()
    return words is None or not (words.common(name) or words.known(name))


#: A report's credit in running text: the reporters' names after 记者 or 通讯员, apart by 、,
#: before 报道 or 报导, or a photographer's before 摄 (记者曹照琴、任之报道; 记者蒋德、通讯员吴瑞元报道;
#: 记者田流报导; 新华社记者赵迎新摄; 记者李舸拍摄: 拍 opens the verb), a list maybe closed by 等.
_REPORTED = lazy(r"(?:记者|通讯员)((?:[\u4e00-\u9fff]{2,9}?、){0,5}[\u4e00-\u9fff]{2,9}?)等?(?:报道|报导|拍摄|摄)")
_CREDITED_ITEM = lazy(r"(?:本报|新华社)?(?:特约)?(?:记者|通讯员)?([\u4e00-\u9fff]{2,3})")
#: A dispatch's credit in brackets right after its dateline's 电: the reporters alone, apart by 、
#: (…3月1日电（记者钱彤、史美泗）; 电  （记者李月柱、通讯员崔小平）; 电  （记者高峰））.
_CABLED = lazy(r"电[ \u3000]*（(记者(?:[\u4e00-\u9fff]{2,9}?、){0,5}[\u4e00-\u9fff]{2,9}?)等?）")


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
    """The reporters' names of the credits in running text (:data:`_REPORTED`, :data:`_CABLED`):
    each item, after the credit it may repeat (本报记者), of two or three Han characters opening
    with a surname and no common word (not 都来 of 记者都来报道, 写的 of 通讯员写的报道); in a
    dispatch's bracketed credit, which holds names alone, a common word too (高峰); never a word
    and a character (:func:`.zh_words.phrased`: 曾多次, 向读者, 于上月, 高兴地)."""
    out = []
    for pattern in (_REPORTED, _CABLED):
        for match in pattern.finditer(text):
            at = match.start(1)
            for item in match.group(1).split("、"):
                name = _CREDITED_ITEM.fullmatch(item)
                if name and not zh_words.phrased(surface := name.group(1)):
                    if name_like(surface) or (pattern is _CABLED and pt.zh_surnamed(surface)):
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


#: What a line of the article's title (a headline, a kicker, a subtitle) does not hold: a
#: sentence's end. A title's line is short.
_SENTENCE_ENDS = frozenset("。！？；：!?;:")
TITLE_LENGTH = 50


def _title_like(line: str) -> bool:
    """Whether ``line`` is printed as a line of a title: short, no sentence's end in it."""
    return 0 < len(line) <= TITLE_LENGTH and not any(c in _SENTENCE_ENDS for c in line)


def _sentence_end(line: str) -> bool:
    """Whether ``line`` ends a sentence (a paragraph of the body)."""
    return line.rstrip(_SPACE + "”’」）)").endswith(("。", "！", "？", "…"))


#: The paper's marks closing a part of a serial, printed in brackets as a signature is (（未完）).
EDITORIAL_MARKS = frozenset({"未完", "待续", "续完", "全文完"})
#: The agencies a credit or a lead opens with (新华社, 本报讯, 又讯).
_AGENCIES = ("新华社", "新华通讯社", "本报", "又讯", "中央社", "塔斯社")


def _credit(name: str) -> bool:
    """Whether ``name`` is the paper's mark, credit or lead, no author's name: 未完
    (:data:`EDITORIAL_MARKS`), 本报讯, 新华社, 又讯 (:data:`.patterns.ZH_CREDIT`, :data:`.patterns.ZH_LEAD`)."""
    return (
        name in EDITORIAL_MARKS
        or name.startswith(_AGENCIES)
        or ZH_CREDIT.match(f"（{name}）") is not None
        or ZH_LEAD.match(name) is not None
    )


def signature_name(line: str) -> tuple[int, int] | None:
    """Where ``line``, a line that is a name alone, holds the name: two to four Han characters
    (a space inside allowed: 丁  伟), no common word of jieba's dictionary, and cut by it into
    no longer word but as a whole it knows as a name (王学文; not 边界封堵, 竹丛里), unless it is
    written as a name (:func:`name_like`: 苏天生, 欧阳文华); None for any other line."""
    stripped = line.strip(_SPACE)
    name = "".join(c for c in stripped if c not in _SPACE)
    if _credit(name) or not 2 <= len(name) <= 4 or not zh_words.han(name) or len(stripped) > 6:
        return None
    words = zh_words.words()
    if words is not None:
        cut = [w for _, _, w in zh_words.spans(name)]
        whole = len(cut) == 1 and words.named(name)
        if not whole and not name_like(name) and any(len(w) > 1 for w in cut):
            return None
        if not whole and (words.common(name) or words.known(name) or words.idiom(name)):
            return None
    start = line.index(stripped)
    return start, start + len(stripped)


def signatures(lines: Sequence[str]) -> dict[int, tuple[int, int]]:
    """The lines of an article (``lines``, in order) that print its author's name alone, by
    index, with where the name is: the first such lines under the title's lines (a byline:
    谋之 under 让钢筋混凝土更坚强些), and the article's last line after a paragraph's end (a
    signature: 朱玉龙) or the name in brackets closing it (…开展学术活动。（希　令））; a line that is
    the article's first is a title."""
    out: dict[int, tuple[int, int]] = {}
    for index, line in enumerate(lines):
        if index == 0:
            continue
        name = signature_name(line)
        if name is not None:
            out[index] = name  # (and the names on the lines right after it: 小泽红子, then 安晓远)
        elif out or not _title_like(line):
            break
    last = len(lines) - 1
    if last >= 2 and last not in out and _sentence_end(lines[last - 1]):
        name = signature_name(lines[last])
        if name is not None:
            out[last] = name
    closing = _CLOSING_NAME.search(lines[last]) if lines and last not in out else None
    alone = closing is not None and not lines[last][: closing.start()].strip(_SPACE)
    if alone and not (last >= 2 and _sentence_end(lines[last - 1])):
        closing = None  # a line of a name in brackets alone closes an article after its paragraph
    if closing and signature_name(closing.group(1)) is not None:
        out[last] = closing.span(1)
    return out


#: A name in brackets closing the article's last paragraph (…开展学术活动。（希　令）), or alone on
#: the last line (where the paragraph and the name were printed apart); the name's span holds no
#: space at either end (希令 of （希令　）).
_CLOSING_NAME = lazy(
    r"(?:(?<=[。！？”])|^)[ \u3000]*[（(][ \u3000]*([\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,3}[\u4e00-\u9fff])"
    r"[ \u3000]*[）)][ \u3000]*$"
)


#: Names in brackets closing a paragraph's last sentence, glued to it or on a line of their own
#: after it: the writers of a short report on a page of several (…挑战竞赛。（培义）, …的东西。（梁文俊　冯琦）;
#: （保生、谦维、庞洪） under the report), up to ``zh_ends.MOST_NAMES`` of them.
_CLOSING_NAMES = lazy(r"(?:(?<=[。！？”])|^)[（(]([\u4e00-\u9fff、 \u3000]{2,48})[）)][ \u3000]*$")


def closing_names(line: str, previous: str = "") -> list[tuple[int, int]]:
    """Where ``line`` ends with its writers' names in brackets (:data:`_CLOSING_NAMES`) glued to
    its last sentence, or is those names alone after ``previous``, the line before it, ending its
    sentence: up to ``zh_ends.MOST_NAMES`` names apart by 、 or spaces, each of two or three Han
    characters that :func:`_writer` reads as a name; or, in a group that
    :func:`.zh_pieces.person_in_brackets` reads as writers (three or more: the byline the pieces
    make of it), more than half so and none a division or a region (经文 in （连相、经文、麦生、本成、
    富录）, 谦维 in （保生、谦维、庞洪））; [] otherwise."""
    match = _CLOSING_NAMES.search(line)
    if match is None or (match.start() == 0 and not _sentence_end(previous)):
        return []
    bracketed = re.sub("[ \u3000]+", "\u3000", match.group().strip(_SPACE))
    if not bracketed_names(bracketed, MOST_NAMES):
        return []
    items = [(m.start(), m.end()) for m in re.finditer(r"[\u4e00-\u9fff]+", line[: match.end(1)])]
    items = [(s, e) for s, e in items if s >= match.start(1)]
    names = [line[s:e] for s, e in items]
    if not 1 <= len(items) <= MOST_NAMES or not all(2 <= len(name) <= 3 for name in names):
        return []
    writers = [_writer(name, len(names) > 1) for name in names]
    if all(writers):
        return items
    group = 2 * sum(writers) > len(names) and person_in_brackets(bracketed) and not any(map(place_like, names))
    return items if group else []


#: How often a character must be a given name's in the training data's persons
#: (:func:`.zh_runs.given_times`) for a closing name to be read with it (禄 9; not 功 2 of 立功).
GIVEN_TIMES = 5


def _writer(name: str, together: bool) -> bool:
    """Whether ``name`` signs a short report in brackets (``together``: with other names there):
    no division's name (:func:`.zh_divisions.usable`: 承德, 左权), region of one-character names
    (晋绥, 鄂豫) or word of the dictionary (:func:`.zh_pieces.person_in_brackets`: 鼓掌, 苏联, 新华社;
    but three characters opening with a surname, no common word as a whole, are: 周建军); written
    as a person's name, a surname and a given name or two given-name characters alone
    (培义, 崇智), each given-name character one the training data's persons have :data:`GIVEN_TIMES`
    times or more (not 全场笑, 看信, 立功); and two characters that jieba's cut reads as one word (静场,
    西皮) only with other names in the brackets."""
    if place_like(name):
        return False
    if not (person_in_brackets(f"（{name}）") or (len(name) == 3 and name_like(name))):
        return False  # (周建军, whose 建军 is a word, is a name)
    shape = name_shape(name)
    given = shape[2] if shape is not None and shape[0] in ("1", "2", "compound") else name if len(name) == 2 else ""
    times = given_times()
    if not given or not all(times.get(char, 0) >= GIVEN_TIMES for char in given):
        return False
    words = zh_words.words()
    return len(name) > 2 or together or words is None or len(list(words.cut(name))) > 1


def _inside(start: int, end: int, kind: str, name_start: int, name_end: int) -> bool:
    """Whether a place from ``start`` to ``end`` lies inside the name, shorter than it."""
    return kind == "LOC" and name_start <= start and end <= name_end and end - start < name_end - name_start


def signed(lines: Sequence[str], found: Mapping[str, Sequence[Entity]], sure: float) -> dict[str, list[Entity]]:
    """``found`` (each line's CRF entities) with the author's name of each line of
    :func:`signatures`, and the names of :func:`closing_names` closing any line, read as
    persons, in place of what the CRF read over them; but where the CRF reads a body or a
    place over a signature at ``sure`` or above (新华社: an institution's byline), or over a
    closing name at all — but a place lying inside one (长城 of （史长城  杜志宏  陈宝全）, every
    name there a writer) is overridden."""
    out = {line: list(entities) for line, entities in found.items()}
    named = [(lines[index], span, sure, False) for index, span in signatures(lines).items()]
    for index, line in enumerate(lines):
        named += [(line, span, 0.0, True) for span in closing_names(line, lines[index - 1] if index else "")]
    for line, (start, end), least, closing in named:
        entities = out.get(line, [])
        if any(
            s < end and start < e and k != "PER" and p >= least and not (closing and _inside(s, e, k, start, end))
            for s, e, k, p in entities
        ):
            continue
        kept = [entity for entity in entities if entity[1] <= start or end <= entity[0]]
        out[line] = sorted([*kept, (start, end, "PER", 1.0)])
    return out
