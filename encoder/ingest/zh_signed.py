"""A reader's signature inside a page of letters and answers (a rule of the Chinese blocks).

* **signed inside**: a reader's place or unit and name padded apart on a line of their own (a
  TAB, U+3000, two spaces or more, as the JSON pads), between a reader's letter or question and
  its answer (``河北三河市  李东升`` under 问：…, above 答：…), sign the letter: a signature, not a
  heading (``signed_inside``, run last of the block rules, after the headings' series);
* **dated inside**: in a page of messages (a salutation above), a date alone on its line under a
  message's last sentence, before the next message, closes it: a place-date, and the short lines
  between that sentence and the date (``中国民主同盟总部`` / ``一九四九年十月一日``, ``东北人民政府`` /
  ``主席　高岗`` / ``副主席　李富春、林枫、高崇民`` / ``十月一日``) are its signatures, not headings.
"""

from __future__ import annotations

import re

from .. import patterns as pt
from ..model import Block, BlockKind
from .zh_ends import NAME, SENTENCE_END
from .zh_rules import signer_shaped
from .zh_tails import ADDRESSEE, CREDITED_AUTHOR, PLACE_OR_UNIT

#: A reader's place or unit and name padded apart (a TAB, U+3000 or two spaces or more, as the
#: JSON pads), as one signs a letter or a question: 河北三河市  李东升.
_SIGNER_LINE = re.compile(rf"^{PLACE_OR_UNIT}(?:\t|　|[ ]{{2}})[\t 　]*({NAME})$")
#: A reader's question (问：…) or letter: a salutation opening it (编辑同志：), or the reader
#: addressing the paper (我是贵报的一名忠实读者).
_ASKED = re.compile(rf"^问[：:]|^{ADDRESSEE}|贵报|贵刊|贵版")
#: The answer below it (答：…) or the editors' reply (…是本版的宗旨。根据读者朋友的建议，我们…).
_ANSWERED = re.compile(r"^答[：:]|本版|本刊|编者|编辑部|读者")


def _person(name: str) -> bool:
    """Whether ``name`` reads as a person's: a surname the names' rules know first (李东升), not
    any two to four characters (英雄的人)."""
    return name[0] in pt.ZH_SURNAMES or name[:2] in pt.ZH_COMPOUND_SURNAMES


def signed_inside(blocks: list[Block]) -> None:
    """A line of a place or unit and a person's name padded apart, between the last sentence of
    a reader's letter or question and the text that answers it (河北三河市  李东升 under 问：…,
    above 答：…), signs what is above it: a signature, not a heading. The text above must be a
    letter or a question (``_ASKED``) and the text below its answer (``_ANSWERED``): a report on
    several people (鞍钢炼铁厂　王崇伦 over his section) has neither. Where two such lines or more
    stand apart, each over its text, they head the sections of a text: left as they are."""
    found = [
        index
        for index in range(1, len(blocks) - 1)
        if blocks[index].kind in (BlockKind.INTERTITLE, BlockKind.PARAGRAPH)
        and len(blocks[index].lines) == 1
        and (signer := _SIGNER_LINE.match(blocks[index].text.strip()))
        and _person(signer.group(1))
        and not CREDITED_AUTHOR.search(blocks[index].text)
    ]
    if len(found) != 1:
        return
    (index,) = found
    before, block, after = blocks[index - 1], blocks[index], blocks[index + 1]
    if before.kind is not BlockKind.PARAGRAPH or not before.text.rstrip().endswith(SENTENCE_END):
        return
    asked = any(
        b.kind is BlockKind.SALUTATION or (b.kind is BlockKind.PARAGRAPH and _ASKED.search(b.text.strip()))
        for b in blocks[:index]
    )
    if asked and after.kind is BlockKind.PARAGRAPH and _ANSWERED.search(after.text.strip()):
        block.kind, block.lines = BlockKind.SIGNATURE, [[block.text]]


#: The most signatory lines above a message's date.
_SIGNERS_ABOVE_DATE = 3
#: What may follow a message's date: the next message's title or address, or nothing.
_AFTER_DATE = (BlockKind.INTERTITLE, BlockKind.SALUTATION)
#: What a signer line above the date was read as.
_SIGNER_KINDS = (BlockKind.INTERTITLE, BlockKind.PARAGRAPH)


def dated_inside(blocks: list[Block]) -> None:
    """A date under a message's last sentence, in a page of messages, and the signers above it (see the module)."""
    saluted = False
    for index, block in enumerate(blocks):
        saluted = saluted or block.kind is BlockKind.SALUTATION
        text = block.text.strip()
        if (
            not saluted
            or block.kind not in _SIGNER_KINDS
            or not pt.ZH_PLACE_DATE.match(text)
            or set(text) & pt.ZH_SENTENCE_PUNCT
            or (index + 1 < len(blocks) and blocks[index + 1].kind not in _AFTER_DATE)
        ):
            continue
        top = index
        while index - top < _SIGNERS_ABOVE_DATE and _signer_line(blocks[top - 1]):
            top -= 1
        above = blocks[top - 1]
        if above.kind is not BlockKind.PARAGRAPH or not above.text.rstrip().endswith(SENTENCE_END):
            continue
        for signer in blocks[top:index]:
            signer.kind, signer.lines = BlockKind.SIGNATURE, [[signer.text]]
        block.kind, block.lines = BlockKind.PLACE_DATE, [[block.text]]


def _signer_line(block: Block) -> bool:
    """A short line with no sentence punctuation, read as a heading or a paragraph."""
    return len(block.lines) == 1 and bool(block.text.strip()) and signer_shaped(block, kinds=_SIGNER_KINDS)
