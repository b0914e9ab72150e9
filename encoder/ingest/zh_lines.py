"""Chinese lines that the classifier of :mod:`.classify` decides from their neighbours: short
lines of paragraph indentation that are intertitles (a pair, a line between paragraphs, a text
with an insert note, a line over a news item that opens with its lead), the place-and-date line
and signers that end a text whose layout was lost, and runs of intertitle lines that are one
heading. Where the JSON export lost the layout: a heading glued to the end of the paragraph
before it (when the text's other headings stand alone), a series of one-word headings (目击,
倾听, 回望) with the deck line under each; where a text sets its headings as bare lines, a line
of their size that asks or holds a colon (这次运动说明了什么？, “召回”：从制度做起); the headings of a page's
pieces over their deck lines or under the title are :mod:`.zh_piece_heads`'. A line
that opens a quotation and leaves it open (“大会) is never a heading, and nor is a line of a run of
four short lines or more with no date among them: a poem in free verse (有谁不热爱自己的祖国 / 有谁不热爱自己的民族 /
有谁肯站在自己的母亲 / …), its lines paragraphs as the gold keeps them; a heading runs to three
lines at most (:func:`merge_intertitles`), and a run with a date is a message's signers and its
date.
"""

from __future__ import annotations

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import TOP_KINDS, Block, BlockKind
from .zh_ends import BARE_HEADING_BODY, HEADING_STOPS, PICTURE_NOTE_TEXT, REPORTER_LINE, SENTENCE_END
from .zh_long_bare import long_bare_series
from .zh_rules import split_block
from .zh_short_lines import broken_above, opens_quote, verse_pair

#: An addressee line that needs no colon: the honorific 阁下 (Your Excellency) ends it (…先生阁下).
EXCELLENCY = lazy(r"^[^，。！？；：]{2,40}阁下$")


#: A picture note closing a line: 冯东书　崔建中（附图片）.
_PICTURE_NOTE_END = lazy(rf"{PICTURE_NOTE_TEXT}$")


def is_candidate(text: str) -> bool:
    """Whether ``text``, a short line of paragraph indentation, may be a heading. A photographer's
    line (新华社记者　董荣贵摄) credits a picture and a line ending with a picture note (冯东书　崔建中
    （附图片）) announces one: neither heads anything. (A reporter's line without 摄 may be a
    heading's words: 苏联拘留美驻苏记者丹尼洛夫.)"""
    if not 2 <= len(text) <= 20 or pt.ZH_NUMBERING.match(text):
        return False
    if (text.endswith("摄") and REPORTER_LINE.match(text)) or _PICTURE_NOTE_END.search(text):
        return False
    if any(char in pt.ZH_SENTENCE_PUNCT for char in text):
        return False
    if text.startswith(("“", "「", "（", "(")) and text.endswith(("”", "」", "）", ")")):
        return False  # (a quotation or a note standing alone)
    return not opens_quote(text)


def resolve_candidates(blocks: list[Block], candidates: set[int], has_insert_note: bool) -> None:
    """Turn same-indent short lines into intertitles where the context supports it (not the lines of
    verse, :func:`_verse_lines`, nor two over a verse line, nor the end of a broken line: :mod:`.zh_short_lines`)."""

    def paragraph(index: int) -> bool:
        return 0 <= index < len(blocks) and blocks[index].kind is BlockKind.PARAGRAPH and index not in candidates

    verse = _verse_lines(candidates, blocks)
    for index in sorted(candidates - verse):
        paired = index - 1 in candidates or index + 1 in candidates
        follows = index + 1
        while follows in candidates:
            follows += 1
        if not paragraph(follows):
            continue  # nothing follows an intertitle: a signed line, a closing phrase, the end
        if paired and verse_pair(blocks, candidates, index, follows):
            continue  # (lines of a poem: 吃人的鬼 / 咬牛的怪 / 快！快！滚开)
        single_ok = paragraph(index - 1) and len(blocks[index].text) <= 15 and len(blocks[follows].text) > 15
        broken = broken_above(blocks, index) if single_ok and not (paired or has_insert_note) else None
        if broken == "tail":
            continue  # (the end of the line above, which the export broke: …唱的中国歌曲 / “歌唱祖国”、“东方红”和)
        if broken == "heading":
            blocks[index - 1].kind, blocks[index - 1].lines = BlockKind.INTERTITLE, [[blocks[index - 1].text]]
        if paired or has_insert_note or single_ok:
            blocks[index].kind = BlockKind.INTERTITLE
            blocks[index].lines = [[blocks[index].text]]


#: The fewest short unpunctuated lines in a row that are lines of verse, not a heading (a
#: heading runs to three lines at most: :func:`merge_intertitles`).
_VERSE_RUN = 4


def _verse_lines(candidates: set[int], blocks: list[Block]) -> set[int]:
    """The candidates standing in runs of :data:`_VERSE_RUN` or more: the lines of a poem in free
    verse, which end with no punctuation (有谁不热爱自己的祖国 / 有谁不热爱自己的民族 / …)."""
    verse: set[int] = set()
    for index in candidates:
        if index - 1 in candidates:
            continue  # (not the first of its run)
        end = index
        while end + 1 in candidates:
            end += 1
        dated = any(pt.ZH_PLACE_DATE.match(blocks[i].text) for i in range(index, end + 1))
        if end - index + 1 >= _VERSE_RUN and not dated:
            verse.update(range(index, end + 1))
    return verse


def closing_at_end(blocks: list[Block]) -> None:
    """Where layout was lost: a final place-and-date line and the short signer lines above it."""
    index = len(blocks) - 1
    while index >= 0 and blocks[index].kind in (BlockKind.CREDIT, BlockKind.EDITORIAL):
        index -= 1
    if index < 1 or blocks[index].kind is not BlockKind.PARAGRAPH or not pt.ZH_PLACE_DATE.match(blocks[index].text):
        return
    blocks[index].kind = BlockKind.PLACE_DATE
    index -= 1
    while index > 0 and blocks[index].kind is BlockKind.PARAGRAPH and is_candidate(blocks[index].text):
        blocks[index].kind = BlockKind.SIGNATURE
        index -= 1


#: The numbering that opens a heading: 二、 （一） 3． 第三章.
_NUMBERED_START = lazy(
    r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、．.]|第[一二三四五六七八九十]{1,3}[章节部])"
)


def merge_intertitles(blocks: list[Block]) -> list[Block]:
    """Join runs of adjacent intertitle lines (at most three) into one block; a numbered line
    (``（一）推动…`` under ``二、主要任务``) opens a heading of its own."""
    merged: list[Block] = []
    for block in blocks:
        previous = merged[-1] if merged else None
        if (
            block.kind is BlockKind.INTERTITLE
            and previous is not None
            and previous.kind is BlockKind.INTERTITLE
            and len(previous.lines) < 3
            and block.span.line == previous.span.line + len(previous.lines)
            and not _NUMBERED_START.match(block.text)
        ):
            previous.lines.extend(block.lines)
        else:
            merged.append(block)
    return merged


#: The longest line that may be a heading with no mark of one but its place and its form.
_BARE_LENGTH = 25
#: What no heading holds (its commas and enumeration commas aside).
_SENTENCE_MARKS = HEADING_STOPS
#: The shortest paragraph that may follow such a heading.
_BODY_LENGTH = BARE_HEADING_BODY


def _bare_heading(text: str) -> bool:
    """Short, a phrase or phrases (commas allowed), no sentence mark, not closed by a comma,
    not a bracketed note or a date."""
    return (
        4 <= len(text) <= _BARE_LENGTH
        and not set(text) & _SENTENCE_MARKS
        and not text.endswith(("，", "、", ",", "）", ")"))
        and pt.ZH_PLACE_DATE.match(text) is None
        and not opens_quote(text)
    )


def bare_intertitles(blocks: list[Block]) -> None:
    """A short line with no sentence mark and no final punctuation (``降低阻力，减小震动，平稳推进改革``,
    ``“我们是好朋友”``) standing between two paragraphs that end their sentences, the one after it
    long, is a heading: the text's sentences all end with their punctuation, a heading does not.
    Lines with commas must be two or more (a series of headings): one alone is more likely the
    opening of a paragraph that the export broke in mid-sentence (一九四八年，曾经…寄到我手里). Longer
    lines: :func:`.zh_long_bare.long_bare_series`."""
    found = [index for index in range(1, len(blocks) - 1) if _bare_between(blocks, index)]
    commas = [index for index in found if set(blocks[index].text) & set("，、,")]
    for index in found:
        if len(commas) >= 2 or index not in commas:  # (one line with commas: a sentence the export broke)
            blocks[index].kind, blocks[index].lines = BlockKind.INTERTITLE, [[blocks[index].text]]
    long_bare_series(blocks)
    _sibling_intertitles(blocks)


#: What a heading marked by its question or its colon still never holds: a sentence's end, a
#: semicolon, an ellipsis, an exclamation (抓了就跑！ may be a cry of the text as well).
_NOT_IN_MARKED = frozenset("。；;…！!")
#: How such a heading does not end: with a clause still going on, or announcing what follows.
_MARKED_OPEN_END = ("，", "、", "：", ",", ":")
#: A quotation inside a line (its commas are the speaker's, not the line's clauses).
_QUOTED = lazy(r"“[^“”]*”|「[^「」]*」")
_QUESTION_END = ("？", "?", "？”", "?”")
#: A colon no heading holds: after a speaker (老队长说：, 有人问：, words ending in a verb of speech) or
#: after a short unquoted label (记者：, 问：, 时间：: a turn of an interview, a record's field).
_SPOKEN_OR_FIELD = lazy(r"^(?:[^“”「」：:]{1,4}|[^“”「」：:]*(?:说|问|道|讲|答|喊|叫|称|表示|指出))[：:]")
#: A rhetorical question, the narrator's (难道这就是命运吗？, 岂能…？, …吗？ outside a quotation).
_RHETORIC = lazy(r"难道|岂|^[^“「].*吗[？?]$")


def marked_siblings(blocks: list[Block]) -> None:
    """Where a text has set a heading as a bare line (one with no sentence mark: ``有缺陷就应召回``,
    ``学习是胜利的根本保证``) and numbers none of its headings, a line of the same size standing as it
    does — alone between a paragraph that ends its sentence, or the title (its byline, the editors' note
    under it: the first section's heading, ``“静静的顿河”`` over the film's news; not a note in brackets there,
    ``（摘要）``, ``（上接第一版）``, a speech's date), and body text — is a
    heading too, though it asks a question or holds a colon (``这次运动说明了什么？``, ``“召回”：从制度做起``,
    ``“别让他们走了，行吗？”``): the text has shown how it sets its headings. Not a line with a
    sentence's end, a semicolon, an ellipsis or an exclamation in it, nor a comma outside a
    quotation (a couplet, 山高挡不住愚公志，水深难不倒大寨人, or a sentence the export broke:
    bare_intertitles' commas), nor one ending a clause or announcing (…，, …：), nor a quotation left
    open, nor one more than twice as long as the longest bare heading; nor a line of dialogue (the
    paragraph under it opens a quotation: “你们是哪个部队的？” / “我们是…”他笑着说), nor a question
    where two such lines ask (an interview's questions), nor a colon after a speaker or a short
    label (``老队长说：不行``, ``有人问：为什么？``, ``记者：你们是怎么做的？``, ``时间：1960年5月``), nor a
    rhetorical question (``难道这就是命运吗？``, …吗？ outside a quotation). Run after the closing and letters' rules,
    whose signers may stand as headings until then (中共武汉市第二商业局总支)."""
    headings = [b for b in blocks if b.kind is BlockKind.INTERTITLE and _bare_heading(b.text.strip())]
    if not headings or any(_NUMBERED_START.match(b.text.strip()) for b in blocks if b.kind is BlockKind.INTERTITLE):
        return
    longest = min(_BARE_LENGTH, 2 * max(len(b.text.strip()) for b in headings))
    found = [index for index in range(1, len(blocks) - 1) if _marked_heading(blocks, index, longest)]
    questions = [index for index in found if blocks[index].text.strip().endswith(_QUESTION_END)]
    for index in found:
        if len(questions) < 2 or index not in questions:
            blocks[index].kind, blocks[index].lines = BlockKind.INTERTITLE, [[blocks[index].text]]


#: The title's blocks and the editors' note under it: the first line under them opens the body.
_TOP = TOP_KINDS | {BlockKind.EDITORIAL}


def _marked_heading(blocks: list[Block], index: int, longest: int) -> bool:
    """Whether the block at ``index`` is shaped and placed as :func:`marked_siblings` says."""
    block, before, after = blocks[index], blocks[index - 1], blocks[index + 1]
    text = block.text.strip()
    if block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1 or not 4 <= len(text) <= longest:
        return False
    if set(text) & _NOT_IN_MARKED or "，" in _QUOTED.sub("", text) or text.endswith(_MARKED_OPEN_END):
        return False
    if _SPOKEN_OR_FIELD.match(text) or _RHETORIC.search(text):
        return False
    ended = before.kind is BlockKind.PARAGRAPH and before.text.rstrip().endswith(SENTENCE_END)
    top = before.kind in _TOP and not any(other.kind is BlockKind.PARAGRAPH for other in blocks[:index])
    top = top and not (text.startswith(("（", "(")) and text.endswith(("）", ")")))  # a note: （摘要）, （续完）
    body = after.kind is BlockKind.PARAGRAPH and len(after.text) > _BODY_LENGTH
    return (ended or top) and body and not opens_quote(text) and not after.text.lstrip().startswith(("“", "「"))


def _sibling_intertitles(blocks: list[Block]) -> None:
    """Where a text already has two bare headings or more that open alike (``在新奥尔良`` …
    ``在阿拉巴马州``, ``要按唯物辩证法办事`` … ``要有创造条件大上的雄心``), a line of their form, opening
    as they all do, between two paragraphs that end their sentences is one too, though the
    paragraph under it is short (``在密士失必州`` / ``格里芬决定到密士失必州去。``) or it holds the only
    comma (``要敢于领导，又善于领导``): the text has shown how it sets its headings. Headings that
    open each their own way (坚持… / 发扬…) show no form: a broken sentence or a couplet between
    them stays a paragraph. No longer than twice its longest sibling."""
    siblings = [
        block.text.strip()
        for block in blocks
        if block.kind is BlockKind.INTERTITLE
        and _bare_heading(block.text.strip())
        and not _NUMBERED_START.match(block.text.strip())
    ]
    opening = _common_opening(siblings) if len(siblings) >= 2 else ""
    if not opening:
        return
    longest = max(len(sibling) for sibling in siblings)
    for index in range(1, len(blocks) - 1):
        text = blocks[index].text.strip()
        if text.startswith(opening) and len(text) <= 2 * longest and _bare_between(blocks, index, body_length=0):
            blocks[index].kind, blocks[index].lines = BlockKind.INTERTITLE, [[blocks[index].text]]


def _common_opening(texts: list[str]) -> str:
    """The characters all ``texts`` open with."""
    opening = texts[0]
    for text in texts[1:]:
        while not text.startswith(opening):
            opening = opening[:-1]
    return opening


def _bare_between(blocks: list[Block], index: int, body_length: int = _BODY_LENGTH) -> bool:
    """Whether the block at ``index`` is a bare heading between two paragraphs (see above), the
    one under it longer than ``body_length``."""
    block, before, after = blocks[index], blocks[index - 1], blocks[index + 1]
    if block.kind is not BlockKind.PARAGRAPH or not _bare_heading(block.text.strip()):
        return False
    if before.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.EDITORIAL):
        return False  # (under a heading, a short line is the first of a paragraph the export broke)
    ended = before.text.rstrip().endswith(SENTENCE_END)
    body = after.kind is BlockKind.PARAGRAPH and len(after.text) > body_length
    news = pt.ZH_LEAD.match(after.text) is not None  # (a news item under its heading, however it ends)
    return ended and body and (news or after.text.rstrip().endswith(SENTENCE_END))


#: A heading the export ran onto the end of the paragraph before it: …提高生产水平。一年节约用煤二十一万多吨
_GLUED_TAIL = lazy(r"(?<=[。！？])([\u4e00-\u9fff0-9０-９A-Za-z·]{2,20})$")
#: What such a tail may be that is no heading: a reporter's line, a photographer's.
_CREDITED = lazy(r"记者|通讯员|摄$")


def glued_headings(blocks: list[Block], candidates: set[int]) -> set[int]:
    """Split off a heading glued to the end of a paragraph (a short tail with no punctuation after
    a sentence's end, body text after it) in a text whose other headings stand alone (a short
    line before body text, ``candidates``); the candidates' indexes after the splits."""
    headed = [index for index in candidates if index + 1 < len(blocks) and index + 1 not in candidates]
    if not headed:
        return candidates
    for index in reversed(range(len(blocks) - 1)):
        block, after = blocks[index], blocks[index + 1]
        if block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1 or after.kind is not BlockKind.PARAGRAPH:
            continue
        match = _GLUED_TAIL.search(block.text)
        if match is None or index + 1 in candidates or len(after.text) <= _BODY_LENGTH:
            continue
        if _CREDITED.search(match.group(1)) or pt.ZH_PLACE_DATE.match(match.group(1)):
            continue
        blocks.insert(index + 1, split_block(block, match.start(1), BlockKind.PARAGRAPH, BlockKind.INTERTITLE))
        candidates = {candidate + 1 if candidate > index else candidate for candidate in candidates}
    return candidates


#: The longest heading that may head a series of one-word headings (目击, 倾听, 回望).
_WORD_HEADING = 8
#: The longest deck under such a heading.
_DECK_LENGTH = 60


def heading_series(blocks: list[Block]) -> None:
    """Where two headings or more are a word or two (目击 … 倾听 … 回望), a line of that form
    under the headline or the byline is the first of them; and the line under each such heading,
    with no full stop and longer text after it, is its deck
    (特价套餐卖素菜，1元7角钱能吃饱；大菜窗口有肉菜，10种每份2.5元)."""
    short = [i for i, b in enumerate(blocks) if b.kind is BlockKind.INTERTITLE and _word_heading(b.text)]
    if len(short) < 2:
        return
    top = (BlockKind.HEADLINE, BlockKind.SUBTITLE, BlockKind.BYLINE)
    for index in range(1, min(short[0], len(blocks) - 1)):
        block = blocks[index]
        if blocks[index - 1].kind in top and block.kind is BlockKind.PARAGRAPH and _word_heading(block.text):
            blocks[index].kind, blocks[index].lines = BlockKind.INTERTITLE, [[block.text]]
            short.insert(0, index)
            break
    for index in short:
        if index + 2 < len(blocks) and _deck_under_heading(blocks[index + 1], blocks[index + 2]):
            blocks[index + 1].kind, blocks[index + 1].lines = BlockKind.INTERTITLE, [[blocks[index + 1].text]]


def _word_heading(text: str) -> bool:
    return len(text) <= _WORD_HEADING and is_candidate(text)


def _deck_under_heading(block: Block, after: Block) -> bool:
    text = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and after.kind is BlockKind.PARAGRAPH
        and 10 <= len(text) <= _DECK_LENGTH < len(after.text)
        and "。" not in text
        and not text.endswith(_NO_DECK_END)
        and not opens_quote(text)
    )


#: How a deck does not end: with a sentence still going on.
_NO_DECK_END = ("，", "、", "：", "；", ",", ":", ";", "”")
