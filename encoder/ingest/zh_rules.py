"""Rules on the Chinese blocks that do not need indentation (the JSON distribution has none).

They run after the line-by-line classification and decide only where the evidence is clear:

* headings: a series of numbered lines (一、 二、, （一） （二）, 1． 2．) each short and each
  followed by body text, a bare numeral line (一, （二）), a chapter line (第二章 …), headings
  run into their paragraphs (·小麦条锈病·…), the first item of an authorless collection;
* closings (the bylines and credits closing a text are :mod:`.zh_closing_bylines`'): a message's
  salutation run into the news paragraph that announces it (…全文如下：…先生阁下), its signature lines
  (a signer in brackets glued to its end too, （本版法律顾问）) and the wish above them
  (祝大会成功。); a reply printed under the letter it answers (the first letter's signer, then the
  reply's addressee line);
* sources: a work's title alone closing a text that is one quotation under its headline (a
  语录 headline, or the text in quotation marks) is the quotation's source (``quoted_source``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import Block, BlockKind, Span
from .zh_ends import PICTURE_NOTE, SOLID_NAME, editors_note, last_text

_DIGITS = "0123456789０１２３４５６７８９"
_ZH_UNITS = "一二三四五六七八九十"
#: Numbering of a heading or an item, by style: 一、 （一） 1． （1）.
_NUMBERED = (
    ("zh", lazy(rf"^([{_ZH_UNITS}]{{1,3}})、")),
    ("zh()", lazy(rf"^[（(]([{_ZH_UNITS}]{{1,3}})[）)]")),
    ("arabic", lazy(rf"^([{_DIGITS}]{{1,2}})[．.、]")),
    ("arabic()", lazy(rf"^[（(]([{_DIGITS}]{{1,2}})[）)]")),
)
#: A line that is a heading by itself: a bare numeral (一, （二）, ·小麦条锈病·) or a chapter (第二章 …).
_BARE_HEADING = lazy(
    rf"^(?:[·•]?[{_ZH_UNITS}]{{1,3}}[·•]?|[（(][{_ZH_UNITS}]{{1,3}}[）)]|·[^·，。！？；：]{{1,15}}·"
    rf"|第[{_ZH_UNITS}]{{1,3}}(?:章|节|部分|篇)(?:[　 ]+[^。！？；]{{1,24}})?)$"
)
#: A label of the outline level above the numbers: （甲） 乙、.
_STEM_LABEL = lazy(r"^(?:[（(][甲乙丙丁戊己庚][）)]|[甲乙丙丁戊己庚]、)")
#: What a numbered heading holds at most (its numbering included).
_HEADING_MAX = 30
_INNER_STOPS = set("。！？：:!?")
_NO_END = ("；", "：", "，", "、", ";", ":", ",")


def _number(text: str) -> tuple[str, int] | None:
    """The numbering style and value of a line (一、 → ("zh", 1)), or None."""
    for style, pattern in _NUMBERED:
        match = pattern.match(text)
        if match:
            value = pt.zh_numeral(match.group(1)) if style.startswith("zh") else int(match.group(1).translate(_WIDE))
            return (style, value) if value else None
    return None


_WIDE = str.maketrans("０１２３４５６７８９", "0123456789")


def _heading_shaped(text: str) -> bool:
    """Short, one phrase (commas allowed), at most a full stop at its end."""
    body = text[:-1] if text.endswith("。") else text
    return len(text) <= _HEADING_MAX and not _INNER_STOPS & set(body) and not text.endswith(_NO_END)


def _body(block: Block | None) -> bool:
    return block is not None and block.kind is BlockKind.PARAGRAPH


def _make_intertitle(block: Block) -> None:
    block.kind = BlockKind.INTERTITLE
    block.lines = [[block.text]]


def numbered_intertitles(blocks: list[Block]) -> None:
    """Numbered series whose every member is heading-shaped and followed by body text become
    intertitles (a series of long or adjacent numbered lines is a list, and stays); so do bare
    numerals and chapter lines that body text follows."""
    series: dict[str, list[list[tuple[int, int]]]] = {}
    for index, block in enumerate(blocks):
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.INTERTITLE):
            continue
        text = block.text
        if _BARE_HEADING.match(text) and _body(_next(blocks, index)):
            _make_intertitle(block)
            continue
        numbered = _number(text)
        if numbered is None:
            continue
        style, value = numbered
        runs = series.setdefault(style, [])
        if value == 1 or not runs or runs[-1][-1][1] >= value:  # (a gap: a member glued elsewhere)
            runs.append([])
        runs[-1].append((index, value))
    if any(_STEM_LABEL.match(block.text) for block in blocks):
        return  # an outline under （甲） （乙）: sections from the numbers would cut across it
    for runs in series.values():
        for run in runs:
            indexes = [index for index, _ in run]
            if len(indexes) >= 2 and all(_heads_body(blocks, index, indexes) for index in indexes):
                for index in indexes:
                    _make_intertitle(blocks[index])


def _next(blocks: list[Block], index: int) -> Block | None:
    return blocks[index + 1] if index + 1 < len(blocks) else None


def _heads_body(blocks: list[Block], index: int, members: list[int]) -> bool:
    """Whether the numbered line at ``index`` is heading-shaped and followed by text that is
    not the next member of its series (or by the first heading of a series one level down)."""
    following = _next(blocks, index)
    sub_heading = following is not None and _number(following.text) is not None
    return _heading_shaped(blocks[index].text) and index + 1 not in members and (_body(following) or sub_heading)


def _line(kind: BlockKind, text: str) -> list:
    return pt.split_phrases(text, "zh") if kind is BlockKind.PARAGRAPH else [text]


#: A name alone on a line: two to four Chinese characters.
CJK_NAME = lazy(rf"^{SOLID_NAME}$")


def heading_under_headline(blocks: list[Block], candidates: set[int], authored: bool) -> None:
    """The short line that opens the text under the headline (taken for a short paragraph, or,
    in an article without an author, for a name) is a heading when the same short lines head
    the text further down: the items of a 快报 or a 集萃, or the first section of an article
    whose sections are headed, under its byline (梁元博 / 海洋地质学是一门尖端科学 / …). At most 15
    characters, or 20 where an intertitle already read below is longer than 15 (简明新闻, 新人新事)."""
    first = 1 if blocks and blocks[0].kind is BlockKind.HEADLINE else 0
    while authored and first < len(blocks) and blocks[first].kind in (BlockKind.SUBTITLE, BlockKind.BYLINE):
        first += 1
    if first + 1 >= len(blocks) or blocks[first + 1].kind is not BlockKind.PARAGRAPH:
        return
    block = blocks[first]
    named = not authored and block.kind is BlockKind.BYLINE and CJK_NAME.match(block.text)
    guessed = first in candidates or named
    below = [len(block.text) for block in blocks[first + 1 :] if block.kind is BlockKind.INTERTITLE]
    longest = 20 if below and max(below) > 15 else 15  # (the page's headings are long ones)
    if guessed and below and len(block.text) <= longest and block.kind is not BlockKind.INTERTITLE:
        block.kind, block.lines = BlockKind.INTERTITLE, [[block.text]]


def split_block(block: Block, at: int, head: BlockKind, tail: BlockKind) -> Block:
    """Cut ``block`` (one line) at character ``at``: it becomes the ``head`` block of the text
    before, and the returned ``tail`` block holds the rest (less the white space between)."""
    text = block.text
    rest = text[at:].lstrip(" \u3000")
    start = len(text) - len(rest)
    block.kind, block.lines = head, [_line(head, text[:at])]
    span = Span(block.span.path, block.span.line, block.span.column + start)
    return replace(block, kind=tail, lines=[_line(tail, rest)], span=span)


#: A heading run into its paragraph: ·小麦条锈病·根据各地的…
_GLUED_HEADING = lazy(r"^·[^·，。！？；：]{1,15}·(?=.)")


def glued_intertitles(blocks: list[Block]) -> None:
    """Split off the headings that open paragraphs, when at least two paragraphs open so."""
    glued = [i for i, b in enumerate(blocks) if b.kind is BlockKind.PARAGRAPH and _GLUED_HEADING.match(b.text)]
    if len(glued) < 2:
        return
    for index in reversed(glued):
        match = _GLUED_HEADING.match(blocks[index].text)
        assert match is not None
        tail = split_block(blocks[index], match.end(), BlockKind.INTERTITLE, BlockKind.PARAGRAPH)
        blocks.insert(index + 1, tail)


#: Another report's dateline lead in square brackets run into the paragraph after its last sentence (a round-up's
#: reports printed on one part): …严重抗议英国政府劫夺我留港飞机的暴行。【新华社广州三日电】广州市各界…, …工作：
#: （一）…。【本报讯】据新华社讯：武汉… — a news agency's or the paper's 电 or 讯 (not a heading in brackets,
#: 【编者按】, nor a lead inside a sentence: …据【新华社讯】…); an outlet in the brackets (社, 报, 台: not a heading,
#: 【毛主席复电】, 【读者来电】, 【国际简讯】), and no sentence going on after them (not …【新华社北京十五日电】的全文,
#: …【合众社东京电】称).
_GLUED_LEAD = lazy(r"(?<=[。！？”])[　 ]*【(?=[^【】]{2,24}[电讯]】(?![的称说]))(?=[^【】]*[社报台])")


def glued_leads(blocks: list[Block]) -> None:
    """Cut a paragraph where another report's dateline lead in square brackets is run into it after a sentence's
    end (:data:`_GLUED_LEAD`): each lead opens a paragraph of its own, its report's; not inside a quotation
    (…的消息说：“美军已在该地登陆。【合众社东京十五日电】…”, a dispatch quoted)."""
    for index in reversed(range(len(blocks))):
        block = blocks[index]
        if block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1:
            continue
        text = block.text
        leads = [
            m for m in _GLUED_LEAD.finditer(text) if text.count("“", 0, m.start()) <= text.count("”", 0, m.start())
        ]
        for lead in reversed(leads):  # (the last first: each cut leaves the offsets before it as they were)
            blocks.insert(index + 1, split_block(block, lead.start(), BlockKind.PARAGRAPH, BlockKind.PARAGRAPH))


#: A salutation run into the paragraph that announces the message: …电报全文如下：北京…周恩来先生阁下
#: (如下； too, the colon misprinted, after a message's announcement only: …电报全文如下；莫斯科苏联
#: 最高苏维埃主席团苏联部长会议：, not a rule's clause, …规定如下；凡属下列情况之一者：)
_GLUED_SALUTATION = lazy(
    r"(?:(?<=如下：)|(?<=[电报函信]如下；)|(?<=[电报函信][全原]文如下；))[^。！？；：]{2,40}(?:[：:]|阁下|同志|先生)$"
)
#: The start of a message's address that the announcing paragraph runs into, the print's line
#: broken before its end: …贺电全文如下：哈瓦那古巴共和国总统奥斯瓦尔多·多尔蒂科斯·托拉; a
#: message's (电, 函, 信: not 名单如下：, 办法如下：, whose lines are no address)
_ANNOUNCED = lazy(r"(?:电|电报|函|信)(?:全文|原文|文)?如下：([^。！？；：“”]{0,40})$")
#: A piece of that address on a part of its own, and its last piece, which ends with a colon.
_ADDRESS_PIECE = lazy(r"^[^。！？；：“”]{1,40}$")
_ADDRESS_END = lazy(r"^[^。！？；：“”]{1,40}[：:]$")
#: An address opening the message's first paragraph, glued to its first sentence: it ends with an
#: addressee (…暨全体委员：, …毛主席：), not a clause (我们全体指战员一致表示：, 我们的建议是：).
_ADDRESSEE_END = "委员|主席|总理|总司令|司令员|首长|部长|政府|同志|同志们|先生|女士|阁下"
_GLUED_ADDRESS_OPENING = lazy(rf"^[^。！？；：“”，,（）()《》]{{0,38}}(?:{_ADDRESSEE_END})[：:](?=\S)")
#: The most parts an address is broken over after the announcing paragraph.
_ADDRESS_PARTS = 3
#: A wish closing a message, before its signature: 祝大会成功。, 祝中古两国的…友谊不断巩固和发展。
_WISH = lazy(r"^(?:祝|预祝|顺祝|顺致|谨致)[^，；：。！]{1,30}[。！!]?$")


def glued_salutation(blocks: list[Block]) -> None:
    """Split off the salutation that a news paragraph runs into after 如下： (or a message's 如下；)."""
    split_off_glued(blocks, _GLUED_SALUTATION, BlockKind.SALUTATION)


def broken_salutation(blocks: list[Block]) -> None:
    """A message's address broken over parts (the print's lines) after the paragraph announcing it
    (…贺电全文如下：, …电文如下：): its pieces, up to the one ending with a colon, are the salutation
    (one line alone too: 中央人民政府毛主席暨全体委员：), and so is the start of the address run into the
    announcing paragraph, or the address opening the message's first paragraph, cut off it
    (中华人民共和国中央人民政府主席、副主席暨全体委员：今天是…)."""
    for index in reversed(range(len(blocks) - 1)):
        block = blocks[index]
        announced = _ANNOUNCED.search(block.text) if block.kind is BlockKind.PARAGRAPH else None
        if announced is None or len(block.lines) != 1:
            continue
        end = index + 1
        while end - index < _ADDRESS_PARTS and _address_piece(blocks[end], _ADDRESS_PIECE) and end + 1 < len(blocks):
            end += 1
        if not _address_piece(blocks[end], _ADDRESS_END):
            first = blocks[index + 1]
            glued = _GLUED_ADDRESS_OPENING.match(first.text) if first.kind is BlockKind.PARAGRAPH else None
            if glued and not announced.group(1).strip() and len(first.lines) == 1:
                # the address run into the message's first sentence: 中央人民政府主席…暨全体委员：今天是…
                blocks.insert(index + 2, split_block(first, glued.end(), BlockKind.SALUTATION, BlockKind.PARAGRAPH))
            continue
        for piece in blocks[index + 1 : end + 1]:
            piece.kind, piece.lines = BlockKind.SALUTATION, [[piece.text]]
        if announced.group(1).strip():
            blocks.insert(index + 1, split_block(block, announced.start(1), BlockKind.PARAGRAPH, BlockKind.SALUTATION))


def _address_piece(block: Block, pattern: re.Pattern[str]) -> bool:
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.SALUTATION)
        and len(block.lines) == 1
        and bool(pattern.match(block.text.strip()))
    )


def split_off_glued(blocks: list[Block], pattern: re.Pattern[str], kind: BlockKind) -> None:
    """Cut each one-line paragraph where ``pattern`` matches its text: the rest of the line
    becomes a block of ``kind`` after it (a salutation, a picture note glued to the paragraph)."""
    for index in reversed(range(len(blocks))):
        block = blocks[index]
        match = pattern.search(block.text) if block.kind is BlockKind.PARAGRAPH else None
        if match and len(block.lines) == 1:
            blocks.insert(index + 1, split_block(block, match.start(), BlockKind.PARAGRAPH, kind))


#: The longest signer line; under a closing formula (致以…敬礼！), a longer one: a body's full name.
_SIGNER_MAX, _SIGNER_UNDER_FORMULA_MAX = 25, 40


def signer_shaped(
    block: Block, longest: int = _SIGNER_MAX, kinds: tuple[BlockKind, ...] = (BlockKind.PARAGRAPH,)
) -> bool:
    """A line that may sign a message: short, with no sentence punctuation, read as one of ``kinds``."""
    return block.kind in kinds and len(block.text) <= longest and not set(block.text) & pt.ZH_SENTENCE_PUNCT


#: An addressee line in the body: a name of a person or a body, then a colon, nothing else.
_ADDRESSEE_LINE = lazy(r"^[^，。！？；：、“”「」（）()]{2,29}[：:]$")


def exchanged_letters(blocks: list[Block]) -> None:
    """In a text opened by a salutation, a letter that answers the first one (a reply printed
    under it) starts at an addressee line standing between body text; the short line above it,
    under a sentence's end, signs the letter before: 江苏邗江酒甸公社供销社 / …供销社： (the first
    letter's signer, then the reply's addressee)."""
    opened = next((i for i, block in enumerate(blocks) if block.kind is BlockKind.SALUTATION), None)
    if opened is None:
        return
    for index in range(opened + 3, len(blocks) - 1):
        block, above = blocks[index], blocks[index - 1]
        if not (_body(block) and _body(blocks[index + 1]) and _ADDRESSEE_LINE.match(block.text)):
            continue
        closed = above.kind in (BlockKind.SIGNATURE, BlockKind.VALEDICTION, BlockKind.PLACE_DATE)
        signer = signer_shaped(above) and blocks[index - 2].text.rstrip().endswith(("。", "！", "？", "”"))
        if signer:
            above.kind, above.lines = BlockKind.SIGNATURE, [[above.text]]
        if closed or signer:
            block.kind, block.lines = BlockKind.SALUTATION, [[block.text]]


def letter_signature(blocks: list[Block]) -> None:
    """In a letter opened by a salutation (编辑同志：, …先生阁下), the short lines that end it
    (two at most), with no sentence punctuation, are its signature: 哈尔滨市监察局　周瑞伍,
    伊朗首相 / 阿米尔·阿巴斯·胡韦达; a wish just above them is its closing formula (祝大会成功。)."""
    opened = [i for i, block in enumerate(blocks) if block.kind is BlockKind.SALUTATION]
    last = last_text(blocks)
    if not opened or last - opened[0] < 2:
        return
    _glued_signer(blocks, last)
    signed = last
    formula = blocks[signed - 1].kind is BlockKind.VALEDICTION
    longest = _SIGNER_UNDER_FORMULA_MAX if formula else _SIGNER_MAX
    while signed > max(opened[0] + 1, last - 2) and signer_shaped(blocks[signed], longest):
        blocks[signed].kind, blocks[signed].lines = BlockKind.SIGNATURE, [[blocks[signed].text]]
        signed -= 1
    while signed > opened[0] and blocks[signed].kind in (BlockKind.SIGNATURE, BlockKind.PLACE_DATE):
        signed -= 1
    wish = blocks[signed]
    if signed < last and wish.kind is BlockKind.PARAGRAPH and _WISH.match(wish.text):
        wish.kind, wish.lines = BlockKind.VALEDICTION, [[wish.text]]


#: A signer in brackets glued to the last sentence of a letter's answer: …提起行政诉讼。（本版法律顾问）
_GLUED_SIGNER = lazy(r"(?<=[。！？”])[（(][^（）()，。！？；：、]{2,12}[）)]$")


def _glued_signer(blocks: list[Block], last: int) -> None:
    """Cut off the signer in brackets glued to the end of a letter (names, notes and credits aside:
    the byline rules and the phrases have them)."""
    block = blocks[last]
    glued = _GLUED_SIGNER.search(block.text) if block.kind is BlockKind.PARAGRAPH and len(block.lines) == 1 else None
    if glued is None or editors_note(glued.group()[1:-1]) or pt.ZH_CREDIT.match(glued.group()):
        return
    if CJK_NAME.match(glued.group()[1:-1]) or pt.editorial(glued.group(), "zh") or PICTURE_NOTE.match(glued.group()):
        return
    blocks.insert(last + 1, split_block(block, glued.start(), BlockKind.PARAGRAPH, BlockKind.SIGNATURE))


def headings(blocks: list[Block]) -> None:
    """The heading rules: headings run into paragraphs, then numbered ones."""
    glued_intertitles(blocks)
    numbered_intertitles(blocks)


#: A work's title alone, the source of a quotation: 《在延安文艺座谈会上的讲话》, ——《矛盾论》.
_WORK_TITLE = lazy(r"^(?:——)?[（(]?《[^《》]{2,40}》[）)]?$")


#: A quotation in quotation marks, the whole paragraph: “…。”
_QUOTED = lazy(r"^[“「][^“”「」]+[”」]。?$")


def quoted_source(blocks: list[Block]) -> None:
    """A text that is one quotation under its title (a box of 毛主席语录: the title says 语录, or the
    paragraph is in quotation marks), closed by a work's title alone on its line: that line is the
    quotation's attribution (not a book's title under a notice of it, 新书出版 / …出版了… / 《…》)."""
    if len(blocks) != 3 or blocks[0].kind is not BlockKind.HEADLINE:
        return
    quotation, source = blocks[1], blocks[2]
    if quotation.kind is not BlockKind.PARAGRAPH or not quotation.text.rstrip().endswith(("。", "！", "？", "”")):
        return
    if "语录" not in blocks[0].text and not _QUOTED.match(quotation.text.strip()):
        return
    if source.kind is BlockKind.PARAGRAPH and len(source.lines) == 1 and _WORK_TITLE.match(source.text.strip()):
        source.kind, source.lines = BlockKind.ATTRIBUTION, [[source.text]]


def letter_closings(blocks: list[Block]) -> None:
    """The closing rules of a message, after its bylines and credits (``zh_closing_bylines``): its salutation and
    signature."""
    glued_salutation(blocks)
    broken_salutation(blocks)
    exchanged_letters(blocks)
    letter_signature(blocks)
