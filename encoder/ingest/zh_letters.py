"""Letters printed inside an article's body (a rule of the Chinese blocks, run after the others).

A page of letters exchanged between readers and the paper or an office, or a reader's letter
with the answer under it, prints each letter with its own title, salutation, closing formula,
signature and date. The JSON runs some of these together:

* **a letter's title glued to its salutation**: ``司福柱第一次来信编辑同志：``,
  ``本报群众工作部第一次复信司福柱同志：``, ``本报复函司福柱同志：``, ``奇怪的理由编辑同志：`` —
  the title (what ends with 来信, 复信, 回信, 的信, 来函, 复函, 回函 short of the addressee's word,
  not 信访办 nor 来信组; or what stands before 编辑同志：/编辑部： under some text, unless a greeting
  or a paper's name: 亲爱的, 各位, 人民日报, 本报) is a heading of its own, the address the
  salutation (``letter_titles``); a short line above a salutation, cut off the same part or
  ending like a title (``“修行在个人”吗？`` / ``编辑同志：``, ``给县委的信`` / ``县委负责同志：``),
  is that title too, never a sentence ending 。; the address under the title may be long where it
  greets or counts its addressees (``劳动模范的复信亲爱的马春雨、…、崔志山同志：``), and a date above the
  title, under the letter before it, closes that letter (``zh_signed.dated_inside``, run again);
* **a letter under its own heading**: the address run into the first paragraph under a heading in
  the body (``编辑同志：劳动模范…`` under a piece's title on a page of short pieces) is the
  letter's salutation where the letter is signed before the next heading (a signature; in a letter
  to the paper, also a signer's line alone under its last sentence, ``红旗公社全体社员``, then its
  signature; a speech's 同志们：… is signed by no such line) (``titled_salutation``);
* **a closing run inside the body**, in a text holding a letter (a salutation, a signature, or an
  editors' note about letters above), only where the structure can close a letter (before the
  next letter — its salutation or its title over one —, a reply's heading, or the text's end): a
  closing formula ending in 敬礼, 谢意 or 敬意 and its signer or date glued to the last sentence
  (``…望给予帮助。致以深深的谢意，并致敬礼！司福柱``, ``此复。致以敬礼！人民日报群众工作部``) are
  cut off; one or two short signer lines under a sentence's end are signatures
  (``河北任县邢湾公社付北大队`` / ``部分社员群众`` / ``答复``); a date under them is their
  place-date (``letter_closings``); a date padded after a signer on its line
  (``第六次全国劳动大会谨上  八月一日``, ``冀南区党委  五月九日``) is cut off later, in one place for every
  signer, by :mod:`.zh_closers` (a date is no signer).
  (The glued formula is searched at a sentence's end, so
  :data:`..patterns.ZH_VALEDICTION`, anchored at a line's start, is not reused.)
"""

from __future__ import annotations

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import Block, BlockKind
from .zh_addresses import alone_addresses, exclaimed_addresses
from .zh_ends import SENTENCE_END
from .zh_rules import signer_shaped, split_block
from .zh_signed import dated_inside
from .zh_tails import ADDRESSEE
from .zh_telegrams import headed_signers, telegrams

#: The address under a letter's title: a short one (司福柱同志：), or one that names or describes its
#: addressees at length, greeting them or counting them (亲爱的马春雨、薛成让、…、崔志山同志：, 在实验工农
#: 中学学习的各位劳动模范同志们：), not any words before 同志： (…的来信后立即告诉李四同志：).
_LONG_ADDRESSEE = (
    rf"(?:{ADDRESSEE}|(?=[^：:]*?(?:亲爱的|敬爱的|尊敬的|各位|全体|、))[^，。！？；：“”]{{0,30}}{ADDRESSEE})"
)
#: A letter's title glued to its salutation: the title ends with 来信, 复信, 回信, 的信, 来函, 复函,
#: 回函 (司福柱第一次来信 / 司福柱同志：, 本报复函 / 司福柱同志：) — not inside the addressee's word
#: (尊敬的信访办同志们：, 人民日报读者来信组同志：) — or stands before the paper's address
#: (奇怪的理由 / 编辑同志：, see ``_title_before_paper``).
_TITLED_ADDRESS = lazy(
    rf"^(?P<title>[^，。；：“”]{{2,20}}?(?:来信|复信|回信|的信|来函|复函|回函))"
    rf"(?![访件箱组处室科版栏])(?P<address>{_LONG_ADDRESSEE})$"
    r"|^(?P<title2>[^，。；：]{2,20}?)(?P<address2>编辑同志[：:]|编辑部(?:的?同志们)?[：:])$"
)
#: What ends a title (a question, an exclamation, a book's or a quote's close, a word for a letter).
_TITLE_END = lazy(r"(?:[？！?!》”’」]|来信|复信|回信|的信|来函|复函|回函)$")
#: What before the paper's address is part of the salutation, not a title: a greeting ending in
#: 的 or 位 (亲爱的, 尊敬的, 各位), a paper's or a body's name (人民日报, 本报, 中国青年报, …社, …部).
_GREETING_OR_BODY = lazy(r"(?:[的位们报社部组]|本报|人民日报)$")
#: A periodical's name in 《》 before its editors (《人民日报》编辑部：): part of the salutation.
_PERIODICAL = lazy(r"^《[^《》]+》$")
#: The longest title over a salutation cut off the same part.
_TITLE_MAX = 20
#: A closing formula and its signer (or date) glued to the end of a letter's last paragraph (致
#: of 一致, 导致 and their like is no formula).
_GLUED_CLOSING = lazy(
    r"(?:(?<=[。！？”])|^)(?P<formula>(?:此复。|祝[^。！？]{1,30}！)?[^。！？]{0,12}?"
    r"(?:此致敬礼|(?<![一导所招极景精细雅兴标别])致以?[^。！？]{0,8}?(?:敬礼|谢意|敬意))[！!])"
    r"[\t 　]*(?P<signer>[^\t 　，。！？；：、“”（）][^，。！？；：、“”（）]{1,24})$"
)
#: The heading of an answer printed under a letter (答复, 复信, 县委的答复), or of the next
#: letter (读者来信).
REPLY_HEADING = lazy(r"^[^，。！？；：]{0,12}(?:答复|复信|回信|来信)$")
#: An editors' note about the letters it presents.
_LETTERS_NOTE = lazy(r"来信|读者")
#: The most signer lines of one letter.
_SIGNERS = 2
_LINE_KINDS = (BlockKind.PARAGRAPH, BlockKind.INTERTITLE)
#: What stands above a text's body: its decks, bylines and notes.
_FRONT_KINDS = (
    BlockKind.KICKER,
    BlockKind.HEADLINE,
    BlockKind.SUBTITLE,
    BlockKind.BYLINE,
    BlockKind.EDITORIAL,
    BlockKind.ATTRIBUTION,
)


def letters(blocks: list[Block]) -> None:
    """The letters' rules (see the module), after the exclaimed addresses' (:mod:`.zh_addresses`) and
    the telegrams' (:mod:`.zh_telegrams`; its unsigned messages' signers once the titles are cut off)."""
    exclaimed_addresses(blocks)
    alone_addresses(blocks)
    telegrams(blocks)
    letter_titles(blocks)
    titled_salutation(blocks)
    headed_signers(blocks)
    dated_inside(blocks)  # (again: a date above a letter's title cut off its salutation just now)
    letter_closings(blocks)


def _body_above(blocks: list[Block], index: int) -> bool:
    """Whether body text (not the title's decks) stands above ``index``."""
    return any(b.kind in (BlockKind.PARAGRAPH, BlockKind.EDITORIAL) for b in blocks[:index])


def letter_titles(blocks: list[Block]) -> None:
    """A letter's title glued to its salutation, or cut off above it (see the module)."""
    for index in reversed(range(len(blocks))):
        block = blocks[index]
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.SALUTATION) or len(block.lines) != 1:
            continue
        text = block.text.strip()
        match = _TITLED_ADDRESS.match(text)
        if match is not None and (
            match.group("title") or _title_before_paper(blocks, index, match.group("title2"), match.group("address2"))
        ):
            at = match.start("address") if match.group("title") else match.start("address2")
            at += len(block.text) - len(block.text.lstrip())
            blocks.insert(index + 1, split_block(block, at, BlockKind.INTERTITLE, BlockKind.SALUTATION))
            continue
        below = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            block.kind is BlockKind.PARAGRAPH
            and below is not None
            and below.kind is BlockKind.SALUTATION
            and (below.span.line == block.span.line or _TITLE_END.search(text))
            and len(text) <= _TITLE_MAX
            and _body_above(blocks, index)
            and not pt.ZH_LEAD.match(text)
            and not set(text[:-1]) & pt.ZH_SENTENCE_PUNCT
            and text[-1] not in pt.ZH_SENTENCE_PUNCT - set("！？!?")
        ):
            block.kind, block.lines = BlockKind.INTERTITLE, [[block.text]]


#: An address opening a letter's first paragraph under the letter's heading: to the paper
#: (编辑同志：, 人民日报编辑部：) or to comrades (老王同志：, 同志们：); not a speaker's name opening
#: what he says (李先生：…), nor a person's words in quotation marks.
_OPENING_ADDRESS = lazy(r"^[^，。！？；：“”「」（）()]{0,10}(?:同志们?|编辑同志|编辑部)[：:](?=\S)")


def titled_salutation(blocks: list[Block]) -> None:
    """The address run into the first paragraph of a letter printed under its own heading in
    the body (a page of short pieces: 柳州骨粉厂劳动模范尹绩成当了副厂长 / 编辑同志：劳动模范…) is the
    letter's salutation, cut off its paragraph, where the letter is signed before the next heading
    (…的结果。　徐炜贤: a signature; a speaker's name opening a record of what he said, 王同志：…,
    signs nothing)."""
    for index in reversed(range(2, len(blocks))):
        block, heading = blocks[index], blocks[index - 1]
        if block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1 or heading.kind is not BlockKind.INTERTITLE:
            continue
        opening = _OPENING_ADDRESS.match(block.text)
        if opening is None or not _body_above(blocks, index - 1):
            continue
        signer = _signed_below(blocks, index + 1, "编辑" in opening.group())  # (to the paper: no speech)
        if signer is not None:
            blocks[signer].kind = BlockKind.SIGNATURE
            blocks.insert(index + 1, split_block(block, opening.end(), BlockKind.SALUTATION, BlockKind.PARAGRAPH))


def _signed_below(blocks: list[Block], start: int, to_paper: bool) -> int | None:
    """Where a signature stands from ``start`` on, before the next heading; in a letter to the paper,
    also a signer's line alone under its last sentence (红旗公社全体社员, 王明)."""
    end = next((n for n in range(start, len(blocks)) if blocks[n].kind is BlockKind.INTERTITLE), len(blocks))
    signed = next((n for n in range(start, end) if blocks[n].kind is BlockKind.SIGNATURE), None)
    if signed is not None or not to_paper:
        return signed
    last = max((n for n in range(start, end) if blocks[n].kind not in (BlockKind.CREDIT, BlockKind.CAPTION)), default=0)
    above = blocks[last - 1].text.rstrip() if last > start else ""
    return last if above.endswith(SENTENCE_END) and signer_shaped(blocks[last], 16) else None


def _title_before_paper(blocks: list[Block], index: int, title: str, address: str) -> bool:
    """Whether ``title`` before the paper's address (编辑同志：) is a letter's title: text stands
    above (with none, a deck glued to it: the decks' rules have it), it is no periodical's name in
    《》 (《人民日报》编辑部：), and it ends like a title, or — before 编辑同志 only, 编辑部 following a
    paper's name (中国青年编辑部：) — at least not like a greeting or a body (亲爱的, 各位, 本报)."""
    if not _body_above(blocks, index) or _PERIODICAL.match(title):
        return False
    return bool(_TITLE_END.search(title)) or (address.startswith("编辑同志") and not _GREETING_OR_BODY.search(title))


def _lettered(blocks: list[Block], index: int) -> bool:
    """Whether a letter stands above ``index``: a salutation, a signature, or an editors' note
    about letters."""
    return any(
        b.kind in (BlockKind.SALUTATION, BlockKind.SIGNATURE, BlockKind.VALEDICTION)
        or (b.kind is BlockKind.EDITORIAL and _LETTERS_NOTE.search(b.text))
        for b in blocks[:index]
    )


def letter_closings(blocks: list[Block]) -> None:
    """A letter's closing run inside the body (see the module)."""
    for index in reversed(range(len(blocks))):
        block = blocks[index]
        if block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1 or not _lettered(blocks, index):
            continue
        glued = _GLUED_CLOSING.search(block.text)
        if glued is None or not _letter_ends(blocks, index + 1, _last(blocks), signed=True):
            continue
        kind = BlockKind.PLACE_DATE if _date(glued.group("signer").strip()) else BlockKind.SIGNATURE
        signer = split_block(block, glued.start("signer"), block.kind, kind)
        blocks.insert(index + 1, signer)
        if glued.start("formula"):
            blocks.insert(index + 1, split_block(block, glued.start("formula"), block.kind, BlockKind.VALEDICTION))
        else:
            block.kind = BlockKind.VALEDICTION
    _signer_lines(blocks)
    for index in range(1, len(blocks)):
        block = blocks[index]
        text = block.text.strip()
        if block.kind in _LINE_KINDS and blocks[index - 1].kind is BlockKind.SIGNATURE and _date(text):
            block.kind, block.lines = BlockKind.PLACE_DATE, [[block.text]]


def _signer_lines(blocks: list[Block]) -> None:
    """One or two short signer lines under a letter's last sentence, before the next letter, a
    reply's heading, a date or the end of the text."""
    last = _last(blocks)
    index = 1
    while index <= last:
        top = index
        end = index
        while end <= last and end - top < _SIGNERS and _signer(blocks[end]) and not _titles_letter(blocks, end):
            end += 1
        if end == top:
            index += 1
            continue
        above = blocks[top - 1]
        closes = above.kind is BlockKind.VALEDICTION or (
            above.kind is BlockKind.PARAGRAPH and above.text.rstrip().endswith(SENTENCE_END)
        )
        signed = any(b.kind is BlockKind.SIGNATURE for b in blocks[:top])
        if closes and _lettered(blocks, top) and _letter_ends(blocks, end, last, signed=signed):
            for signer in blocks[top:end]:
                signer.kind, signer.lines = BlockKind.SIGNATURE, [[signer.text]]
        index = end


def _titles_letter(blocks: list[Block], index: int) -> bool:
    """Whether the block at ``index`` is a heading over a salutation: the next letter's title."""
    return (
        blocks[index].kind is BlockKind.INTERTITLE
        and index + 1 < len(blocks)
        and blocks[index + 1].kind is BlockKind.SALUTATION
    )


def _signer(block: Block) -> bool:
    text = block.text.strip()
    return (
        len(block.lines) == 1
        and signer_shaped(block, kinds=_LINE_KINDS)
        and not pt.ZH_PLACE_DATE.match(text)
        and not REPLY_HEADING.match(text)
    )


def _last(blocks: list[Block]) -> int:
    """The index of the text's last block above the notes, credits and captions that end it."""
    last = len(blocks) - 1
    while last > 0 and blocks[last].kind in (BlockKind.CREDIT, BlockKind.EDITORIAL, BlockKind.CAPTION):
        last -= 1
    return last


def _opens_letter(blocks: list[Block]) -> bool:
    """Whether the text's body opens with a salutation (the structure reads it as letters)."""
    body = [b for b in blocks if b.kind not in _FRONT_KINDS]
    return bool(body) and (
        body[0].kind is BlockKind.SALUTATION
        or (len(body) > 1 and body[0].kind is BlockKind.PLACE_DATE and body[1].kind is BlockKind.SALUTATION)
    )


def _date(text: str) -> bool:
    return bool(pt.ZH_PLACE_DATE.match(text)) and not set(text) & pt.ZH_SENTENCE_PUNCT


def _letter_ends(blocks: list[Block], at: int, last: int, *, signed: bool) -> bool:
    """Whether a letter's closing run can end right above ``at`` (a date there first being its
    place-date): the next letter follows (its salutation, or its title over one), or a reply's
    heading, or the text's end when a letter is signed above (this one's date, or a signature:
    this is its answer). The structure closes a letter there (:mod:`..enrich.structure`); in a
    text not opening with a salutation, a signature and date close a message anywhere."""
    if at <= last and blocks[at].kind in (*_LINE_KINDS, BlockKind.PLACE_DATE) and _date(blocks[at].text.strip()):
        if not _opens_letter(blocks):
            return True  # (a signed message inside its section: the structure keeps it anywhere)
        at, signed = at + 1, True
    if at > last:
        return signed
    block = blocks[at]
    if block.kind is BlockKind.SALUTATION:
        return True
    if block.kind is not BlockKind.INTERTITLE:
        return False
    return bool(REPLY_HEADING.match(block.text.strip())) or _titles_letter(blocks, at)
