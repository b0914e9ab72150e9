"""List items among the paragraphs of a Chinese text (picture captions: :mod:`.captions`).

They are read from the text alone (the JSON distribution has no indentation):

* **list items**: paragraphs opening with an enumerator of one family (``一、``, ``（一）``,
  ``1．``, ``（1）``, the heavenly stems ``甲、``, ``（甲）`` and letters ``Ａ、``, counted kinds ``第一类：``,
  ``第一种、``, or points counted in words: ``一是…``, ``二是…``, ``第一，…``, ``第二，…``) in sequence
  (the bracketed numbers, the stems and the letters pair among themselves, sub-points: a ``乙、`` between
  ``二、`` and ``三、`` splits no list; not ``一、二月份``, ``二、三车间``), that read as items
  rather than numbered intertitles: long, or closed by a sentence's punctuation
  (``一、谴责霸权主义…；``, ``一、免去…职务。``; an intertitle is a short phrase). A single
  short unnumbered line between two items belongs to the list (``一、免去…`` / ``任命…`` /
  ``二、免去…``), and so does one right after the last item when it reads as the one before
  it did; a long paragraph between two items stays the text's own (``但是，经济生活中…``).
  Paragraphs after one that ends with a colon (``…那就是：``, ``…措施：``), in a run of two or
  more with the same opening, are the items it announces when they read as a series: opened
  by a dash (``——成立咨询服务部。`` / ``——创立…``; not a dialogue, ``——你是什么时候来的？``) or,
  three or more, short, each but the last closed by a semicolon (``要卖身投靠…；`` / ``要去国际社会…；``
  … ``要捞取………``); the run ends at the first paragraph that opens otherwise (``归根结底，…``). Three or more short
  paragraphs after the colon, whatever they open with, each closed by the mark the first is closed by
  (``以我为主，…；`` / ``不鸣则已，…；``; slogans after ``让我们高呼：``, ``打到南京去，解放全中国！``), are
  items too (a semicolon series to its first item closed otherwise when that one closes a short sentence,
  or a long one after ``决议如下：``, and does not sum the series up: not ``归根结底，…``, a colon line, a
  signer's name); of the two runs, the longer wins. Cries closed by ``！`` are items only where the
  colon announces slogans (``最后我们高呼：``), not a speaker's words (``老支书大声说：`` / ``同志们！`` / …) nor a
  crowd's (``群众欢呼：``); no line closed by ``；`` is an item after a colon announcing someone's words
  (``他说：``, ``来信说：``, ``他在诗中写道：``) or prices (``价格如下：``). A numbered paragraph right after
  the paragraph that holds the items before it, run into its text after a colon or a stop (``…决议：一、…。二、…``
  / ``三、…``), is the next item of that list. A short numbered line closed by a colon or a question mark
  (``５、群众性宣传：``) next to the item numbered one before or after it is an item too.
  Two or more bulleted paragraphs (``△…``) next to each other are the items of a list too,
  though a short line (an item's signer, ``（晓江）``) stands between them; ``□`` and ``○`` are no
  bullets (early texts print an illegible character as ``□``). Where such a list is, every
  paragraph of the text opening with its bullet is an item (a digest's ``▲…`` whose own second
  paragraph stands before the next ``▲…``). Lists whose items open with a label (fact boxes, rosters,
  digests) and letterspaced headings: :mod:`.zh_labelled`.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import Block, BlockKind
from . import zh_labelled, zh_toasts

_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
#: （1）…: Arabic numbers in brackets, a translated text's points (or the sub-points of an item).
_BRACKETED_NUMBER = lazy(r"^[（(]([0-9０-９]{1,2})[）)]")
#: （甲）…, 甲、…: the heavenly stems counting the points of an old text or of a resolution's item (not 甲、乙双方…,
#: a phrase: an item needs the next, 乙、…, to follow it).
_STEMMED = lazy(r"^(?:[（(]([甲乙丙丁戊己庚辛壬癸])[）)]|([甲乙丙丁戊己庚辛壬癸])、(?![甲乙丙丁戊己庚辛壬癸]))")
#: Ａ、…, ａ．…: letters counting the sub-points of an item (not an initial, Ａ．Ｂ．…).
_LETTERED = lazy(r"^([Ａ-Ｊａ-ｊA-Ja-j])[、．.](?![Ａ-Ｚａ-ｚA-Za-z])")
_FAMILIES = (
    lazy(r"^([一二三四五六七八九十]{1,3})、"),
    lazy(r"^[（(]([一二三四五六七八九十]{1,3})[）)]"),
    lazy(r"^([0-9０-９]{1,2})[．.、](?![0-9０-９])"),
    _BRACKETED_NUMBER,
    # 第一类：…, 第一种、…: the classes or kinds something is sorted in (motions, party branches); not
    # 第一类、第二类物资… (the first and the second, a phrase)
    lazy(r"^第([一二三四五六七八九十]{1,3})[类种](?:[：:，,]|、(?!第?[一二三四五六七八九十]))"),
    lazy(r"^([一二三四五六七八九十]{1,3})是(?![的否])"),
    _STEMMED,
    _LETTERED,
    # 第一，…: not 第一、二季度 (first and second), 第二、三产业 (a phrase)
    lazy(r"^第([一二三四五六七八九十]{1,3})(?:[，,]|、(?![一二三四五六七八九十]))"),
)
#: The family of the points counted 第一，… 第二，…, and the fewest of them that are a list (two are the
#: steps of an argument: 第一，也是最重要的，… / 第二，…).
_ORDINALS, ORDINAL_POINTS = len(_FAMILIES) - 1, 3
#: The families of the points numbered in brackets (（1）…), by the heavenly stems (甲、…) or by letters (Ａ、…),
#: which may be an item's sub-points: one between two items of another family (一、… / （1）… / 二、…) does not
#: part them.
_SUB_POINTS = frozenset(_FAMILIES.index(pattern) for pattern in (_BRACKETED_NUMBER, _STEMMED, _LETTERED))
#: A numbered paragraph: (its index, (its family, its number)).
Numbered = tuple[int, tuple[int, int]]
#: A footnote numbered in brackets, a work's page cited (（1）《列宁全集》第二十二卷，第二百页。, （3）同上。): no item.
_FOOTNOTE = lazy(r"^[（(][0-9０-９]{1,2}[）)](?:同上|见《|.{0,40}页。?$)")
#: A bullet (not □ nor ○: early texts print an illegible character so, 〇 may be a zero).
_BULLET = lazy(r"^[△▲●◆◇■★☆※]")
#: The longest line between two bulleted items that is one's signer (（晓江）).
SIGNER_LENGTH = 20
#: The longest numbered line that may still be an intertitle rather than a list item.
INTERTITLE_LENGTH = 32
#: The longest unnumbered line between two items that belongs to the list.
GAP_LENGTH = 60
#: The punctuation that closes an item's sentence (an intertitle ends with none of it).
_ITEM_END = ("。", "；", ";", "！", "!")


def _numbered(block: Block) -> tuple[int, int] | None:
    """(family, number) of a paragraph that reads as a list item; None otherwise."""
    text = block.text.strip()
    if block.kind is not BlockKind.PARAGRAPH or (len(text) <= INTERTITLE_LENGTH and not text.endswith(_ITEM_END)):
        return None
    return _enumerated(text)


def _unnumbered(block: Block, family: int) -> bool:
    """Whether ``block`` is a paragraph (or an item already) with no enumerator of its own between two items
    of ``family`` (a sub-point, （1）…, is none between items of another family)."""
    return block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and not any(
        pattern.match(block.text)
        for index, pattern in enumerate(_FAMILIES)
        if index not in _SUB_POINTS or family == index
    )


def _numbered_pairs(blocks: list[Block]) -> list[tuple[Numbered, Numbered]]:
    """The numbered paragraphs of ``blocks`` (index, (family, number)), each with the next one: the sub-points
    (（1）…) with the next sub-point, the others with the next that is no sub-point; no footnote (_FOOTNOTE)."""
    numbered = [(index, found) for index, block in enumerate(blocks) if (found := _numbered(block))]
    outer = _without_short_ordinal_runs([entry for entry in numbered if entry[1][0] not in _SUB_POINTS])
    pairs = list(itertools.pairwise(outer))
    for family in sorted(_SUB_POINTS):
        sub = [entry for entry in numbered if entry[1][0] == family and not _FOOTNOTE.match(blocks[entry[0]].text)]
        pairs.extend(itertools.pairwise(sub))
    return pairs


def mark_lists(blocks: list[Block]) -> None:
    """Make the paragraphs of ``blocks`` that are list items LIST_ITEM (see the module)."""
    zh_labelled.letterspaced_headings(blocks)  # (first: it may cut a paragraph in two)
    pairs = _numbered_pairs(blocks)
    for (first, (family, number)), (second, (other, following)) in pairs:
        if family != other or following != number + 1 or second - first > 2:
            continue
        gap = blocks[first + 1 : second]
        if all(_unnumbered(block, family) for block in gap):
            # a short line under an item is part of it (任命…); a long paragraph is the text's own
            inside = [block for block in gap if len(block.text) <= GAP_LENGTH]
            for block in (blocks[first], *inside, blocks[second]):
                block.kind = BlockKind.LIST_ITEM
            after = blocks[second + 1] if second + 1 < len(blocks) else None
            if gap and after is not None and _unnumbered(after, family) and _same_opening(after, gap[0]):
                after.kind = BlockKind.LIST_ITEM
    _items_before_text(blocks, pairs)
    _announcing_items(blocks)
    _after_glued_items(blocks)
    _announced_series(blocks)
    _bulleted(blocks)
    zh_labelled.labelled_lists(blocks)
    zh_toasts.toasts(blocks)


def _without_short_ordinal_runs(numbered: list[Numbered]) -> list[Numbered]:
    """``numbered`` without the points counted 第一，… in a run of fewer than ``ORDINAL_POINTS``."""
    runs: list[list[Numbered]] = []
    for entry in numbered:
        index, (family, number) = entry
        last = runs[-1][-1] if runs else None
        if last is not None and last[1] == (family, number - 1) and index - last[0] <= 2:
            runs[-1].append(entry)
        else:
            runs.append([entry])
    return [entry for run in runs for entry in run if entry[1][0] != _ORDINALS or len(run) >= ORDINAL_POINTS]


def _bulleted(blocks: list[Block]) -> None:
    """Make LIST_ITEM the bulleted paragraphs (``△…``) next to another, or one short line (an
    item's signer: △… / （晓江） / △…) apart from it."""
    bulleted = [
        i for i, block in enumerate(blocks) if block.kind is BlockKind.PARAGRAPH and _BULLET.match(block.text.strip())
    ]
    for first, second in itertools.pairwise(bulleted):
        if second - first == 1 or (second - first == 2 and len(blocks[first + 1].text.strip()) <= SIGNER_LENGTH):
            blocks[first].kind = blocks[second].kind = BlockKind.LIST_ITEM
    bullets = {blocks[i].text.strip()[0] for i in bulleted if blocks[i].kind is BlockKind.LIST_ITEM}
    for i in bulleted:
        if blocks[i].text.strip()[0] in bullets:
            blocks[i].kind = BlockKind.LIST_ITEM


#: The longest short item of a series closed by semicolons: most items longer, they are the text's own paragraphs
#: (他们有彻底革命的思想：…不可阻挡的；, a hundred characters, under …可以看到：).
SERIES_LENGTH = 60
#: What closes an announcing paragraph (…那就是：), and a series item but the last (…；).
_COLONS, _SEMICOLONS = ("：", ":"), ("；", ";")
#: What ends a question: a dash-opened question and its answer are a dialogue, no series.
_QUESTIONS = ("？", "?")
#: What closes a slogan (打到南京去，解放全中国！), and the close of a line announcing slogans (让我们高呼：; not a
#: crowd's cries, 群众欢呼： / 来了！来了！).
_EXCLAMATIONS = ("！", "!")
_CRIES_ANNOUNCED = lazy(r"(?:高呼|齐呼|呼口号|口号(?:是|如下)?)[：:]$")
#: A colon announcing someone's words (他说：, 来信说：, 他在诗中写道：, 他答：) or a price list (价格如下：, a
#: table's rows): the lines closed by semicolons after it are no list.
_WORDS_ANNOUNCED = lazy(r"(?:[说道答问讲曰唱吟念喊叫]|(?:价格|价目|物价|牌价|行情)[^，。；！？]{0,4})[：:]$")
#: A colon announcing what a body resolved (决议如下：): the last item of its series may be long.
_RESOLUTION_ANNOUNCED = lazy(r"(?:决议|决定|规定|办法|条例|协议)(?:如下)?[：:]$")
#: What opens a sentence closing a series rather than its last item (归根结底，要靠群众。 / 这些任务都很重要。).
_CLOSING = lazy(
    r"^(?:归根结底|总之|总而言之|总的来说|总起来说|一句话|这些|这就是|这样|以上|上述|所有这些|凡此种种|由此可见|因此|所以)"
)
#: What closes the last item of a series closed by semicolons (…。, …………; a name line or a colon line closes none).
_LAST_END = ("。", "！", "!", "…")
#: The dash that opens each item of a series (——成立咨询服务部。).
_DASH = "——"


def _opening(text: str) -> str:
    """What a series item opens with: a dash, or its first character."""
    return _DASH if text.startswith(_DASH) else text[:1]


def _announced_series(blocks: list[Block]) -> None:
    """Make LIST_ITEM the series of paragraphs announced by a colon (see the module): the longer of the run
    with one opening and the run closed by one mark."""
    for index, block in enumerate(blocks[:-2]):
        announcing = block.text.rstrip()
        if block.kind is not BlockKind.PARAGRAPH or not announcing.endswith(_COLONS):
            continue
        following = blocks[index + 1 :]
        words = _WORDS_ANNOUNCED.search(announcing) is not None
        runs = [_same_opening_series(following, words)]
        if not words:
            cries, resolution = _CRIES_ANNOUNCED.search(announcing), _RESOLUTION_ANNOUNCED.search(announcing)
            runs.append(_closed_series(following, cries is not None, resolution is not None))
        for other in max(runs, key=len):
            other.kind = BlockKind.LIST_ITEM


def _same_opening_series(blocks: list[Block], words: bool) -> list[Block]:
    """The paragraphs opening ``blocks`` with one opening, two or more, that read as a series: opened by a dash
    and no dialogue, or, unless the colon announces someone's ``words``, three or more closed by semicolons to
    the first closed otherwise, most short. Empty if none."""
    opening = _opening(blocks[0].text.strip()) if blocks else ""
    run: list[Block] = []
    for other in blocks:
        text = other.text.strip()
        if other.kind is not BlockKind.PARAGRAPH or not text or _opening(text) != opening:
            break
        run.append(other)
    if len(run) < 2:
        return []
    if opening == _DASH:  # (a dialogue: ——…？ / ——…)
        return [] if any(other.text.rstrip().endswith(_QUESTIONS) for other in run) else run
    # the series ends with the first item not closed by a semicolon (要总结经验。 / 要说明的是，…)
    last = next((i for i, other in enumerate(run) if not other.text.rstrip().endswith(_SEMICOLONS)), len(run) - 1)
    run = run[: last + 1]
    short = sum(len(other.text.strip()) <= SERIES_LENGTH for other in run)
    return run if not words and len(run) >= 3 and 2 * short > len(run) else []  # (one long item stays in)


def _closed_series(blocks: list[Block], cries: bool, resolution: bool) -> list[Block]:
    """The short paragraphs opening ``blocks``, whatever they open with, each closed by the mark the first is
    closed by, three or more: a semicolon (以我为主，…；/ 不鸣则已，…；), or an exclamation where ``cries`` (the
    colon announces slogans: 让我们高呼： 打到南京去，解放全中国！; a speaker's exclamations after 他大声说： are
    his words). A semicolon series runs to its first item closed otherwise when that one closes a sentence, is
    short (or, after a ``resolution``, 决议如下：, at most twice as long) and does not sum the series up
    (归根结底，…); not to a colon line (当局答复：) nor a name (张三). Empty if none."""
    run: list[Block] = []
    first = blocks[0].text.strip() if blocks else ""
    mark = first[-1:] if first.endswith(_SEMICOLONS + (_EXCLAMATIONS if cries else ())) else ""
    for other in blocks:
        text = other.text.strip()
        if not mark or other.kind is not BlockKind.PARAGRAPH or not text:
            break
        if text.endswith(mark):
            if len(text) > SERIES_LENGTH:
                break
            run.append(other)
            continue
        longest = SERIES_LENGTH * (2 if resolution else 1)
        if mark in _SEMICOLONS and text.endswith(_LAST_END) and len(text) <= longest and not _CLOSING.match(text):
            run.append(other)
        break
    return run if len(run) >= 3 else []


def _items_before_text(blocks: list[Block], pairs: list[tuple[Numbered, Numbered]]) -> None:
    """An item whose body text runs on in paragraphs before the next item (``1．绝大多数科研机构…``,
    six paragraphs, then ``2．…`` ``3．…``, which are a list) is that list's first member: its
    paragraphs stay the text's own."""
    for (first, (family, number)), (second, (other, following)) in reversed(pairs):
        if family != other or following != number + 1 or blocks[second].kind is not BlockKind.LIST_ITEM:
            continue
        if all(block.kind is BlockKind.PARAGRAPH for block in blocks[first + 1 : second]):
            blocks[first].kind = BlockKind.LIST_ITEM


def _enumerated(text: str) -> tuple[int, int] | None:
    """(family, number) of a text opening with an enumerator, whatever its length and its close."""
    for family, pattern in enumerate(_FAMILIES):
        if match := pattern.match(text):
            value = _match_value(match)
            return (family, value) if value else None
    return None


def _announcing_items(blocks: list[Block]) -> None:
    """A numbered paragraph closed by a colon or a question mark, short as a heading (at most
    :data:`INTERTITLE_LENGTH`: :func:`_numbered` leaves it out, a longer one is its: ``５、群众性宣传：``,
    ``第四、根据目前了解情况，提出以下工作意见：``, ``甲、开展宣教工作：``,
    ``三、还有土地超过农民一倍以上到两倍以上的，有多少剥削算个富农？``), is an item where the item numbered one
    before it or one after it in its family is one (``４、出版：…。`` / ``５、群众性宣传：`` / ``Ａ、…``; a reader's
    questions, ``二、…。`` / ``三、…？``), nothing but items standing between them (its sub-points:
    ``甲、开展宣教工作：`` / ``一、…`` / ``二、…`` / ``乙、…``): it announces its sub-points or what follows, or
    asks, as an item of the list. Not where its neighbours are no items (numbered headings over their
    paragraphs: ``一、宣传重点：`` / … / ``二、宣传内容：``, ``一、高宗云为何告状不止？`` / …)."""
    for index, block in enumerate(blocks):
        text = block.text.strip()
        closed = text.endswith(_COLONS + _QUESTIONS) and len(text) <= INTERTITLE_LENGTH
        found = _enumerated(text) if block.kind is BlockKind.PARAGRAPH and closed else None
        if found is None:
            continue
        family, number = found
        for step in (-1, 1):
            neighbour = _next_of_family(blocks, index, family, step)
            if neighbour is not None and neighbour == (family, number + step):
                block.kind = BlockKind.LIST_ITEM


def _next_of_family(blocks: list[Block], index: int, family: int, step: int) -> tuple[int, int] | None:
    """(family, number) of the nearest list item of ``family`` from ``index`` going by ``step``, only list items
    between them; None where something else comes first."""
    at = index + step
    while 0 <= at < len(blocks) and blocks[at].kind is BlockKind.LIST_ITEM:
        found = _enumerated(blocks[at].text.strip())
        if found is not None and found[0] == family:
            return found
        at += step
    return None


def _same_opening(block: Block, model: Block) -> bool:
    """Whether ``block`` opens with the two characters ``model`` opens with (任命… after 任命…)."""
    return block.text[:2] == model.text[:2]


#: Where an item may open inside a paragraph: after a colon, a sentence's end or a semicolon (…一致决议：一、…).
_INSIDE = r"(?<=[：:。；;！!？?])"
#: A numeral after an enumerator's comma: a phrase, no item (一、二月份, 二、三车间: the first and the second).
_PHRASE = r"(?![一二三四五六七八九十])"
#: A numbered paragraph opening with such a phrase (二、三车间的工人…).
_PHRASE_OPENING = lazy(r"^[一二三四五六七八九十]{1,3}、[一二三四五六七八九十]")
#: The enumerators of the families (not the ordinals, 第一，…, two of which are an argument's steps) where they
#: open an item inside a paragraph.
_INSIDE_FAMILIES = {
    family: lazy(_INSIDE + pattern.pattern.removeprefix("^") + _PHRASE)
    for family, pattern in enumerate(_FAMILIES)
    if family != _ORDINALS
}


def _after_glued_items(blocks: list[Block]) -> None:
    """A numbered paragraph (``二、动员全民、全军作好充分准备，…。``, ``（八）前…处长杜蔚然，…处分。``) right
    after a paragraph that holds the items before it, one to the one before its number, each opening
    after a colon or a sentence's end (``…中央委员会一致决议：一、在老挝…。``; ``（一）…。（二）…。`` … ``（七）…。``),
    is the next item of that list, whose first the export ran into the paragraph announcing it: a list
    item, though it has no numbered neighbour of its own (the paragraph holding the others stays one)."""
    for index in range(1, len(blocks)):
        found = _numbered(blocks[index])
        before = blocks[index - 1]
        if found is None or found[1] < 2 or before.kind is not BlockKind.PARAGRAPH or _numbered(before):
            continue
        family, number = found
        inside = _INSIDE_FAMILIES.get(family)
        if inside is None or _PHRASE_OPENING.match(blocks[index].text.strip()):
            continue  # (no family inside, or a phrase: 二、三车间的工人…)
        numbers = [_match_value(match) for match in inside.finditer(before.text)]
        if numbers == list(range(1, number)):
            blocks[index].kind = BlockKind.LIST_ITEM


#: The heavenly stems and the letters that count items, in their order.
_STEMS, _LETTERS = "甲乙丙丁戊己庚辛壬癸", "ABCDEFGHIJ"


def _match_value(match: re.Match[str]) -> int | None:
    """The value of the numeral an enumerator's match holds (the one group of its family's that took part)."""
    return _value(next(group for group in match.groups() if group))


def _value(numeral: str) -> int | None:
    """The value of an enumerator's numeral (二, ２, 12, 乙, Ｂ)."""
    numeral = numeral.translate(_DIGITS)
    if numeral.isdigit():
        return int(numeral)
    if numeral in _STEMS:
        return _STEMS.index(numeral) + 1
    letter = unicodedata.normalize("NFKC", numeral).upper()
    return _LETTERS.index(letter) + 1 if letter in _LETTERS else pt.zh_numeral(numeral)
