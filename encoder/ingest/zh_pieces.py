"""Bylines that close a piece in the middle of a page of short pieces (a rule of the Chinese blocks).

A page of several short pieces (简讯, 出版动态, two reports under one title) signs each piece with
its author's name in brackets, then the next piece begins. Such a name closes the piece before it:
a byline, not a paragraph, when

* it is names in brackets and nothing else (``zh_ends.bracketed_names``: ``（晓江）``, not
  ``（新华社）``, ``（附图片）``, ``（节选）``, ``（一）``), alone on its line under a paragraph or
  a list item that ends its sentence, or glued right after that sentence's end
  (``…可修滩二百亩。（萧簧）``);
* the next block opens a new piece: an intertitle, a list item (``▲…``, ``△…``) or a paragraph
  opening with a dateline lead (``【本报讯】…``, ``又讯：…``).

A name in brackets inside a sentence, or followed by more of the same piece, is left alone; the
bylines that end the whole text are the closing rules' (``zh_tails``). The structure pass keeps
these bylines at the end of their piece's division (``enrich.structure``).
"""

from __future__ import annotations

import re

from .. import patterns as pt
from ..model import Block, BlockKind
from .zh_ends import SENTENCE_END, bracketed_names
from .zh_rules import split_block

#: A name in brackets glued right after a sentence's end, closing the paragraph: …二百亩。（萧簧）.
_GLUED_NAME = re.compile(r"(?<=[。！？”])[（(][^（）()]{1,15}[）)]$")
#: The kinds of a piece's text that a closing name may follow.
_BODY_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)


def opens_piece(block: Block) -> bool:
    """Whether ``block`` begins a new piece: an intertitle, a list item, a paragraph with a lead."""
    if block.kind in (BlockKind.INTERTITLE, BlockKind.LIST_ITEM):
        return True
    return block.kind is BlockKind.PARAGRAPH and bool(pt.ZH_LEAD.match(block.text.strip()))


def closing_bylines(blocks: list[Block]) -> None:
    """Make BYLINE the names in brackets that close a piece before the next one (see the module)."""
    for index in reversed(range(len(blocks) - 1)):
        block, after = blocks[index], blocks[index + 1]
        if block.kind not in _BODY_KINDS or len(block.lines) != 1 or not opens_piece(after):
            continue
        text = block.text.strip()
        if block.kind is BlockKind.PARAGRAPH and bracketed_names(text):
            before = blocks[index - 1] if index else None
            if before is not None and before.kind in _BODY_KINDS and before.text.rstrip().endswith(SENTENCE_END):
                block.kind, block.lines = BlockKind.BYLINE, [[block.text]]
            continue
        glued = _GLUED_NAME.search(block.text.rstrip())
        if glued and glued.start() > 0 and bracketed_names(glued.group()):
            blocks.insert(index + 1, split_block(block, glued.start(), block.kind, BlockKind.BYLINE))
