"""Chinese blocks that the JSON distribution runs together or leaves without their layout.

The JSON has no indentation: what print set apart by its position (a signer right-aligned
under the last sentence, the paper a piece is reprinted from, a reporter under a picture) is
kept in the part's text after a run of padding (a TAB, U+3000, two spaces or more), or as a
short part of its own. These rules read that text alone:

* **padded tails**: after a sentence's end and padding, a short end of a part with no sentence punctuation
  stands apart from the text: a reporter's line (``本报记者　刘长忠摄``, after a caption too; a credit after
  it, ``侯波摄（新华社稿）``, is cut off as a credit) and two names or more padded apart (``陶远  朱继功``) are a
  byline, a picture note (``（附图片）``) a caption, an agency's credit (``新华社发``, ``patterns.ZH_BARE_CREDIT``),
  a source in brackets opening with 据 (``（据越南南方解放电台）``), a picture's source and its agency
  (``越南通讯社传真照片（新华社发）``) or a paper's name (``山东《大众日报》``) a credit, the paper's remark
  (``（文内插题是本报编者加的）``) an editorial note, a date a place-date line, anything else a signer (``浙江陈海``);
* **closing lines**: credits in brackets (据…, a paper's, a reprint's source), a contributor's line, a date in
  brackets and the translators' line closing the text (:mod:`.zh_closing_credits`);
* **letters**: an addressee alone on its line (``陈海同志：``), or opening the first paragraph of a
  reader's letter (``编辑同志：我院为了…``) or a letter further down (:func:`.zh_addresses.letter_below`: on
  a page of letters, ``编辑同志：当我们…``; under ``…原信如下：``), or ending one of the first parts after a sentence's
  end or a lead, the body below (``…的模范。编辑同志：``), or a speech's announcement
  (``…致词说：敬爱的总理同志，…：``);
* **decks**: the short lines without punctuation between the headline and the text's first
  lead or editor's note are subtitles (printed under the title, left out of the title field);
* **the authors**: names in brackets closing the text above its notes and its pictures' notes are
  its byline (``zh_ends.bracketed_pen_name``: ``（晓江）``), and a signature line of the authors' names alone
  is their byline where no salutation, closing formula or date makes the text a letter
  (``authors_signatures``, run after the letters' rules).

A reader's signature between a letter and its answer is :mod:`.zh_signed`'s (``signed_inside``).
"""

from __future__ import annotations

import itertools
import re

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import Block, BlockKind, Phrase, PhraseKind, body_start
from . import zh_closing_credits, zh_ends
from .zh_addresses import inside_letter, letter_below, opening_address, spoken_address
from .zh_ends import (
    NAME,
    PICTURE_NOTE,
    SENTENCE_END,
    SOLID_NAME,
    authors_alone,
    bracketed_names,
    editors_note,
    last_text,
    last_words,
)
from .zh_rules import split_block
from .zh_summaries import report_heading

#: What ends a sentence, so that padding after it sets the rest apart.
_END = "。！？”」…）)"
#: A reporter's line, perhaps of several and a photographer's: 本报记者　刘长忠摄.
_REPORTER = lazy(rf"^(?:[\u4e00-\u9fff]{{0,8}}?(?:记者|通讯员)[　 ]*{NAME}[　 ]*)+摄?$")
#: A reporter or a photographer however written: 本报通讯员, 新华社记者　张　萍摄（传真照片）.
CREDITED_AUTHOR = lazy(r"记者|通讯员|摄(?:[（(][^（）()]{1,8}[）)])?$")
#: Padding and a short tail with no sentence punctuation, at the end of a part.
_PADDED_TAIL = lazy(r"(?:\t[\t 　]*|　+|[ ]{2,})([^\t 　，。！？；：!?;:,][^\t，。！？；：!?;:,]{1,23})$")
#: Two names or more padded apart, with nothing else: the writers (陶远  朱继功), not a reader signing; each
#: solid (``zh_ends.SOLID_NAME``: not a table's padded words, 金　额　　单　价).
_NAMES = lazy(rf"^{SOLID_NAME}(?:[　 ]+{SOLID_NAME}){{1,3}}$")
#: A bracketed credit ending a reporter's line: 侯波摄（新华社稿）.
_CLOSING_CREDIT = lazy(r"(?<=\S)[（(][^（）()]{2,30}[）)]$")
#: A paper's or a journal's name: the source a piece is reprinted from.
_PUBLICATION = lazy(r"《[^《》]{1,12}》$")
#: The words that end an addressee (陈海同志：, 编辑同志：).
_ADDRESSED = r"(?:同志|先生|女士|同志们|朋友们|编辑|编辑部)[：:]"
#: An addressee: 陈海同志：, 编辑同志：, 各位代表：.
ADDRESSEE = rf"[^，。！？；：“”]{{0,10}}{_ADDRESSED}"
#: Alone on its line, plural or royal addressees, one or more: 农民们：, 摄政王殿下：, 同志们，朋友们： (not 我们：).
_PLURAL = r"[^，。！？；：“”]{1,10}(?:(?<![我你他她它咱人])们|殿下|陛下)"
_SALUTATION_LINE = lazy(rf"^(?:{ADDRESSEE}|{_PLURAL}(?:[，、]{_PLURAL}){{0,3}}[：:])$")
_OPENING_SALUTATION = lazy(rf"^{ADDRESSEE}(?=\S)")
#: An addressee ending a part at the top, glued after a sentence's end or a bracketed lead:
#: …做遵守党纪和国家法令的模范。编辑同志：, 【新华社东北六日电】第六次全国劳动大会致朱总司令及…同志：
_GLUED_ADDRESSEE = lazy(rf"(?<=[。！？”】])[^，。！？；：“”【】]{{0,40}}{_ADDRESSED}$")
#: A salutation of a speech run into the paragraph announcing it: …全文如下：各位来宾！各位同志们！
_GLUED_ADDRESS = lazy(rf"(?<=如下：){pt.ZH_ADDRESSES.pattern}")
#: The longest line under the title that may be a subtitle left out of the title field; the
#: longest summary deck (clauses joined by ：，；, no sentence's end).
_DECK_LENGTH, _SUMMARY_LENGTH = 50, 100


def padded_tails(blocks: list[Block]) -> None:
    """Split off the padded tails of paragraphs and captions (see the module)."""
    article = zh_ends.article_text(blocks)
    for index in reversed(range(len(blocks))):
        block = blocks[index]
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.CAPTION) or len(block.lines) != 1:
            continue
        text = block.text
        match = _PADDED_TAIL.search(text)
        if match is None or match.start() == 0:
            continue
        tail, before = match.group(1), text[: match.start()].strip()
        phrase = pt.ZH_TRAILING_CREDIT.search(text)  # …　新华社稿, …　（新华社）
        marked = pt.ZH_CREDIT.match(tail) or (phrase and phrase.start() == match.start(1))
        if marked or CREDITED_AUTHOR.search(before) or len(before) < 6:
            continue  # (a credit the paragraph's phrases mark; a reporter's line, or names, of its own)
        if PICTURE_NOTE.match(tail):
            kind = BlockKind.CAPTION  # （附图片）: the lines after it are the picture's
        elif pt.ZH_BARE_CREDIT.match(tail):
            kind = BlockKind.CREDIT  # 新华社发 under a picture's caption: its source, not a signer
        elif tail.startswith(("（", "(")) and zh_ends.places_or_people(tail, article):
            continue  # （左权、和顺） where the text writes 左权县, （王家峪、李家坪）, （王师傅、李大娘）: no writers
        elif len(tail.strip("（）()")) <= 4 and editors_note(tail.strip("（）()")):
            continue  # （完）, （待续）, 节选
        elif _REPORTER.match(tail) or CREDITED_AUTHOR.search(tail) or bracketed_names(tail) or _NAMES.match(tail):
            kind = BlockKind.BYLINE
        elif not before.endswith(tuple(_END)):
            continue
        elif pt.editorial(tail, "zh"):
            kind = BlockKind.EDITORIAL  # （文内插题是本报编者加的）: the paper's remark, no signer
        elif _PUBLICATION.search(tail) or zh_ends.source_credit(tail):
            kind = BlockKind.CREDIT  # 山东《大众日报》, （据越南南方解放电台）: after the sentence's end
        elif pt.ZH_PLACE_DATE.match(tail):
            kind = BlockKind.PLACE_DATE
        else:
            kind = BlockKind.SIGNATURE
        tail_block = split_block(block, match.start(1), block.kind, kind)
        credit = _CLOSING_CREDIT.search(tail) if kind is BlockKind.BYLINE else None
        if credit and pt.ZH_CREDIT.match(credit.group()):  # 侯波摄（新华社稿）: the picture's maker, its source
            blocks.insert(index + 1, split_block(tail_block, len(tail) - len(credit.group()), kind, BlockKind.CREDIT))
        blocks.insert(index + 1, tail_block)


def salutations(blocks: list[Block]) -> None:
    """An addressee alone on a line; one opening the body's first paragraph; one ending one of the
    first parts after a sentence's end or a lead, the body below; a speech's address run into the
    paragraph that announces it (see the module)."""
    first = body_start(blocks)
    for index in reversed(range(len(blocks))):
        block = blocks[index]
        if block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1:
            continue
        text = block.text
        if _SALUTATION_LINE.match(text.strip()):
            block.kind, block.lines = BlockKind.SALUTATION, [[text]]
        elif index == first and (opening := _OPENING_SALUTATION.match(text)):
            tail = split_block(block, opening.end(), BlockKind.SALUTATION, BlockKind.PARAGRAPH)
            blocks.insert(index + 1, tail)
        elif (end := _opening_address(text)) and letter_below(blocks, index, first, text[:end]):
            blocks.insert(index + 1, split_block(block, end, BlockKind.SALUTATION, BlockKind.PARAGRAPH))
        elif index <= first + 2 and _body_follows(blocks, index) and (glued := _GLUED_ADDRESSEE.search(text)):
            blocks.insert(index + 1, split_block(block, glued.start(), block.kind, BlockKind.SALUTATION))
            if pt.ZH_LEAD.fullmatch(block.text):  # the lead the address was glued to, alone: still a lead
                block.lines = [[Phrase(PhraseKind.LEAD, [block.text])]]
        elif start := _glued_address(blocks, index, first):
            blocks.insert(index + 1, split_block(block, start, BlockKind.PARAGRAPH, BlockKind.SALUTATION))


def _glued_address(blocks: list[Block], index: int, first: int) -> int:
    """Where the address run into the paragraph ``index`` announcing its message starts (after 如下：,
    :data:`_GLUED_ADDRESS`; after a speech's word and 说：, :func:`.zh_addresses.spoken_address`, not in a letter
    the body opens with), or 0."""
    text = blocks[index].text
    if glued := _GLUED_ADDRESS.search(text):
        return glued.start()
    return 0 if inside_letter(blocks, index, first) else spoken_address(text)


def _opening_address(text: str) -> int:
    """Where the address opening ``text`` ends (after its colon), or 0: an addressee (``编辑同志：``,
    :data:`_OPENING_SALUTATION`) or addressees (``朝鲜人民军的家属们：``, :func:`.zh_addresses.opening_address`)."""
    return opening.end() if (opening := _OPENING_SALUTATION.match(text)) else opening_address(text)


def _body_follows(blocks: list[Block], index: int) -> bool:
    return index + 1 < len(blocks) and blocks[index + 1].kind is BlockKind.PARAGRAPH


def _deck_shaped(block: Block) -> bool:
    """A line that may be a deck: short, with no sentence's punctuation; or a summary, its clauses
    or sentences (胡锦涛：…伙伴关系；我们…充满信心, 八月下旬印军还两度逼近我哨所射击。这些…争端)
    with no end mark after the last, as a paragraph of the text has; not a line ending in a colon, which announces
    what follows (…贺电全文如下：)."""
    text = block.text.strip()
    plain = block.kind in (BlockKind.PARAGRAPH, BlockKind.INTERTITLE) and len(block.lines) == 1
    if not plain or len(text) < 4 or text.endswith(("：", ":")):
        return False
    if len(text) <= _DECK_LENGTH and not set(text) & pt.ZH_SENTENCE_PUNCT - {"，"}:
        return True
    return len(text) <= _SUMMARY_LENGTH and not text.endswith(SENTENCE_END)


#: The most lines under the title that may be its decks over the first lead (a title of five decks, the most the
#: gold prints), and the shortest of them when more than two: statements, not a verse's or a roster's lines.
_MOST_DECKS, _LONG_DECK = 4, 12


def decks_under_title(blocks: list[Block]) -> None:
    """Short lines without sentence punctuation under the headline over the text's first lead or an editor's note
    are subtitles (or its first report's heading): one or two, or up to four long ones (:data:`_MOST_DECKS`)."""
    if not blocks or not any(block.kind is BlockKind.HEADLINE for block in blocks[:3]):
        return
    start = body_start(blocks)
    if start == 0 or blocks[start - 1].kind is BlockKind.BYLINE:
        return
    end = start
    while end < len(blocks) and end - start < _MOST_DECKS and _deck_shaped(blocks[end]):
        end += 1
    following = blocks[end] if start < end < len(blocks) else None
    if following is None or not (following.kind is BlockKind.EDITORIAL or pt.ZH_LEAD.match(following.text)):
        return
    if end - start > 2 and min(len(block.text.strip()) for block in blocks[start:end]) < _LONG_DECK:
        return  # (a verse, a roster, a report's heading over its lead: not the title's decks)
    heading = start + report_heading(blocks[start:end], blocks[end + 1 :])
    for index, block in enumerate(blocks[start:end], start):
        block.kind, block.lines = BlockKind.SUBTITLE if index < heading else BlockKind.INTERTITLE, [[block.text]]


#: A place or a work unit, as a reader signs a letter with it (江西都昌县, 永登水泥厂第三工程处);
#: a role before a name (新闻研究生　刘小明) makes a byline instead (endings shared with ``_UNIT``).
_UNIT_ENDINGS = "厂|矿|局|站|社|公司"
PLACE_OR_UNIT = rf"[\u4e00-\u9fff]{{1,15}}(?:省|市|县|区|乡|镇|村|处|科|学校|大学|学院|医院|部队|政府|{_UNIT_ENDINGS})"
#: What may follow an author's name that opens a paragraph when the name is its subject, not
#: a byline run into it (金近今天这个早上… is a byline; 张平同志说… is not).
_SUBJECT_NEXT = tuple("同说是在的等和与及、，：“（")


#: The kinds that make a text a letter, or a message signed and dated (五月十五日 under the signer).
_LETTER_KINDS = (BlockKind.SALUTATION, BlockKind.VALEDICTION, BlockKind.PLACE_DATE)


def authors_lines(blocks: list[Block], authors: set[str]) -> None:
    """Lines that the authors field names: under the title, a short line ending with an author
    (``老挝爱国战线党文工团团长　宋西·德沙坎布``) or an author's name run into the first paragraph
    (``金近今天这个早上…``) is the byline; the text's last line of a place and an author padded
    apart (``江西都昌县　张松生``) is the signature of a reader's letter, of a workplace and an
    author (``河南洛阳热电厂  王群``: ``zh_ends.WORKPLACE``) the writer's byline (in no letter)
    (a role and an author, 新闻研究生　刘小明, is left to the byline rules). Anywhere below the
    title, a line of the authors' names and nothing else is the byline (冯东书　崔建中 after the
    text, above the pictures' captions; a signer's line of them: see ``authors_signatures``)."""
    names = sorted((name for name in authors if 2 <= len(name) <= 12), key=len, reverse=True)
    if not names:
        return
    authors_alone(blocks, authors, BlockKind.PARAGRAPH)
    last = last_text(blocks)
    closing = blocks[last]
    if last > 1 and closing.kind is BlockKind.PARAGRAPH and len(closing.text) <= 24:
        if any(re.fullmatch(rf"{PLACE_OR_UNIT}[　 ]+{re.escape(name)}", closing.text) for name in names):
            writer = zh_ends.WORKPLACE.search(closing.text) and not zh_ends.letter(blocks, _LETTER_KINDS)
            closing.kind, closing.lines = BlockKind.BYLINE if writer else BlockKind.SIGNATURE, [[closing.text]]
    _bracketed_authors(blocks, last_words(blocks), names)
    start = body_start(blocks)
    if not 0 < start < len(blocks) or any(b.kind is BlockKind.BYLINE for b in blocks[:start]):
        return
    block = blocks[start]
    if block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1:
        return
    text = block.text
    if len(text) <= 40 and text.endswith(tuple(names)) and not set(text) & pt.ZH_SENTENCE_PUNCT:
        block.kind, block.lines = BlockKind.BYLINE, [[text]]
        return
    unit = re.match(rf"^[^，。！？；：“”\s]{{2,15}}[　 ]+(?:{'|'.join(map(re.escape, names))})(?=\S)", text)
    # the writer's unit and name run into the text: 贵州水城钢铁厂　司徒明德十里…
    if unit and len(text) > unit.end() + 10:
        blocks.insert(start + 1, split_block(block, unit.end(), BlockKind.BYLINE, BlockKind.PARAGRAPH))
        return
    name = next((name for name in names if text.startswith(name)), None)
    if (
        name
        and len(text) > len(name) + 10
        and not text[len(name)].isspace()
        and not text[len(name) :].startswith(_SUBJECT_NEXT)
    ):
        blocks.insert(start + 1, split_block(block, len(name), BlockKind.BYLINE, BlockKind.PARAGRAPH))


def authors_signatures(blocks: list[Block], authors: set[str]) -> None:
    """A signer's line of the authors' names alone (沈左尧 closing an essay; the author padded after
    the last sentence) is their byline in a text that is no letter: no salutation, closing formula
    or date, once the closing rules have found them (a telegram's 金日成 under its wish stays
    a signature). Run after the closings of ``zh_block_rules``."""
    if authors and not any(block.kind in _LETTER_KINDS for block in blocks):
        authors_alone(blocks, authors, BlockKind.SIGNATURE)


def _bracketed_authors(blocks: list[Block], last: int, names: list[str]) -> None:
    """The authors in brackets glued to the end of the text's last paragraph, written as the
    authors field has them (（张贵昌王玉斌）: two names run together, which no name rule reads)."""
    block = blocks[last]
    if block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1:
        return
    glued = re.search(rf"(?<=[{_END}])[（(](?:{'|'.join(map(re.escape, names))})[）)]$", block.text)
    if glued:
        blocks.insert(last + 1, split_block(block, glued.start(), BlockKind.PARAGRAPH, BlockKind.BYLINE))


#: The line that signs the editors' remark above it: ——编者附语, ——编者.
_EDITORS_SIGN = lazy(r"^——编者(?:附语|按语|注)?[。）)]?$")
#: The editors' remark in brackets, signed ——编者, standing between two sentences of a paragraph (not
#: a gloss inside one: 这一事件（指美舰在东京湾挑衅事件——编者）引起了…).
_REMARK_BETWEEN = lazy(r"(?<=[。！？])[（(][^（）()]{2,80}——编者[）)]")
#: A speaker's closing formula: 以上发言如有不妥之处，请大会指正。
_SPEECH_CLOSE = lazy(r"^以上(?:发言|意见|报告)[^。！？]{0,20}请[^。！？]{0,8}(?:指正|审议|批评)。?$")
#: A writing unit's line above its writers' names at the end: 四川营山县委 / 陶文祥  伍三才, a school
#: (…高湾小学 / 赵一才); a unit's name has no 的 (我那可爱的小院, 这就是人民的医院 close the text's own sentences).
_UNIT = lazy(rf"^(?:(?!的)[\u4e00-\u9fff]){{2,12}}(?:委|委员会|办公室|研究所|院|部|学校|[中小大]学|{_UNIT_ENDINGS})$")


def signed_remarks(blocks: list[Block]) -> None:
    """The editors' remark signed ——编者附语 below it is an editorial note; a speech opened by
    a salutation and closed by its formula (以上发言…请大会指正。) has that as its closing; a
    writing unit's line just above a byline that ends the text is part of the byline; the editors'
    remark between two sentences (…发展生产。（对侵犯中农利益亦应适当予以纠正——编者）当天即…) is cut off."""
    for index in reversed(range(len(blocks))):
        block = blocks[index]
        if block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1:
            continue
        # each remark, the last first (a remark inside a quotation, “…。（…——编者）…”, stays the quotation's);
        # not split_off_glued, which cuts off a paragraph's tail, not a piece between two sentences
        for remark in reversed(list(_REMARK_BETWEEN.finditer(block.text))):
            before = block.text[: remark.start()]
            if before.count("“") > before.count("”"):
                continue
            if remark.end() < len(block.text.rstrip()):
                rest = split_block(block, remark.end(), BlockKind.PARAGRAPH, BlockKind.PARAGRAPH)
                blocks.insert(index + 1, rest)
            blocks.insert(index + 1, split_block(block, remark.start(), BlockKind.PARAGRAPH, BlockKind.EDITORIAL))
    opened = any(block.kind is BlockKind.SALUTATION for block in blocks)
    last = last_text(blocks)
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        text = block.text.strip()
        if after is not None and after.kind is BlockKind.EDITORIAL and _EDITORS_SIGN.match(after.text.strip()):
            block.kind, block.lines = BlockKind.EDITORIAL, [[block.text]]
        elif opened and index == last and _SPEECH_CLOSE.match(text):
            block.kind, block.lines = BlockKind.VALEDICTION, [[block.text]]
        elif (
            after is not None and after.kind is BlockKind.BYLINE and _closing_unit(blocks, index) and _UNIT.match(text)
        ):
            block.kind, block.lines = BlockKind.BYLINE, [[block.text]]


#: A numbered heading (一、…) glued to the end of the paragraph before it: …的效益。二、主要任务
_GLUED_NUMBERED = lazy(r"(?<=[。！？”])([一二三四五六七八九十]{1,3})、[^，。！？；：“”]{1,15}$")


def glued_numbered_heading(blocks: list[Block]) -> None:
    """Where a series of numbered headings (一、 三、) lacks a member and the paragraph before the
    next one ends with it (``…。二、主要任务``), that member is cut off as the heading it is."""
    heads = [(i, pt.zh_numeral(b.text.split("、", 1)[0])) for i, b in enumerate(blocks) if _zh_numbered_head(b)]
    for (first, value), (second, following) in reversed(list(itertools.pairwise(heads))):
        if value is None or following != value + 2:
            continue
        for index in range(first + 1, second):
            block = blocks[index]
            glued = _GLUED_NUMBERED.search(block.text) if block.kind is BlockKind.PARAGRAPH else None
            if glued and len(block.lines) == 1 and pt.zh_numeral(glued.group(1)) == value + 1:
                blocks.insert(index + 1, split_block(block, glued.start(), BlockKind.PARAGRAPH, BlockKind.INTERTITLE))
                break


def _zh_numbered_head(block: Block) -> bool:
    return block.kind is BlockKind.INTERTITLE and re.match(r"^[一二三四五六七八九十]{1,3}、", block.text) is not None


def _closing_unit(blocks: list[Block], index: int) -> bool:
    """Whether the line at ``index`` stands under a sentence's end (…有： / 北京大学, a list's, does not)
    and the bylines under it end the text (…再解决。 / 轻工业部设计院 / 宫景隆　田钖岭 / 朱振兴　顾节瑄)."""
    start = index + 1
    while start < len(blocks) and blocks[start].kind is BlockKind.BYLINE:
        start += 1
    return index > 0 and blocks[index - 1].text.rstrip().endswith(SENTENCE_END) and _ends(blocks, start)


def _ends(blocks: list[Block], start: int) -> bool:
    """Whether only notes and captions follow ``start`` (the text has ended)."""
    return all(b.kind in (BlockKind.CAPTION, BlockKind.CREDIT, BlockKind.EDITORIAL) for b in blocks[start:])


def tails(blocks: list[Block], authors: set[str]) -> None:
    """The rules of this module, in their order: tails before the closings that read lines."""
    padded_tails(blocks)
    zh_closing_credits.closing_lines(blocks)
    zh_ends.bracketed_pen_name(blocks)
    salutations(blocks)
    decks_under_title(blocks)
    authors_lines(blocks, authors)
